/**
 * Builds the Pagefind search index of a built site into <outDir>/pagefind/. Everything is
 * indexed as Dutch (stemming for nl). What is indexed, and with which filters, is decided in the
 * pages (data-pagefind-body) and in src/components/search/SearchMeta.astro.
 *
 * Runs from scripts/build.ts after `astro build` has exited, not inside Astro's
 * `astro:build:done`: there Pagefind's binary held its index (≈ 2 GB at 10,000 entries) while
 * the Astro process still held its own heap (≈ 2 GB), and the two peaks added up.
 */
import * as pagefind from 'pagefind';

export interface SearchIndexResult {
  pages: number;
  seconds: number;
  outputPath: string;
}

export async function buildSearchIndex(outDir: string): Promise<SearchIndexResult> {
  const start = performance.now();
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'nl' });
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: outDir });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index ${outDir}: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: `${outDir.replace(/\/$/, '')}/pagefind` });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
    return { pages: added.page_count, seconds: (performance.now() - start) / 1000, outputPath: written.outputPath };
  } finally {
    await pagefind.close();
  }
}
