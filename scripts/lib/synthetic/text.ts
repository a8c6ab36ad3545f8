/**
 * Markdown descriptions for synthetic entries (about 1–2 KB each): plain Dutch at B1 level,
 * addressed as "je", in the sections the real sample content uses. Sentences come from the
 * catalogues and the shared pools below, with slots {kern}, {plek}, {org}, {gemeente}.
 */
import type { DoelgroepId, WeekdagId } from '../../../src/lib/vocabulary.ts';
import { WEEKDAGEN } from '../../../src/lib/vocabulary.ts';
import type { Random } from './random.ts';
import type { Tijdblok } from './schedule.ts';

export interface Slots {
  kern: string;
  gemeente: string;
  org: string;
  plek?: string;
}

/** Replace {slot} markers; an unknown or empty slot becomes a neutral word. */
export function fill(template: string, slots: Slots): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => {
    const value = (slots as unknown as Record<string, string | undefined>)[key];
    return value && value.length > 0 ? value : key === 'plek' ? 'de buurt' : key;
  });
}

const INTRO = [
  'In {kern} is het een vaste plek in de week geworden.',
  'Het begon ooit met een paar buren en groeide uit tot een vaste groep.',
  '{org} organiseert het samen met vrijwilligers uit de buurt.',
  'Je bent welkom, ook als je nog niemand kent.',
  'Veel bezoekers komen uit {kern}, maar ook uit de dorpen in de buurt.',
  'Het idee kwam van bewoners zelf.',
  'De sfeer is ontspannen en er is altijd tijd voor een grapje.',
  'Kom gerust eerst een keer kijken voordat je beslist.',
  'Vrijwilligers en bewoners van {kern} maken het samen mogelijk.',
  'Het is dichtbij huis, zodat je niet ver hoeft te reizen.',
];

const VOOR_WIE: Record<DoelgroepId, readonly string[]> = {
  iedereen: ['Iedereen is welkom, jong en oud.', 'Je hoeft nergens lid van te zijn om mee te doen.'],
  kinderen: [
    'Kinderen zijn welkom, samen met een ouder of begeleider.',
    'Er is ruimte voor kinderen van verschillende leeftijden.',
  ],
  jongeren: ['Jongeren van ongeveer 12 tot 23 jaar zijn welkom.', 'Neem gerust een vriend of vriendin mee.'],
  ouders: ['Het is voor ouders en verzorgers, met of zonder partner.', 'Ook pleegouders, opa’s en oma’s zijn welkom.'],
  ouderen: ['Het is vooral voor ouderen die graag mensen ontmoeten.', 'Ook jongere bezoekers zijn welkom.'],
  mantelzorgers: [
    'Het is voor mantelzorgers: mensen die zorgen voor een naaste.',
    'Ook als je het zelf geen mantelzorg noemt, ben je welkom.',
  ],
  vrijwilligers: ['Het is voor vrijwilligers en voor wie dat wil worden.', 'Ervaring is niet nodig.'],
  nieuwkomers: [
    'Het is voor nieuwe inwoners van {kern} en omgeving, uit Nederland of van verder weg.',
    'Je hoeft nog geen goed Nederlands te spreken.',
  ],
  werkzoekenden: ['Het is voor wie werk zoekt, of ander werk.', 'Ook als je een uitkering hebt, kun je meedoen.'],
  beperking: [
    'Het is ook voor mensen met een lichamelijke of verstandelijke beperking.',
    'Een begeleider mag gratis mee.',
  ],
  'extra-steun': [
    'Het is voor iedereen die wat extra steun kan gebruiken.',
    'Je hoeft niet uit te leggen waarom je komt.',
  ],
};

