// @ts-check
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';
import { unified } from '@astrojs/markdown-remark';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import { MARKDOWN_SCHEMA } from './src/lib/security/markdown-sanitize.ts';
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
  build: {
    format: 'directory',
    // Stylesheets as files, never inline <style>: the Content-Security-Policy then needs no
    // 'unsafe-inline' for <style> elements (src/lib/security/csp.ts).
    inlineStylesheets: 'never',
  },
  // Editors' markdown may hold raw HTML: parse it into elements, then keep only the allow-list in
  // src/lib/security/markdown-sanitize.ts. Astro 7's default processor (Sätteri) does not run rehype
  // plugins, so the site uses the unified processor from @astrojs/markdown-remark.
  markdown: {
    processor: unified({ rehypePlugins: [rehypeRaw, [rehypeSanitize, MARKDOWN_SCHEMA]] }),
  },
  vite: {
    // Never inline scripts into the HTML (Astro inlines small ones below this limit): every script
    // is an external file, so the Content-Security-Policy allows scripts from 'self' only.
    build: { assetsInlineLimit: 0 },
  },
  // validateContent first: it stops a build with bad content before Astro reads the content.
  // pagefindIndex last: it indexes the finished HTML in astro:build:done.
  integrations: [validateContent(), react(), printQr(), decapCms(), pagefindIndex()],
});
