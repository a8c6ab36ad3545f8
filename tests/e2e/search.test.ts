/**
 * The search interface on the built site: results, filters, URL state, the kern search field,
 * keyboard use, the no-JavaScript route, the empty result and accessibility.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { t, tAround } from '../../src/lib/i18n.ts';
import { DETAIL_SEGMENT } from '../../src/lib/urls.ts';
import { POSITIEVE_GEZONDHEID } from '../../src/lib/vocabulary.ts';
import { checkA11y, formatViolations } from '../support/axe.ts';
import { recordRequests, siteUrl, useBrowser, visit } from '../support/browser.ts';
import { pageType } from '../support/page-types.ts';
import { pagefindPaths, pagefindTexts } from '../support/pagefind.ts';
import { builtPages, readBuiltHtml } from '../support/site.ts';

const chromium = useBrowser();

const status = (page: Page) => page.locator('[data-zoek-status]');
const resultLinks = (page: Page) => page.locator('.ww-zoek-resultaat h3 a');

/** Waits until the search page has announced a result for the current state. */
async function settled(page: Page): Promise<string> {
  await page.waitForFunction(() => {
    const app = document.querySelector('[data-zoek-app]');
    const text = document.querySelector('[data-zoek-status]')?.textContent ?? '';
    return text !== '' && !app?.hasAttribute('aria-busy');
  });
  return status(page).innerText();
}

async function resultPaths(page: Page): Promise<string[]> {
  return (await resultLinks(page).evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))).filter(
    Boolean,
  );
}

/** All result paths Pagefind gives for a filter-only search, through its JS API. */
const filterOnly = (page: Page, filters: Record<string, string>): Promise<string[]> =>
  pagefindPaths(page, { q: null, filters });

