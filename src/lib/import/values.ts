/** Spreadsheet cell values to content values: dates, yes/no, lists, amounts. Pure. */

export type Uitkomst<T> = { ok: true; waarde: T } | { ok: false; bericht: string };

const ok = <T>(waarde: T): Uitkomst<T> => ({ ok: true, waarde });
const fout = (bericht: string): Uitkomst<never> => ({ ok: false, bericht });

function echteDatum(j: number, m: number, d: number): boolean {
  const dt = new Date(Date.UTC(j, m - 1, d));
  return dt.getUTCFullYear() === j && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

/** "3-4-2026", "03/04/2026", "3.4.2026" (day first, as in the Netherlands) or "2026-04-03" → "2026-04-03". */
export function leesDatum(cel: string): Uitkomst<string> {
  const t = cel.trim();
  let j: number, m: number, d: number;
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (match) [j, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else if ((match = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(t)))
    [d, m, j] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else return fout(`'${t}' is geen datum. Schrijf bijvoorbeeld 3-4-2026 of 2026-04-03.`);
  if (!echteDatum(j, m, d)) return fout(`'${t}' bestaat niet. Controleer de dag en de maand.`);
  return ok(`${j}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
}

/** "9:30", "09.30", "9u30" → "09:30". */
export function leesTijd(cel: string): Uitkomst<string> {
  const match = /^(\d{1,2})[:.u](\d{2})(?:\s*uur)?$/.exec(cel.trim());
  if (!match) return fout(`'${cel}' is geen tijd. Schrijf bijvoorbeeld 9:30 of 14:00.`);
  const [u, m] = [Number(match[1]), Number(match[2])];
  if (u > 23 || m > 59) return fout(`'${cel}' is geen tijd op de klok.`);
  return ok(`${String(u).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
}

const JA = new Set(['ja', 'j', 'yes', 'y', 'true', 'waar', 'x', '1']);
const NEE = new Set(['nee', 'n', 'no', 'false', 'onwaar', '0']);

export function leesJaNee(cel: string): Uitkomst<boolean> {
  const t = cel.trim().toLowerCase();
  if (JA.has(t)) return ok(true);
  if (NEE.has(t)) return ok(false);
  return fout(`'${cel}' is geen ja of nee. Schrijf ja of nee.`);
}

/** "koffie, taal / geld" → ["koffie", "taal", "geld"], lower case. */
export function leesLijst(cel: string): string[] {
  return cel
    .split(/[,;/|]/)
    .map((v) => v.trim().toLowerCase())
    .filter(Boolean);
}

/** "2,50", "€ 2,50", "2.50" → 2.5. */
export function leesBedrag(cel: string): Uitkomst<number> {
  const t = cel
    .replace(/€|eur(o)?/gi, '')
    .trim()
    .replace(',', '.');
  const n = Number(t);
  if (t === '' || !Number.isFinite(n)) return fout(`'${cel}' is geen bedrag. Schrijf bijvoorbeeld 2,50.`);
  return ok(n);
}

/** "52,958" or "52.958" → 52.958. */
export function leesGetal(cel: string): Uitkomst<number> {
  const n = Number(cel.trim().replace(',', '.'));
  if (cel.trim() === '' || !Number.isFinite(n)) return fout(`'${cel}' is geen getal. Schrijf bijvoorbeeld 52,958.`);
  return ok(n);
}
