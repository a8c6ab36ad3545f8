/**
 * axe-core accessibility checks in a Playwright page.
 *
 * axe is read from node_modules and evaluated in the page through the DevTools protocol, so no
 * CDN is involved and a strict Content-Security-Policy on the page does not block it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, Result, RunOptions } from 'axe-core';
import type { Page } from 'playwright-core';

/** WCAG 2.0, 2.1 and 2.2, levels A and AA. */
export const WCAG_TAGS: readonly string[] = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const require = createRequire(import.meta.url);
let axeSource: string | undefined;

/** The source of axe.min.js, e.g. for `context.addInitScript()` when checking many pages. */
export function loadAxeSource(): string {
  axeSource ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  return axeSource;
}

export interface AxeCheckOptions {
  /**
   * Rules to switch off, each with the reason why (written down on purpose: a rule is only
   * disabled with a reason a reviewer can judge).
   */
  disabledRules?: Readonly<Record<string, string>>;
  /** CSS selectors of regions to leave out (e.g. a third-party map once it has been opened). */
  exclude?: readonly string[];
}

/** Runs axe with the WCAG A/AA tags on the page's current document and returns the violations. */
export async function checkA11y(page: Page, options: AxeCheckOptions = {}): Promise<Result[]> {
  const alreadyLoaded = await page.evaluate(() => 'axe' in window);
  if (!alreadyLoaded) await page.evaluate(loadAxeSource());
  const rules: NonNullable<RunOptions['rules']> = {};
  for (const [id, reason] of Object.entries(options.disabledRules ?? {})) {
    if (!reason.trim()) throw new Error(`Disabling axe rule "${id}" needs a reason.`);
    rules[id] = { enabled: false };
  }
  const runOptions: RunOptions = {
    runOnly: { type: 'tag', values: [...WCAG_TAGS] },
    rules,
    resultTypes: ['violations'],
  };
  const exclude = [...(options.exclude ?? [])];
  const results = await page.evaluate(
    async ({ runOptions, exclude }) => {
      // `axe` is the global that axe.min.js defines.
      const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<unknown> } }).axe;
      const context = exclude.length > 0 ? { exclude } : document;
      return axe.run(context, runOptions);
    },
    { runOptions, exclude },
  );
  return (results as AxeResults).violations;
}

/**
 * A readable, multi-line description of axe violations for assertion messages: rule, impact,
 * help text and link, then each offending element with its selector, HTML and what to fix.
 */
export function formatViolations(violations: readonly Result[], where = ''): string {
  if (violations.length === 0) return 'no accessibility violations';
  const lines: string[] = [
    `${String(violations.length)} accessibility violation${violations.length === 1 ? '' : 's'}${where ? ` on ${where}` : ''}:`,
  ];
  for (const violation of violations) {
    lines.push(`- [${violation.impact ?? 'unknown'}] ${violation.id}: ${violation.help} (${violation.helpUrl})`);
    for (const node of violation.nodes) {
      lines.push(`    at ${node.target.join(' ')}`);
      lines.push(`       ${node.html.replace(/\s+/g, ' ').slice(0, 200)}`);
      if (node.failureSummary) {
        for (const summaryLine of node.failureSummary.split('\n')) lines.push(`       ${summaryLine.trim()}`);
      }
    }
  }
  return lines.join('\n');
}
