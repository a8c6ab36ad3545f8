/**
 * Turns zod issues into plain Dutch for editors: which field, what is wrong, what to do.
 * Messages written in the schema (already Dutch and specific) are kept; generic zod codes get a
 * Dutch explanation built from the field's `.describe()` text and the vocabulary labels.
 */
import type { z } from 'astro/zod';
import { bekendeVelden, veldOp } from './schema-walk.ts';
import { formatPath, valueAt, type VeldPad } from './paths.ts';
import { closeMatches } from './suggest.ts';
import { keuzesMetLabels } from './vocabulaire.ts';
import { stukkenOp, type StukNaam } from './stukken.ts';
import type { Zoeker } from './yaml-source.ts';

type Issue = z.core.$ZodIssue & { input?: unknown };

/** Marks issues without a message of their own in the schema; pass as the parse `error` map. */
export const GENERIEK = '\u0000generiek';

/** Options for `safeParse` so issues carry their input and generic ones can be recognised. */
export const PARSE_OPTIES = { error: () => GENERIEK, reportInput: true } as const;

/** Field names editors often use for a field that has another name here. */
const SYNONIEMEN: Record<string, string> = {
  begintijd: 'van',
  starttijd: 'van',
  start: 'van',
  eindtijd: 'tot',
  einde: 'tot',
  prijs: 'kosten',
  kost: 'kosten',
  telefoonnummer: 'telefoon',
  tel: 'telefoon',
  mail: 'email',
  'e-mail': 'email',
  emailadres: 'email',
  url: 'website',
  site: 'website',
  link: 'website',
  titel: 'naam',
  omschrijving: 'samenvatting',
  beschrijving: 'samenvatting',
  dag: 'dagen',
  week: 'weken',
  doelgroepen: 'doelgroep',
  themas: 'thema',
  "thema's": 'thema',
  plaats: 'kern',
  dorp: 'kern',
  wijk: 'kern',
  coordinaten: 'ligging',
  locatie: 'locaties',
};

/** A problem in one entry, before the file name is added. */
export interface EntryProbleem {
  soort: string;
  veld: string;
  regel?: number | undefined;
  bericht: string;
  /** For an unknown field: the field it most likely should have been (full path). */
  bedoeld?: string;
}

interface Context {
  schema: z.ZodType;
  data: unknown;
  regelVan: Zoeker;
}

/** A short rendering of what the editor wrote, for "Nu staat er: ...". */
function wat(input: unknown): string {
  if (input instanceof Date)
    return `een datum (${Number.isNaN(input.getTime()) ? '?' : input.toISOString().slice(0, 10)})`;
  if (typeof input === 'string') return input.length > 60 ? `'${input.slice(0, 57)}...'` : `'${input}'`;
  if (typeof input === 'number' || typeof input === 'boolean') return String(input);
  if (Array.isArray(input)) return 'een lijst';
  if (input && typeof input === 'object') return 'een groep velden';
  return 'niets';
}

function zin(text: string | undefined): string {
  if (!text) return '';
  const t = text.trim();
  return /[.!?]$/.test(t) ? t : `${t}.`;
}

function uitleg(schema: z.ZodType, path: VeldPad): string {
  const beschrijving = veldOp(schema, path)?.beschrijving;
  return beschrijving ? ` Uitleg bij dit veld: ${zin(beschrijving)}` : '';
}

const VERWACHT: Record<string, string> = {
  string: 'Hier hoort tekst.',
  number: 'Hier hoort een getal zonder aanhalingstekens, bijvoorbeeld 2.50 (met een punt, niet met een komma).',
  boolean: 'Hier hoort true (ja) of false (nee), zonder aanhalingstekens.',
  array: 'Hier hoort een lijst, bijvoorbeeld [di, do], of onder elkaar met een streepje (-) ervoor.',
  object: 'Hier horen een of meer velden op de regels eronder, twee spaties ingesprongen.',
};

const STUK_SOORT: Partial<Record<StukNaam, string>> = {
  datum: 'ongeldige-datum',
  tijd: 'ongeldige-tijd',
  telefoon: 'ongeldig-telefoonnummer',
  email: 'ongeldig-email',
  webadres: 'ongeldig-webadres',
  postcode: 'ongeldige-postcode',
};

