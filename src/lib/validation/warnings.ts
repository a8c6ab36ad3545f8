/**
 * Warnings: things that are allowed but unwise. They never stop the build; `check:content`
 * lists them after the errors so an editor can improve the entry. Pure: works on the YAML data
 * (already read), the markdown body and a line finder.
 */
import type { CollectieNaam } from '../../schema/collections.ts';
import { b1Bezwaren } from '../readability.ts';
import { findMobileNumbers, isMobileNumber, privateEmailReason } from '../privacy.ts';
import { formatPath, type VeldPad } from './paths.ts';
import type { EntryProbleem } from './zod-nl.ts';
import type { Zoeker } from './yaml-source.ts';

export interface WaarschuwingInvoer {
  collectie: CollectieNaam;
  data: Record<string, unknown>;
  body: string;
  /** 1-based line in the file where the body starts. */
  bodyRegel: number;
  regelVan: Zoeker;
}

const EMAIL_IN_TEKST = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
/** Names of offers that usually stop after a number of meetings. */
const REEKS = /\b(cursus|training|trainingen|reeks|serie|workshops|lessenreeks)\b/i;
const EVENEMENT_SOORTEN = new Set(['informatiebijeenkomst']);

/** Every `telefoon` and `email` value in the data, with its path. */
function contactVelden(
  value: unknown,
  path: PropertyKey[] = [],
): { pad: PropertyKey[]; soort: 'telefoon' | 'email'; waarde: string }[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => contactVelden(v, [...path, i]));
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, v]) => {
    if ((key === 'telefoon' || key === 'email') && typeof v === 'string')
      return [{ pad: [...path, key], soort: key, waarde: v }];
    return contactVelden(v, [...path, key]);
  });
}

function lineOfMatch(body: string, index: number, bodyRegel: number): number {
  let line = bodyRegel;
  for (let i = 0; i < index; i++) if (body.charCodeAt(i) === 10) line++;
  return line;
}

const PRIVE_NUMMER =
  'Dit lijkt een mobiel nummer (06). Is het het privénummer van een vrijwilliger? Gebruik dan liever het nummer van de organisatie of een functie. Privénummers zijn persoonsgegevens.';
const priveMail = (adres: string, reden: 'maildomein' | 'persoonsnaam') =>
  reden === 'maildomein'
    ? `${adres} lijkt een privé-e-mailadres. Gebruik liever een adres van de organisatie of een functie, zoals info@... of activiteiten@....`
    : `${adres} lijkt het e-mailadres van een persoon. Gebruik liever een adres van een functie, zoals info@... of aanmelden@....`;

/** All warnings for one entry whose data passed the schema. */
export function waarschuwingen(invoer: WaarschuwingInvoer): EntryProbleem[] {
  const { collectie, data, body, bodyRegel, regelVan } = invoer;
  const uit: EntryProbleem[] = [];
  const add = (soort: string, pad: VeldPad, bericht: string, regel?: number) => {
    const r = regel ?? (pad.length > 0 ? regelVan(pad, 'sleutel') : undefined);
    uit.push({ soort, veld: formatPath(pad), ...(r !== undefined ? { regel: r } : {}), bericht });
  };

  if (collectie === 'locaties' && data.rolstoel === undefined) {
    add(
      'rolstoel-onbekend',
      ['rolstoel'],
      'Er staat niet bij of je hier met een rolstoel binnenkomt. Vul rolstoel: ja, deels of nee in. Weet je het niet? Vraag het na bij de plek.',
      regelVan(['naam'], 'sleutel'),
    );
  }

  if (collectie === 'informatie' && EVENEMENT_SOORTEN.has(String(data.soort)) && data.tot === undefined) {
    add(
      'einddatum-ontbreekt',
      ['tot'],
      'Een bijeenkomst is op een vaste dag, maar er staat geen tot-datum bij. Zonder tot blijft de bijeenkomst altijd op de site staan. Vul bij tot de dag van de (laatste) bijeenkomst in.',
      regelVan(['van'], 'sleutel'),
    );
  }

  if ((collectie === 'activiteiten' || collectie === 'diensten') && Array.isArray(data.wanneer)) {
    const naam = `${String(data.naam ?? '')} ${String(data.samenvatting ?? '')}`;
    if (REEKS.test(naam)) {
      data.wanneer.forEach((blok: unknown, i) => {
        const b = blok as Record<string, unknown>;
        if (b.herhaling !== 'eenmalig' && b.tot_en_met === undefined) {
          add(
            'tot-en-met-ontbreekt',
            ['wanneer', i, 'tot_en_met'],
            'Dit lijkt een cursus of training, en die stopt meestal na een aantal keren. Vul tot_en_met in met de datum van de laatste keer. Gaat het echt altijd door? Dan kun je deze waarschuwing negeren.',
            regelVan(['wanneer', i], 'waarde'),
          );
        }
      });
    }
  }

  const bezwaren = b1Bezwaren(body);
  if (bezwaren.length > 0) {
    add(
      'niet-b1',
      [],
      `De beschrijving is waarschijnlijk te moeilijk voor taalniveau B1: ${bezwaren.join('; ')}. Schrijf korte zinnen met gewone woorden.`,
      bodyRegel,
    );
  }

  for (const veld of contactVelden(data)) {
    if (veld.soort === 'telefoon' && isMobileNumber(veld.waarde)) add('privenummer', veld.pad, PRIVE_NUMMER);
    if (veld.soort === 'email') {
      const reden = privateEmailReason(veld.waarde);
      if (reden) add('prive-email', veld.pad, priveMail(veld.waarde, reden));
    }
  }
  for (const m of body.matchAll(/(?<![\d+])(?:\+31[\s-]?|0031[\s-]?|0)6[\s\-–.]?(?:\d[\s\-–.]?){7}\d(?!\d)/g)) {
    if (findMobileNumbers(m[0]).length > 0)
      add(
        'privenummer',
        [],
        `In de beschrijving staat ${m[0].trim()}. ${PRIVE_NUMMER}`,
        lineOfMatch(body, m.index, bodyRegel),
      );
  }
  for (const m of body.matchAll(EMAIL_IN_TEKST)) {
    const reden = privateEmailReason(m[0]);
    if (reden)
      add(
        'prive-email',
        [],
        `In de beschrijving staat ${priveMail(m[0], reden)}`,
        lineOfMatch(body, m.index, bodyRegel),
      );
  }
  return uit;
}
