/**
 * Benchmark section "pages": bytes per page type (home, kern, entry, search, topic) as the
 * server sends them (scripts/serve.ts: brotli 11, counted in `onResponse`, so workers and lazy
 * files count too), loaded in headless Chromium with a fresh context (nothing cached) until the
 * network is idle, before any interaction. Then the same page with JavaScript disabled must show
 * its main content, and a kern page's first section (the meeting place) must fit the first 14 KB
 * of compressed HTML (method in page-budget.ts).
 *
 *   npx node scripts/bench/page-bytes.ts [site-dir]      (default dist; build first)
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../lib/chromium.ts';
import { startServer, type ResponseRecord } from '../serve.ts';
import { bytesByKind, checkBudget, firstScreen, kilobytes, type BytesByKind, type FirstScreen } from './page-budget.ts';
import { formatMarkdownTable, printTable, type Cell, type Column } from './table.ts';

export interface PageTarget {
  type: 'home' | 'kern' | 'entry' | 'search' | 'topic';
  path: string;
}

export interface PageRow extends PageTarget {
  bytes: BytesByKind;
  files: number;
  /** Raw (uncompressed) bytes of the same responses. */
  rawBytes: number;
  withinBudget: boolean;
  /** Main content shown with JavaScript disabled (h1 and at least 200 characters in <main>). */
  readsWithoutJs: boolean;
  noJsTextChars: number;
  firstScreen?: FirstScreen;
}

function firstDir(root: string, folder: string): string | undefined {
  try {
    return readdirSync(path.join(root, folder))
      .filter((name) => statSync(path.join(root, folder, name)).isDirectory())
      .sort()[0];
  } catch {
    return undefined;
  }
}

/** One page per type, found in the built site (a kern page: Den Helder Centrum if present). */
export function defaultTargets(root: string): PageTarget[] {
  const targets: PageTarget[] = [{ type: 'home', path: '/' }];
  const gemeente = readdirSync(root)
    .filter((name) => {
      const dir = path.join(root, name);
      return (
        statSync(dir).isDirectory() &&
        readdirSync(dir).some((kern) => statSync(path.join(dir, kern)).isDirectory()) &&
        !['_astro', 'activiteiten', 'thema', 'plekken', 'diensten', 'informatie', 'organisaties'].includes(name)
      );
    })
    .sort();
  const preferred = path.join(root, 'den-helder', 'den-helder-centrum');
  let kern: string | undefined;
  try {
    if (statSync(preferred).isDirectory()) kern = '/den-helder/den-helder-centrum/';
  } catch {
    kern = undefined;
  }
  for (const g of gemeente) {
    if (kern) break;
    const k = firstDir(root, g);
    if (k && k !== 'index.html') kern = `/${g}/${k}/`;
  }
  if (kern) targets.push({ type: 'kern', path: kern });
  const activiteit = firstDir(root, 'activiteiten');
  if (activiteit) targets.push({ type: 'entry', path: `/activiteiten/${activiteit}/` });
  targets.push({ type: 'search', path: '/zoeken/' });
  const thema = firstDir(root, 'thema');
  if (thema) targets.push({ type: 'topic', path: `/thema/${thema}/` });
  return targets;
}

const FIRST_SECTION = 'aria-labelledby="plekken"';

