/**
 * When an entry needs checking again. Every entry carries `gecontroleerd` (the date someone last
 * confirmed it); after the review interval of its collection it is "stale": the page shows a
 * gentle notice, search ranks it lower and `npm run report:freshness` lists it for its owner.
 * Change the intervals here; everything else follows.
 */
import type { CollectieNaam } from '../schema/collections.ts';

/** Default review interval, in months. */
export const STANDAARD_MAANDEN = 6;

/** Review interval per collection, in months. Places and municipalities change less often. */
export const CONTROLE_MAANDEN: Record<CollectieNaam, number> = {
  gemeenten: 12,
  kernen: 12,
  locaties: STANDAARD_MAANDEN,
  organisaties: 12,
  activiteiten: STANDAARD_MAANDEN,
  diensten: STANDAARD_MAANDEN,
  informatie: STANDAARD_MAANDEN,
};

/** Pagefind weight for the main content of a stale page (1 is normal). */
export const ZOEKGEWICHT_VEROUDERD = 0.5;

/** `datum` (YYYY-MM-DD) plus `maanden`, clamped to the last day of the month (31 aug + 6 → 28/29 feb). */
export function addMonths(datum: string, maanden: number): string {
  const [y, m, d] = datum.split('-').map(Number) as [number, number, number];
  const totaal = y * 12 + (m - 1) + maanden;
  const jaar = Math.floor(totaal / 12);
  const maand = (totaal % 12) + 1;
  const laatsteDag = new Date(Date.UTC(jaar, maand, 0)).getUTCDate();
  const dag = Math.min(d, laatsteDag);
  return `${String(jaar).padStart(4, '0')}-${String(maand).padStart(2, '0')}-${String(dag).padStart(2, '0')}`;
}

/** The date from which an entry checked on `gecontroleerd` counts as stale. */
export function controleVoor(collectie: CollectieNaam, gecontroleerd: string): string {
  return addMonths(gecontroleerd, CONTROLE_MAANDEN[collectie]);
}

/** Is an entry of `collectie` checked on `gecontroleerd` stale on `peildatum` (all YYYY-MM-DD)? */
export function isVerouderd(collectie: CollectieNaam, gecontroleerd: string, peildatum: string): boolean {
  return controleVoor(collectie, gecontroleerd) <= peildatum;
}

/** Whole days between two dates (b − a). */
export function dagenTussen(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/**
 * Attributes for the `<main>` of an entry page, for search: stale pages get a lower Pagefind
 * weight and every page carries its freshness as data (`data-vers`, `data-gecontroleerd`) so a
 * search or list script can sort fresh entries first without re-reading the content.
 */
export function zoekAttributen(
  collectie: CollectieNaam,
  gecontroleerd: string,
  peildatum: string,
): Record<string, string> {
  const verouderd = isVerouderd(collectie, gecontroleerd, peildatum);
  return {
    'data-gecontroleerd': gecontroleerd,
    'data-vers': verouderd ? 'nee' : 'ja',
    ...(verouderd ? { 'data-pagefind-weight': String(ZOEKGEWICHT_VEROUDERD) } : {}),
  };
}
