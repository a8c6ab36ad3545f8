/**
 * Search benchmark (`npm run bench:search [-- --n 1000,10000]`): builds the site from synthetic
 * content for each N (scripts/generate-synthetic.ts), serves it with compression
 * (scripts/serve.ts) and measures in headless Chromium:
 * - bytes on the wire for the first query after page load, counted by the server (so Pagefind's
 *   worker and WebAssembly requests are included), typed at 120 ms per key into /zoeken/;
 * - the bytes the filter counts add when the filters are opened afterwards;
 * - time from the last keystroke to rendered results (the live region updates after the results
 *   are in the DOM), median over a fixed query list: the first query of a fresh page, and later
 *   queries on the same page;
 * - index size on disk (<outDir>/pagefind and any further parts, pagefind-2/ …) and indexing time
 *   (from the build log).
 * Prints a table and writes the figures to bench-output/search.json and docs/benchmarks.md.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startServer, type ResponseRecord } from '../serve.ts';
import { removeAside } from './aside.ts';
import { contentDirFor, generateContent } from './content.ts';
import { withBuildLock } from './lock.ts';
import { formatTable, type Column } from './table.ts';

export const QUERIES = ['koffie', 'taal', 'geld', 'wandelen', 'mantelzorg', 'computer', 'werk', 'ouder'];
const KEY_DELAY_MS = 120;
const TARGETS = { firstQueryKb: 120, firstMs: 300, laterMs: 100 };

export interface SearchRow {
  n: number;
  pages: number;
  buildMs: number;
  indexMs: number | undefined;
  indexMb: number;
  indexFiles: number;
  /** Parts of the index (src/lib/search/shards.ts); 1 for a single index. */
  indexParts: number;
  firstQueryKb: number;
  filterCountsKb: number;
  firstMs: number;
  laterMs: number;
}

export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

function dirSize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    bytes += statSync(path.join(entry.parentPath, entry.name)).size;
    files++;
  }
  return { bytes, files };
}

/** Size of the search index: /pagefind/ and the extra parts beside it. */
function indexSize(siteDir: string): { bytes: number; files: number; parts: number } {
  const folders = readdirSync(siteDir).filter((name) => /^pagefind(-\d+)?$/.test(name));
  const sizes = folders.map((folder) => dirSize(path.join(siteDir, folder)));
  return {
    bytes: sizes.reduce((sum, size) => sum + size.bytes, 0),
    files: sizes.reduce((sum, size) => sum + size.files, 0),
    parts: folders.length,
  };
}

async function build(n: number, contentDir: string, outDir: string): Promise<{ ms: number; log: string }> {
  rmSync(outDir, { recursive: true, force: true });
  return withBuildLock(
    () =>
      new Promise((resolve, reject) => {
        const start = performance.now();
        const child = spawn('npm', ['run', 'build', '--', '--outDir', outDir], {
          env: { ...process.env, WEGWIJZER_CONTENT: contentDir, ASTRO_TELEMETRY_DISABLED: '1' },
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        let log = '';
        child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
        child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
        child.on('error', reject);
        child.on('exit', (code) => {
          if (code === 0) resolve({ ms: performance.now() - start, log });
          else reject(new Error(`Build for N=${n} failed (exit ${code}):\n${log.split('\n').slice(-30).join('\n')}`));
        });
      }),
  );
}

/** Installs timing probes: the time of the last keydown and of each status update. */
async function probe(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __lastKey: number; __updates: { text: string; at: number }[] };
    w.__lastKey = 0;
    w.__updates = [];
    document.addEventListener('keydown', () => (w.__lastKey = performance.now()), true);
    const status = document.querySelector('[data-zoek-status]');
    if (!status) throw new Error('No status region on /zoeken/');
    new MutationObserver(() => w.__updates.push({ text: status.textContent ?? '', at: performance.now() })).observe(
      status,
      {
        childList: true,
        characterData: true,
        subtree: true,
      },
    );
  });
}

