/**
 * Named, reusable schema pieces. Every field carries a `.describe()` in Dutch: that text is the
 * editors' documentation (CONTRIBUTING.md and the CMS hints are checked against it). Messages of
 * refinements tell an editor what to fix, in plain Dutch.
 */
import { z } from 'astro/zod';
import {
  DOELGROEPEN,
  HERHALINGEN,
  KOSTEN_SOORTEN,
  POSITIEVE_GEZONDHEID,
  THEMAS,
  WEEKDAGEN,
  idsOf,
} from '../lib/vocabulary.ts';

/** The bounding box of the Kop van Noord-Holland, with a margin; coordinates outside it are typos. */
export const REGIO_GRENZEN = { minLat: 52.6, maxLat: 53.25, minLon: 4.5, maxLon: 5.3 } as const;

/** Entry ids are file names: lower case letters, digits and dashes. */
export const ID_PATROON = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** True for a YYYY-MM-DD text that names a day that exists (not 2026-02-30). */
export function isRealDate(text: string): boolean {
  const [y, m, d] = text.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * A calendar date, written as 2026-03-03. YAML may already have turned it into a Date; either
 * way the result is the plain text `YYYY-MM-DD` (a date without time zone, so it never shifts).
 */
export const datum = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
  z
    .string({ error: 'Schrijf een datum als jaar-maand-dag, bijvoorbeeld 2026-03-03.' })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Schrijf de datum als jaar-maand-dag, bijvoorbeeld 2026-03-03.' })
    .refine(isRealDate, { error: 'Deze datum bestaat niet. Controleer de dag en de maand.' }),
);

const TIJD_PATROON = /^([01]\d|2[0-3]):[0-5]\d$/;

/** A time of day, written as 09:30 (24-hour clock). */
export const tijd = z
  .string({ error: 'Schrijf een tijd tussen aanhalingstekens, bijvoorbeeld "09:30".' })
  .regex(TIJD_PATROON, { error: 'Schrijf de tijd als uu:mm, bijvoorbeeld "09:30" of "14:00".' });

/** A point on the map (WGS84), inside the region. */
export const ligging = z
  .strictObject({
    lat: z
      .number({ error: 'Schrijf de breedtegraad (lat) als getal, bijvoorbeeld 52.958.' })
      .describe('Breedtegraad, bijvoorbeeld 52.958'),
    lon: z
      .number({ error: 'Schrijf de lengtegraad (lon) als getal, bijvoorbeeld 4.759.' })
      .describe('Lengtegraad, bijvoorbeeld 4.759'),
  })
  .refine(
    (p) =>
      p.lat >= REGIO_GRENZEN.minLat &&
      p.lat <= REGIO_GRENZEN.maxLat &&
      p.lon >= REGIO_GRENZEN.minLon &&
      p.lon <= REGIO_GRENZEN.maxLon,
    {
      error:
        'Dit punt ligt niet in de Kop van Noord-Holland. Controleer lat en lon (lat is ongeveer 52,7 tot 53,2; lon ongeveer 4,6 tot 5,1) en of ze niet omgewisseld zijn.',
    },
  )
  .describe('Plek op de kaart: lat en lon (WGS84)');

/** Dutch postcode: four digits, a space, two capitals. */
export const postcode = z.string().regex(/^[1-9]\d{3} [A-Z]{2}$/, {
  error: 'Schrijf de postcode als 1781 AB: vier cijfers, een spatie, twee hoofdletters.',
});

export const adres = z
  .strictObject({
    straat: z.string().min(2).describe('Straat en huisnummer, bijvoorbeeld "Stationsstraat 12"'),
    postcode: postcode.describe('Postcode, bijvoorbeeld "1781 AB"'),
    plaats: z.string().min(2).describe('Plaatsnaam zoals op de post, bijvoorbeeld "Den Helder"'),
  })
  .describe('Adres van de plek');

/** The digits of a phone number, without spaces, dashes or brackets; "+31" becomes "0". */
export function phoneDigits(text: string): string {
  return text.replace(/[\s\-–().]/g, '').replace(/^\+31/, '0');
}

/**
 * A Dutch phone number as people write it: 10 digits starting with 0 (0223 12 34 56, 06 ...),
 * a free or service number (0800/0900 + 4 to 7 digits) or a municipal 14-number (14 0223).
 */
export function isDutchPhone(text: string): boolean {
  const digits = phoneDigits(text);
  return /^0[1-9]\d{8}$/.test(digits) || /^0[89]00\d{4,7}$/.test(digits) || /^140\d{2,3}$/.test(digits);
}

export const telefoon = z.string().refine(isDutchPhone, {
  error:
    'Dit is geen geldig telefoonnummer. Schrijf 10 cijfers die met 0 beginnen, bijvoorbeeld "0223 – 12 34 56", of een nummer als "14 0223".',
});

export const email = z.email({ error: 'Dit is geen geldig e-mailadres. Schrijf het als naam@voorbeeld.nl.' });

