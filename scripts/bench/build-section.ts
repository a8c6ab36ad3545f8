/**
 * Benchmark section "build": for each N, generate synthetic content, run the full production
 * build (`npm run build`, which includes validation, every page, exports and the Pagefind index)
 * and the bare Astro + Pagefind floor, and compare. Targets from issue 9 (10,000 entries):
 * ≤ 60 s, ≤ 2 GB peak RSS, ≤ 1.5× the floor.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { moveAside } from './aside.ts';
import path from 'node:path';
import { contentDirFor, generateContent, type ContentOptions } from './content.ts';
import { bareFloorBuild } from './floor.ts';
import { withBuildLock } from './lock.ts';
import { tail, timeBuild } from './measure.ts';
import { formatMarkdownTable, megabytes, printTable, ratio, seconds, type Column } from './table.ts';

export interface BuildRow {
  n: number;
  /** Files in the content tree, gemeenten and kernen included. */
  files: number;
  contentMb: number;
  generateMs: number;
  ours: {
    wallMs: number;
    peakRssMb: number;
    /** The biggest processes when the tree's memory peaked. */
    atPeak: { command: string; rssMb: number }[];
    maxProcessRssMb?: number;
    cpuSeconds?: number;
    pages: number;
    pagefindMs?: number;
    exitCode: number;
  };
  floor?: {
    wallMs: number;
    peakRssMb: number;
    maxProcessRssMb?: number;
    cpuSeconds?: number;
    /** 1-minute load average as the floor's astro build started. */
    loadBefore: number;
    astroMs: number;
    pagefindMs: number;
    pages: number;
  };
  /** ours / floor */
  wallRatio?: number;
  rssRatio?: number;
  /** ours / floor in CPU seconds: less disturbed than wall time when the machine is busy. */
  cpuRatio?: number;
  /** 1-minute load average as our build started (2 cores: above ~2 means others were busy too). */
  loadBefore: number;
}

export interface BuildSectionOptions extends ContentOptions {
  skipFloor?: boolean;
  /** Keep the built sites in bench-output/site-<N> (deleted by default; 100,000 entries take gigabytes). */
  keep?: boolean;
  logDir?: string;
}

export const TARGETS_10K = { wallMs: 60_000, peakRssMb: 2048, ratio: 1.5 };

/** Number of HTML pages in a built site. */
export function countPages(dir: string): number {
  let pages = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile() && entry.name.endsWith('.html')) pages++;
  }
  return pages;
}

/** "Search index: 1234 pages in 5.6 s" from our Pagefind integration's log line, in ms. */
export function pagefindMsFromLog(log: string): number | undefined {
  const match = /Search index: \d+ pages in ([\d.]+) s/.exec(log);
  return match ? Number(match[1]) * 1000 : undefined;
}

/** Run the whole section for one N. */
export async function benchBuild(n: number, options: BuildSectionOptions = {}): Promise<BuildRow> {
  const logDir = options.logDir ?? path.resolve('bench-output', 'logs');
  const contentDir = contentDirFor(n);
  console.log(`[bench] N=${n}: generating content in ${contentDir} …`);
  const content = await generateContent(n, contentDir, options);
  // Inside the project on purpose: with an outDir outside the working directory Astro puts its
  // prerender chunks in the shared ./.astro/.prerender, where a concurrent build can delete them.
  const siteDir = path.resolve('bench-output', `site-${n}`);
  moveAside(siteDir);

  console.log(`[bench] N=${n}: full build (npm run build) …`);
  const env = { ...process.env, WEGWIJZER_CONTENT: contentDir, ASTRO_TELEMETRY_DISABLED: '1' };
  // --force: a cold content layer, as on a fresh CI checkout.
  const ours = await withBuildLock(() =>
    timeBuild(['npm', 'run', 'build', '--', '--outDir', siteDir, '--force'], {
      env,
      logFile: path.join(logDir, `ours-${n}.log`),
    }),
  );
  if (ours.exitCode !== 0) {
    throw new Error(
      `npm run build failed for N=${n} (exit ${ours.exitCode}). Last lines of ${ours.logFile}:\n${tail(ours.logFile)}`,
    );
  }
  const pagefindMs = pagefindMsFromLog(readFileSync(ours.logFile, 'utf8'));
  const row: BuildRow = {
    n,
    loadBefore: ours.loadAtStart,
    files: content.files,
    contentMb: content.bytes / 1e6,
    generateMs: content.ms,
    ours: {
      wallMs: ours.wallMs,
      peakRssMb: ours.peakRssMb,
      atPeak: ours.atPeak,
      ...(ours.maxProcessRssMb !== undefined ? { maxProcessRssMb: ours.maxProcessRssMb } : {}),
      ...(ours.cpuSeconds !== undefined ? { cpuSeconds: ours.cpuSeconds } : {}),
      pages: countPages(siteDir),
      ...(pagefindMs !== undefined ? { pagefindMs } : {}),
      exitCode: ours.exitCode,
    },
  };
  if (!options.keep) moveAside(siteDir);

  if (!options.skipFloor) {
    console.log(`[bench] N=${n}: bare Astro + Pagefind floor …`);
    const floorDir = `/tmp/wegwijzer-bench-floor-${n}`;
    const floor = await withBuildLock(() =>
      bareFloorBuild(contentDir, { projectDir: floorDir, logDir: path.join(logDir, `floor-${n}`) }),
    );
    row.floor = {
      wallMs: floor.total.wallMs,
      peakRssMb: floor.total.peakRssMb,
      ...(floor.total.maxProcessRssMb !== undefined ? { maxProcessRssMb: floor.total.maxProcessRssMb } : {}),
      ...(floor.total.cpuSeconds !== undefined ? { cpuSeconds: floor.total.cpuSeconds } : {}),
      loadBefore: floor.astro.loadAtStart,
      astroMs: floor.astro.wallMs,
      pagefindMs: floor.pagefind.wallMs,
      pages: countPages(path.join(floorDir, 'dist')),
    };
    row.wallRatio = row.ours.wallMs / row.floor.wallMs;
    row.rssRatio = row.ours.peakRssMb / row.floor.peakRssMb;
    if (row.ours.cpuSeconds !== undefined && row.floor.cpuSeconds !== undefined) {
      row.cpuRatio = row.ours.cpuSeconds / row.floor.cpuSeconds;
    }
    if (!options.keep) moveAside(floorDir);
  }
  return row;
}

