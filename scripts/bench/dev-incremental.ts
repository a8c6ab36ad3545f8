/**
 * Benchmark section "dev": how long until a changed entry shows in `astro dev`. Copies the
 * content to a temp folder (WEGWIJZER_CONTENT, so the real content is never touched), starts the
 * dev server through npx (Node 24), fetches an entry page once (warm), then per try appends a
 * unique marker to the entry's markdown and polls the page every 25 ms until the marker is in the
 * HTML. Reports each try and the median. Target (issue 9): under 2 s.
 *
 *   npx node scripts/bench/dev-incremental.ts [--tries 5] [--entry activiteiten/<file>.md]
 */
import { spawn } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

export interface DevResult {
  entry: string;
  url: string;
  startupMs: number;
  firstPageMs: number;
  triesMs: number[];
  medianMs: number;
  /** Median time of fetching the same page with nothing changed: the render part of a try. */
  refetchMs: number;
  /** Tries that never showed the change within the timeout. */
  timeouts: number;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** The detail URL of an activity file, e.g. "activiteiten/den-helder/koffie.md" → "/activiteiten/koffie/". */
export function entryUrl(relativeFile: string): string {
  const [collection] = relativeFile.split('/');
  const id = path.basename(relativeFile, '.md');
  return `/${collection ?? 'activiteiten'}/${id}/`;
}

function firstMarkdown(dir: string): string | undefined {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.md'))
    .sort();
  return files[0];
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function fetchText(url: string): Promise<string | undefined> {
  try {
    const response = await fetch(url);
    return response.ok ? await response.text() : undefined;
  } catch {
    return undefined;
  }
}

/** Poll `url` until its HTML contains `marker`; elapsed ms, or undefined after `timeoutMs`. */
async function waitFor(url: string, marker: string, started: number, timeoutMs: number): Promise<number | undefined> {
  while (performance.now() - started < timeoutMs) {
    const html = await fetchText(url);
    if (html?.includes(marker)) return performance.now() - started;
    await sleep(25);
  }
  return undefined;
}

export async function runDevIncremental(
  options: { contentDir?: string; tries?: number; entry?: string; port?: number } = {},
): Promise<DevResult> {
  const source = path.resolve(options.contentDir ?? 'content');
  const copy = mkdtempSync(path.join(os.tmpdir(), 'wegwijzer-dev-bench-'));
  cpSync(source, copy, { recursive: true });
  const relative = options.entry ?? `activiteiten/${firstMarkdown(path.join(copy, 'activiteiten')) ?? ''}`;
  const file = path.join(copy, relative);
  const port = options.port ?? 4399;
  const url = `http://127.0.0.1:${port}${entryUrl(relative)}`;
  const started = performance.now();
  const child = spawn('npx', ['astro', 'dev', '--host', '127.0.0.1', '--port', String(port)], {
    env: { ...process.env, WEGWIJZER_CONTENT: copy, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  try {
    while (!/127\.0\.0\.1:\d+/.test(output)) {
      if (child.exitCode !== null) throw new Error(`astro dev exited:\n${output.slice(-2000)}`);
      if (performance.now() - started > 180_000) throw new Error(`astro dev did not start:\n${output.slice(-2000)}`);
      await sleep(100);
    }
    const startupMs = performance.now() - started;
    const firstStart = performance.now();
    const first = await waitFor(url, '<h1', firstStart, 120_000);
    if (first === undefined) throw new Error(`${url} never answered:\n${output.slice(-2000)}`);
    const refetches: number[] = [];
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      await fetchText(url);
      refetches.push(performance.now() - t0);
    }
    const triesMs: number[] = [];
    let timeouts = 0;
    for (let i = 0; i < (options.tries ?? 5); i++) {
      const marker = `benchmarker${Date.now().toString(36)}x${i}`;
      const changed = performance.now();
      appendFileSync(file, `\n\n${marker}\n`);
      const ms = await waitFor(url, marker, changed, 20_000);
      if (ms === undefined) timeouts++;
      else triesMs.push(ms);
      await sleep(500);
    }
    return {
      entry: relative,
      url,
      startupMs,
      firstPageMs: first,
      triesMs,
      medianMs: median(triesMs),
      refetchMs: median(refetches),
      timeouts,
    };
  } finally {
    if (child.pid !== undefined) {
      try {
        process.kill(-child.pid, 'SIGTERM'); // its own process group: npx, node and astro's workers
      } catch {
        // already gone
      }
    }
    rmSync(copy, { recursive: true, force: true });
  }
}

export function devLines(result: DevResult): string[] {
  const ok = result.timeouts === 0 && result.medianMs < 2000;
  return [
    `${ok ? 'met   ' : 'MISSED'} dev: change in ${result.entry} visible at ${result.url} after ${Math.round(result.medianMs)} ms (median of ${result.triesMs.length}: ${result.triesMs.map((ms) => Math.round(ms)).join(', ')} ms; target < 2,000 ms)${result.timeouts ? `, ${result.timeouts} tries timed out (20 s)` : ''}`,
    `       dev server ready after ${(result.startupMs / 1000).toFixed(1)} s, first page after ${(result.firstPageMs / 1000).toFixed(1)} s, the same page again (nothing changed) ${Math.round(result.refetchMs)} ms`,
  ];
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: { tries: { type: 'string' }, entry: { type: 'string' }, content: { type: 'string' } },
  });
  const result = await runDevIncremental({
    ...(values.tries ? { tries: Number(values.tries) } : {}),
    ...(values.entry ? { entry: values.entry } : {}),
    ...(values.content ? { contentDir: values.content } : {}),
  });
  for (const line of devLines(result)) console.log(line);
}
