/**
 * Runs a search with Pagefind's own JS API inside a page of the built site and returns the
 * result paths. The script is passed as text: the test runner would otherwise rewrite the
 * dynamic import() for Node before Playwright sends the function to the browser.
 */
import type { Page } from 'playwright-core';

export interface PagefindQuery {
  /** Words to search for; null searches by filters only. */
  q: string | null;
  filters?: Record<string, unknown>;
  /** Only the first `top` results (default: all). */
  top?: number;
}

export async function pagefindPaths(page: Page, query: PagefindQuery): Promise<string[]> {
  const args = JSON.stringify({ q: query.q, filters: query.filters ?? {}, top: query.top ?? null });
  return page.evaluate(`(async () => {
    const { q, filters, top } = ${args};
    const pagefind = await import('/pagefind/pagefind.js');
    await pagefind.init();
    const search = await pagefind.search(q, { filters });
    const results = top === null ? search.results : search.results.slice(0, top);
    return Promise.all(results.map(async (result) => (await result.data()).url));
  })()`);
}