function soortVan(issue: Issue, ctx: Context): string {
  const stukken = stukkenOp(ctx.schema, issue.path);
  const veld = stukken.find((s) => s.diepte === issue.path.length);
  // A field that is fine on its own but breaks a rule of the block around it (an end time
  // before the start time) is a schedule problem, not a time problem.
  const waarde = valueAt(ctx.data, issue.path);
  const veldZelfFout = veld !== undefined && waarde !== undefined && !veld.schema.safeParse(waarde).success;
  if (veld && veldZelfFout) {
    if (veld.naam === 'ligging') return issue.code === 'custom' ? 'buiten-de-regio' : 'verkeerd-type';
    const soort = STUK_SOORT[veld.naam];
    if (soort) return soort;
  }
  if (issue.code !== 'invalid_type' && stukken.some((s) => s.naam === 'tijdblok' || s.naam === 'rooster'))
    return 'ongeldig-rooster';
  switch (issue.code) {
    case 'invalid_type':
      return 'verkeerd-type';
    case 'invalid_value':
      return 'ongeldige-keuze';
    case 'too_small':
      return 'te-kort';
    case 'too_big':
      return 'te-lang';
    default:
      return 'ongeldige-waarde';
  }
}

function generiekBericht(issue: Issue, ctx: Context): string {
  const veld = formatPath(issue.path);
  const nu = ` Nu staat er: ${wat(issue.input)}.`;
  switch (issue.code) {
    case 'invalid_type': {
      let hint = '';
      if (issue.expected === 'string' && issue.input instanceof Date) hint = ' Zet de tekst tussen aanhalingstekens.';
      else if (issue.expected === 'string' && (typeof issue.input === 'number' || typeof issue.input === 'boolean')) {
        hint =
          ' Zet de waarde tussen aanhalingstekens: "...". Zonder aanhalingstekens leest de computer een getal, en valt een 0 aan het begin weg.';
      }
      return `${VERWACHT[issue.expected] ?? 'Deze waarde heeft niet de goede soort.'}${nu}${hint}${uitleg(ctx.schema, issue.path)}`;
    }
    case 'invalid_value': {
      const input = String(issue.input);
      const bedoel = closeMatches(input, issue.values.map(String), 1);
      const vraag = bedoel.length > 0 ? ` Bedoel je '${bedoel[0]}'?` : '';
      return `'${input}' is geen keuze bij ${veld || 'dit veld'}.${vraag} Kies uit: ${keuzesMetLabels(issue.values)}.`;
    }
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string')
        return `De tekst is te kort: schrijf minstens ${min} tekens.${uitleg(ctx.schema, issue.path)}`;
      if (issue.origin === 'array')
        return `Vul minstens ${min} ${min === 1 ? 'waarde' : 'waarden'} in.${uitleg(ctx.schema, issue.path)}`;
      return `Het getal moet ${issue.inclusive ? 'minstens' : 'groter dan'} ${min} zijn.${nu}`;
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') {
        const lengte = typeof issue.input === 'string' ? ` (nu ${issue.input.length})` : '';
        return `De tekst is te lang: hoogstens ${max} tekens${lengte}. Maak hem korter.`;
      }
      if (issue.origin === 'array') return `Dit zijn te veel waarden: hoogstens ${max}.`;
      return `Het getal mag ${issue.inclusive ? 'hoogstens' : 'niet meer dan'} ${max} zijn.${nu}`;
    }
    case 'invalid_format':
      return `Deze waarde heeft niet de goede vorm.${nu}${uitleg(ctx.schema, issue.path)}`;
    case 'invalid_union':
      return `Deze waarde past hier niet.${nu}${uitleg(ctx.schema, issue.path)}`;
    default:
      return `Deze waarde klopt niet.${nu}${uitleg(ctx.schema, issue.path)}`;
  }
}

