/**
 * `npm run build`: the full production build, in two processes one after the other.
 *
 * 1. `astro build` with the given arguments (content validation, every page, the exports).
 * 2. When Astro has exited: the Pagefind search index (in parts above a number of pages, see
 *    lib/build/search-index.ts) and the print QR codes, side by side (Pagefind works in its own
 *    binary, the QR codes in this process).
 *
 * Why not an Astro integration: in `astro:build:done` the Astro process still holds its heap
 * (≈ 2 GB at 10,000 entries) while Pagefind builds its index (another ≈ 2 GB), so the peaks added
 * up. Here Astro's memory is freed before Pagefind starts. This process itself runs with a small
 * heap (`--max-old-space-size` in package.json): it only reads pages one at a time and writes QR
 * codes, and without a limit its lazy garbage collector let it grow to ~800 MB beside Pagefind.
 * The Astro process gets a heap limit that grows with the content (lib/build/astro-heap.ts), and
 * settings that make its native allocator give freed memory back (lib/build/native-memory.ts).
 * Arguments go to Astro unchanged; a custom
 * `--outDir` is followed, so tests and the benchmark search and print the site they built.
 *
 *   npm run build
 *   npm run build -- --outDir /tmp/site --force
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { astroHeapArgs, countContentFiles } from './lib/build/astro-heap.ts';
import { builtHtmlPages } from './lib/build/html-pages.ts';
import { astroEnv } from './lib/build/native-memory.ts';
import { outDirFromArgs } from './lib/build/out-dir.ts';
import { writePrintQrCodes } from './lib/build/print-qr.ts';
import { buildSearchIndex } from './lib/build/search-index.ts';

const ASTRO = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));

function log(step: string, message: string): void {
  const time = new Date().toLocaleTimeString('en-GB', { hour12: false });
  console.log(`${time} [${step}] ${message}`);
}

async function astroBuild(args: string[]): Promise<number> {
  const contentFiles = await countContentFiles(resolve(process.env['WEGWIJZER_CONTENT'] ?? 'content'));
  const heap = astroHeapArgs(process.env['NODE_OPTIONS'], contentFiles);
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [...heap, ASTRO, 'build', ...args], {
      stdio: 'inherit',
      env: { ...astroEnv(process.env), ASTRO_TELEMETRY_DISABLED: '1' },
    });
    child.on('error', fail);
    child.on('exit', (code, signal) => done(code ?? (signal ? 1 : 0)));
  });
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const exitCode = await astroBuild(args);
  if (exitCode !== 0 || args.includes('--help') || args.includes('-h')) return exitCode;

  const outDir = resolve(outDirFromArgs(args) ?? 'dist');
  const pages = await builtHtmlPages(outDir);
  const [search, qr] = await Promise.all([buildSearchIndex(outDir, pages), writePrintQrCodes(outDir, pages)]);
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