/** Types a query and returns ms from its last keystroke to the status line for that query. */
async function typeAndTime(page: Page, query: string): Promise<number> {
  await page.locator('#zoek-q').fill('');
  await page.evaluate(() => ((window as unknown as { __updates: unknown[] }).__updates = []));
  await page.locator('#zoek-q').pressSequentially(query, { delay: KEY_DELAY_MS });
  const handle = await page
    .waitForFunction(
      (q) => {
        const w = window as unknown as { __lastKey: number; __updates: { text: string; at: number }[] };
        const hit = w.__updates.find((u) => u.at >= w.__lastKey && u.text.includes(`"${q}"`));
        return hit ? hit.at - w.__lastKey : undefined;
      },
      query,
      { timeout: 60_000 },
    )
    .catch(async (error: unknown) => {
      const status = await page.locator('[data-zoek-status]').innerText();
      throw new Error(`No results announced for "${query}" (status: "${status}"): ${String(error)}`);
    });
  return (await handle.jsonValue()) as number;
}

async function measure(
  browser: Browser,
  siteDir: string,
): Promise<Pick<SearchRow, 'firstQueryKb' | 'filterCountsKb' | 'firstMs' | 'laterMs'>> {
  let bytes = 0;
  const server = await startServer({ root: siteDir, onResponse: (r: ResponseRecord) => (bytes += r.bytes) });
  const firstBytes: number[] = [];
  const countBytes: number[] = [];
  const firstTimes: number[] = [];
  const laterTimes: number[] = [];
  try {
    for (const [i, query] of QUERIES.entries()) {
      const context = await browser.newContext({ locale: 'nl-NL' });
      const page = await context.newPage();
      await page.goto(`${server.url}zoeken/`, { waitUntil: 'networkidle' });
      await probe(page);
      bytes = 0;
      await page.locator('#zoek-q').focus();
      firstTimes.push(await typeAndTime(page, query));
      await page.waitForLoadState('networkidle');
      firstBytes.push(bytes);
      bytes = 0;
      await page.locator('[data-zoek-filters] summary').click();
      await page
        .waitForFunction(() => document.querySelector('[data-aantal]')?.textContent !== '', undefined, {
          timeout: 60_000,
        })
        .catch(() => {
          throw new Error(`Filter counts did not appear after "${query}"`);
        });
      await page.waitForLoadState('networkidle');
      countBytes.push(bytes);
      // Later queries on the same page: the rest of the list, starting after this one.
      if (i === 0) for (const later of QUERIES.slice(1)) laterTimes.push(await typeAndTime(page, later));
      await context.close();
    }
  } finally {
    await server.close();
  }
  return {
    firstQueryKb: median(firstBytes) / 1024,
    filterCountsKb: median(countBytes) / 1024,
    firstMs: median(firstTimes),
    laterMs: median(laterTimes),
  };
}

export const SEARCH_COLUMNS: Column[] = [
  { key: 'n', label: 'entries', format: (v) => v.toLocaleString('en-US') },
  { key: 'pages', label: 'indexed pages' },
  { key: 'indexS', label: 'indexing', format: (v) => `${v.toFixed(1)} s` },
  { key: 'indexParts', label: 'parts' },
  { key: 'indexMb', label: 'index on disk', format: (v) => `${v.toFixed(1)} MB` },
  { key: 'firstQueryKb', label: 'first query', format: (v) => `${v.toFixed(0)} KB` },
  { key: 'filterCountsKb', label: '+ filter counts', format: (v) => `${v.toFixed(0)} KB` },
  { key: 'firstMs', label: 'first: key → results', format: (v) => `${v.toFixed(0)} ms` },
  { key: 'laterMs', label: 'later: key → results', format: (v) => `${v.toFixed(0)} ms` },
];

export const tableRows = (rows: readonly SearchRow[]) =>
  rows.map((r) => ({ ...r, indexS: r.indexMs === undefined ? undefined : r.indexMs / 1000 }));

const START = '<!-- bench:search:start -->';
const END = '<!-- bench:search:end -->';

/** Replaces (or appends) the search section of docs/benchmarks.md, leaving the rest alone. */
export function withSearchSection(doc: string, section: string): string {
  const block = `${START}\n\n${section.trim()}\n\n${END}`;
  const start = doc.indexOf(START);
  const end = doc.indexOf(END);
  if (start !== -1 && end > start) return `${doc.slice(0, start)}${block}${doc.slice(end + END.length)}`;
  return `${doc.trimEnd()}${doc.trim() === '' ? '' : '\n\n'}${block}\n`;
}

