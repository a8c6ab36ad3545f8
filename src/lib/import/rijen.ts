/**
 * One spreadsheet row to entry data, per collection (columns: layouts.ts). Cells are converted
 * (dates, times, yes/no, lists, amounts); a cell that cannot be read becomes an error for its
 * column. Everything else is left to the schema, which checks the result like any other entry.
 */
import type { ImportCollectie } from './layouts.ts';
import { leesBedrag, leesDatum, leesGetal, leesJaNee, leesLijst, leesTijd, type Uitkomst } from './values.ts';

export interface CelFout {
  kolom: string;
  bericht: string;
}

export interface RijData {
  data: Record<string, unknown>;
  beschrijving: string;
  fouten: CelFout[];
}

/** Reading helpers over the cells of one row; collects the errors. */
interface Cellen {
  cel: (naam: string) => string;
  tekst: (naam: string) => string | undefined;
  lees: <T>(naam: string, f: (c: string) => Uitkomst<T>) => T | undefined;
  lijst: (naam: string) => string[];
  fout: (kolom: string, bericht: string) => void;
  fouten: CelFout[];
}

function cellen(w: Record<string, string>): Cellen {
  const fouten: CelFout[] = [];
  const cel = (naam: string) => (w[naam] ?? '').trim();
  return {
    cel,
    tekst: (naam) => cel(naam) || undefined,
    lees: (naam, f) => {
      const c = cel(naam);
      if (c === '') return undefined;
      const u = f(c);
      if (u.ok) return u.waarde;
      fouten.push({ kolom: naam, bericht: u.bericht });
      return undefined;
    },
    lijst: (naam) => leesLijst(cel(naam)),
    fout: (kolom, bericht) => fouten.push({ kolom, bericht }),
    fouten,
  };
}

/** Sets a field unless the value is empty (undefined or an empty list). */
function zetter(doel: Record<string, unknown>) {
  return (veld: string, waarde: unknown) => {
    if (waarde !== undefined && !(Array.isArray(waarde) && waarde.length === 0)) doel[veld] = waarde;
  };
}

function contact(c: Cellen): Record<string, string> | undefined {
  const velden = { telefoon: c.tekst('telefoon'), email: c.tekst('email'), website: c.tekst('website') };
  const gevuld = Object.entries(velden).filter((e): e is [string, string] => e[1] !== undefined);
  return gevuld.length > 0 ? Object.fromEntries(gevuld) : undefined;
}

/** `kosten` + `bedrag` columns → `{ soort, bedrag }`, or undefined when both are empty. */
function kosten(c: Cellen): Record<string, unknown> | undefined {
  const uit: Record<string, unknown> = {};
  if (c.cel('kosten')) uit.soort = c.cel('kosten').toLowerCase().replace(/\s+/g, '-');
  const bedrag = c.lees('bedrag', leesBedrag);
  if (bedrag !== undefined) uit.bedrag = bedrag;
  return Object.keys(uit).length > 0 ? uit : undefined;
}

/** `regio`, `gemeenten`, `kernen` columns → `werkgebied`, or undefined when all are empty. */
function werkgebied(c: Cellen): Record<string, unknown> | undefined {
  const uit: Record<string, unknown> = {};
  const zet = zetter(uit);
  if (c.lees('regio', leesJaNee) === true) uit.regio = true;
  zet('gemeenten', c.lijst('gemeenten'));
  zet('kernen', c.lijst('kernen'));
  return Object.keys(uit).length > 0 ? uit : undefined;
}

function aanbod(c: Cellen, zet: ReturnType<typeof zetter>): void {
  zet('samenvatting', c.tekst('samenvatting'));
  zet('thema', c.lijst('thema'));
  zet('doelgroep', c.lijst('doelgroep'));
}

