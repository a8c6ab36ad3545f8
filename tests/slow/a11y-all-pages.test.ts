/**
 * The built site checked in headless Chromium with axe-core for WCAG 2.0, 2.1 and 2.2, levels A
 * and AA: zero violations. The rules switched off (with reasons) are in ../a11y/rules.ts.
 *
 * By default one page of every structure (tests/support/page-shapes.ts): ≈ 85 of the sample's
 * ≈ 470 pages, about a minute instead of five, which keeps CI well under its 20 minutes. What
 * differs most between pages of one structure (link and alt texts, labels, ids) html-validate
 * checks on every page; the limits of this sample are in docs/quality.md.
 * `WEGWIJZER_A11Y_ALLE=1 npm run test:slow` checks every page.
 *
 * One browser for the file; a few pages are checked at the same time (each in its own context),
 * which roughly halves the time on two cores. Runs in the `slow` project, from .ci/run.
 */
import { describe, expect, test } from 'vitest';
import { checkA11y, formatViolations, loadAxeSource } from '../support/axe.ts';
import { useBrowser, visit } from '../support/browser.ts';
import { onePagePerShape } from '../support/page-shapes.ts';
import { builtPages } from '../support/site.ts';
import { blockThirdPartyScripts, DISABLED_AXE_RULES } from '../a11y/rules.ts';

const PARALLEL = 3;
const EVERY_PAGE = process.env['WEGWIJZER_A11Y_ALLE'] === '1';
const browser = useBrowser();

describe('accessibility of the whole site', () => {
  const what = EVERY_PAGE ? 'every built page' : 'one built page of every structure';
  test(`${what} has no WCAG 2.2 A/AA violations that axe can find`, { timeout: 900_000 }, async () => {
    const all = builtPages();
    const shapes = onePagePerShape(all);
    // Every built page is stood for by exactly one checked page, and the sample really is smaller.
    expect(shapes.reduce((sum, p) => sum + p.standsFor, 0)).toBe(all.length);
    expect(shapes.length).toBeLessThan(all.length);
    const pages = EVERY_PAGE ? all : shapes;
    console.info(`axe checks ${String(pages.length)} of ${String(all.length)} pages`);
    const queue = [...pages];
    const failures: string[] = [];
    let checked = 0;
    const worker = async (): Promise<void> => {
      const page = await browser.newPage();
      await blockThirdPartyScripts(page.context());
      // axe is loaded with every document instead of being evaluated after each load.
      await page.context().addInitScript({ content: loadAxeSource() });
      try {
        for (let next = queue.shift(); next; next = queue.shift()) {
          await visit(page, next.path);
          const violations = await checkA11y(page, { disabledRules: DISABLED_AXE_RULES });
          if (violations.length > 0) failures.push(formatViolations(violations, next.path));
          checked++;
        }
      } finally {
        await page.context().close();
      }
    };
    await Promise.all(Array.from({ length: PARALLEL }, worker));
    expect(checked).toBe(pages.length);
    expect(
      failures,
      `${String(failures.length)} pages with violations:\n${failures.slice(0, 10).join('\n\n')}`,
    ).toEqual([]);
  });
});
