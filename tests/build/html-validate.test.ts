/**
 * Every built page is valid HTML by html-validate's recommended rules, with the exceptions in
 * .htmlvalidate.json (each explained in docs/quality.md).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { describe, expect, test } from 'vitest';
import { builtPages } from '../support/site.ts';

const root = path.resolve(import.meta.dirname, '../..');
const config = JSON.parse(readFileSync(path.join(root, '.htmlvalidate.json'), 'utf8')) as ConfigData;

describe('HTML validity', () => {
  test(
    'every built page passes html-validate (recommended rules, documented exceptions)',
    { timeout: 300_000 },
    async () => {
      const validator = new HtmlValidate(config);
      const pages = builtPages();
      const problems: string[] = [];
      for (const page of pages) {
        const report = await validator.validateString(readFileSync(page.file, 'utf8'), page.path);
        for (const result of report.results)
          for (const message of result.messages)
            problems.push(
              `${page.path} ${String(message.line)}:${String(message.column)} ${message.ruleId}: ${message.message} (${message.selector ?? ''})`,
            );
      }
      expect(pages.length).toBeGreaterThan(100);
      expect(problems, `${String(problems.length)} HTML problems:\n${problems.slice(0, 40).join('\n')}`).toEqual([]);
    },
  );

  test('the validator reports a known mistake, so a clean result means something', async () => {
    const validator = new HtmlValidate(config);
    const report = await validator.validateString(
      '<!doctype html><html lang="nl"><head><title>x</title></head><body><p><div></div></p><img src="a.png"></body></html>',
    );
    const rules = report.results.flatMap((r) => r.messages.map((m) => m.ruleId));
    expect(rules).toContain('wcag/h37');
  });

  test('every rule switched off in .htmlvalidate.json is explained in docs/quality.md', () => {
    const docs = readFileSync(path.join(root, 'docs/quality.md'), 'utf8');
    const changed = Object.keys(config.rules ?? {});
    const undocumented = changed.filter((rule) => !docs.includes(`\`${rule}\``));
    expect(undocumented).toEqual([]);
  });
});
