import { describe, expect, test } from 'vitest';
import { detailUrl } from '../../src/lib/urls.ts';
import { checkA11y, formatViolations } from '../support/axe.ts';
import { recordRequests, useBrowser, visit } from '../support/browser.ts';
import { CONTENT_DIR } from '../support/built.ts';
import { loadContent } from '../support/load-content.ts';

const chromium = useBrowser();
const content = await loadContent(CONTENT_DIR);

// A weekly activity always has dates ahead of the build day (unless it has ended).
const weekly = content.activiteiten.find(
  (a) => a.data.wanneer.some((b) => b.herhaling === 'wekelijks' && !b.tot_en_met) && a.data.voorbeeld,
);
const location = [...content.locaties].sort(
  (a, b) =>
    content.activiteiten.filter((x) => x.data.locatie.id === b.id).length -
    content.activiteiten.filter((x) => x.data.locatie.id === a.id).length,
)[0];

describe('detail pages in Chromium', () => {
  test('an activity page shows the pattern, the next dates and the Voorbeeld label', async () => {
    expect(weekly, 'sample content needs a weekly demo activity').toBeDefined();
    const page = await chromium.newPage();
    await visit(page, detailUrl('activiteiten', weekly!.id));
    await expect.poll(() => page.locator('#wanneer time').count()).toBeGreaterThan(0);
    expect(await page.locator('#wanneer').innerText()).toMatch(/uur/);
    expect(await page.getByText('Voorbeeld', { exact: true }).first().isVisible()).toBe(true);
  });

  test('an activity page makes no request outside 127.0.0.1', async () => {
    const page = await chromium.newPage();
    const requests = recordRequests(page.context());
    await visit(page, detailUrl('activiteiten', weekly!.id));
    await page.waitForLoadState('networkidle');
    expect(requests.external()).toEqual([]);
  });

  test('a location page lists the activities held there as links', async () => {
    const page = await chromium.newPage();
    await visit(page, detailUrl('locaties', location!.id));
    const held = content.activiteiten.filter((a) => a.data.locatie.id === location!.id);
    expect(held.length).toBeGreaterThan(0);
    for (const activity of held) {
      await expect
        .poll(() => page.locator(`#activiteiten a[href="${detailUrl('activiteiten', activity.id)}"]`).count())
        .toBe(1);
    }
  });

  const pages = [
    ['activity page', detailUrl('activiteiten', content.activiteiten[0]!.id)],
    ['service page', detailUrl('diensten', content.diensten[0]!.id)],
    ['location page', detailUrl('locaties', location!.id)],
    ['organisation page', detailUrl('organisaties', content.organisaties[0]!.id)],
    ['information product page', detailUrl('informatie', content.informatie[0]!.id)],
    ['about page', '/over/'],
    ['accessibility statement', '/toegankelijkheid/'],
    ['not-found page', '/404.html'],
  ] as const;

  // Every page type, plus every organisation page: together they show a card for nearly every
  // entry (every activity, service and information product has an organisation), and cards
  // carry the longest words.
  const narrow = [
    ...pages.map(([, sitePath]) => sitePath),
    ...content.organisaties.map((o) => detailUrl('organisaties', o.id)),
  ];

  test('detail pages fit a 320 pixel wide screen without scrolling sideways', async () => {
    // Without JavaScript: the layout is the same, and 100+ pages load faster.
    const page = await chromium.newPage({ viewport: { width: 320, height: 640 }, javaScriptEnabled: false });
    const wide: string[] = [];
    for (const sitePath of narrow) {
      await visit(page, sitePath);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 320) wide.push(`${sitePath}: ${String(width)}px`);
    }
    expect(wide).toEqual([]);
  }, 180_000);

  for (const [kind, sitePath] of pages) {
    test(`the ${kind} has no WCAG 2.2 A/AA violations according to axe`, async () => {
      const page = await chromium.newPage();
      await visit(page, sitePath);
      const violations = await checkA11y(page);
      expect(violations, formatViolations(violations, sitePath)).toEqual([]);
    });
  }
});