function activiteit(c: Cellen, zet: ReturnType<typeof zetter>): void {
  aanbod(c, zet);
  zet('locatie', c.tekst('locatie'));
  zet('organisatie', c.tekst('organisatie'));
  const blok: Record<string, unknown> = {};
  const zetBlok = zetter(blok);
  zetBlok('herhaling', c.tekst('herhaling')?.toLowerCase());
  zetBlok('dagen', c.lijst('dagen'));
  zetBlok(
    'weken',
    c.lijst('weken').map((x) => (/^-?\d+$/.test(x) ? Number(x) : x)),
  );
  zetBlok('datum', c.lees('datum', leesDatum));
  zetBlok('einddatum', c.lees('einddatum', leesDatum));
  zetBlok('van', c.lees('van', leesTijd));
  zetBlok('tot', c.lees('tot', leesTijd));
  zetBlok('tot_en_met', c.lees('tot_en_met', leesDatum));
  zet('wanneer', [blok]);
  zet('kosten', kosten(c));
  zet('inloop', c.lees('inloop', leesJaNee));
  zet('aanmelden', c.tekst('aanmelden'));
  zet('contact', contact(c));
}

function locatie(c: Cellen, zet: ReturnType<typeof zetter>, data: Record<string, unknown>): void {
  zet('soort', c.tekst('soort')?.toLowerCase());
  zet('samenvatting', c.tekst('samenvatting'));
  zet('kern', c.tekst('kern'));
  if (c.cel('straat') || c.cel('postcode') || c.cel('plaats'))
    data.adres = { straat: c.cel('straat'), postcode: c.cel('postcode').toUpperCase(), plaats: c.cel('plaats') };
  const lat = c.lees('lat', leesGetal);
  const lon = c.lees('lon', leesGetal);
  if (lat !== undefined && lon !== undefined) data.ligging = { lat, lon };
  else if (lat !== undefined || lon !== undefined)
    c.fout(lat === undefined ? 'lat' : 'lon', 'Vul lat en lon allebei in, of laat ze allebei leeg.');
  zet('ontmoetingsplek', c.lees('ontmoetingsplek', leesJaNee));
  zet('rolstoel', c.tekst('rolstoel')?.toLowerCase());
  zet('organisatie', c.tekst('organisatie'));
  zet('contact', contact(c));
}

function dienst(c: Cellen, zet: ReturnType<typeof zetter>): void {
  aanbod(c, zet);
  zet('organisatie', c.tekst('organisatie'));
  zet('werkgebied', werkgebied(c));
  zet('kanalen', c.lijst('kanalen'));
  zet('locaties', c.lijst('locaties'));
  zet('toegang', c.tekst('toegang')?.toLowerCase());
  zet('toegang_uitleg', c.tekst('toegang_uitleg'));
  zet('kosten', kosten(c));
  zet('contact', contact(c));
}

function organisatie(c: Cellen, zet: ReturnType<typeof zetter>): void {
  zet('soort', c.tekst('soort')?.toLowerCase());
  zet('samenvatting', c.tekst('samenvatting'));
  zet('contact', contact(c));
  zet('gemeenten', c.lijst('gemeenten'));
}

function informatie(c: Cellen, zet: ReturnType<typeof zetter>): void {
  aanbod(c, zet);
  zet('soort', c.tekst('soort')?.toLowerCase());
  zet('organisatie', c.tekst('organisatie'));
  zet('werkgebied', werkgebied(c));
  zet('van', c.lees('van', leesDatum));
  zet('tot', c.lees('tot', leesDatum));
  zet('locatie', c.tekst('locatie'));
  zet('link', c.tekst('link'));
  zet('kosten', kosten(c));
}

/** Turns the cells of one row into entry data; unreadable cells become errors for their column. */
export function rijNaarData(collectie: ImportCollectie, w: Record<string, string>, vandaag: string): RijData {
  const c = cellen(w);
  const data: Record<string, unknown> = {};
  const zet = zetter(data);
  zet('naam', c.tekst('naam'));
  if (collectie === 'activiteiten') activiteit(c, zet);
  else if (collectie === 'locaties') locatie(c, zet, data);
  else if (collectie === 'diensten') dienst(c, zet);
  else if (collectie === 'organisaties') organisatie(c, zet);
  else informatie(c, zet);
  zet('gecontroleerd', c.lees('gecontroleerd', leesDatum) ?? (c.cel('gecontroleerd') ? undefined : vandaag));
  zet('eigenaar', c.tekst('eigenaar'));
  zet('bron', c.tekst('bron'));
  zet('voorbeeld', c.lees('voorbeeld', leesJaNee));
  return { data, beschrijving: c.cel('beschrijving'), fouten: c.fouten };
}
