/**
 * axe (WCAG 2.0, 2.1 and 2.2, A and AA) on one built page of every page type, in `npm test`.
 * Every page of the site is checked in tests/slow/a11y-all-pages.test.ts, which .ci/run runs.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkA11y, formatViolations } from '../support/axe.ts';
import { useBrowser, visit } from '../support/browser.ts';
import { onePagePerType } from '../support/page-types.ts';
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
