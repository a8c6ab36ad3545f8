/**
 * Builds the Pagefind search index of a built site with Pagefind's own command-line program (the
 * same binary the Node API would start). Everything is indexed as Dutch (stemming for nl). What is
 * indexed, and with which filters, is decided in the pages (data-pagefind-body,
 * data-pagefind-ignore) and in src/components/search/SearchMeta.astro.
 *
 * Up to ZOEK_PAGINAS_PER_DEEL pages the index is one, in <outDir>/pagefind/. Above it the pages
 * are spread over parts (src/lib/search/shards.ts), indexed one after the other: Pagefind holds
 * about 200 KB per page until it writes, so one index of 10,000 pages peaked at 2 GB and one of
 * 100,000 at 20 GB. Each part is indexed from the site itself, with a glob that names exactly its
 * pages (globOf), so the URLs in the index are the site's own. The list of extra parts goes to
 * <outDir>/pagefind/delen.json for the browser.
 *
 * Runs from scripts/build.ts after `astro build` has exited, not inside Astro's
 * `astro:build:done`: there Pagefind's binary held its index while the Astro process still held
 * its own heap (≈ 2 GB at 10,000 entries), and the two peaks added up. The command line rather
 * than the Node API: with the API, the calling Node process grew to several hundred MB for its
 * messages with the binary at 10,000 pages.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { limietUit } from '../../../src/lib/overview-limits.ts';
import { aantalZoekdelen, zoekdeelMap, zoekdeelVan, ZOEKDELEN_BESTAND } from '../../../src/lib/search/shards.ts';

// Pagefind's binary, found the way its own `pagefind` command finds it (pagefind_extended, with
// Dutch stemming, first). Started directly rather than through that Node wrapper, which would
// stay in memory (≈ 50 MB) for as long as the indexing runs.
const { resolveBinaryPath } = (await import(new URL('./resolveBinary.js', import.meta.resolve('pagefind')).href)) as {
  resolveBinaryPath: (names: string[]) => string;
};
const PAGEFIND = resolveBinaryPath(['pagefind_extended', 'pagefind']);

/**
 * At most this many HTML pages per part of the index: about 1.2 GB for Pagefind. The sample region
 * (≈ 500 pages) has one index; WEGWIJZER_ZOEK_PAGINAS_PER_DEEL lowers it so tests see parts.
 */
export const ZOEK_PAGINAS_PER_DEEL = limietUit(
  'WEGWIJZER_ZOEK_PAGINAS_PER_DEEL',
  process.env['WEGWIJZER_ZOEK_PAGINAS_PER_DEEL'],
  6000,
);

export interface SearchIndexResult {
  pages: number;
  /** How many parts the index has (1: a single index). */
  parts: number;
  seconds: number;
  outputPath: string;
}

/** "Indexed 470 pages" in Pagefind's output; undefined when it is not there. */
export function indexedPages(output: string): number | undefined {
  const match = /Indexed (\d+) pages?/.exec(output);
  return match ? Number(match[1]) : undefined;
}

/** Escapes the characters that mean something in Pagefind's globs; a backslash cannot be escaped. */
function escapeGlob(text: string): string {
  if (text.includes('\\')) throw new Error(`A page path with a backslash cannot be indexed in parts: ${text}`);
  return text.replace(/[?*[\]{},()<>:$]/g, '\\$&');
}

/**
 * A Pagefind glob that matches exactly `pages` (paths relative to the site) and nothing else.
 * Paths of three or more segments are grouped by their first and last one, which keeps the glob
 * about 40 % shorter: `{index.html,activiteiten/{a,b}/index.html}`. Pagefind refuses a glob of
 * more than about 270 KB ("did not parse as a valid glob"), see splitIntoParts.
 */
export function globOf(pages: readonly string[]): string {
  if (pages.length === 0) throw new Error('A part of the search index needs at least one page.');
  const alternatives: string[] = [];
  const groups = new Map<string, { first: string; last: string; middles: string[] }>();
  for (const page of pages) {
    const segments = page.split('/').map(escapeGlob);
    const [first, last] = [segments[0] ?? '', segments[segments.length - 1] ?? ''];
    if (segments.length < 3) {
      alternatives.push(segments.join('/'));
      continue;
    }
    const key = `${first}/${last}`;
    const group = groups.get(key) ?? { first, last, middles: [] };
    group.middles.push(segments.slice(1, -1).join('/'));
    groups.set(key, group);
  }
  for (const { first, last, middles } of groups.values()) alternatives.push(`${first}/{${middles.join(',')}}/${last}`);
  return `{${alternatives.join(',')}}`;
}

/**
 * Glob bytes per part at most. Pagefind 1.6 parsed globs of 269 KB and refused 277 KB (found by
 * trying, flat and grouped alike); the cause may be the size of what the glob compiles to rather
 * than its length, so this stays well below.
 */
