// @ts-check
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';
import { SITE_URL } from './src/lib/site.ts';

export default defineConfig({
  site: SITE_URL,
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [react()],
});