describe('search on /zoeken/', () => {
  test('typing a query shows the expected entries and announces the count', async () => {
    const page = await chromium.newPage();
    await visit(page, '/zoeken/');
    await page.locator('#zoek-q').fill('taalcafé');
    const text = await settled(page);
    expect(text).toMatch(/^\d+ resultaten? voor "taalcafé"/);
    expect(await resultPaths(page)).toContain('/activiteiten/taalcafe-texel/');
    expect(await status(page).getAttribute('aria-live')).toBe('polite');
  });

  test('loads no search code or index until the field is used', async () => {
    const page = await chromium.newPage();
    const requests = recordRequests(page.context());
    await visit(page, '/zoeken/');
    await page.waitForLoadState('networkidle');
    expect(requests.urls.filter((url) => url.includes('/pagefind/'))).toEqual([]);
    await page.locator('#zoek-q').focus();
    await page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => e.name.includes('pagefind')));
    expect(requests.urls.some((url) => url.includes('/pagefind/pagefind'))).toBe(true);
    expect(requests.external()).toEqual([]);
  });

  test('each filter returns exactly the pages that carry it', async () => {
    const page = await chromium.newPage();
    await visit(page, '/zoeken/');
    const pages = builtPages();
    const html = new Map(pages.map((p) => [p.path, readFileSync(p.file, 'utf8')]));
    const indexed = pages.filter((p) => html.get(p.path)?.includes('data-pagefind-body')).length;
    const cases: [string, string][] = [
      ['gemeente', 'texel'],
      ['kern', 'julianadorp'],
      ['soort', 'dienst'],
      ['thema', 'geld'],
      ['doelgroep', 'mantelzorgers'],
      ['weekdag', 'di'],
      ['gratis', 'ja'],
      ['inloop', 'ja'],
      ['rolstoel', 'ja'],
      ['kanaal', 'online'],
    ];
    for (const [naam, waarde] of cases) {
      const attribute = `data-pagefind-filter="${naam}:${waarde}"`;
      const expected = pages.filter((p) => html.get(p.path)?.includes(attribute)).map((p) => p.path);
      const found = await filterOnly(page, { [naam]: waarde });
      expect(found.length, `${naam}=${waarde}`).toBeGreaterThan(0);
      expect(found.length, `${naam}=${waarde} narrows`).toBeLessThan(indexed);
      expect([...found].sort(), `${naam}=${waarde}`).toEqual(expected.sort());
    }
  });

  test('a service for the whole gemeente is found when filtering on one of its kernen', async () => {
    const page = await chromium.newPage();
    await visit(page, '/zoeken/');
    const found = await filterOnly(page, { kern: 'julianadorp' });
    expect(found).toContain('/diensten/sociaal-team-den-helder/');
    expect(found).not.toContain('/diensten/sociaal-team-texel/');
  });

  test('choosing a filter narrows the results and updates the counts', async () => {
    const page = await chromium.newPage();
    await visit(page, '/zoeken/?q=koffie');
    const all = await settled(page);
    const total = Number(all.split(' ')[0]);
    await page.locator('[data-zoek-filters] summary').click();
    await page.locator('input[name="gemeente"], select[name="gemeente"]').first().selectOption('texel');
    await page.waitForURL(/gemeente=texel/);
    const narrowed = Number((await settled(page)).split(' ')[0]);
    expect(narrowed).toBeGreaterThan(0);
    expect(narrowed).toBeLessThan(total);
    for (const path of await resultPaths(page))
      expect(readBuiltHtml(path)).toContain('data-pagefind-filter="gemeente:texel"');
    // The counts follow the results (a second Pagefind counts them): wait until they are in.
    await page.waitForFunction(() => !document.querySelector('[data-zoek-filters]')?.hasAttribute('aria-busy'));
    const count = await page.locator('select[name="gemeente"] option[value="texel"]').innerText();
    expect(count).toBe(`Texel (${narrowed})`);
  });

  test('results come first: no filter file is loaded until the filter panel opens', async () => {
    const page = await chromium.newPage();
    const requests = recordRequests(page.context());
    await visit(page, '/zoeken/');
    await page.locator('#zoek-q').fill('koffie');
    await settled(page);
    expect(await resultLinks(page).count()).toBeGreaterThan(0);
    expect(requests.urls.filter((url) => url.includes('/pagefind/filter/'))).toEqual([]);
    await page.locator('[data-zoek-filters] summary').click();
    const gratis = page.locator('input[name="gratis"] ~ [data-aantal]');
    await page.waitForFunction(
      () => document.querySelector('input[name="gratis"] ~ [data-aantal]')?.textContent !== '',
    );
    expect(await gratis.innerText()).toMatch(/^\(\d+\)$/);
    expect(requests.urls.some((url) => url.includes('/pagefind/filter/'))).toBe(true);
  });

  test('query and filters live in the URL: reload and the back button restore them', async () => {
    const page = await chromium.newPage();
    await visit(page, '/zoeken/');
    await page.locator('#zoek-q').fill('koffie');
    await page.locator('#zoek-q').press('Enter');
    await page.waitForURL(/\?q=koffie$/);
    await settled(page);
    await page.locator('[data-zoek-filters] summary').click();
    await page.locator('input[name="gratis"]').check();
    await page.waitForURL(/\?q=koffie&gratis=ja$/);
    const filtered = await settled(page);
    await page.reload();
    expect(await settled(page)).toBe(filtered);
    expect(await page.locator('#zoek-q').inputValue()).toBe('koffie');
    expect(await page.locator('input[name="gratis"]').isChecked()).toBe(true);
    await page.goBack();
    await page.waitForURL(/\?q=koffie$/);
    await settled(page);
    expect(await page.locator('input[name="gratis"]').isChecked()).toBe(false);
    expect(await page.locator('#zoek-q').inputValue()).toBe('koffie');
  });

  test('the field on a kern page searches within that kern', async () => {
    const page = await chromium.newPage();
    await visit(page, '/den-helder/julianadorp/');
    await expect(page.getByRole('search', { name: 'Zoek in Julianadorp' }).isVisible()).resolves.toBe(true);
    await page.locator('#zoek-in-kern').fill('koffie');
    await page.locator('#zoek-in-kern').press('Enter');
    await page.waitForURL(/\/zoeken\/\?q=koffie&kern=julianadorp$/);
    const text = await settled(page);
    expect(text).toContain('in Julianadorp');
    expect(await page.locator('select[name="kern"]').inputValue()).toBe('julianadorp');
    const paths = await resultPaths(page);
    expect(paths).toContain('/activiteiten/koffieochtend-julianadorp/');
    for (const path of paths) expect(readBuiltHtml(path)).toContain('data-pagefind-filter="kern:julianadorp"');
  });

  test('an empty result explains what to change and widens to the gemeente or the region', async () => {
    const page = await chromium.newPage();
    await visit(page, '/zoeken/?q=schaken&kern=de-cocksdorp');
    expect(await settled(page)).toContain('We vonden niets voor "schaken" in De Cocksdorp');
    await expect(page.getByRole('button', { name: 'Zoek in de hele regio' }).isVisible()).resolves.toBe(true);
    await page.getByRole('button', { name: 'Zoek in heel Texel' }).click();
    await page.waitForURL(/\?q=schaken&gemeente=texel$/);
    await settled(page);
    await page.getByRole('button', { name: 'Zoek in de hele regio' }).click();
    await page.waitForURL(/\?q=schaken$/);
    const widest = await settled(page);
    expect(widest).toContain('"schaken"');
    expect(widest).not.toContain(' in ');
  });

  test('works with the keyboard alone, including "Meer resultaten"', async () => {
    const page = await chromium.newPage();
    await visit(page, '/zoeken/');
    for (let i = 0; i < 15; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.id === 'zoek-q')) break;
    }
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('zoek-q');
    await page.keyboard.type('samen');
    await page.keyboard.press('Enter');
    await settled(page);
    expect(await resultLinks(page).count()).toBe(10);
    const more = page.locator('[data-zoek-meer]');
    await more.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelectorAll('.ww-zoek-resultaat').length > 10);
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    const eleventh = await resultLinks(page).nth(10).getAttribute('href');
    expect(focused).toBe(eleventh);
    await page.keyboard.press('Enter');
    await page.waitForURL(siteUrl(eleventh ?? ''));
  });

  test('has no WCAG 2.2 A/AA violations with results and filters open', async () => {
    const page = await chromium.newPage();
    await visit(page, '/zoeken/?q=koffie&thema=ontmoeten');
    await settled(page);
    const violations = await checkA11y(page);
    expect(violations, formatViolations(violations, '/zoeken/')).toEqual([]);
  });
});

