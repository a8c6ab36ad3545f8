/**
 * The schemas of all seven collections, built from the pieces in `pieces.ts`. They take a
 * `ref` factory so the same definitions serve Astro (with `reference()`, which checks that the
 * target exists) and the stand-alone validator (`scripts/check-content.ts`), which checks
 * references itself so it can list every problem at once.
 */
import { z } from 'astro/zod';
import {
  INFORMATIE_SOORTEN,
  KANALEN,
  KERN_SOORTEN,
  LOCATIE_SOORTEN,
  ORGANISATIE_SOORTEN,
  ROLSTOEL,
  TOEGANG,
  idsOf,
} from '../lib/vocabulary.ts';
import { aanbod, adres, beheer, contact, datum, kosten, ligging, rooster, webadres } from './pieces.ts';

export const COLLECTIES = [
  'gemeenten',
  'kernen',
  'locaties',
  'organisaties',
  'activiteiten',
  'diensten',
  'informatie',
] as const;
export type CollectieNaam = (typeof COLLECTIES)[number];

/** Collections whose markdown body is the description and must not be empty. */
export const BESCHRIJVING_VERPLICHT: readonly CollectieNaam[] = [
  'activiteiten',
  'diensten',
  'informatie',
  'locaties',
  'organisaties',
];

/**
 * Makes the schema of a reference to an entry of `collection`. Generic in the schema it returns,
 * so the parsed type follows the factory: `{ collection, id }` with Astro's `reference()`, a
 * plain id string with the stand-alone validator's factory.
 */
export type RefFactory<R extends z.ZodType = z.ZodType> = (collection: CollectieNaam) => R;

/** The area a service or information product serves (HSDS service_area). */
function werkgebied<R extends z.ZodType>(ref: RefFactory<R>) {
  return z
    .strictObject({
      regio: z.boolean().optional().describe('true als het voor de hele Kop van Noord-Holland is'),
      gemeenten: z.array(ref('gemeenten')).optional().describe('Gemeenten waar het voor is, bijvoorbeeld [den-helder]'),
      kernen: z
        .array(ref('kernen'))
        .optional()
        .describe('Kernen of wijken waar het voor is, bijvoorbeeld [julianadorp]'),
    })
    .refine((w) => w.regio === true || (w.gemeenten?.length ?? 0) > 0 || (w.kernen?.length ?? 0) > 0, {
      error: 'Vul bij werkgebied regio: true in, of een lijst gemeenten of kernen.',
    })
    .describe('Voor welk gebied: de hele regio, gemeenten of kernen');
}

