// @ts-check
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';
import { SITE_URL } from './src/lib/site.ts';
import validateContent from './src/integrations/validate-content.ts';
import pagefindIndex from './src/integrations/pagefind.ts';
import printQr from './src/integrations/print-qr.ts';
import decapCms from './src/integrations/decap.ts';

// Fixture and benchmark builds (WEGWIJZER_CONTENT) get their own cache, so Astro's content data
// store never mixes entries of two content folders.
const contentDir = process.env.WEGWIJZER_CONTENT;
const cacheDir = contentDir ? `./node_modules/.astro/content-${contentDir.replace(/[^a-z0-9]+/gi, '-')}` : undefined;

export default defineConfig({
  site: SITE_URL,
  ...(cacheDir ? { cacheDir } : {}),
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // validateContent first: it stops a build with bad content before Astro reads the content.
  // pagefindIndex last: it indexes the finished HTML in astro:build:done.
  integrations: [validateContent(), react(), printQr(), decapCms(), pagefindIndex()],
});
