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
 */
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
}

async function load(url: string): Promise<PagefindApi> {
  const pagefind = (await import(/* @vite-ignore */ url)) as PagefindApi;
  await pagefind.options({ excerptLength: 0 });
  await pagefind.init();
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
