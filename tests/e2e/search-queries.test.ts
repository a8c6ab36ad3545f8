/**
 * The Dutch query table (search-queries.json) against the built Pagefind index, through
 * Pagefind's own JS API in a real page: compounds, synonyms and place names must find the
 * expected entries among the first results.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { useBrowser, visit } from '../support/browser.ts';
import { pagefindPaths } from '../support/pagefind.ts';

interface Row {
  q: string;
  expect: string[];
  top?: number;
}

const table = JSON.parse(readFileSync(new URL('./search-queries.json', import.meta.url), 'utf8')) as {
  top: number;
  queries: Row[];
};
const chromium = useBrowser();

describe('the Dutch query table', () => {
  test('has at least 30 queries', () => {
    expect(table.queries.length).toBeGreaterThanOrEqual(30);
  });

  test('every query finds its expected entries among the first results', async () => {
    const page = await chromium.newPage();
    await visit(page, '/zoeken/');
    const misses: string[] = [];
    for (const row of table.queries) {
      const top = row.top ?? table.top;
      const urls = await pagefindPaths(page, { q: row.q, top });
      const missing = row.expect.filter((path) => !urls.includes(path));
      if (missing.length > 0) misses.push(`"${row.q}" misses ${missing.join(', ')} (top ${top}: ${urls.join(' ')})`);
    }
    expect(misses).toEqual([]);
  });
});
