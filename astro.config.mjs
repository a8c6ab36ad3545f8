// @ts-check
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';
import { satteri } from '@astrojs/markdown-satteri';
import { sanitizeMarkdownHtml } from './src/lib/security/markdown-sanitize.ts';
import { SITE_URL } from './src/lib/site.ts';
import validateContent from './src/integrations/validate-content.ts';
import decapCms from './src/integrations/decap.ts';
import dataStoreAtRunTime from './src/integrations/data-store-at-run-time.ts';

// Fixture and benchmark builds (WEGWIJZER_CONTENT) get their own cache, so Astro's content data
// store never mixes entries of two content folders.
const contentDir = process.env.WEGWIJZER_CONTENT;
const cacheDir = contentDir ? `./node_modules/.astro/content-${contentDir.replace(/[^a-z0-9]+/gi, '-')}` : undefined;

export default defineConfig({
  site: SITE_URL,
  ...(cacheDir ? { cacheDir } : {}),
  output: 'static',
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // Stylesheets as files, never inline <style>: the Content-Security-Policy then needs no
    // 'unsafe-inline' for <style> elements (src/lib/security/csp.ts).
    inlineStylesheets: 'never',
    // Four pages in flight instead of one: while one page waits for its file to be written, the
    // next renders. The same HTML; at 10,000 entries 11–15 s less rendering, at 100,000 no gain
    // (there the render is bound by CPU and garbage collection; docs/benchmarks.md, fifth round).
    concurrency: 4,
  },
  // Editors' markdown may hold raw HTML: Sätteri (Astro's native markdown processor) parses it into
  // real elements (rawHtml), then a hast plugin keeps only the allow-list in
  // src/lib/security/markdown-sanitize.ts. Sätteri is about 5× faster than the unified/remark
  // pipeline with rehype-raw and rehype-sanitize that gave the same HTML (docs/benchmarks.md).
  markdown: {
    processor: satteri({ features: { rawHtml: true }, hastPlugins: [sanitizeMarkdownHtml] }),
  },
  vite: {
    // Never inline scripts into the HTML (Astro inlines small ones below this limit): every script
    // is an external file, so the Content-Security-Policy allows scripts from 'self' only.
    build: { assetsInlineLimit: 0 },
    // Built sites are never sources: the benchmark keeps its sites in bench-output/ (100,000 pages
    // at national scale), and watching those exhausted the system's file watchers, after which
    // `astro dev` missed every content change.
    server: { watch: { ignored: ['**/bench-output/**', '**/dist/**', '**/test-results/**'] } },
  },
  // validateContent first: it stops a build with bad content before Astro renders anything.
  // The search index and the print QR codes are made after Astro exits (scripts/build.ts).
  // dataStoreAtRunTime: the pages read the content data store from its file instead of from the
  // bundle, which at 10,000 entries makes `astro build` ≈ 4 s faster and 200 MB smaller.
  integrations: [validateContent(), react(), decapCms(), dataStoreAtRunTime()],
});