function onbekendeVelden(issue: Extract<Issue, { code: 'unrecognized_keys' }>, ctx: Context): EntryProbleem[] {
  const velden = bekendeVelden(ctx.schema, issue.path);
  const namen = velden.map((v) => v.naam);
  const object = valueAt(ctx.data, issue.path);
  const aanwezig = object && typeof object === 'object' ? Object.keys(object) : [];
  const ontbrekend = velden.filter((v) => v.verplicht && !aanwezig.includes(v.naam)).map((v) => v.naam);
  return issue.keys.map((key) => {
    const pad = [...issue.path, key];
    const synoniem = SYNONIEMEN[key.toLowerCase()];
    let bedoeld: string | undefined =
      synoniem && namen.includes(synoniem) && !aanwezig.includes(synoniem)
        ? synoniem
        : closeMatches(
            key,
            namen.filter((n) => !aanwezig.includes(n)),
            1,
          )[0];
    if (!bedoeld && issue.keys.length === 1 && ontbrekend.length === 1) bedoeld = ontbrekend[0];
    const waar = issue.path.length > 0 ? ` bij ${formatPath(issue.path)}` : '';
    const bericht = bedoeld
      ? `Onbekend veld '${key}'. Bedoel je '${bedoeld}'? Verander '${key}' in '${bedoeld}'.`
      : `Onbekend veld '${key}'${waar}. Haal het weg of verbeter de naam. Velden die hier kunnen: ${namen.join(', ')}.`;
    return {
      soort: 'onbekend-veld',
      veld: formatPath(pad),
      regel: ctx.regelVan(pad, 'sleutel'),
      bericht,
      ...(bedoeld ? { bedoeld: formatPath([...issue.path, bedoeld]) } : {}),
    };
  });
}

function ontbreekt(issue: Issue, ctx: Context): EntryProbleem {
  const veld = formatPath(issue.path);
  const info = veldOp(ctx.schema, issue.path);
  const leeg = issue.input === null;
  const eigen = issue.message !== GENERIEK ? ` ${zin(issue.message)}` : '';
  const vulIn = info?.beschrijving ? ` Vul in: ${zin(info.beschrijving)}` : eigen || ' Vul dit veld in.';
  const onderdelen = bekendeVelden(ctx.schema, issue.path);
  const delen =
    onderdelen.length > 0
      ? ` Onder ${String(issue.path.at(-1))} horen: ${onderdelen.map((v) => (v.verplicht ? `${v.naam} (verplicht)` : v.naam)).join(', ')}.`
      : '';
  return {
    soort: 'veld-ontbreekt',
    veld,
    regel: leeg ? ctx.regelVan(issue.path, 'sleutel') : ctx.regelVan(issue.path.slice(0, -1), 'sleutel'),
    bericht: `Het veld '${veld}' ${leeg ? 'is leeg' : 'ontbreekt'}.${vulIn}${delen}`,
  };
}

/** Translates the issues of one entry into Dutch problems (one issue may name several keys). */
export function vertaalIssues(issues: readonly z.core.$ZodIssue[], ctx: Context): EntryProbleem[] {
  const out: EntryProbleem[] = [];
  for (const raw of issues) {
    const issue = raw as Issue;
    if (issue.code === 'unrecognized_keys') {
      out.push(...onbekendeVelden(issue, ctx));
      continue;
    }
    if (issue.code === 'invalid_type' && (issue.input === undefined || issue.input === null)) {
      out.push(ontbreekt(issue, ctx));
      continue;
    }
    const eigen = issue.message !== GENERIEK;
    const scalar = typeof issue.input === 'string' || typeof issue.input === 'number' || issue.input instanceof Date;
    const bericht = eigen
      ? `${zin(issue.message)}${scalar ? ` Nu staat er: ${wat(issue.input)}.` : ''}`
      : generiekBericht(issue, ctx);
    out.push({
      soort: soortVan(issue, ctx),
      veld: formatPath(issue.path),
      regel: ctx.regelVan(issue.path, 'waarde'),
      bericht,
    });
  }
  // A typo like `begintijd` for `van` also makes `van` "missing"; the typo message says it all.
  const bedoeld = new Set(out.flatMap((p) => (p.bedoeld ? [p.bedoeld] : [])));
  return out.filter((p) => !(p.soort === 'veld-ontbreekt' && bedoeld.has(p.veld)));
}
