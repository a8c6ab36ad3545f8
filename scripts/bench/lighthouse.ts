/**
 * Benchmark section "lighthouse": Lighthouse (npm package, default mobile config: Moto G class
 * device, simulated slow 4G and 4× CPU slowdown) against Debian's Chromium, started by
 * chrome-launcher with the project's flags, on the built site served by scripts/serve.ts (brotli)
 * on 127.0.0.1. Nothing Lighthouse runs needs the internet: the categories below fetch only the
 * page and its robots.txt; requests to any other host are listed as `external` in the result.
 *
 *   npx node scripts/bench/lighthouse.ts [site-dir] [--page /pad/ ...]
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../lib/chromium.ts';
import { startServer } from '../serve.ts';
import { formatMarkdownTable, printTable, type Cell, type Column } from './table.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];
/** Targets from issue 9. */
export const LIGHTHOUSE_TARGETS: Record<Category, number> = {
  performance: 95,
  accessibility: 100,
  'best-practices': 100,
  seo: 100,
};

export interface LighthouseRow {
  type: string;
  path: string;
  scores: Partial<Record<Category, number>>;
  /** Audits that lost points (score < 1 and weighted in a category), by id. */
  failing: string[];
  metrics: { fcpMs?: number; lcpMs?: number; tbtMs?: number; cls?: number; speedIndexMs?: number };
  /** Requests to hosts other than the local server (should be none). */
  external: string[];
  error?: string;
}

interface Lhr {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { score: number | null; numericValue?: number; details?: { items?: unknown[] } }>;
}

/** Scores 0–100, the audits that cost points, and the main metrics from a Lighthouse result. */
export function summarize(lhr: Lhr): Pick<LighthouseRow, 'scores' | 'failing' | 'metrics'> {
  const scores: Partial<Record<Category, number>> = {};
  const failing = new Set<string>();
  for (const category of CATEGORIES) {
    const c = lhr.categories[category];
    if (!c) continue;
    if (c.score !== null) scores[category] = Math.round(c.score * 100);
    for (const ref of c.auditRefs) {
      const audit = lhr.audits[ref.id];
      if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) failing.add(`${category}:${ref.id}`);
    }
  }
  const value = (id: string): number | undefined => lhr.audits[id]?.numericValue;
  const metrics: LighthouseRow['metrics'] = {};
  const put = (key: keyof LighthouseRow['metrics'], id: string) => {
    const v = value(id);
    if (v !== undefined) metrics[key] = v;
  };
  put('fcpMs', 'first-contentful-paint');
  put('lcpMs', 'largest-contentful-paint');
  put('tbtMs', 'total-blocking-time');
  put('cls', 'cumulative-layout-shift');
  put('speedIndexMs', 'speed-index');
  return { scores, failing: [...failing].sort(), metrics };
}

/** Pages (type and path) that meet every Lighthouse target. */
export function meetsTargets(row: Pick<LighthouseRow, 'scores'>): boolean {
  return CATEGORIES.every((c) => (row.scores[c] ?? -1) >= LIGHTHOUSE_TARGETS[c]);
}

function externalUrls(lhr: Lhr): string[] {
  const items = (lhr.audits['network-requests']?.details?.items ?? []) as { url?: string }[];
  return items.map((i) => i.url ?? '').filter((url) => url.startsWith('http') && new URL(url).hostname !== '127.0.0.1');
}

/** Run Lighthouse on each page of the built site in `root`, one fresh Chromium per page. */
export async function runLighthouse(
  root: string,
  pages: readonly { type: string; path: string }[],
): Promise<LighthouseRow[]> {
  const server = await startServer({ root });
  const rows: LighthouseRow[] = [];
  try {
    for (const page of pages) {
      const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: [...CHROMIUM_ARGS] });
      try {
        const url = new URL(page.path.replace(/^\/+/, ''), server.url).href;
        const result = await lighthouse(url, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: [...CATEGORIES],
          disableFullPageScreenshot: true,
        });
        if (!result) throw new Error('Lighthouse returned no result');
        const lhr = result.lhr as unknown as Lhr;
        rows.push({ ...page, ...summarize(lhr), external: externalUrls(lhr) });
      } catch (error) {
        rows.push({
          ...page,
          scores: {},
          failing: [],
          metrics: {},
          external: [],
          error: error instanceof Error ? error.message : String(error),
        });
      } finally {
        chrome.kill();
      }
    }
  } finally {
    await server.close();
  }
  return rows;
}

export const LIGHTHOUSE_COLUMNS: Column[] = [
  { key: 'page', label: 'page' },
  { key: 'performance', label: 'performance' },
  { key: 'accessibility', label: 'accessibility' },
  { key: 'best-practices', label: 'best practices' },
  { key: 'seo', label: 'SEO' },
  { key: 'fcp', label: 'FCP', format: (v) => `${Math.round(v)} ms` },
  { key: 'lcp', label: 'LCP', format: (v) => `${Math.round(v)} ms` },
  { key: 'tbt', label: 'TBT', format: (v) => `${Math.round(v)} ms` },
  { key: 'cls', label: 'CLS', format: (v) => v.toFixed(3) },
  { key: 'targets', label: '≥ 95/100/100/100' },
];

export function lighthouseTableRows(rows: readonly LighthouseRow[]): Record<string, Cell>[] {
  return rows.map((r) => ({
    page: `${r.type} ${r.path}`,
    performance: r.scores.performance,
    accessibility: r.scores.accessibility,
    'best-practices': r.scores['best-practices'],
    seo: r.scores.seo,
    fcp: r.metrics.fcpMs,
    lcp: r.metrics.lcpMs,
    tbt: r.metrics.tbtMs,
    cls: r.metrics.cls,
    targets: r.error ? 'ERROR' : meetsTargets(r) ? 'met' : 'MISSED',
  }));
}

export function lighthouseNotes(rows: readonly LighthouseRow[]): string[] {
  return rows.flatMap((r) => [
    ...(r.error ? [`${r.path}: Lighthouse failed: ${r.error}`] : []),
    ...(r.failing.length > 0 ? [`${r.path}: audits below full score: ${r.failing.join(', ')}`] : []),
    ...(r.external.length > 0 ? [`${r.path}: requests to other hosts: ${r.external.join(', ')}`] : []),
  ]);
}

export function printLighthouseTable(rows: readonly LighthouseRow[]): void {
  printTable('Lighthouse 13 (mobile, simulated throttling), served with brotli on 127.0.0.1', LIGHTHOUSE_COLUMNS, [
    ...lighthouseTableRows(rows),
  ]);
  for (const line of lighthouseNotes(rows)) console.log(line);
}

export function lighthouseMarkdown(rows: readonly LighthouseRow[]): string {
  const notes = lighthouseNotes(rows).map((line) => `- ${line}`);
  return `${formatMarkdownTable(LIGHTHOUSE_COLUMNS, lighthouseTableRows(rows))}\n${notes.length ? `\n${notes.join('\n')}\n` : ''}`;
}

if (import.meta.main) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { page: { type: 'string', multiple: true } },
  });
  const root = path.resolve(positionals[0] ?? 'dist');
  const pages = (values.page ?? ['/', '/den-helder/den-helder-centrum/']).map((p) => ({ type: 'page', path: p }));
  const rows = await runLighthouse(root, pages);
  printLighthouseTable(rows);
}
