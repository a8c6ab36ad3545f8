/**
 * axe (WCAG 2.0, 2.1 and 2.2, A and AA) on one built page of every page type, in `npm test`, and
 * on the schedules that src/scripts/schedule.ts redraws for a visitor whose today is later than
 * the build day. One page of every structure is checked in tests/slow/a11y-all-pages.test.ts,
 * which .ci/run runs.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkA11y, formatViolations } from '../support/axe.ts';
import { useBrowser, visit } from '../support/browser.ts';
import { onePagePerType, pageType } from '../support/page-types.ts';
import { builtPages, readBuiltHtml } from '../support/site.ts';
import { blockThirdPartyScripts, DISABLED_AXE_RULES } from './rules.ts';

const browser = useBrowser();

describe('accessibility of every page type', () => {
  const cases = onePagePerType().map(([type, built]) => [type, built.path] as const);
  test.each(cases)('a %s page (%s) has no WCAG A/AA violations that axe can find', async (_type, sitePath) => {
    const page = await browser.newPage();
    await blockThirdPartyScripts(page.context());
    await visit(page, sitePath);
    const violations = await checkA11y(page, { disabledRules: DISABLED_AXE_RULES });
    expect(violations, formatViolations(violations, sitePath)).toEqual([]);
  });

  test('every axe rule switched off for the site has its reason in docs/quality.md', () => {
    const docs = readFileSync(path.resolve(import.meta.dirname, '../../docs/quality.md'), 'utf8');
    for (const [rule, reason] of Object.entries(DISABLED_AXE_RULES)) {
      expect(reason.trim().length, rule).toBeGreaterThan(20);
      expect(docs, rule).toContain(`\`${rule}\``);
    }
  });
});

describe('accessibility of schedules redrawn for a later day', () => {
  const TEN_DAYS = 10 * 24 * 60 * 60 * 1000;
  // The first kern page with a "Deze week" block and the first activity with a list of dates.
  const firstWith = (type: string, marker: string): string => {
    const found = builtPages().find((p) => pageType(p.path) === type && readBuiltHtml(p.path).includes(marker));
    if (!found) throw new Error(`No built ${type} page holds ${marker}`);
    return found.path;
  };
  const cases = [
    ['Deze week on a kern page', firstWith('kern', 'data-week-range')],
    ['the next dates on an activity page', firstWith('activiteiten', 'data-schedule-list')],
  ] as const;
  test.each(cases)('%s (%s), ten days after the build, has no WCAG A/AA violations', async (_what, sitePath) => {
    const page = await browser.newPage();
    await blockThirdPartyScripts(page.context());
    await visit(page, sitePath);
    const asBuilt = await page.locator('main').innerText();
    await page.clock.setFixedTime(Date.now() + TEN_DAYS);
    await visit(page, sitePath);
    // The script has redrawn the schedule once the page reads differently from the build day's.
    await expect.poll(() => page.locator('main').innerText()).not.toBe(asBuilt);
    const violations = await checkA11y(page, { disabledRules: DISABLED_AXE_RULES });
    expect(violations, formatViolations(violations, sitePath)).toEqual([]);
  });
});
