// @ts-check
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';
import { SITE_URL } from './src/lib/site.ts';
import validateContent from './src/integrations/validate-content.ts';

export default defineConfig({
  site: SITE_URL,
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // validateContent first: it stops a build with bad content before Astro reads the content.
  integrations: [validateContent(), react()],
});
