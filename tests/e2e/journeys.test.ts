/**
 * Keyboard-only journeys of the three main users, in Chromium: Tab, Shift+Tab, Enter and Space,
 * never a mouse click. Each step checks where focus is before pressing a key, so a journey fails
 * as soon as a control cannot be reached with the keyboard.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { LIJSTJE_STORAGE_KEY } from '../../src/lib/site.ts';
import { useBrowser, visit } from '../support/browser.ts';

const browser = useBrowser();
const MAX_TABS = 250;

/** Presses Tab until the focused element matches `selector`; fails after MAX_TABS presses. */
async function tabTo(page: Page, selector: string): Promise<void> {
  for (let i = 0; i < MAX_TABS; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`"${selector}" is not reachable with Tab on ${page.url()}`);
}

/** Tabs to `selector`, presses Enter and waits for the next page. */
async function follow(page: Page, selector: string): Promise<void> {
  await tabTo(page, selector);
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.keyboard.press('Enter')]);
}

const heading = (page: Page) => page.locator('h1').first().innerText();

describe('keyboard journeys', () => {
  test('a resident finds this week’s activities in Julianadorp with the keyboard only', async () => {
    const page = await browser.newPage();
    await visit(page, '/');
    await follow(page, 'a[href="/den-helder/"]');
    expect(new URL(page.url()).pathname).toBe('/den-helder/');
    await follow(page, 'a[href="/den-helder/julianadorp/"]');
    expect(await heading(page)).toContain('Julianadorp');
    const week = page.locator('#deze-week');
    expect(await week.locator('h2').innerText()).toBe('Wat is er deze week?');
    const first = (await week.locator('a[href^="/activiteiten/"]').first().getAttribute('href')) ?? '';
    expect(first).not.toBe('');
    await follow(page, `#deze-week a[href="${first}"]`);
    expect(new URL(page.url()).pathname).toBe(first);
    expect(await heading(page)).not.toBe('');
  });

  test('a volunteer searches, filters, puts two offers on the shortlist and prints it, with the keyboard only', async () => {
    const page = await browser.newPage();
    await page.context().addInitScript(() => {
      (window as unknown as { __printed: number }).__printed = 0;
      window.print = () => {
        (window as unknown as { __printed: number }).__printed++;
      };
    });
    await visit(page, '/zoeken/');
    await tabTo(page, '#zoek-q');
    await page.keyboard.type('koffie');
    await page.keyboard.press('Enter');
    const results = page.locator('[data-zoek-lijst] > li');
    await results.first().waitFor();
    // Filter: open "Filters" and tick "Gratis" with the space bar.
    await tabTo(page, '[data-zoek-filters] > summary');
    await page.keyboard.press('Enter');
    await tabTo(page, 'input[name="gratis"]');
    const statusBefore = await page.locator('[data-zoek-status]').innerText();
    await page.keyboard.press('Space');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('gratis') === 'ja');
    // The URL changes before the filtered results are drawn: wait until the announced count
    // changes, so the links below come from the filtered list, not the one being replaced.
    await page.waitForFunction(
      (before) => document.querySelector('[data-zoek-status]')?.textContent?.trim() !== before.trim(),
      statusBefore,
    );
    await results.first().waitFor();
    const hrefs = await results
      .locator('a[href^="/"]')
      .evaluateAll((links) =>
        [...new Set(links.map((a) => a.getAttribute('href') ?? ''))].filter((h) =>
          /^\/(activiteiten|diensten)\//.test(h),
        ),
      );
    expect(hrefs.length).toBeGreaterThanOrEqual(2);

    const added: string[] = [];
    for (const href of hrefs.slice(0, 2)) {
      await follow(page, `[data-zoek-lijst] a[href="${href}"]`);
      await tabTo(page, 'button[data-lijstje-knop]');
      await page.keyboard.press('Enter');
      expect(await page.locator('button[data-lijstje-knop]').getAttribute('aria-pressed')).toBe('true');
      added.push(href);
      await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.goBack()]);
      await results.first().waitFor();
    }
    const stored = await page.evaluate((key) => localStorage.getItem(key), LIJSTJE_STORAGE_KEY);
    expect(stored).not.toBeNull();

    await follow(page, 'a[href="/lijstje/"]');
    // The shortlist page fills itself from the stored list.
    for (const href of added) await page.locator(`main a[href="${href}"]`).first().waitFor({ timeout: 10_000 });
    await tabTo(page, 'button[data-lijstje-print]');
    await page.keyboard.press('Enter');
    // The page first draws the QR code for the printout, then opens the print dialog.
    await page.waitForFunction(() => (window as unknown as { __printed: number }).__printed === 1, undefined, {
      timeout: 10_000,
    });
  });

  test('an editor reads the coverage page /dekking/ with the keyboard, including the wide table', async () => {
    const page = await browser.newPage({ viewport: { width: 400, height: 800 } });
    await visit(page, '/dekking/');
    // The skip link comes first and moves focus to the content.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('#inhoud');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('inhoud');
    // The table that is wider than the screen can take focus and scrolls with the arrow keys.
    await tabTo(page, 'section.scroll');
    const before = await page.evaluate(() => document.activeElement?.scrollLeft ?? 0);
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
    // Keyboard scrolling is animated (scroll-behavior: smooth), so wait for it instead of
    // sampling once right after the key presses.
    await expect.poll(() => page.evaluate(() => document.activeElement?.scrollLeft ?? 0)).toBeGreaterThan(before);
    // Shift+Tab goes back out of the table.
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => document.activeElement?.matches('section.scroll'))).toBe(false);
  });
});