const GOED_OM_TE_WETEN = [
  'Neem gerust een buurvrouw, vriend of familielid mee.',
  'Kom je voor het eerst? Zeg het even bij binnenkomst, dan stellen we je voor.',
  'Je hoeft niets mee te nemen.',
  'Parkeren kan gratis vlak bij de ingang.',
  'Je kunt met de fiets komen; er is een overdekte stalling.',
  'De bus stopt op een paar minuten lopen.',
  'Kun je niet zelf komen? Vraag naar vervoer met vrijwillige chauffeurs.',
  'Er is een ringleiding voor mensen met een gehoorapparaat.',
  'Heb je een idee voor iets nieuws? De vrijwilligers horen het graag.',
  'In de zomer is het programma soms anders; kijk dan even op de website.',
  'Foto’s worden alleen gemaakt als iedereen dat goed vindt.',
  'Heb je een vraag over iets anders? Het sociaal team van {gemeente} denkt met je mee.',
  'Wil je helpen als vrijwilliger? Meld je bij {org}.',
  'Er is koffie, thee en water, en limonade voor de kinderen.',
  'Wat je vertelt, blijft binnen de groep.',
  'Heb je moeite met lezen? Bel gerust, dan leggen we het uit.',
];

const VERLOOP = [
  'Vanaf een kwartier voor de start staat de deur open en is er koffie.',
  'Je loopt binnen, zoekt een plekje en schuift aan bij wie er al zit.',
  'Halverwege is er een pauze met iets te drinken.',
  'Een vrijwilliger heet nieuwe mensen welkom en legt uit hoe het gaat.',
  'Aan het eind is er tijd om na te praten of samen op te ruimen.',
  'Je mag komen en gaan wanneer het jou uitkomt.',
  'De groep is niet groot, dus je leert elkaar snel kennen.',
  'Soms is er een gast met een kort verhaal of een demonstratie.',
  'Wie wil, helpt mee met koffie schenken of de tafels klaarzetten.',
  'Er is een vaste kern van deelnemers, maar er komen ook steeds nieuwe mensen bij.',
];

const BEGIN = [
  'Je hoeft niet eerst iets op te zoeken of in te vullen.',
  'Twijfel je of het iets voor jou is? Bel gerust en vraag het.',
  'Je kunt ook iemand meenemen naar het eerste gesprek.',
  'Binnen een week hoor je wanneer je terecht kunt.',
  'Lukt bellen niet goed? Stuur dan een mail of loop binnen bij {org}.',
  'Samen spreek je af wat je wilt en hoe vaak jullie contact hebben.',
];

const LOCATIE_ZINNEN = [
  'Er zijn koffieochtenden, spelletjesmiddagen en cursussen.',
  'Clubs en verenigingen uit {kern} huren hier een zaal.',
  'De koffie staat klaar zodra de deur open is.',
  'Er is een leestafel met de krant en het huis-aan-huisblad.',
  'Vrijwilligers zorgen voor een warm welkom.',
  'Je kunt hier ook terecht met een vraag; wie het antwoord niet weet, zoekt het voor je uit.',
  'Op het prikbord hangen oproepen van buren en activiteiten in de buurt.',
  'Er is een tuin met bankjes voor als het mooi weer is.',
  'In de grote zaal is plaats voor ongeveer zestig mensen.',
  'Het gebouw is gerenoveerd en licht en ruim.',
  'Wil je zelf iets organiseren? Vraag naar de mogelijkheden.',
  'Medewerkers van {org} zijn er op vaste momenten.',
];

const ORGANISATIE_ZINNEN = [
  'We werken samen met de gemeente {gemeente}, scholen, huisartsen en vrijwilligers.',
  'Veel van ons werk gebeurt door vrijwilligers uit de dorpen en wijken.',
  'We denken mee met inwoners, dichtbij huis en zonder wachtlijst.',
  'Onze activiteiten zijn voor iedereen, en vaak gratis.',
  'Heb je een idee voor de buurt? We helpen je het waar te maken.',
  'We zijn al jaren actief in {gemeente} en kennen de buurten goed.',
  'Ook als vrijwilliger ben je van harte welkom.',
  'We vinden het belangrijk dat iedereen kan meedoen, ook met weinig geld.',
];

const VRIJWILLIGER = [
  'Vrijwilligers zijn onmisbaar: zij zetten koffie, rijden, lezen voor en helpen met papieren.',
  'Je kiest zelf hoeveel tijd je geeft, van een uur per maand tot elke week.',
  'Je krijgt een vaste contactpersoon en een kennismakingsgesprek.',
  'Er zijn gratis trainingen, bijvoorbeeld over gesprekken voeren of EHBO.',
  'Eén keer per jaar is er een feestelijke avond om de vrijwilligers te bedanken.',
  'Je bent verzekerd via de vrijwilligersverzekering van de gemeente {gemeente}.',
];

