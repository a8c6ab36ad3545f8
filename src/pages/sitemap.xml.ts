/** /sitemap.xml: every indexable page (see src/lib/export/sitemap.ts). */
import type { APIRoute } from 'astro';
import { alles } from '../data/content.ts';
import { buildSitemap, sitemapEntries, staticRoutes } from '../lib/export/sitemap.ts';
import { SITE_URL } from '../lib/site.ts';

// Pages without parameters, found by file name; their source is read only to leave out pages
// that ask not to be indexed (a robots "noindex" meta tag).
const pageSources = import.meta.glob<string>('./**/*.{astro,md,mdx}', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const pageFiles = Object.entries(pageSources)
  .filter(([, source]) => !/noindex/.test(source))
  .map(([file]) => file);

export const GET: APIRoute = async () => {
  const body = buildSitemap(
    sitemapEntries(await alles(), staticRoutes(pageFiles.map((f) => f.replace(/^\.\//, '/src/pages/')))),
    SITE_URL,
  );
  return new Response(body, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