export const webadres = z.url({
  protocol: /^https?$/,
  error: 'Dit is geen geldig webadres. Begin met https://, bijvoorbeeld https://www.denhelder.nl.',
});

/** How to reach a person or organisation. Use function addresses, never a private number. */
export const contact = z
  .strictObject({
    telefoon: telefoon.optional().describe('Telefoonnummer van de organisatie of functie (geen privénummer)'),
    email: email.optional().describe('E-mailadres van de organisatie of functie (geen privéadres)'),
    website: webadres.optional().describe('Webpagina met meer informatie'),
    toelichting: z
      .string()
      .optional()
      .describe('Wanneer en hoe je het beste contact opneemt, bijvoorbeeld "Bel op werkdagen van 9.00 tot 12.00 uur"'),
  })
  .refine((c) => c.telefoon || c.email || c.website, {
    error: 'Vul bij contact minstens één van telefoon, email of website in.',
  })
  .describe('Contact: telefoon, e-mail en/of website');

/** Cost (HSDS cost_option). */
export const kosten = z
  .strictObject({
    soort: z.enum(idsOf(KOSTEN_SOORTEN)).describe('gratis, betaald of vrijwillige-bijdrage'),
    bedrag: z
      .number()
      .positive({ error: 'Het bedrag moet groter zijn dan 0. Is het gratis? Kies dan soort: gratis.' })
      .optional()
      .describe('Bedrag in euro, bijvoorbeeld 2.50'),
    toelichting: z.string().optional().describe('Bijvoorbeeld "per keer, koffie inbegrepen" of "per jaar"'),
  })
  .refine((k) => k.soort !== 'betaald' || k.bedrag !== undefined, {
    error: 'Bij soort: betaald hoort een bedrag, bijvoorbeeld bedrag: 2.50.',
    path: ['bedrag'],
  })
  .refine((k) => k.soort !== 'gratis' || k.bedrag === undefined, {
    error: 'Een gratis aanbod heeft geen bedrag. Haal het bedrag weg of kies soort: betaald.',
    path: ['bedrag'],
  })
  .describe('Wat het kost');

const weekdag = z.enum(idsOf(WEEKDAGEN), { error: 'Gebruik een weekdag als ma, di, wo, do, vr, za of zo.' });

/**
 * One block of a schedule, with RFC 5545 meaning:
 * - eenmalig: one date (`datum`), optionally ending on `einddatum` for a multi-day event;
 * - wekelijks / tweewekelijks: FREQ=WEEKLY;INTERVAL=1|2;BYDAY=`dagen`, starting at `vanaf`;
 * - maandelijks: FREQ=MONTHLY;BYDAY=`weken` x `dagen` (week 1 to 4, or -1 for the last one).
 * `tot_en_met` is UNTIL; `behalve` lists EXDATEs (cancelled dates, e.g. holidays).
 */
