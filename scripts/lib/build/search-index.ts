/**
 * Builds the Pagefind search index of a built site into <outDir>/pagefind/, with Pagefind's own
 * command-line program (the same binary the Node API would start). Everything is indexed as Dutch
 * (stemming for nl). What is indexed, and with which filters, is decided in the pages
 * (data-pagefind-body, data-pagefind-ignore) and in src/components/search/SearchMeta.astro.
 *
 * Runs from scripts/build.ts after `astro build` has exited, not inside Astro's
 * `astro:build:done`: there Pagefind's binary held its index (≈ 2 GB at 10,000 entries) while
 * the Astro process still held its own heap (≈ 2 GB), and the two peaks added up. The command
 * line rather than the Node API: with the API, the calling Node process grew to several hundred
 * MB for its messages with the binary at 10,000 pages.
 */
import { spawn } from 'node:child_process';

// Pagefind's binary, found the way its own `pagefind` command finds it (pagefind_extended, with
// Dutch stemming, first). Started directly rather than through that Node wrapper, which would
// stay in memory (≈ 50 MB) for as long as the indexing runs.
const { resolveBinaryPath } = (await import(new URL('./resolveBinary.js', import.meta.resolve('pagefind')).href)) as {
  resolveBinaryPath: (names: string[]) => string;
};
const PAGEFIND = resolveBinaryPath(['pagefind_extended', 'pagefind']);

export interface SearchIndexResult {
  pages: number;
  seconds: number;
  outputPath: string;
}

/** "Indexed 470 pages" in Pagefind's output; undefined when it is not there. */
export function indexedPages(output: string): number | undefined {
  const match = /Indexed (\d+) pages?/.exec(output);
  return match ? Number(match[1]) : undefined;
}

export function buildSearchIndex(outDir: string): Promise<SearchIndexResult> {
  const start = performance.now();
  const outputPath = `${outDir.replace(/\/$/, '')}/pagefind`;
  return new Promise((done, fail) => {
    const child = spawn(PAGEFIND, ['--site', outDir, '--output-path', outputPath, '--force-language', 'nl'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', fail);
    child.on('exit', (code) => {
      const pages = indexedPages(output);
      if (code !== 0 || pages === undefined) {
        fail(new Error(`Pagefind could not index ${outDir} (exit ${String(code)}):\n${output}`));
        return;
      }
      done({ pages, seconds: (performance.now() - start) / 1000, outputPath });
    });
  });
}
