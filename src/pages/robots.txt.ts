/** /robots.txt: everything may be indexed; points to the sitemap. */
import type { APIRoute } from 'astro';
import { buildRobotsTxt } from '../lib/export/sitemap.ts';
import { SITE_URL } from '../lib/site.ts';
import { absoluteUrl, sitemapUrl } from '../lib/urls.ts';

export const GET: APIRoute = () =>
  new Response(buildRobotsTxt(absoluteUrl(sitemapUrl(), SITE_URL)), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