async function measurePage(
  browser: Browser,
  baseUrl: string,
  root: string,
  target: PageTarget,
  log: ResponseRecord[],
): Promise<PageRow> {
  const url = new URL(target.path.replace(/^\/+/, ''), baseUrl).href;
  const context = await browser.newContext({ locale: 'nl-NL', viewport: { width: 412, height: 823 } });
  // No request leaves the machine; anything not ours would be a budget error anyway.
  await context.route(
    (u) => u.hostname !== '127.0.0.1',
    (route) => route.abort(),
  );
  const page = await context.newPage();
  log.length = 0;
  await page.goto(url, { waitUntil: 'networkidle' });
  const records = [...log];
  await context.close();

  const noJs = await browser.newContext({ locale: 'nl-NL', javaScriptEnabled: false });
  const plain = await noJs.newPage();
  await plain.goto(url, { waitUntil: 'load' });
  const h1 = await plain.locator('main h1').first().isVisible();
  const text = (await plain.locator('main').first().innerText()).trim();
  await noJs.close();

  const bytes = bytesByKind(records);
  const row: PageRow = {
    ...target,
    bytes,
    files: records.length,
    rawBytes: records.reduce((n, r) => n + r.rawBytes, 0),
    withinBudget: checkBudget(bytes).every((line) => line.ok),
    readsWithoutJs: h1 && text.length >= 200,
    noJsTextChars: text.length,
  };
  if (target.type === 'kern') {
    const html = readFileSync(path.join(root, target.path, 'index.html'), 'utf8');
    const screen = firstScreen(html, FIRST_SECTION);
    if (screen) row.firstScreen = screen;
  }
  return row;
}

/** Measure every target on the built site in `root`. */
export async function runPageBytes(root: string, targets = defaultTargets(root)): Promise<PageRow[]> {
  const log: ResponseRecord[] = [];
  const server = await startServer({ root, onResponse: (record) => log.push(record) });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
  try {
    const rows: PageRow[] = [];
    for (const target of targets) rows.push(await measurePage(browser, server.url, root, target, log));
    return rows;
  } finally {
    await browser.close();
    await server.close();
  }
}

const kb = (v: number): string => kilobytes(v);
export const PAGE_COLUMNS: Column[] = [
  { key: 'type', label: 'page' },
  { key: 'html', label: 'HTML', format: kb },
  { key: 'css', label: 'CSS', format: kb },
  { key: 'js', label: 'JS', format: kb },
  { key: 'other', label: 'other', format: kb },
  { key: 'total', label: 'total', format: kb },
  { key: 'files', label: 'files', format: String },
  { key: 'budget', label: '≤ 50 KB, JS ≤ 15 KB' },
  { key: 'nojs', label: 'reads without JS' },
];

export function pageTableRows(rows: readonly PageRow[]): Record<string, Cell>[] {
  return rows.map((r) => ({
    type: `${r.type} ${r.path}`,
    html: r.bytes.html,
    css: r.bytes.css,
    js: r.bytes.js,
    other: r.bytes.other,
    total: r.bytes.total,
    files: r.files,
    budget: r.withinBudget ? 'met' : 'MISSED',
    nojs: r.readsWithoutJs ? 'yes' : 'NO',
  }));
}

export function firstScreenLines(rows: readonly PageRow[]): string[] {
  return rows
    .filter((r) => r.firstScreen)
    .map((r) => {
      const s = r.firstScreen as FirstScreen;
      return `${s.ok ? 'met   ' : 'MISSED'} first screen of ${r.path}: HTML up to the end of the meeting-place section is ${kilobytes(s.rawPrefix)} raw, ${kilobytes(s.compressedPrefix)} brotli (≤ 14 KB; whole page ${kilobytes(s.compressedWhole)})`;
    });
}

export function printPageTable(rows: readonly PageRow[]): void {
  printTable(
    'Pages: bytes before interaction (brotli, counted by the server), fresh cache',
    PAGE_COLUMNS,
    pageTableRows(rows),
  );
  for (const line of firstScreenLines(rows)) console.log(line);
}

export function pageMarkdown(rows: readonly PageRow[]): string {
  return `${formatMarkdownTable(PAGE_COLUMNS, pageTableRows(rows))}\n\n${firstScreenLines(rows).join('\n')}\n`;
}

if (import.meta.main) {
  const root = path.resolve(process.argv[2] ?? 'dist');
  const rows = await runPageBytes(root);
  printPageTable(rows);
  console.log(JSON.stringify(rows, null, 2));
}
