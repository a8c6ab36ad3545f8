/**
 * The heap limit `scripts/build.ts` gives the `astro build` process, from the number of content
 * files. Without a limit V8 lets garbage pile up towards its default ceiling (≈ 4.5 GB here): at
 * 10,000 entries the Astro process peaked at 1,865 MB and was the build's memory peak. With a
 * limit of 1,100 MB it collects earlier and peaked at 1,621–1,642 MB, with the build no slower
 * (121.8 and 128.8 s against 128.0 s; docs/benchmarks.md). The limit grows with the content, at the rate
 * measured at 10,000 entries, so larger data sets get the room they need (11.3 GB at 100,000
 * entries, where the process was measured at 9.5 GB).
 *
 * A `--max-old-space-size` in NODE_OPTIONS is the person's own choice and always wins.
 */
import { readdir } from 'node:fs/promises';

/** Heap limit in MB for this many content files: at least 1,100 MB, 0.11 MB per file above that. */
export function astroHeapMb(contentFiles: number): number {
  return Math.max(1100, Math.ceil(contentFiles * 0.11));
}

/** The extra node arguments for the Astro process: none when NODE_OPTIONS already sets a heap limit. */
export function astroHeapArgs(nodeOptions: string | undefined, contentFiles: number): string[] {
  if (nodeOptions?.includes('--max-old-space-size')) return [];
  return [`--max-old-space-size=${String(astroHeapMb(contentFiles))}`];
}

/** Markdown and YAML files under the content folder. */
export async function countContentFiles(dir: string): Promise<number> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && /\.(md|ya?ml)$/.test(e.name)).length;
}