const count = (v: number): string => v.toLocaleString('en-US');
const cpu = (v: number): string => `${v.toFixed(1)} s`;

/** Table 1: our full build. */
export const OURS_COLUMNS: Column[] = [
  { key: 'n', label: 'entries', format: count },
  { key: 'oursPages', label: 'pages', format: count },
  { key: 'oursWall', label: 'wall', format: seconds },
  { key: 'oursCpu', label: 'CPU', format: cpu },
  { key: 'oursRss', label: 'peak RSS (tree)', format: megabytes },
  { key: 'oursProc', label: 'largest process', format: megabytes },
  { key: 'oursPagefind', label: 'Pagefind step', format: seconds },
  { key: 'load', label: 'load before', format: (v) => v.toFixed(1) },
];

/** Table 2: the floor and our ratio to it. */
export const FLOOR_COLUMNS: Column[] = [
  { key: 'n', label: 'entries', format: count },
  { key: 'floorPages', label: 'pages', format: count },
  { key: 'floorWall', label: 'wall', format: seconds },
  { key: 'floorCpu', label: 'CPU', format: cpu },
  { key: 'floorRss', label: 'peak RSS (tree)', format: megabytes },
  { key: 'wallRatio', label: 'wall ours/floor', format: ratio },
  { key: 'cpuRatio', label: 'CPU ours/floor', format: ratio },
  { key: 'rssRatio', label: 'RSS ours/floor', format: ratio },
  { key: 'floorLoad', label: 'load before', format: (v) => v.toFixed(1) },
];

export function buildTableRows(rows: readonly BuildRow[]): Record<string, number | undefined>[] {
  return rows.map((r) => ({
    n: r.n,
    oursWall: r.ours.wallMs,
    oursRss: r.ours.peakRssMb,
    oursProc: r.ours.maxProcessRssMb,
    oursCpu: r.ours.cpuSeconds,
    oursPages: r.ours.pages,
    oursPagefind: r.ours.pagefindMs,
    floorWall: r.floor?.wallMs,
    floorRss: r.floor?.peakRssMb,
    floorCpu: r.floor?.cpuSeconds,
    floorPages: r.floor?.pages,
    wallRatio: r.wallRatio,
    rssRatio: r.rssRatio,
    cpuRatio: r.cpuRatio,
    load: r.loadBefore,
    floorLoad: r.floor?.loadBefore,
  }));
}

/** Target checks for rows at 10,000 entries, as lines like "✓ wall 41.2 s ≤ 60 s". */
export function checkTargets(rows: readonly BuildRow[]): string[] {
  const lines: string[] = [];
  for (const r of rows.filter((row) => row.n === 10_000)) {
    const mark = (ok: boolean) => (ok ? 'met   ' : 'MISSED');
    lines.push(`${mark(r.ours.wallMs <= TARGETS_10K.wallMs)} build time ${seconds(r.ours.wallMs)} (target ≤ 60 s)`);
    lines.push(
      `${mark(r.ours.peakRssMb <= TARGETS_10K.peakRssMb)} peak RSS ${megabytes(r.ours.peakRssMb)} (target ≤ 2,048 MB)`,
    );
    if (r.wallRatio !== undefined)
      lines.push(`${mark(r.wallRatio <= TARGETS_10K.ratio)} time vs floor ${ratio(r.wallRatio)} (target ≤ 1.5×)`);
  }
  return lines;
}

export function printBuildTable(rows: readonly BuildRow[]): void {
  const table = buildTableRows(rows);
  printTable('Build: full production build (npm run build: validation, pages, exports, Pagefind)', OURS_COLUMNS, table);
  if (rows.some((r) => r.floor)) {
    printTable('Floor: bare Astro (one page per entry and per kern) + pagefind --site', FLOOR_COLUMNS, table);
  }
  for (const r of rows) {
    const where = r.ours.atPeak.map((p) => `${p.command} ${megabytes(p.rssMb)}`).join('; ');
    if (where) console.log(`At the memory peak of our build, N=${count(r.n)}: ${where}`);
  }
  for (const line of checkTargets(rows)) console.log(line);
}

/** Both tables as markdown (for docs/benchmarks.md). */
export function buildMarkdown(rows: readonly BuildRow[]): string {
  const table = buildTableRows(rows);
  return `${formatMarkdownTable(OURS_COLUMNS, table)}\n\n${formatMarkdownTable(FLOOR_COLUMNS, table)}\n`;
}
