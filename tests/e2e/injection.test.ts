/**
 * Editors' content can never harm a visitor. tests/fixtures/injection/ is a valid content tree
 * full of injection attempts (raw HTML, event handlers, javascript: and data: URLs, SVG scripts,
 * iframes, <style>, break-outs from attributes, JSON and <title>) in the markdown body and in
 * every free-text frontmatter field. This file builds it into its own folder and proves in
 * Chromium that nothing executes, no dialog opens and nothing is requested from another host, and
 * that the built HTML holds none of the dangerous constructs.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startServer, type RunningServer } from '../../scripts/serve.ts';
import { recordRequests, useBrowser } from '../support/browser.ts';
import { dangerousConstructs } from '../support/dangerous-html.ts';
import { builtPages, type BuiltPage } from '../support/site.ts';

const root = path.resolve(import.meta.dirname, '../..');
const browser = useBrowser();
let outDir = '';
let server: RunningServer | undefined;
let pages: BuiltPage[] = [];

beforeAll(() => {
  outDir = mkdtempSync(path.join(tmpdir(), 'wegwijzer-injection-'));
  const build = spawnSync('npm', ['run', 'build', '--', '--outDir', outDir], {
    cwd: root,
    env: { ...process.env, WEGWIJZER_CONTENT: 'tests/fixtures/injection', WEGWIJZER_DATUM: '2026-11-20' },
    encoding: 'utf8',
  });
  if (build.status !== 0) throw new Error(`The injection fixture did not build:\n${build.stdout}\n${build.stderr}`);
  pages = builtPages(outDir).filter((page) => !page.path.startsWith('/admin/'));
}, 300_000);

beforeAll(async () => {
  server = await startServer({ root: outDir, port: 0 });
});

afterAll(async () => {
  await server?.close();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

describe('content with injection attempts', () => {
  test('the fixture really carries the attacks into the build input', () => {
    const body = readFileSync(path.join(root, 'tests/fixtures/injection/locaties/buurtkamer-julianadorp.md'), 'utf8');
    for (const attack of ['<script>', 'onerror=', 'javascript:', '<iframe', '<style>', '<svg', 'ontoggle='])
      expect(body).toContain(attack);
    expect(pages.length).toBeGreaterThan(10);
  });

  test('no built page holds a script, event handler, javascript: URL, frame or style from the content', () => {
    const found = pages.flatMap((page) =>
      dangerousConstructs(readFileSync(page.file, 'utf8')).map((what) => `${page.path}: ${what}`),
    );
    expect(found).toEqual([]);
  });

  test('the safe parts of the body survive: bold text, an abbreviation and a normal link', () => {
    const html = readFileSync(path.join(outDir, 'plekken/buurtkamer-julianadorp/index.html'), 'utf8');
    expect(html).toContain('<strong>vet</strong>');
    expect(html).toContain('<abbr title="Voorbeeld">afkorting</abbr>');
    expect(html).toContain('<a href="https://example.org/">gewone link</a>');
  });

  test('in Chromium nothing executes on any page, even when every element is focused', async () => {
    const page = await browser.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const log = recordRequests(page.context());
    await page.context().route(
      (url) => url.hostname !== '127.0.0.1',
      (route) => route.abort(),
    );
    const pwned: string[] = [];
    for (const built of pages) {
      await page.goto(new URL(built.path.replace(/^\//, ''), server!.url).href, { waitUntil: 'load' });
      for (let i = 0; i < 25; i++) await page.keyboard.press('Tab');
      await page.mouse.move(100, 200);
      const value = await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);
      if (value !== undefined) pwned.push(`${built.path}: window.__pwned = ${String(value)}`);
    }
    expect(pwned).toEqual([]);
    expect(dialogs).toEqual([]);
    expect(log.external()).toEqual([]);
  });

  test('the browser check would notice an injected handler that ran', async () => {
    const page = await browser.newPage();
    await page.setContent('<img src="x" onerror="__pwned=1">', { waitUntil: 'load' });
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBe(1);
  });
});
