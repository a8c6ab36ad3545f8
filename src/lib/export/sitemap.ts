/**
 * sitemap.xml (sitemaps.org 0.9): every indexable page, with `lastmod` from the content's
 * gecontroleerd dates where a page shows one entry (detail pages) or one place (gemeente, kern).
 * Pages that come from content are listed from the content; other pages (home, about, ...) are
 * passed in by the endpoint, which finds them in src/pages. A build test checks the result
 * against the pages that were really built.
 */
import { absoluteUrl, detailUrl, gemeenteUrl, kernUrl, themaUrl } from '../urls.ts';
import { THEMAS } from '../vocabulary.ts';
import type { Alles } from './bron.ts';
import { el, xmlDocument } from './xml.ts';

export interface SitemapEntry {
  /** Site path, e.g. /plekken/de-schakel/ */
  path: string;
  lastmod?: string | undefined;
}

const newest = (dates: readonly (string | undefined)[]): string | undefined =>
  dates.reduce<string | undefined>(
    (max, d) => (d !== undefined && (max === undefined || d > max) ? d : max),
    undefined,
  );

/**
 * Routes of pages without parameters from their file names under src/pages:
 * `/src/pages/over.astro` → `/over/`, `/src/pages/index.astro` → `/`. Dynamic routes (`[x]`),
 * files starting with `_` and the 404 page are left out.
 */
export function staticRoutes(files: readonly string[]): string[] {
  return (
    files
      .map((file) => file.replace(/^.*?\/pages\//, ''))
      .filter(
        (rel) =>
          !rel.includes('[') && !rel.split('/').some((part) => part.startsWith('_')) && /\.(astro|md|mdx)$/.test(rel),
      )
      .map((rel) => rel.replace(/\.(astro|md|mdx)$/, '').replace(/(^|\/)index$/, ''))
      // /dekking/ is for the programme team (noindex), not for search engines.
      .filter((route) => route !== '404' && route !== '500' && route !== 'dekking')
      .map((route) => (route === '' ? '/' : `/${route}/`))
  );
}

/** All sitemap entries: the given static pages plus every page made from content. */
export function sitemapEntries(alles: Alles, staticPaths: readonly string[]): SitemapEntry[] {
  const kernDates = new Map<string, (string | undefined)[]>();
  const addKernDate = (kernId: string, date: string) => kernDates.set(kernId, [...(kernDates.get(kernId) ?? []), date]);
  const locatieKern = new Map(alles.locaties.map((l) => [l.id, l.data.kern.id]));
  for (const l of alles.locaties) addKernDate(l.data.kern.id, l.data.gecontroleerd);
  for (const a of alles.activiteiten) {
    const kern = locatieKern.get(a.data.locatie.id);
    if (kern) addKernDate(kern, a.data.gecontroleerd);
  }
  const entries: SitemapEntry[] = [
    ...staticPaths.map((path) => ({ path })),
    ...alles.gemeenten.map((g) => ({ path: gemeenteUrl(g.id), lastmod: g.data.gecontroleerd })),
    ...alles.kernen.map((k) => ({
      path: kernUrl(k.data.gemeente.id, k.id),
      lastmod: newest([k.data.gecontroleerd, ...(kernDates.get(k.id) ?? [])]),
    })),
    ...Object.keys(THEMAS).map((thema) => ({ path: themaUrl(thema) })),
    ...alles.activiteiten.map((e) => ({ path: detailUrl('activiteiten', e.id), lastmod: e.data.gecontroleerd })),
    ...alles.diensten.map((e) => ({ path: detailUrl('diensten', e.id), lastmod: e.data.gecontroleerd })),
    ...alles.informatie.map((e) => ({ path: detailUrl('informatie', e.id), lastmod: e.data.gecontroleerd })),
    ...alles.locaties.map((e) => ({ path: detailUrl('locaties', e.id), lastmod: e.data.gecontroleerd })),
    ...alles.organisaties.map((e) => ({ path: detailUrl('organisaties', e.id), lastmod: e.data.gecontroleerd })),
  ];
  const byPath = new Map<string, SitemapEntry>();
  for (const entry of entries) byPath.set(entry.path, entry);
  return [...byPath.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** The sitemap document. */
export function buildSitemap(entries: readonly SitemapEntry[], site: string): string {
  return xmlDocument(
    el(
      'urlset',
      { xmlns: 'http://www.sitemaps.org/schemas/sitemap/0.9' },
      entries.map((entry) =>
        el('url', {}, [
          el('loc', {}, absoluteUrl(entry.path, site)),
          entry.lastmod ? el('lastmod', {}, entry.lastmod) : undefined,
        ]),
      ),
    ),
  );
}

/** robots.txt: everything may be indexed; the sitemap's address. */
export function buildRobotsTxt(sitemap: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`;
}
