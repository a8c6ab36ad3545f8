/**
 * `npm run flyers [dist]`: renders every flyer page of the built site to an A4 PDF with headless
 * Debian Chromium (playwright-core), in one browser session, against the built site served by
 * scripts/serve.ts. Writes dist/flyers/<kern>.pdf and dist/flyers/<gemeente>-<thema>.pdf, then
 * prints how many, how long and how big.
 *
 * The PDFs are deterministic apart from the creation and modification dates Chromium stamps in
 * them: the pages themselves carry the build's reference date (src/lib/build-date.ts), not the
 * clock. Run it after `npm run build`; it exits non-zero when there is no built site or a flyer fails.
 */
import { mkdir, rm, stat, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './lib/chromium.ts';
import { listFlyers } from './lib/flyer-files.ts';
import { startServer } from './serve.ts';

export interface FlyerRun {
  count: number;
  totalMs: number;
  renderMs: number[];
  totalBytes: number;
}

/** Renders all flyers of `distDir` into `distDir/flyers/`. */
export async function renderFlyers(distDir: string): Promise<FlyerRun> {
  if (!existsSync(path.join(distDir, 'index.html'))) {
    throw new Error(`Geen gebouwde site in ${distDir}. Draai eerst npm run build.`);
  }
  const flyers = listFlyers(distDir);
  if (flyers.length === 0) throw new Error(`Geen flyerpagina's gevonden in ${path.join(distDir, 'flyer')}.`);
  const started = performance.now();
  await rm(path.join(distDir, 'flyers'), { recursive: true, force: true });
  await mkdir(path.join(distDir, 'flyers'), { recursive: true });
  const server = await startServer({ root: distDir, port: 0 });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: [...CHROMIUM_ARGS] });
  const renderMs: number[] = [];
  let totalBytes = 0;
  try {
    const context = await browser.newContext({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
    const page = await context.newPage();
    for (const flyer of flyers) {
      const t0 = performance.now();
      const response = await page.goto(new URL(flyer.page.slice(1), server.url).href, { waitUntil: 'load' });
      if (!response || response.status() >= 400) {
        throw new Error(`${flyer.page} gaf HTTP ${String(response?.status() ?? 'geen antwoord')}`);
      }
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, format: 'A4' });
      const target = path.join(distDir, flyer.pdf);
      await writeFile(target, pdf);
      renderMs.push(performance.now() - t0);
      totalBytes += (await stat(target)).size;
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return { count: flyers.length, totalMs: performance.now() - started, renderMs, totalBytes };
}

const ms = (n: number): string => `${Math.round(n).toLocaleString('nl-NL')} ms`;

/** The summary printed after a run. */
export function summary(run: FlyerRun): string {
  const sorted = [...run.renderMs].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
  const mean = run.renderMs.reduce((sum, n) => sum + n, 0) / Math.max(1, run.count);
  return [
    `${String(run.count)} flyers als PDF in ${ms(run.totalMs)} (met het starten van Chromium).`,
    `Per flyer: gemiddeld ${ms(mean)}, mediaan ${ms(median)}, langzaamste ${ms(sorted.at(-1) ?? 0)}.`,
    `Samen ${(run.totalBytes / 1024).toFixed(0)} KB, gemiddeld ${(run.totalBytes / 1024 / Math.max(1, run.count)).toFixed(0)} KB per flyer.`,
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  const dist = path.resolve(process.argv[2] ?? 'dist');
  try {
    console.log(summary(await renderFlyers(dist)));
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}
