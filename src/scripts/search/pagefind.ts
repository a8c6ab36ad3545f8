/**
 * Loads Pagefind's own browser API from the built site (/pagefind/pagefind.js), with the types
 * this site uses. Pagefind exists only in built output, so the import is resolved at run time,
 * not by the bundler.
 *
 * Two independent copies:
 * - `loadPagefind()` for the results. It never loads all filter files, so Pagefind only counts
 *   the filters that are in use, and a search costs 60–340 ms at 10,000 pages instead of seconds.
 * - `loadCountsPagefind()` for the filter counts, loaded only when the filter panel is open. It
 *   is a second evaluation of pagefind.js (another URL, so another module instance), which gives
 *   it its own Web Worker: counting every filter value (seconds at 10,000 pages) runs beside the
 *   results worker and never holds up the next query's results.
 *
 * Above a number of pages the build splits the index into parts (src/lib/search/shards.ts); both
 * copies then merge the extra parts listed in /pagefind/delen.json, so a search covers them all.
 */
import { leesZoekdelen, ZOEKDELEN_BESTAND } from '../../lib/search/shards.ts';

export interface PagefindResultData {
  url: string;
  meta: Record<string, string | undefined>;
}

export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}

export type FilterCounts = Record<string, Record<string, number>>;

export interface PagefindSearch {
  results: PagefindResult[];
  unfilteredResultCount: number;
  filters: FilterCounts;
  totalFilters: FilterCounts;
}

export interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: { filters?: Record<string, unknown> }): Promise<PagefindSearch>;
  filters(): Promise<FilterCounts>;
  mergeIndex(path: string, options?: Record<string, unknown>): Promise<void>;
}

const OPTIONS = { excerptLength: 0 };

/** The extra parts of the index; none when the list is missing (a site built before parts existed). */
async function extraParts(): Promise<string[]> {
  try {
    const response = await fetch(ZOEKDELEN_BESTAND);
    return response.ok ? leesZoekdelen(await response.json()) : [];
  } catch {
    return [];
  }
}

async function load(url: string): Promise<PagefindApi> {
  const [pagefind, parts] = await Promise.all([import(/* @vite-ignore */ url) as Promise<PagefindApi>, extraParts()]);
  await pagefind.options(OPTIONS);
  // mergeIndex waits for init's WebAssembly itself, so the parts' metadata loads alongside it.
  await Promise.all([pagefind.init(), ...parts.map((part) => pagefind.mergeIndex(part, OPTIONS))]);
  return pagefind;
}

let loading: Promise<PagefindApi> | undefined;
let loadingCounts: Promise<PagefindApi> | undefined;

/** Pagefind for results (the first call starts the download of script, index meta and WebAssembly). */
export function loadPagefind(): Promise<PagefindApi> {
  loading ??= load('/pagefind/pagefind.js');
  return loading;
}

/** A second Pagefind in its own worker, with every filter file loaded, for the filter counts. */
export function loadCountsPagefind(): Promise<PagefindApi> {
  loadingCounts ??= (async () => {
    const pagefind = await load('/pagefind/pagefind.js?aantallen');
    await pagefind.filters();
    return pagefind;
  })();
  loadingCounts.catch(() => (loadingCounts = undefined));
  return loadingCounts;
}
