/**
 * Loads Pagefind's own browser API from the built site (/pagefind/pagefind.js) once, with the
 * types this site uses. Pagefind exists only in built output, so the import is resolved at run
 * time, not by the bundler.
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

let loading: Promise<PagefindApi> | undefined;

/** Pagefind, loaded and initialised (the first call starts the download of script, index meta and WebAssembly). */
export function loadPagefind(): Promise<PagefindApi> {
  loading ??= (async () => {
    const url = '/pagefind/pagefind.js';
    const pagefind = (await import(/* @vite-ignore */ url)) as PagefindApi;
    await pagefind.options({ excerptLength: 0 });
    await pagefind.init();
    return pagefind;
  })();
  return loading;
}
