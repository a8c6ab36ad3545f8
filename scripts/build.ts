/**
 * `npm run build`: the full production build, in steps one after the other.
 *
 * 1. `astro build` with the given arguments (every page, the exports but the calendar files).
 *    Beside it, in a process of its own, the content check (lib/build/content-check.ts): Astro
 *    starts up and syncs the content meanwhile, but renders only once the check has passed
 *    (lib/build/gated-astro.ts and src/integrations/content-gate.ts). When the check finds
 *    problems, Astro is stopped and the Dutch report is printed instead of Astro's output. When
 *    it passes, the same process writes the calendar files (lib/build/calendars.ts) into a folder
 *    of its own, at the lowest CPU priority, while Astro syncs and renders.
 * 2. When Astro has exited: the calendar files moved into the site; then the Pagefind search
 *    index (in parts above a number of pages, see lib/build/search-index.ts) and the print QR
 *    codes, side by side (Pagefind works in its own binary, the QR codes in a process of their
 *    own at the lowest CPU priority: while both run, the index, which takes longer, goes first;
 *    the build waits for both).
 *
 * Why not an Astro integration: in `astro:build:done` the Astro process still holds its heap
 * (≈ 2 GB at 10,000 entries) while Pagefind builds its index (another ≈ 2 GB), so the peaks added
 * up. Here Astro's memory is freed before Pagefind starts. This process itself runs with a small
 * heap (`--max-old-space-size` in package.json), and so does the QR codes' process, which inherits
 * it: that one reads pages one at a time and writes QR codes, and without a limit its lazy garbage
 * collector let it grow to ~800 MB beside Pagefind.
 * The Astro process gets a heap limit that grows with the content (lib/build/astro-heap.ts), and
 * settings that make its native allocator give freed memory back (lib/build/native-memory.ts).
 * Arguments go to Astro unchanged; a custom
 * `--outDir` is followed, so tests and the benchmark search and print the site they built.
 *
 *   npm run build
 *   npm run build -- --outDir /tmp/site --force
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path, { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONTROLE_ERNAAST } from '../src/integrations/content-gate.ts';
import { displayDir, formatGeenInhoudsmap, inhoudsmapVan } from '../src/lib/validation/index.ts';
import { astroHeapArgs, countContentFiles } from './lib/build/astro-heap.ts';
import { KALENDERS_ERNAAST } from '../src/lib/export/ical/files.ts';
import { moveIntoSite, type CalendarResult } from './lib/build/calendars.ts';
import { checkContentBeside } from './lib/build/content-check.ts';
import { gateAstro } from './lib/build/gated-astro.ts';
import { builtHtmlPages } from './lib/build/html-pages.ts';
import { astroEnv } from './lib/build/native-memory.ts';
import { outDirFromArgs } from './lib/build/out-dir.ts';
import { printQrCodesBeside } from './lib/build/print-qr.ts';
import { buildSearchIndex } from './lib/build/search-index.ts';

const ASTRO = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));

function log(step: string, message: string): void {
  const time = new Date().toLocaleTimeString('en-GB', { hour12: false });
  console.log(`${time} [${step}] ${message}`);
}

/** Colours in Astro's output when this script writes to a terminal (Astro sees a pipe). */
function colourEnv(): Record<string, string> {
  const chosen = 'FORCE_COLOR' in process.env || 'NO_COLOR' in process.env;
  return process.stdout.isTTY && !chosen ? { FORCE_COLOR: '1' } : {};
}

interface AstroStep {
  exitCode: number;
  /** The calendar files, written beside Astro under `calendarDir` (undefined without content). */
  calendars?: Promise<CalendarResult>;
  /** Stops the calendar files' process, for a build that failed (content-check.ts). */
  stopCalendars?: () => Promise<void>;
}

async function astroBuild(args: string[], calendarDir: string): Promise<AstroStep> {
  const contentDir = inhoudsmapVan(process.cwd());
  if (!existsSync(contentDir)) {
    console.error(formatGeenInhoudsmap(contentDir));
    return { exitCode: 1 };
  }
  const contentFiles = await countContentFiles(contentDir);
  const map = displayDir(contentDir, process.cwd());
  const heapArgs = astroHeapArgs(process.env['NODE_OPTIONS'], contentFiles);
  const check = checkContentBeside(contentDir, map, heapArgs, calendarDir);
  const child = spawn(process.execPath, [...heapArgs, ASTRO, 'build', ...args], {
    stdio: ['inherit', 'pipe', 'pipe', 'ipc'],
    env: {
      ...astroEnv(process.env),
      ...colourEnv(),
      ASTRO_TELEMETRY_DISABLED: '1',
      [CONTROLE_ERNAAST]: contentDir,
      [KALENDERS_ERNAAST]: '1',
    },
  });
  const exitCode = await gateAstro(child, check.rapport, map, {
    info: (line) => log('wegwijzer:validate-content', line),
    error: (text) => console.error(text),
  });
  return { exitCode, calendars: check.calendars, stopCalendars: check.stop };
}

/** `npm run build -- --help`: Astro's help, nothing else. */
function astroHelp(args: string[]): Promise<number> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [ASTRO, 'build', ...args], { stdio: 'inherit' });
    child.on('error', fail);
    child.on('exit', (code) => done(code ?? 1));
  });
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) return astroHelp(args);
  const calendarDir = await mkdtemp(path.join(tmpdir(), 'wegwijzer-kalenders-'));
  try {
    const { exitCode, calendars, stopCalendars } = await astroBuild(args, calendarDir);
    if (exitCode !== 0 || !calendars) {
      // At the lowest priority they could take long, and would write into the folder removed below.
      await stopCalendars?.();
      return exitCode;
    }
    const outDir = resolve(outDirFromArgs(args) ?? 'dist');
    const made = await calendars;
    await moveIntoSite(calendarDir, outDir);
    log(
      'wegwijzer:ics',
      `Calendar files: ${String(made.files)} .ics files in ${made.seconds.toFixed(1)} s, beside Astro`,
    );
    return await searchAndPrint(outDir);
  } finally {
    await rm(calendarDir, { recursive: true, force: true });
  }
}

/** The steps on the built site: the search index and the print QR codes, side by side. */
async function searchAndPrint(outDir: string): Promise<number> {
  const pages = await builtHtmlPages(outDir);
  const [search, qr] = await Promise.all([buildSearchIndex(outDir, pages), printQrCodesBeside(outDir, pages)]);
  log(
    'wegwijzer:pagefind',
    `Search index: ${String(search.pages)} pages in ${search.seconds.toFixed(1)} s → ${search.outputPath}` +
      (search.parts > 1 ? ` and ${String(search.parts - 1)} more part(s) beside it` : ''),
  );
  log(
    'wegwijzer:print-qr',
    `Print QR codes: ${String(qr.files)} SVG files (${String(qr.kilobytes)} KB) in ${qr.seconds.toFixed(1)} s`,
  );
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exitCode = 1;
  },
);
