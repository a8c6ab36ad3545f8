// @ts-check
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';
import { SITE_URL } from './src/lib/site.ts';
import validateContent from './src/integrations/validate-content.ts';
import pagefindIndex from './src/integrations/pagefind.ts';

export default defineConfig({
  site: SITE_URL,
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // validateContent first: it stops a build with bad content before Astro reads the content.
  // pagefindIndex last: it indexes the finished HTML in astro:build:done.
  integrations: [validateContent(), react(), pagefindIndex()],
});