function markdown(rows: readonly SearchRow[], date: string): string {
  const table = formatTable('', SEARCH_COLUMNS, tableRows(rows)).split('\n').slice(1);
  return [
    '## Search (Pagefind with our own interface)',
    '',
    `Measured ${date} with \`npm run bench:search\` on synthetic content (scripts/generate-synthetic.ts), served by`,
    'scripts/serve.ts with brotli, in headless Chromium. Bytes are counted by the server, so the search worker and',
    `WebAssembly are included. Queries: ${QUERIES.join(', ')}, typed at ${KEY_DELAY_MS} ms per key into /zoeken/ after`,
    'the page has loaded; times run from the last keystroke until the live region announces the rendered results',
    '(medians; typing searches after a 150 ms pause, so intermediate prefixes are not searched). "+ filter counts" is',
    'what opening the filters adds: a second Pagefind in its own worker with every filter file (the counts run there).',
    'The later queries run with the filter panel open.',
    `Targets at 10,000 entries: first query ≤ ${TARGETS.firstQueryKb} KB, ≤ ${TARGETS.firstMs} ms first and ≤ ${TARGETS.laterMs} ms later.`,
    '',
    '```text',
    ...table,
    '```',
  ].join('\n');
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { n: { type: 'string', default: '1000,10000' }, keep: { type: 'boolean' } },
  });
  const sizes = (values.n ?? '1000,10000').split(',').map(Number);
  const browser = await chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const rows: SearchRow[] = [];
  try {
    for (const n of sizes) {
      const contentDir = contentDirFor(n);
      console.log(`[bench:search] N=${n}: content in ${contentDir} …`);
      await generateContent(n, contentDir);
      const siteDir = `/tmp/wegwijzer-search-site-${n}`;
      console.log(`[bench:search] N=${n}: building into ${siteDir} …`);
      const built = await build(n, contentDir, siteDir);
      const match = /Search index: (\d+) pages in ([\d.]+) s/.exec(built.log);
      const index = indexSize(siteDir);
      console.log(`[bench:search] N=${n}: measuring in Chromium …`);
      rows.push({
        n,
        pages: Number(match?.[1] ?? 0),
        buildMs: built.ms,
        indexMs: match ? Number(match[2]) * 1000 : undefined,
        indexMb: index.bytes / 1e6,
        indexFiles: index.files,
        indexParts: index.parts,
        ...(await measure(browser, siteDir)),
      });
      if (!values.keep) rmSync(siteDir, { recursive: true, force: true });
    }
  } finally {
    await browser.close();
  }
  console.log(`\n${formatTable('Search', SEARCH_COLUMNS, tableRows(rows))}\n`);
  const big = rows.find((r) => r.n === 10_000);
  if (big) {
    const misses = [
      big.firstQueryKb > TARGETS.firstQueryKb
        ? `first query ${big.firstQueryKb.toFixed(0)} KB > ${TARGETS.firstQueryKb} KB`
        : '',
      big.firstMs > TARGETS.firstMs ? `first ${big.firstMs.toFixed(0)} ms > ${TARGETS.firstMs} ms` : '',
      big.laterMs > TARGETS.laterMs ? `later ${big.laterMs.toFixed(0)} ms > ${TARGETS.laterMs} ms` : '',
    ].filter(Boolean);
    console.log(misses.length === 0 ? 'All search targets at 10,000 entries met.' : `Missed: ${misses.join('; ')}`);
  }
  mkdirSync('bench-output', { recursive: true });
  writeFileSync('bench-output/search.json', `${JSON.stringify(rows, null, 2)}\n`);
  const docFile = 'docs/benchmarks.md';
  const doc = existsSync(docFile) ? readFileSync(docFile, 'utf8') : '# Benchmarks\n';
  writeFileSync(docFile, withSearchSection(doc, markdown(rows, new Date().toISOString().slice(0, 10))));
  console.log(`Wrote bench-output/search.json and the search section of ${docFile}.`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main()
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    })
    // The old content folders generateContent moved aside go only now (aside.ts).
    .finally(removeAside);
}