describe('search without JavaScript', () => {
  test('the header form leads to a page with the browse routes by kern and topic', async () => {
    const page = await chromium.newPage({ javaScriptEnabled: false });
    await visit(page, '/texel/den-burg/');
    await page.locator('#zoek-kop').fill('koffie');
    await page.locator('#zoek-kop').press('Enter');
    await page.waitForURL(/\/zoeken\/\?q=koffie$/);
    await expect(page.locator('[data-zoek-nojs]').isVisible()).resolves.toBe(true);
    await expect(page.locator('[data-zoek-app]').isVisible()).resolves.toBe(false);
    expect(await page.locator('a[href="/texel/den-burg/"]').count()).toBeGreaterThan(0);
    expect(await page.locator('a[href="/thema/geld/"]').count()).toBeGreaterThan(0);
  });
});

/** The page types of entries' detail pages (tests/support/page-types.ts names them by segment). */
const DETAIL_TYPES: readonly string[] = Object.values(DETAIL_SEGMENT);

describe('the search index', () => {
  test('leaves out the hidden "no more dates" line, which every activity page has', async () => {
    const page = await chromium.newPage();
    await visit(page, '/zoeken/');
    // "Er zijn geen nieuwe datums meer.": before, "nieuwe" and "datums" found every activity.
    for (const q of ['nieuwe', 'datums']) {
      const texts = await pagefindTexts(page, { q });
      for (const [path, text] of Object.entries(texts))
        expect(text, `${q}: ${path}`).not.toContain(t('schedule.voorbij'));
    }
  });

  test('finds pages by what they say, not by the headings every detail page has', async () => {
    const page = await chromium.newPage();
    await visit(page, '/zoeken/');
    // "Wat kost het?" and "Wie organiseert het?" head a section of every activity: before, "kosten"
    // and "organiseert" found every one of them.
    for (const [q, heading] of [
      ['kosten', t('entry.kosten')],
      ['organiseert', t('entry.organisator')],
    ] as const) {
      const texts = await pagefindTexts(page, { q });
      for (const [path, text] of Object.entries(texts)) expect(text, `${q}: ${path}`).not.toContain(heading);
    }
  });

  test('finds pages by their values, not by the labels every detail page has', async () => {
    const page = await chromium.newPage();
    await visit(page, '/zoeken/');
    // Before, "gezondheid" and "leven" found each of the 183 sample pages with the Positieve
    // Gezondheid block (198 and 188 results in all), "volgende" every activity with dates,
    // "gegevens" every page with an organisation's contact details, "thema" most detail pages.
    const labels = [
      ['gezondheid', t('entry.positieveGezondheid.uitleg')],
      ['leven', t('entry.positieveGezondheid.uitleg')],
      ['volgende', t('schedule.volgendeKeren')],
      ['gegevens', tAround('entry.contact.van', 'naam').before.trim()],
      ['wie', t('entry.voorWie')],
      ['thema', t('entry.themas')],
    ] as const;
    // Only the detail pages: other pages may use such a word for themselves ("Thema's" on the
    // open-data page).
    const detailTexts = async (q: string) =>
      Object.entries(await pagefindTexts(page, { q })).filter(([path]) => DETAIL_TYPES.includes(pageType(path)));
    for (const [q, label] of labels) {
      for (const [path, text] of await detailTexts(q)) expect(text, `${q}: ${path}`).not.toContain(label);
    }
    // The block's own label, right before its areas of life. (Some pages are about Positieve
    // Gezondheid, so the words alone may be in a page's text.)
    const areas = Object.values(POSITIEVE_GEZONDHEID).join('|');
    const labelBeforeArea = new RegExp(`${t('entry.positieveGezondheid')}\\.? (${areas})`);
    for (const [path, text] of await detailTexts('gezondheid')) expect(text, path).not.toMatch(labelBeforeArea);
    // The values stay: the organisation whose details they are, who it is for, the areas of life.
    const visbuurt = '/activiteiten/inloopochtend-buurtkamer-de-visbuurt/';
    const texts = await pagefindTexts(page, { q: 'Welzijnsorganisatie mentaal ouderen' });
    expect(texts[visbuurt]).toContain('Welzijnsorganisatie Den Helder. Telefoon');
    expect(texts[visbuurt]).toMatch(/Voor ouderen\. .*Mentaal welbevinden/);
  });

  test('keeps contact details apart from their labels, so a number or address can be found', async () => {
    const page = await chromium.newPage();
    await visit(page, '/zoeken/');
    const werkcafe = '/activiteiten/werkcafe-den-helder/';
    // Its only "0223" is the phone number in its contact details.
    const texts = await pagefindTexts(page, { q: '0223' });
    expect(texts[werkcafe]).toContain(`${t('entry.contact.telefoon')} 0223`);
    expect(texts[werkcafe]).toContain(`${t('entry.contact.email')} info@werkcentrum-kop.example.org`);
  });

  test('leaves out the home, search and not-found pages', () => {
    for (const path of ['/', '/zoeken/', '/404.html']) expect(readBuiltHtml(path)).not.toContain('data-pagefind-body');
  });

  test("finds pages by their places, not by the texts of the map's controls", async () => {
    const page = await chromium.newPage();
    await visit(page, '/zoeken/');
    // A word only the map's privacy note uses ("De kaart komt van het Kadaster").
    expect(await pagefindPaths(page, { q: 'kadaster' })).toEqual([]);
    // "Kaarten" finds the card games (and the places that have them), not every place because its
    // page has a map under the heading "Op de kaart".
    const kaarten = await pagefindTexts(page, { q: 'kaarten' });
    expect(Object.keys(kaarten)).toContain('/activiteiten/biljarten-breezand/');
    for (const [path, text] of Object.entries(kaarten)) expect(text, path).not.toContain(t('kaart.kop.plek'));
    // A place's page stays findable by its address, but the texts of the map's buttons and links
    // are not in the index.
    const plek = '/plekken/het-huis-van-wieringerwerf/';
    const texts = await pagefindTexts(page, { q: 'Meerplein' });
    expect(texts[plek]).toContain('Meerplein 5');
    for (const control of ['kaart.open', 'kaart.overslaan', 'kaart.wijsAan', 'entry.kaartLink'] as const) {
      expect(texts[plek], control).not.toContain(t(control));
    }
  });
});
