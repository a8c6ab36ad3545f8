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
export const zoekUrl = (): string => '/zoeken/';

/** Detail page of an activity, service, location, organisation or information product. */
export function detailUrl(collection: keyof typeof DETAIL_SEGMENT, id: string): string {
  return `/${DETAIL_SEGMENT[collection]}/${id}/`;
}

/** An absolute URL for sharing, QR codes and exports. */
export function absoluteUrl(path: string, site: string | URL): string {
  return new URL(path, site).toString();
}
