/**
 * Builds the Pagefind search index after every `astro build`, into <outDir>/pagefind/, so
 * `npm start`, the tests and the benchmark always search the site they serve (a custom --outDir
 * is respected). Uses Pagefind's Node API; everything is indexed as Dutch (stemming for nl).
 * What is indexed, and with which filters, is decided in the pages (data-pagefind-body) and in
 * src/components/search/SearchMeta.astro.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

export default function pagefindIndex(): AstroIntegration {
  return {
    name: 'wegwijzer:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const start = performance.now();
        try {
          const { index, errors } = await pagefind.createIndex({ forceLanguage: 'nl' });
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: outDir });
          if (added.errors.length > 0)
            throw new Error(`Pagefind could not index ${outDir}: ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: `${outDir.replace(/\/$/, '')}/pagefind` });
          if (written.errors.length > 0)
            throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
          const seconds = ((performance.now() - start) / 1000).toFixed(1);
          logger.info(`Search index: ${added.page_count} pages in ${seconds} s → ${written.outputPath}`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