export const GLOB_BYTES_PER_PART = 200_000;

/**
 * The pages of each part of the index, in part order (shards.ts decides the part of a page):
 * enough parts for at most `perPart` pages each, and more when a part's glob would be longer than
 * `maxGlobBytes` (long paths; not the case for the synthetic 100,000 entries, whose 19 parts have
 * globs of 188–199 KB). One part (the whole site, no glob) when the pages fit in one.
 */
export function splitIntoParts(
  pages: readonly string[],
  perPart: number,
  maxGlobBytes = GLOB_BYTES_PER_PART,
): (readonly string[])[] {
  for (let parts = aantalZoekdelen(pages.length, perPart); ; parts++) {
    if (parts === 1) return [pages];
    const lists = Array.from({ length: parts }, (): string[] => []);
    for (const page of pages) lists[zoekdeelVan(page, parts)]?.push(page);
    // Every part needs a page: the browser merges every part listed, and Pagefind makes no empty index.
    if (lists.some((mine) => mine.length === 0)) {
      throw new Error(
        `The search index cannot be split into parts of at most ${String(perPart)} pages whose globs stay under ${String(maxGlobBytes)} bytes: are the page paths very long?`,
      );
    }
    if (lists.every((mine) => Buffer.byteLength(globOf(mine)) <= maxGlobBytes)) return lists;
  }
}

/**
 * Runs Pagefind over `siteDir` into `outputPath`, over every page or only over `pages`; resolves
 * with the number of pages indexed. A list of pages goes in as a glob in a config file (Pagefind
 * reads pagefind.json in its working folder): on the command line it would pass Linux's limit of
 * 128 KB per argument at a few thousand pages.
 *
 * Until the tenth round of issue 9 each part was indexed from a folder of hard links to its
 * pages, removed after the part. On the project's machines (ext4 without a journal) Linux passes
 * over inodes freed in the last minutes, one by one, each time it gives out a new one, so removing
 * those 5,000 folders made every file created after it slower: the next part's, the QR codes',
 * the index's own (docs/benchmarks.md, tenth round).
 */
export async function runPagefind(siteDir: string, outputPath: string, pages?: readonly string[]): Promise<number> {
  const configDir = pages ? await mkdtemp(path.join(tmpdir(), 'wegwijzer-pagefind-')) : undefined;
  try {
    if (configDir && pages) {
      await writeFile(path.join(configDir, 'pagefind.json'), JSON.stringify({ glob: globOf(pages) }));
    }
    const args = ['--site', path.resolve(siteDir), '--output-path', path.resolve(outputPath), '--force-language', 'nl'];
    // Pagefind's own environment variables (PAGEFIND_GLOB, …) would override what the build asks for.
    const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('PAGEFIND_')));
    return await new Promise((done, fail) => {
      const child = spawn(PAGEFIND, args, {
        stdio: ['ignore', 'pipe', 'pipe'],
        env,
        ...(configDir ? { cwd: configDir } : {}),
      });
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.on('error', fail);
      child.on('exit', (code) => {
        const indexed = indexedPages(output);
        if (code !== 0 || indexed === undefined) {
          fail(new Error(`Pagefind could not index ${siteDir} (exit ${String(code)}):\n${output}`));
          return;
        }
        done(indexed);
      });
    });
  } finally {
    if (configDir) await rm(configDir, { recursive: true, force: true });
  }
}

async function indexInParts(outDir: string, parts: readonly (readonly string[])[]): Promise<number> {
  let indexed = 0;
  for (const [part, mine] of parts.entries()) {
    indexed += await runPagefind(outDir, path.join(outDir, zoekdeelMap(part)), mine);
  }
  return indexed;
}

/** Extra parts left by an earlier build into the same folder, which this build may not have. */
async function removeOldParts(outDir: string): Promise<void> {
  for (const name of await readdir(outDir)) {
    if (/^pagefind-\d+$/.test(name)) await rm(path.join(outDir, name), { recursive: true, force: true });
  }
}

/** `pages`: the site's HTML pages relative to `outDir` (html-pages.ts), listed once for every step. */
export async function buildSearchIndex(outDir: string, pages: readonly string[]): Promise<SearchIndexResult> {
  const start = performance.now();
  await removeOldParts(outDir);
  const lists = splitIntoParts(pages, ZOEK_PAGINAS_PER_DEEL);
  const parts = lists.length;
  const indexed =
    parts === 1 ? await runPagefind(outDir, path.join(outDir, zoekdeelMap(0))) : await indexInParts(outDir, lists);
  const extraParts = Array.from({ length: parts - 1 }, (_, i) => zoekdeelMap(i + 1));
  await writeFile(path.join(outDir, ZOEKDELEN_BESTAND), JSON.stringify(extraParts));
  return {
    pages: indexed,
    parts,
    seconds: (performance.now() - start) / 1000,
    outputPath: path.join(outDir, 'pagefind'),
  };
}