export const tijdblok = z
  .strictObject({
    herhaling: z
      .enum(idsOf(HERHALINGEN), { error: 'Kies bij herhaling: eenmalig, wekelijks, tweewekelijks of maandelijks.' })
      .describe('eenmalig, wekelijks, tweewekelijks of maandelijks'),
    dagen: z
      .array(weekdag)
      .min(1)
      .optional()
      .describe('Weekdagen, bijvoorbeeld [di, do]. Nodig bij wekelijks, tweewekelijks en maandelijks'),
    weken: z
      .array(
        z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(-1)], {
          error: 'Gebruik bij weken 1, 2, 3, 4 of -1 (de laatste van de maand).',
        }),
      )
      .min(1)
      .optional()
      .describe(
        'Alleen bij maandelijks: welke week van de maand. 1 = eerste, 2 = tweede, -1 = laatste. Bijvoorbeeld [1] voor "elke eerste dinsdag"',
      ),
    datum: datum
      .optional()
      .describe('Bij eenmalig: de datum. Bij een herhaling: de eerste keer (verplicht bij tweewekelijks)'),
    einddatum: datum.optional().describe('Bij eenmalig: de laatste dag als het meer dagen duurt'),
    van: tijd.describe('Begintijd, bijvoorbeeld "09:30"'),
    tot: tijd.describe('Eindtijd, bijvoorbeeld "11:30"'),
    tot_en_met: datum.optional().describe('Laatste datum van de herhaling (mag leeg: dan gaat het door)'),
    behalve: z.array(datum).optional().describe('Datums waarop het niet doorgaat, bijvoorbeeld [2026-12-29]'),
    toelichting: z.string().optional().describe('Korte uitleg, bijvoorbeeld "niet in de schoolvakanties"'),
  })
  .superRefine((blok, ctx) => {
    // Only compare two valid times; a malformed one already has its own message.
    if (TIJD_PATROON.test(blok.van) && TIJD_PATROON.test(blok.tot) && blok.van >= blok.tot) {
      ctx.addIssue({
        code: 'custom',
        path: ['tot'],
        message: `De eindtijd (${blok.tot}) moet later zijn dan de begintijd (${blok.van}).`,
      });
    }
    if (blok.herhaling === 'eenmalig') {
      if (!blok.datum)
        ctx.addIssue({
          code: 'custom',
          path: ['datum'],
          message: 'Bij herhaling: eenmalig hoort een datum, bijvoorbeeld datum: 2026-03-03.',
        });
      if (blok.dagen)
        ctx.addIssue({
          code: 'custom',
          path: ['dagen'],
          message: 'Bij herhaling: eenmalig horen geen dagen. Haal dagen weg of kies een herhaling.',
        });
      if (blok.einddatum && blok.datum && blok.einddatum < blok.datum) {
        ctx.addIssue({
          code: 'custom',
          path: ['einddatum'],
          message: 'De einddatum ligt vóór de datum. Controleer beide datums.',
        });
      }
    } else {
      if (!blok.dagen)
        ctx.addIssue({
          code: 'custom',
          path: ['dagen'],
          message: `Bij herhaling: ${blok.herhaling} hoort op welke dagen, bijvoorbeeld dagen: [di].`,
        });
      if (blok.einddatum)
        ctx.addIssue({
          code: 'custom',
          path: ['einddatum'],
          message:
            'Einddatum is alleen voor eenmalige activiteiten. Gebruik tot_en_met voor de laatste keer van een herhaling.',
        });
    }
    if (blok.herhaling === 'tweewekelijks' && !blok.datum) {
      ctx.addIssue({
        code: 'custom',
        path: ['datum'],
        message:
          'Bij herhaling: tweewekelijks hoort de datum van de eerste keer, zodat duidelijk is in welke weken het is.',
      });
    }
    if (blok.herhaling === 'maandelijks' && !blok.weken) {
      ctx.addIssue({
        code: 'custom',
        path: ['weken'],
        message: 'Bij herhaling: maandelijks hoort welke week van de maand, bijvoorbeeld weken: [1] voor de eerste.',
      });
    }
    if (blok.herhaling !== 'maandelijks' && blok.weken) {
      ctx.addIssue({ code: 'custom', path: ['weken'], message: 'Weken is alleen voor herhaling: maandelijks.' });
    }
    if (blok.tot_en_met && blok.datum && blok.tot_en_met < blok.datum) {
      ctx.addIssue({
        code: 'custom',
        path: ['tot_en_met'],
        message: 'tot_en_met ligt vóór de eerste datum. Controleer beide datums.',
      });
    }
  })
  .describe('Eén tijdblok van een rooster');

/** A schedule: one or more blocks (e.g. Tuesday morning and Thursday afternoon). */
export const rooster = z.array(tijdblok).min(1, { error: 'Vul minstens één tijdblok in.' });

export const themas = z
  .array(z.enum(idsOf(THEMAS)))
  .min(1, { error: 'Kies minstens één thema.' })
  .describe("Thema's: waar gaat het over? Eén of meer");
export const doelgroepen = z
  .array(z.enum(idsOf(DOELGROEPEN)))
  .min(1, { error: 'Kies minstens één doelgroep (of iedereen).' })
  .describe('Voor wie is het? Eén of meer; kies iedereen als het voor iedereen is');
export const dimensies = z
  .array(z.enum(idsOf(POSITIEVE_GEZONDHEID)))
  .default([])
  .describe('Bij welke gebieden van Positieve Gezondheid past het? Mag leeg');

/**
 * Fields every entry carries: freshness and ownership (HSDS assured_date / assurer) and the
 * demonstration flag. The owner is an organisation or role, never a private person.
 */
export const beheer = {
  gecontroleerd: datum.describe('Datum waarop iemand dit voor het laatst heeft gecontroleerd'),
  eigenaar: z
    .string()
    .min(3)
    .describe(
      'Wie dit bijhoudt: een organisatie of functie, geen privépersoon. Bijvoorbeeld "Bibliotheek Kop van Noord-Holland"',
    ),
  bron: z.string().min(3).describe('Waar de informatie vandaan komt: een webadres, document of organisatie'),
  voorbeeld: z
    .boolean()
    .default(false)
    .describe('true als dit verzonnen voorbeeldinhoud is; de site toont dan het label "Voorbeeld"'),
};

/** Fields of every entry that a resident can find as an offer (activities, services, info). */
export const aanbod = {
  naam: z
    .string()
    .min(3)
    .max(90)
    .describe('Naam zoals mensen het kennen, bijvoorbeeld "Koffieochtend in de buurtkamer"'),
  samenvatting: z
    .string()
    .min(10)
    .max(200, { error: 'De samenvatting is te lang. Houd het bij één zin van hoogstens 200 tekens.' })
    .describe('Eén korte zin: wat is het? Komt in lijsten, op flyers en in zoekresultaten'),
  thema: themas,
  doelgroep: doelgroepen,
  positieve_gezondheid: dimensies,
};
