/**
 * The search index in parts (issue 9). Pagefind keeps its whole index in memory until it writes
 * it: about 200 KB per page, so 2 GB at 10,000 pages and 20 GB at 100,000. Above a number of
 * pages the build therefore splits the site's pages over several indexes, one Pagefind run after
 * the other, each with a fraction of that memory. The first part lives where a single index
 * would (/pagefind/); the others beside it (/pagefind-2/, /pagefind-3/, …). The browser loads the
 * first part's Pagefind and merges the others in (Pagefind's mergeIndex), so one search still
 * covers every page, and results and filter counts come back as one list.
 *
 * Pages are spread by a hash of their path, not by folder: every part then holds a similar mix of
 * activities, services and places, so the word statistics Pagefind ranks with are alike in every
 * part and a merged search ranks much as one index would.
 *
 * The list of extra parts is written to ZOEKDELEN_BESTAND after indexing; the browser reads it
 * beside loading Pagefind.
 */

/** Where the list of extra parts is published (a JSON array of folder paths, empty for one index). */
export const ZOEKDELEN_BESTAND = '/pagefind/delen.json';

/** How many parts for this many pages with at most `perDeel` pages each (at least one part). */
export function aantalZoekdelen(paginas: number, perDeel: number): number {
  return Math.max(1, Math.ceil(paginas / perDeel));
}

/** The folder of part `deel` (0-based): /pagefind/, /pagefind-2/, /pagefind-3/, … */
export function zoekdeelMap(deel: number): string {
  return deel === 0 ? '/pagefind/' : `/pagefind-${String(deel + 1)}/`;
}

/** FNV-1a, 32 bits: a fast, stable hash that spreads similar paths evenly. */
function fnv1a(tekst: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < tekst.length; i++) {
    hash ^= tekst.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** The part (0-based) a page belongs to, by its path in the built site; always the same for the same path. */
export function zoekdeelVan(pad: string, aantal: number): number {
  return aantal <= 1 ? 0 : fnv1a(pad) % aantal;
}

/** The extra parts to merge, read from ZOEKDELEN_BESTAND; anything unexpected counts as none. */
export function leesZoekdelen(json: unknown): string[] {
  if (!Array.isArray(json)) return [];
  return json.filter((map): map is string => typeof map === 'string' && /^\/pagefind-\d+\/$/.test(map));
}
