/**
 * The shortlist "Mijn lijstje" lives in the URL: /lijstje/?ids=a.taalcafe-den-helder,d.schuldhulp.
 * Each item is a one-letter collection code, a dot and the entry id; items are separated by
 * commas. Both characters are allowed unescaped in a query string, so a shared link stays
 * readable. Pure functions; the browser script and the build share them.
 */

/** The collections whose entries can go on the list, with their one-letter codes. */
export const LIJSTJE_CODES = {
  activiteiten: 'a',
  diensten: 'd',
  locaties: 'p',
  organisaties: 'o',
  informatie: 'i',
} as const;

export type LijstjeCollectie = keyof typeof LIJSTJE_CODES;

export interface LijstjeItem {
  collectie: LijstjeCollectie;
  id: string;
}

/** At most this many offers: the list must print on one A4 page (measured: six fit, seven do not) and stay a short link. */
export const LIJSTJE_MAX = 6;

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const VAN_CODE = new Map<string, LijstjeCollectie>(
  Object.entries(LIJSTJE_CODES).map(([collectie, code]) => [code, collectie as LijstjeCollectie]),
);

/** "a.taalcafe-den-helder" for an activity with that id. */
export function itemKey(item: LijstjeItem): string {
  return `${LIJSTJE_CODES[item.collectie]}.${item.id}`;
}

/** The item a key names, or undefined when the key is not well formed. */
export function parseKey(key: string): LijstjeItem | undefined {
  const match = /^([a-z])\.(.+)$/.exec(key.trim());
  const collectie = match ? VAN_CODE.get(match[1] ?? '') : undefined;
  const id = match?.[2];
  if (!collectie || !id || !ID.test(id)) return undefined;
  return { collectie, id };
}

/** The list as the value of `ids=`: keys in order, without duplicates. */
export function encodeLijstje(items: readonly LijstjeItem[]): string {
  return [...new Set(items.map(itemKey))].join(',');
}

export interface Gelezen {
  /** The items, in order, without duplicates, at most LIJSTJE_MAX. */
  items: LijstjeItem[];
  /** Parts that are not a valid key: shown to the reader, never silently dropped. */
  ongeldig: string[];
}

/** Reads the value of `ids=` (already URL-decoded, or null when absent). */
export function decodeLijstje(value: string | null | undefined): Gelezen {
  const items: LijstjeItem[] = [];
  const ongeldig: string[] = [];
  const seen = new Set<string>();
  for (const part of (value ?? '').split(',')) {
    const key = part.trim();
    if (!key) continue;
    const item = parseKey(key);
    if (!item) {
      ongeldig.push(key);
      continue;
    }
    const canonical = itemKey(item);
    if (seen.has(canonical) || items.length >= LIJSTJE_MAX) continue;
    seen.add(canonical);
    items.push(item);
  }
  return { items, ongeldig };
}

/** The list with `item` added at the end (unchanged when it is already there or the list is full). */
export function addItem(items: readonly LijstjeItem[], item: LijstjeItem): LijstjeItem[] {
  if (items.some((i) => itemKey(i) === itemKey(item)) || items.length >= LIJSTJE_MAX) return [...items];
  return [...items, item];
}

/** The list without `item`. */
export function removeItem(items: readonly LijstjeItem[], item: LijstjeItem): LijstjeItem[] {
  return items.filter((i) => itemKey(i) !== itemKey(item));
}

/** Whether `item` is on the list. */
export function hasItem(items: readonly LijstjeItem[], item: LijstjeItem): boolean {
  return items.some((i) => itemKey(i) === itemKey(item));
}
