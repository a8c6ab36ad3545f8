/**
 * `npm run build`: the full production build, in two processes one after the other.
 *
 * 1. `astro build` with the given arguments (every page, the exports). Beside it, in a thread of
 *    this process, the content check (lib/build/content-check.ts): Astro starts up and syncs the
 *    content meanwhile, but renders only once the check has passed
 *    (src/integrations/content-gate.ts). When the check finds problems, Astro is stopped and the
 *    Dutch report is printed instead of Astro's output.
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
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONTROLE_ERNAAST, INHOUD_IN_ORDE, WACHT_OP_CONTROLE } from '../src/integrations/content-gate.ts';
import { displayDir, formatBouwRapport, formatBouwSamenvatting } from '../src/lib/validation/index.ts';
import { astroHeapArgs, astroHeapMb, countContentFiles } from './lib/build/astro-heap.ts';
import { checkContentInThread } from './lib/build/content-check.ts';
import { holdOutput } from './lib/build/held-output.ts';
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

/** Colours in Astro's output when this script writes to a terminal (Astro sees a pipe). */
function colourEnv(): Record<string, string> {
  const chosen = 'FORCE_COLOR' in process.env || 'NO_COLOR' in process.env;
  return process.stdout.isTTY && !chosen ? { FORCE_COLOR: '1' } : {};
}

async function astroBuild(args: string[]): Promise<number> {
  const contentDir = resolve(process.env['WEGWIJZER_CONTENT'] ?? 'content');
  if (!existsSync(contentDir)) {
    console.error(`De map met inhoud bestaat niet: ${contentDir}. Controleer WEGWIJZER_CONTENT.`);
    return 1;
  }
  const contentFiles = await countContentFiles(contentDir);
  const astroArgs = [...astroHeapArgs(process.env['NODE_OPTIONS'], contentFiles), ASTRO, 'build', ...args];
  if (args.includes('--help') || args.includes('-h')) {
    const help = spawn(process.execPath, astroArgs, { stdio: 'inherit' });
    return new Promise((done) => help.on('exit', (code) => done(code ?? 1)));
  }
  const map = displayDir(contentDir, process.cwd());
  const check = checkContentInThread(contentDir, map, astroHeapMb(contentFiles));
  const child = spawn(process.execPath, astroArgs, {
    stdio: ['inherit', 'pipe', 'pipe', 'ipc'],
    env: { ...astroEnv(process.env), ...colourEnv(), ASTRO_TELEMETRY_DISABLED: '1', [CONTROLE_ERNAAST]: '1' },
  });
  const output = holdOutput(child);
  const exited = new Promise<number>((done, fail) => {
    child.on('error', fail);
    child.on('exit', (code, signal) => done(code ?? (signal ? 1 : 0)));
  });

  // Astro asks for the outcome once it listens (in astro:config:setup); it gets it when both
  // have happened. Disconnecting afterwards lets Astro's process end when its build is done.
  let asked = false;
  let inOrder = false;
  const answer = (): void => {
    if (asked && inOrder && child.connected) child.send(INHOUD_IN_ORDE, () => child.disconnect());
  };
  child.on('message', (message) => {
    if (message !== WACHT_OP_CONTROLE) return;
    asked = true;
    answer();
  });

  const rapport = await check.catch((error: unknown) => {
    output.drop();
    child.kill();
    throw error;
  });
  if (rapport.fouten > 0) {
    output.drop();
    child.kill();
    await exited;
    console.error(`\n${formatBouwRapport(rapport, map)}\n\n${formatBouwSamenvatting(rapport)}`);
    return 1;
  }
  log('wegwijzer:validate-content', formatBouwSamenvatting(rapport));
  output.release();
  inOrder = true;
  answer();
  return exited;
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