/** Descriptions stay under the validator's B1 advice of 250 words. */
export const MAX_WOORDEN = 240;

export function wordCount(markdown: string): number {
  return (markdown.replace(/[#*-]/g, ' ').match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? []).length;
}

function sentences(random: Random, pool: readonly string[], min: number, max: number, slots: Slots): string {
  return random
    .sample(pool, random.int(min, max))
    .map((s) => fill(s, slots))
    .join(' ');
}

function voorWie(random: Random, doelgroep: readonly DoelgroepId[], slots: Slots): string {
  return doelgroep
    .flatMap((d) => random.sample(VOOR_WIE[d], random.int(1, 2)))
    .map((s) => fill(s, slots))
    .join(' ');
}

/** "9.30" from "09:30", as Dutch texts write times. */
export function tijdTekst(time: string): string {
  const [h, m] = time.split(':');
  return `${Number(h)}.${m}`;
}

const MAANDEN = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
];

export function datumTekst(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return `${d} ${MAANDEN[m - 1]} ${y}`;
}

const WEEKNAMEN: Record<string, string> = {
  '1': 'eerste',
  '2': 'tweede',
  '3': 'derde',
  '4': 'vierde',
  '-1': 'laatste',
};

function dagenTekst(dagen: readonly WeekdagId[]): string {
  const names = dagen.map((d) => WEEKDAGEN[d]);
  return names.length === 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} en ${names[names.length - 1]}`;
}

/** A schedule in words: "elke dinsdag van 9.30 tot 11.30 uur". */
export function roosterTekst(rooster: readonly Tijdblok[]): string {
  return rooster
    .map((b) => {
      const time = `van ${tijdTekst(b.van)} tot ${tijdTekst(b.tot)} uur`;
      const days = dagenTekst(b.dagen ?? []);
      switch (b.herhaling) {
        case 'eenmalig':
          return `op ${datumTekst(b.datum ?? '')}, ${time}`;
        case 'wekelijks':
          return `elke ${days} ${time}`;
        case 'tweewekelijks':
          return `om de week op ${days} ${time}`;
        case 'maandelijks':
          return `elke ${(b.weken ?? []).map((w) => WEEKNAMEN[String(w)]).join(' en ')} ${days} van de maand, ${time}`;
      }
    })
    .join('; ');
}

export function kostenTekst(kosten: { soort: string; bedrag?: number }): string {
  if (kosten.soort === 'gratis') return 'gratis';
  if (kosten.soort === 'vrijwillige-bijdrage') return 'een vrijwillige bijdrage';
  return `€ ${(kosten.bedrag ?? 0).toFixed(2).replace('.', ',')}`;
}

/** The cost as a sentence: "Het is gratis." / "Het kost € 2,50." */
export function kostenZin(kosten: { soort: string; bedrag?: number }): string {
  if (kosten.soort === 'gratis') return 'Het is gratis.';
  if (kosten.soort === 'vrijwillige-bijdrage') return 'Je geeft wat je kunt missen: een vrijwillige bijdrage.';
  return `Het kost ${kostenTekst(kosten)}.`;
}

interface Praktisch {
  wanneer: string;
  waar?: string;
  kosten: string;
  aanmelden: string;
}

/** The description of an activity. */
export function activiteitTekst(
  random: Random,
  input: {
    samenvatting: string;
    wat: readonly string[];
    doelgroep: readonly DoelgroepId[];
    praktisch: Praktisch;
    slots: Slots;
    ookInDeBuurt: readonly string[];
  },
): string {
  const { slots, praktisch } = input;
  const wat = random.sample(input.wat, random.int(4, 6)).map((s) => fill(s, slots));
  const ook = input.ookInDeBuurt.map((n) => n.toLowerCase());
  const intro = sentences(random, INTRO, 2, 3, slots);
  const voor = voorWie(random, input.doelgroep, slots);
  const goed = sentences(random, GOED_OM_TE_WETEN, 3, 4, slots);
  const verloop = ['## Hoe gaat het?', sentences(random, VERLOOP, 2, 3, slots)];
  const ookLine =
    ook.length > 0
      ? [`Ook in ${slots.kern}: ${ook.join(', ')}. Kijk op de pagina van ${slots.kern} wat er deze week is.`]
      : [];
  const parts = (withVerloop: boolean, withOok: boolean) => [
    `${input.samenvatting} ${intro}`,
    '## Wat doe je er?',
    wat.slice(0, 2).join(' '),
    wat
      .slice(2)
      .map((s) => `- ${s}`)
      .join('\n'),
    '## Voor wie?',
    voor,
    '## Praktisch',
    [
      `- **Wanneer:** ${praktisch.wanneer}`,
      praktisch.waar ? `- **Waar:** ${praktisch.waar}` : '',
      `- **Kosten:** ${praktisch.kosten}`,
      `- **Aanmelden:** ${praktisch.aanmelden}`,
    ]
      .filter(Boolean)
      .join('\n'),
    ...(withVerloop ? verloop : []),
    '## Goed om te weten',
    goed,
    ...(withOok ? ookLine : []),
  ];
  // Keep within B1 length: drop the optional paragraphs, last first, when the text runs long.
  for (const [withVerloop, withOok] of [
    [true, true],
    [true, false],
    [false, false],
  ] as const) {
    const text =
      parts(withVerloop, withOok)
        .filter((p) => p.length > 0)
        .join('\n\n') + '\n';
    if (wordCount(text) <= MAX_WOORDEN || !withVerloop) return text;
  }
  throw new Error('unreachable');
}

/** The description of a service or information product. */
export function aanbodTekst(
  random: Random,
  input: {
    samenvatting: string;
    wat: readonly string[];
    doelgroep: readonly DoelgroepId[];
    kop: string;
    begin: string;
    slots: Slots;
  },
): string {
  const { slots } = input;
  const wat = random.sample(input.wat, random.int(3, 5)).map((s) => fill(s, slots));
  const parts = [
    `${input.samenvatting} ${sentences(random, INTRO, 2, 3, slots)}`,
    `## ${input.kop}`,
    wat.join(' '),
    '## Voor wie?',
    voorWie(random, input.doelgroep, slots),
    '## Zo begin je',
    `${input.begin} ${sentences(random, BEGIN, 1, 2, slots)}`,
    '## Goed om te weten',
    sentences(random, GOED_OM_TE_WETEN, 3, 4, slots),
  ];
  return parts.join('\n\n') + '\n';
}

