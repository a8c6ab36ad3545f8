/**
 * Every URL the site builds, in one place. Pages, links, sitemaps, feeds, QR codes and exports
 * all call these, so a route can change without hunting for string templates.
 */
import type { CollectieNaam } from '../schema/collections.ts';

/** Path segment of each collection's detail pages (Dutch, as residents read them). */
export const DETAIL_SEGMENT: Record<Exclude<CollectieNaam, 'gemeenten' | 'kernen'>, string> = {
  activiteiten: 'activiteiten',
  diensten: 'diensten',
  locaties: 'plekken',
  organisaties: 'organisaties',
  informatie: 'informatie',
};

export const homeUrl = (): string => '/';
export const gemeenteUrl = (gemeenteId: string): string => `/${gemeenteId}/`;
export const kernUrl = (gemeenteId: string, kernId: string): string => `/${gemeenteId}/${kernId}/`;
export const themaUrl = (themaId: string): string => `/thema/${themaId}/`;
/** Page `pagina` of a topic that runs over several pages; page 1 is the topic page itself. */
export const themaPaginaUrl = (themaId: string, pagina: number): string =>
  pagina <= 1 ? themaUrl(themaId) : `/thema/${themaId}/${pagina}/`;
export const zoekUrl = (): string => '/zoeken/';
/** Coverage figures for the programme team; not indexed by search (issue 6). */
export const dekkingUrl = (): string => '/dekking/';
/** The form editor (Decap CMS); not indexed. */
export const adminUrl = (): string => '/admin/';

/** Detail page of an activity, service, location, organisation or information product. */
export function detailUrl(collection: keyof typeof DETAIL_SEGMENT, id: string): string {
  return `/${DETAIL_SEGMENT[collection]}/${id}/`;
}

/** An absolute URL for sharing, QR codes and exports. */
export function absoluteUrl(path: string, site: string | URL): string {
  return new URL(path, site).toString();
}

/* Open data and machine-readable files (issue 7). */

export const openDataUrl = (): string => '/open-data/';
/** One HSDS 3.0 table as JSON: hsdsUrl('services') → /data/hsds/services.json. */
export const hsdsUrl = (table: string): string => `/data/hsds/${table}.json`;
export const hsdsIndexUrl = (): string => '/data/hsds/index.json';
export const locatiesGeoJsonUrl = (): string => '/data/locaties.geojson';
/** iCalendar file of one activity ("Zet in mijn agenda"). */
export const activiteitIcsUrl = (activiteitId: string): string => `/ics/activiteiten/${activiteitId}.ics`;
/** iCalendar file with all activities in one kern. */
export const kernIcsUrl = (kernId: string): string => `/ics/kernen/${kernId}.ics`;
/** Atom feed "Nieuw en gewijzigd" of the region (no kern) or of one kern. */
export const feedUrl = (kernId?: string): string => `/feeds/${kernId ?? 'regio'}.xml`;
export const sitemapUrl = (): string => '/sitemap.xml';

/* Paper and passing on (issue 5): flyers, the print QR code, the shortlist. */

/** The A4 flyer "De Wegwijzer van <kern>" (a page meant for printing; not indexed). */
export const flyerUrl = (kernId: string): string => `/flyer/${kernId}/`;
/** The A4 flyer about one topic in one gemeente. */
export const themaFlyerUrl = (gemeenteId: string, themaId: string): string => `/flyer/${gemeenteId}/${themaId}/`;
/** The PDF of a kern's flyer, made by `npm run flyers` after the build. */
export const flyerPdfUrl = (kernId: string): string => `/flyers/${kernId}.pdf`;
/** The PDF of a topic flyer. */
export const themaFlyerPdfUrl = (gemeenteId: string, themaId: string): string => `/flyers/${gemeenteId}-${themaId}.pdf`;
/** The QR code (SVG) printed at the bottom of a page: /hollands-kroon/anna-paulowna/ → /qr/hollands-kroon/anna-paulowna.svg. */
export const printQrUrl = (pagePath: string): string => {
  const trimmed = pagePath.replace(/^\/+|\/+$/g, '');
  return `/qr/${trimmed === '' ? 'index' : trimmed}.svg`;
};
/** "Mijn lijstje"; `query` is the encoded list (see lib/lijstje/ids.ts), without the `?ids=`. */
export const lijstjeUrl = (query?: string): string => (query ? `/lijstje/?ids=${query}` : '/lijstje/');
/** The compact index the shortlist page reads: entry key → name, when, where, cost, contact. */
export const lijstjeDataUrl = (): string => '/data/lijstje.json';
/** The kernen of the search page's kern filter, for regions too large to list them in the page. */
export const zoekKernenUrl = (): string => '/data/zoek-kernen.json';
