/** /sitemap.xml: every indexable page (see src/lib/export/sitemap.ts). */
import type { APIRoute } from 'astro';
import { alles } from '../data/content.ts';
import { buildSitemap, sitemapEntries, staticRoutes } from '../lib/export/sitemap.ts';
import { SITE_URL } from '../lib/site.ts';

// Pages without parameters, found by file name (keys only; the modules are not loaded).
const pageFiles = Object.keys(import.meta.glob('./**/*.{astro,md,mdx}'));

export const GET: APIRoute = async () => {
  const body = buildSitemap(sitemapEntries(await alles(), staticRoutes(pageFiles.map((f) => f.replace(/^\.\//, '/src/pages/')))), SITE_URL);
  return new Response(body, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