export function makeSchemas<R extends z.ZodType>(ref: RefFactory<R>) {
  const gemeenten = z.strictObject({
    naam: z.string().min(2).describe('Naam van de gemeente'),
    cbs_code: z
      .string()
      .regex(/^\d{4}$/, { error: 'De CBS-code heeft vier cijfers, bijvoorbeeld "0400".' })
      .describe('CBS-gemeentecode, vier cijfers tussen aanhalingstekens'),
    website: webadres.describe('Website van de gemeente'),
    loket: z
      .strictObject({
        naam: z.string().min(3).describe('Naam van het wijkteam of loket, bijvoorbeeld "Sociaal Wijkteam Den Helder"'),
        uitleg: z.string().min(10).describe('Wat je daar kunt vragen en hoe het werkt, in gewone taal'),
        contact,
      })
      .describe('De plek waar inwoners terechtkunnen met hun vragen (sociaal team of loket)'),
    ...beheer,
  });

  const kernen = z.strictObject({
    naam: z.string().min(2).describe('Naam van de woonkern of wijk'),
    gemeente: ref('gemeenten').describe('De gemeente, bijvoorbeeld den-helder'),
    soort: z.enum(idsOf(KERN_SOORTEN)).describe('woonkern of wijk'),
    ligging: ligging.describe('Middelpunt van de kern op de kaart'),
    intro: z.string().min(10).max(300).describe('Eén of twee zinnen over de kern, voor bovenaan de pagina'),
    buren: z.array(ref('kernen')).default([]).describe('Kernen in de buurt, bijvoorbeeld [den-hoorn, oudeschild]'),
    ...beheer,
  });

  const organisaties = z.strictObject({
    naam: z.string().min(2).describe('Naam van de organisatie'),
    soort: z.enum(idsOf(ORGANISATIE_SOORTEN)).describe('Soort organisatie'),
    samenvatting: z.string().min(10).max(200).describe('Eén korte zin: wat doet deze organisatie?'),
    contact,
    gemeenten: z
      .array(ref('gemeenten'))
      .default([])
      .describe('Gemeenten waar de organisatie werkt (leeg: de hele regio)'),
    ...beheer,
  });

  const locaties = z.strictObject({
    naam: z.string().min(2).describe('Naam van de plek, bijvoorbeeld "Buurtkamer De Schakel"'),
    soort: z.enum(idsOf(LOCATIE_SOORTEN)).describe('Soort plek'),
    samenvatting: z.string().min(10).max(200).describe('Eén korte zin: wat is dit voor plek?'),
    kern: ref('kernen').describe('De kern of wijk waar de plek ligt'),
    adres,
    ligging: ligging.optional(),
    huis_van_de_kern: z
      .boolean()
      .default(false)
      .describe('true als dit "Het Huis van <kern>" is: de vaste ontmoetingsplek van de kern'),
    ontmoetingsplek: z
      .boolean()
      .default(false)
      .describe(
        'true als je hier zomaar binnen kunt lopen om mensen te ontmoeten (buurtkamer, wijkcentrum, dorpshuis)',
      ),
    openingstijden: rooster.optional().describe('Wanneer de plek open is'),
    rolstoel: z.enum(idsOf(ROLSTOEL)).optional().describe('ja, deels of nee'),
    toegankelijkheid: z
      .string()
      .optional()
      .describe('Meer over toegankelijkheid: drempels, lift, invalidentoilet, ringleiding'),
    organisatie: ref('organisaties').optional().describe('De organisatie die de plek beheert'),
    contact: contact.optional(),
    ...beheer,
  });

  const activiteiten = z
    .strictObject({
      ...aanbod,
      ...beheer,
      locatie: ref('locaties').describe(
        'Waar het is: de naam van het bestand van de plek, bijvoorbeeld buurtkamer-de-schakel',
      ),
      organisatie: ref('organisaties').describe('Wie het organiseert'),
      wanneer: rooster.describe('Wanneer het is'),
      kosten,
      inloop: z.boolean().describe('true als je zonder aanmelden kunt binnenlopen'),
      aanmelden: z
        .string()
        .optional()
        .describe('Hoe je je aanmeldt, als dat nodig is. Bijvoorbeeld "Bel of mail de bibliotheek"'),
      zonder_verwijzing: z
        .boolean()
        .default(true)
        .describe('true als je geen verwijzing van huisarts of wijkteam nodig hebt'),
      contact: contact.optional().describe('Contact voor deze activiteit (leeg: het contact van de organisatie)'),
    })
    .refine((a) => a.inloop || (a.aanmelden?.length ?? 0) > 0, {
      error: 'Bij inloop: false hoort uitleg over aanmelden, bijvoorbeeld aanmelden: "Bel de bibliotheek".',
      path: ['aanmelden'],
    });

  const diensten = z.strictObject({
    ...aanbod,
    ...beheer,
    organisatie: ref('organisaties').describe('Wie de dienst aanbiedt'),
    werkgebied: werkgebied(ref),
    kanalen: z
      .array(z.enum(idsOf(KANALEN)))
      .min(1)
      .describe('Hoe de dienst werkt: op een vaste plek, online, telefonisch of bij je thuis'),
    locaties: z.array(ref('locaties')).default([]).describe('Vaste plekken waar de dienst is (bij kanaal op-locatie)'),
    toegang: z.enum(idsOf(TOEGANG)).describe('Hoe je er gebruik van maakt'),
    toegang_uitleg: z
      .string()
      .optional()
      .describe('Meer uitleg over hoe je begint, bijvoorbeeld "Bel en vertel waar je mee zit"'),
    kosten,
    zonder_verwijzing: z.boolean().default(true).describe('true als je geen verwijzing nodig hebt'),
    wanneer: rooster
      .optional()
      .describe('Wanneer de dienst bereikbaar is (bijvoorbeeld de tijden van een telefoonlijn)'),
    contact: contact.optional().describe('Contact voor deze dienst (leeg: het contact van de organisatie)'),
  });

  const informatie = z
    .strictObject({
      ...aanbod,
      ...beheer,
      soort: z.enum(idsOf(INFORMATIE_SOORTEN)).describe('Soort informatie'),
      organisatie: ref('organisaties').describe('Wie het maakt of organiseert'),
      werkgebied: werkgebied(ref),
      van: datum.describe('Vanaf wanneer het er is (of de datum van de bijeenkomst)'),
      tot: datum.optional().describe('Tot wanneer het er is (leeg: blijft beschikbaar)'),
      wanneer: rooster.optional().describe('Tijden van een bijeenkomst of webinar'),
      locatie: ref('locaties').optional().describe('Waar een bijeenkomst is'),
      link: webadres.optional().describe('Waar je het kunt bekijken, downloaden of je kunt aanmelden'),
      kosten: kosten.optional(),
    })
    .refine((i) => !i.tot || i.tot >= i.van, { error: 'De datum bij tot ligt vóór de datum bij van.', path: ['tot'] });

  return { gemeenten, kernen, organisaties, locaties, activiteiten, diensten, informatie } satisfies Record<
    CollectieNaam,
    z.ZodType
  >;
}
