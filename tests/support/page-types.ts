/**
 * One built page of every page type, for browser checks that are too slow to run on every page
 * (CSP, privacy, zoom, forced colours, reduced motion). The first page of each type, by path.
 */
import { builtPages, type BuiltPage } from './site.ts';

const FIXED: Readonly<Record<string, string>> = {
  '/': 'home',
  '/zoeken/': 'zoeken',
  '/dekking/': 'dekking',
  '/over/': 'over',
  '/toegankelijkheid/': 'toegankelijkheid',
  '/open-data/': 'open-data',
  '/lijstje/': 'lijstje',
  '/admin/': 'admin',
  '/404.html': '404',
};
const DETAIL = /^\/(activiteiten|diensten|informatie|organisaties|plekken|thema)\/[^/]+\/$/;

/** The type of a built page: `home`, `gemeente`, `kern`, `activiteiten`, `flyer`, ... */
export function pageType(sitePath: string): string {
  const fixed = FIXED[sitePath];
  if (fixed) return fixed;
  const detail = DETAIL.exec(sitePath);
  if (detail?.[1]) return detail[1];
  if (sitePath.startsWith('/flyer/')) return 'flyer';
  if (/^\/[^/]+\/$/.test(sitePath)) return 'gemeente';
  if (/^\/[^/]+\/[^/]+\/$/.test(sitePath)) return 'kern';
  return 'overig';
}

/** The first built page of every type, as `[type, page]`, sorted by type. */
export function onePagePerType(options: { except?: readonly string[] } = {}): [string, BuiltPage][] {
  const first = new Map<string, BuiltPage>();
  for (const page of builtPages()) {
    const type = pageType(page.path);
    if (!first.has(type) && !options.except?.includes(type)) first.set(type, page);
  }
  return [...first].sort(([a], [b]) => a.localeCompare(b));
}