/** The description of a location. */
export function locatieTekst(
  random: Random,
  input: { samenvatting: string; huis: boolean; adres: string; toegankelijkheid: string; slots: Slots },
): string {
  const { slots } = input;
  const huis = input.huis
    ? ` Dit is Het Huis van ${slots.kern}: de vaste plek in ${slots.kern} om mensen te ontmoeten en met je vragen binnen te lopen.`
    : '';
  return (
    [
      `${input.samenvatting}${huis} ${sentences(random, INTRO, 1, 2, slots)}`,
      '## Wat is er te doen?',
      sentences(random, LOCATIE_ZINNEN, 4, 6, slots),
      '## Zo gaat het hier',
      sentences(random, VERLOOP, 2, 3, slots),
      '## Hoe kom je er?',
      `Het adres is ${input.adres}. ${sentences(random, GOED_OM_TE_WETEN.slice(3, 7), 1, 2, slots)}`,
      '## Toegankelijkheid',
      input.toegankelijkheid,
    ].join('\n\n') + '\n'
  );
}

/** The description of an organisation. */
export function organisatieTekst(random: Random, input: { samenvatting: string; slots: Slots }): string {
  const { slots } = input;
  return (
    [
      `${input.samenvatting} ${sentences(random, ORGANISATIE_ZINNEN, 2, 3, slots)}`,
      '## Wat doen we?',
      sentences(random, ORGANISATIE_ZINNEN, 2, 3, slots) + ' ' + sentences(random, INTRO, 1, 2, slots),
      '## Meedoen als vrijwilliger',
      sentences(random, VRIJWILLIGER, 2, 3, slots),
      '## Contact',
      `Bel, mail of kijk op de website. Je vindt de gegevens op deze pagina. ${sentences(random, BEGIN, 1, 1, slots)}`,
    ].join('\n\n') + '\n'
  );
}
