/**
 * Runs a search with Pagefind's own JS API inside a page of the built site. The scripts are passed
 * as text: the test runner would otherwise rewrite the dynamic import() for Node before
 * Playwright sends the function to the browser.
 */
import type { Page } from 'playwright-core';

export interface PagefindQuery {
  /** Words to search for; null searches by filters only. */
  q: string | null;
  filters?: Record<string, unknown>;
  /** Only the first `top` results (default: all). */
  top?: number;
  /**
   * Search this Pagefind folder alone (e.g. '/zoekindex-heel/'). By default the site's own index
   * is searched the way the search page does: /pagefind/ with the extra parts of delen.json merged in.
   */
  bundle?: string;
}

export interface PagefindSummary {
  /** Every result's path, sorted (so two indexes can be compared whatever their ranking). */
  paths: string[];
  unfilteredResultCount: number;
  /** The filter counts of the results, per filter and value. */
  filters: Record<string, Record<string, number>>;
}

/** Script text: loads Pagefind as `pagefind` and runs the query as `search`, from `args`. */
function searchScript(query: PagefindQuery, thenReturn: string): string {
  const args = JSON.stringify({
    q: query.q,
    filters: query.filters ?? {},
    top: query.top ?? null,
    bundle: query.bundle ?? null,
  });
  return `(async () => {
    const { q, filters, top, bundle } = ${args};
    // Loaded once per page and folder: the module is cached, and merging its parts again would
    // add them twice.
    const loaded = (globalThis.__wegwijzerPagefind ??= {});
    loaded[bundle ?? 'site'] ??= (async () => {
      // A folder alone gets its own module instance (another URL), so the site's merged copy of
      // /pagefind/ and /pagefind/ alone never share state.
      const pagefind = await import(bundle ? bundle + 'pagefind.js?alleen' : '/pagefind/pagefind.js');
      const parts = bundle ? [] : await fetch('/pagefind/delen.json').then((r) => (r.ok ? r.json() : []));
      await Promise.all([pagefind.init(), ...parts.map((part) => pagefind.mergeIndex(part))]);
      return pagefind;
    })();
    const pagefind = await loaded[bundle ?? 'site'];
    const search = await pagefind.search(q, { filters });
    const results = top === null ? search.results : search.results.slice(0, top);
    const paths = await Promise.all(results.map(async (result) => (await result.data()).url));
    ${thenReturn}
  })()`;
}

/** The result paths of a search, best first. */
export async function pagefindPaths(page: Page, query: PagefindQuery): Promise<string[]> {
  return page.evaluate(searchScript(query, 'return paths;'));
}

/** The text Pagefind keeps of each result (what it matches and takes excerpts from), by path. */
export async function pagefindTexts(page: Page, query: PagefindQuery): Promise<Record<string, string>> {
  return page.evaluate(
    searchScript(
      query,
      'return Object.fromEntries(await Promise.all(results.map(async (r) => { const d = await r.data(); return [d.url, d.content]; })));',
    ),
  );
}

/** Everything one search finds, in the site's own (merged) index or in one Pagefind folder alone. */
export async function pagefindSummary(page: Page, query: Omit<PagefindQuery, 'top'>): Promise<PagefindSummary> {
  return page.evaluate(
    searchScript(
      query,
      'return { paths: paths.sort(), unfilteredResultCount: search.unfilteredResultCount, filters: search.filters };',
    ),
  );
}
