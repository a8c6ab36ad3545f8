/**
 * The guide pages of issue #2 in real Chromium against the built site: a kern page shows its
 * meeting place first, a kern without one says so and points to the nearest, the route home →
 * gemeente → kern → entry works with the keyboard alone, and every guide page type passes axe.
 * Expectations are derived from the sample content, not hard-coded.
 */
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { checkA11y, formatViolations } from '../support/axe.ts';
import { useBrowser, visit } from '../support/browser.ts';
import { loadContent } from '../support/load-content.ts';
import { gemeenteUrl, kernUrl } from '../../src/lib/urls.ts';

const chromium = useBrowser();
const content = await loadContent(path.resolve(import.meta.dirname, '../../content'));

const kernPath = (kernId: string): string => {
  const kern = content.kernen.find((k) => k.id === kernId);
  if (!kern) throw new Error(`No kern ${kernId} in the sample content`);
  return kernUrl(kern.data.gemeente.id, kern.id);
};

const huis = content.locaties.find((l) => l.data.huis_van_de_kern);
if (!huis) throw new Error('The sample content has no "Het Huis van" meeting place');
const kernZonderPlek = content.kernen.find(
  (k) => !content.locaties.some((l) => l.data.kern.id === k.id && (l.data.ontmoetingsplek || l.data.huis_van_de_kern)),
);
if (!kernZonderPlek) throw new Error('The sample content has no kern without a meeting place');

/** The h2 headings inside main, in document order. */
async function sectionHeadings(page: Page): Promise<string[]> {
  return (await page.locator('main h2').allInnerTexts()).map((text) => text.trim());
}

describe('a kern page ("De Wegwijzer van <kern>")', () => {
  test('shows its meeting place first, with the activities that happen there', async () => {
    const page = await chromium.newPage();
    await visit(page, kernPath(huis.data.kern.id));
    const kernNaam = content.kernen.find((k) => k.id === huis.data.kern.id)?.data.naam ?? '';
    await expect(page.locator('h1').innerText()).resolves.toBe(`De Wegwijzer van ${kernNaam}`);

    // The meeting place is in the first section of the page, before the week and the services.
    const firstSection = page.locator('main section').first();
    await expect(firstSection.innerText()).resolves.toContain(huis.data.naam);
    const headings = await sectionHeadings(page);
    const week = headings.findIndex((h) => h.startsWith('Wat is er'));
    expect(week).toBeGreaterThan(0);

    const hier = content.activiteiten.filter((a) => a.data.locatie.id === huis.id);
    expect(hier.length).toBeGreaterThan(0);
    for (const activiteit of hier) {
      await expect(firstSection.innerText()).resolves.toContain(activiteit.data.naam);
    }
  });

  test('without a meeting place says so plainly and points to the nearest ones with a distance', async () => {
    const page = await chromium.newPage();
    await visit(page, kernPath(kernZonderPlek.id));
    const firstSection = page.locator('main section').first();
    const text = await firstSection.innerText();
    expect(text).toContain(`In ${kernZonderPlek.data.naam} is nog geen vaste ontmoetingsplek`);
    expect(text).toMatch(/\d+,\d\s?km/); // distances use a non-breaking space
    expect(await firstSection.locator('a[href^="/plekken/"]').count()).toBeGreaterThan(0);
  });

  test('links to its neighbouring kernen', async () => {
    const kern = content.kernen.find((k) => k.data.buren.length > 0);
    if (!kern) throw new Error('No kern with neighbours in the sample content');
    const page = await chromium.newPage();
    await visit(page, kernPath(kern.id));
    for (const buur of kern.data.buren) {
      await expect(page.locator(`main a[href="${kernPath(buur.id)}"]`).count()).resolves.toBeGreaterThan(0);
    }
  });
});

describe('every kern and gemeente of the sample content has its guide page', () => {
  test('each kern page and gemeente page answers with its own heading', async () => {
    const page = await chromium.newPage();
    for (const gemeente of content.gemeenten) {
      await visit(page, gemeenteUrl(gemeente.id));
      await expect(page.locator('h1').innerText()).resolves.toContain(gemeente.data.naam);
    }
    for (const kern of content.kernen) {
      await visit(page, kernPath(kern.id));
      await expect(page.locator('h1').innerText()).resolves.toBe(`De Wegwijzer van ${kern.data.naam}`);
    }
  });
});

describe('keyboard only', () => {
  /** Presses Tab until the focused element is a link to `href`; fails after `limit` presses. */
  async function tabTo(page: Page, href: string, limit = 400): Promise<void> {
    for (let i = 0; i < limit; i += 1) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => document.activeElement?.getAttribute('href') ?? null);
      if (focused === href) return;
    }
    throw new Error(`No link to ${href} reached with ${String(limit)} presses of Tab`);
  }

  test('home → gemeente → kern → activity works with Tab and Enter alone', async () => {
    const activiteit = content.activiteiten.find((a) => a.data.locatie.id === huis.id);
    if (!activiteit) throw new Error('No activity at the meeting place');
    const kern = content.kernen.find((k) => k.id === huis.data.kern.id);
    if (!kern) throw new Error('Meeting place without kern');
    const page = await chromium.newPage();
    await visit(page, '/');

    await tabTo(page, gemeenteUrl(kern.data.gemeente.id));
    await Promise.all([page.waitForURL(`**${gemeenteUrl(kern.data.gemeente.id)}`), page.keyboard.press('Enter')]);

    await tabTo(page, kernPath(kern.id));
    await Promise.all([page.waitForURL(`**${kernPath(kern.id)}`), page.keyboard.press('Enter')]);

    await tabTo(page, `/activiteiten/${activiteit.id}/`);
    await Promise.all([page.waitForURL(`**/activiteiten/${activiteit.id}/`), page.keyboard.press('Enter')]);
    await expect(page.locator('h1').innerText()).resolves.toContain(activiteit.data.naam);
  });

  test('the first Tab press reaches the skip link, which moves focus to the main content', async () => {
    const page = await chromium.newPage();
    await visit(page, kernPath(huis.data.kern.id));
    await page.keyboard.press('Tab');
    const skip = await page.evaluate(() => ({
      href: document.activeElement?.getAttribute('href'),
      text: document.activeElement?.textContent?.trim(),
    }));
    expect(skip.text).toBe('Naar de inhoud');
    await page.keyboard.press('Enter');
    const target = (skip.href ?? '').replace('#', '');
    await expect(page.evaluate(() => location.hash)).resolves.toBe(`#${target}`);
    expect(
      (await page.locator(`main#${target}, #${target} main, main [id="${target}"]`).count()) +
        (target === 'inhoud' ? 1 : 0),
    ).toBeGreaterThan(0);
  });
});

describe('accessibility of the guide page types (axe, WCAG 2.2 A/AA)', () => {
  const pages = [
    ['home', '/'],
    ['gemeente', gemeenteUrl(content.gemeenten[0]?.id ?? '')],
    ['kern with a meeting place', () => kernPath(huis.data.kern.id)],
    ['kern without a meeting place', () => kernPath(kernZonderPlek.id)],
    ['topic', '/thema/geld/'],
    ['search', '/zoeken/'],
    ['about', '/over/'],
    ['accessibility statement', '/toegankelijkheid/'],
  ] as const;

  for (const [name, where] of pages) {
    test(`the ${name} page has no violations`, async () => {
      const sitePath = typeof where === 'function' ? where() : where;
      const page = await chromium.newPage();
      await visit(page, sitePath);
      const violations = await checkA11y(page);
      expect(violations, formatViolations(violations, sitePath)).toEqual([]);
    });
  }
});
