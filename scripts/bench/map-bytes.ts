/**
 * `npx node scripts/bench/map-bytes.ts [dist] [--page /den-helder/den-helder-centrum/ ...]`:
 * the bytes a page transfers with its map closed, and the extra bytes when the person opens the
 * map (tiles excluded: they are answered locally and never reach our server). Counts on the
 * server side (scripts/serve.ts `onResponse`, brotli as a static host would send it), per kind of
 * file. Needs a built site; prints a table, exits non-zero when a page has no map or when a page
 * with a closed map loads map code.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { startServer, type ResponseRecord } from '../serve.ts';

const DEFAULT_PAGES = ['/den-helder/den-helder-centrum/', '/den-helder/', '/', '/plekken/het-trefpunt/'];
const TILE_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/PchI7wAAAABJRU5ErkJggg==',
  'base64',
);
// Files that belong to the open map only.
const MAP_FILE = /\/_astro\/(mount|cluster|client|styles|cluster-styles)\.[^/]+\.(js|css)$/;

export type Kind = 'html' | 'js' | 'css' | 'other';

export function kindOf(file: string): Kind {
  const ext = path.extname(file);
  if (ext === '.html' || file.endsWith('/')) return 'html';
  if (ext === '.js' || ext === '.mjs') return 'js';
  if (ext === '.css') return 'css';
  return 'other';
}

export interface Sum {
  files: number;
  bytes: number;
  raw: number;
  byKind: Record<Kind, number>;
}

export function sum(records: readonly ResponseRecord[]): Sum {
  const byKind: Record<Kind, number> = { html: 0, js: 0, css: 0, other: 0 };
  for (const r of records) byKind[kindOf(r.path)] += r.bytes;
  return {
    files: records.length,
    bytes: records.reduce((n, r) => n + r.bytes, 0),
    raw: records.reduce((n, r) => n + r.rawBytes, 0),
    byKind,
  };
}

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { page: { type: 'string', multiple: true } },
  });
  const root = path.resolve(positionals[0] ?? 'dist');
  const pages = values.page && values.page.length > 0 ? values.page : DEFAULT_PAGES;
  let log: ResponseRecord[] = [];
  const server = await startServer({ root, onResponse: (record) => log.push(record) });
  const browser = await chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  let failed = false;
  const rows: string[][] = [['page', 'closed', 'html', 'js', 'css', '+ opening the map', 'js', 'css', 'files']];
  try {
    for (const sitePath of pages) {
      // A fresh context per page: nothing cached, as on a first visit.
      const context = await browser.newContext({ locale: 'nl-NL' });
      await context.route(
        (url) => url.hostname !== '127.0.0.1',
        (route) => route.fulfill({ status: 200, contentType: 'image/png', body: TILE_PNG }),
      );
      const page = await context.newPage();
      log = [];
      await page.goto(new URL(sitePath.replace(/^\/+/, ''), server.url).href, { waitUntil: 'networkidle' });
      const closed = sum(log);
      const mapFilesClosed = log.filter((r) => MAP_FILE.test(r.path));
      if (mapFilesClosed.length > 0) {
        failed = true;
        console.error(`${sitePath}: map code loaded before opening: ${mapFilesClosed.map((r) => r.path).join(', ')}`);
      }
      log = [];
      const button = page.getByRole('button', { name: 'Toon op de kaart' });
      if ((await button.count()) === 0) {
        failed = true;
        console.error(`${sitePath}: no "Toon op de kaart" button`);
        await context.close();
        continue;
      }
      await button.click();
      await page.locator('[data-kaart-map] .ww-marker, [data-kaart-map] .marker-cluster').first().waitFor();
      await page.waitForLoadState('networkidle');
      const opened = sum(log);
      rows.push([
        sitePath,
        kb(closed.bytes),
        kb(closed.byKind.html),
        kb(closed.byKind.js),
        kb(closed.byKind.css),
        kb(opened.bytes),
        kb(opened.byKind.js),
        kb(opened.byKind.css),
        `${String(closed.files)} + ${String(opened.files)}`,
      ]);
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((row) => row[i]?.length ?? 0))) ?? [];
  for (const row of rows) console.log(row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  '));
  console.log('\nBytes on the wire (brotli), tiles excluded. Raw sizes are larger; see scripts/serve.ts.');
  if (failed) process.exitCode = 1;
}

if (import.meta.main) await main();
