/**
 * Content-Security-Policy and privacy on one built page of every type: no CSP violations, no
 * request leaves 127.0.0.1 (until the map is opened), no cookies, and nothing in localStorage but
 * the shortlist. Also search with a query and an opened map.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { LIJSTJE_STORAGE_KEY } from '../../src/lib/site.ts';
import { META_POLICY } from '../../src/lib/security/csp.ts';
import { recordRequests, useBrowser, visit } from '../support/browser.ts';
import { onePagePerType } from '../support/page-types.ts';
import { readBuiltHtml } from '../support/site.ts';
import { isTileUrl, openMap, routeTiles } from './map-support.ts';

const browser = useBrowser();

interface Watched {
  page: Page;
  /** CSP violations reported in the page, as "directive blocked-uri". */
  violations(): Promise<string[]>;
  /** Keys written to localStorage or sessionStorage. */
  storageWrites(): Promise<string[]>;
}

/** A fresh page that records CSP violations and storage writes from the very first script on. */
async function watchedPage(): Promise<Watched> {
  const page = await browser.newPage();
  await page.context().addInitScript(() => {
    const w = window as unknown as { __csp: string[]; __storage: string[] };
    w.__csp = [];
    w.__storage = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      w.__csp.push(`${event.effectiveDirective} ${event.blockedURI} (${event.sourceFile}:${String(event.lineNumber)})`);
    });
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      w.__storage.push(key);
      setItem.call(this, key, value);
    };
  });
  const read = (name: '__csp' | '__storage') => () =>
    page.evaluate((n) => (window as unknown as Record<string, string[]>)[n] ?? [], name);
  return { page, violations: read('__csp'), storageWrites: read('__storage') };
}

/** A kern page with places on its map. */
const MAP_PAGE = '/den-helder/julianadorp/';

/**
 * Focuses the page's search field, if it has one, and waits until the search files it prefetches
 * have arrived: waitForLoadState('networkidle') alone returns at once when the page reached that
 * state before the focus, and the checks after it would run before the prefetches.
 */
async function focusSearch(page: Page): Promise<void> {
  const search = page.locator('[data-zoekveld] input').first();
  if ((await search.count()) > 0) {
    const prefetched = page.waitForResponse((response) => response.url().endsWith('/pagefind/wasm.nl.pagefind'));
    await search.focus();
    await prefetched;
  }
  await page.waitForLoadState('networkidle');
}

const types = onePagePerType({ except: ['admin'] }).map(([type, built]) => [type, built.path] as const);

describe('Content-Security-Policy', () => {
  test('every page built with the site layout carries the policy as its first head element', () => {
    const html = readBuiltHtml('/');
    const head = /<head>([\s\S]*?)<\/head>/.exec(html)?.[1] ?? '';
    const firstScriptOrStyle = head.search(/<script|<link rel="stylesheet"/);
    const csp = head.indexOf('http-equiv="Content-Security-Policy"');
    expect(csp).toBeGreaterThan(-1);
    expect(firstScriptOrStyle === -1 || csp < firstScriptOrStyle).toBe(true);
    expect(META_POLICY).not.toContain("'unsafe-inline'");
    expect(META_POLICY).not.toContain("'unsafe-eval'");
  });

  test.each(types)('a %s page (%s) runs without CSP violations', async (_type, sitePath) => {
    const { page, violations } = await watchedPage();
    await visit(page, sitePath);
    await focusSearch(page);
    expect(await violations()).toEqual([]);
  });

  test('a search with a query and a filter shows results without CSP violations', async () => {
    const { page, violations } = await watchedPage();
    await visit(page, '/zoeken/?q=koffie&gratis=ja');
    await page.locator('[data-zoek-lijst] li').first().waitFor({ timeout: 20_000 });
    expect(await violations()).toEqual([]);
  });

  test('an opened map loads its tiles without CSP violations', async () => {
    const { page, violations } = await watchedPage();
    const tiles = await routeTiles(page.context());
    await visit(page, MAP_PAGE);
    await openMap(page);
    await page.locator('[data-kaart-map] .leaflet-tile-loaded').first().waitFor(); // see below
    expect(tiles.requests.length).toBeGreaterThan(0);
    expect(await violations()).toEqual([]);
  });
});

describe('privacy', () => {
  test.each(types)('a %s page (%s) stays on 127.0.0.1, sets no cookie and stores nothing', async (_type, sitePath) => {
    const { page, storageWrites } = await watchedPage();
    const log = recordRequests(page.context());
    await visit(page, sitePath);
    await focusSearch(page);
    expect(log.external()).toEqual([]);
    expect(await page.context().cookies()).toEqual([]);
    expect((await storageWrites()).filter((key) => key !== LIJSTJE_STORAGE_KEY)).toEqual([]);
    expect(await page.evaluate(() => document.cookie)).toBe('');
  });

  test('only opening the map contacts another host, and only the tile host', async () => {
    const { page } = await watchedPage();
    const log = recordRequests(page.context());
    await routeTiles(page.context());
    await visit(page, MAP_PAGE);
    await page.waitForLoadState('networkidle');
    expect(log.external()).toEqual([]);
    await openMap(page);
    // Not waitForLoadState('networkidle'): the page reached that state before the map opened, so
    // it returns at once, sometimes before the first tile was asked for (a CI failure). A tile
    // that has loaded proves the requests were made.
    await page.locator('[data-kaart-map] .leaflet-tile-loaded').first().waitFor();
    const external = log.external();
    expect(external.length).toBeGreaterThan(0);
    expect(external.filter((url) => !isTileUrl(url))).toEqual([]);
  });

  test('the privacy check notices a request to another host (on a page without our CSP, which would block it)', async () => {
    const { page } = await watchedPage();
    const log = recordRequests(page.context());
    await page.context().route('https://evil.example.org/**', (route) => route.abort());
    await page.goto('about:blank');
    await page.evaluate(() => fetch('https://evil.example.org/x').catch(() => undefined));
    expect(log.external()).toEqual(['https://evil.example.org/x']);
  });
});
