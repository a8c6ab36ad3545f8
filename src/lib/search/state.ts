/**
 * The search page's state (query and filters) and its URL form, shared by the page script and
 * the tests. Pure and free of DOM and Astro imports, so the browser bundle stays small.
 *
 * URL: /zoeken/?q=koffie&kern=julianadorp&thema=ontmoeten&thema=bewegen&gratis=ja
 * Several values of one filter mean "any of these"; different filters must all hold.
 */
import { FILTER_NAMEN, type FilterNaam } from './index-data.ts';

export interface ZoekStaat {
  q: string;
  filters: Record<FilterNaam, string[]>;
}

const ID = /^[a-z0-9-]{1,60}$/;

export function emptyFilters(): Record<FilterNaam, string[]> {
  return Object.fromEntries(FILTER_NAMEN.map((naam) => [naam, []])) as unknown as Record<FilterNaam, string[]>;
}

/** Reads the state from a query string; unknown parameters and malformed values are ignored. */
export function parseState(search: string | URLSearchParams): ZoekStaat {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const filters = emptyFilters();
  for (const naam of FILTER_NAMEN) {
    filters[naam] = [...new Set(params.getAll(naam).filter((value) => ID.test(value)))];
  }
  return { q: (params.get('q') ?? '').trim().slice(0, 200), filters };
}

/** The query string of a state ("?q=koffie&kern=julianadorp"), or "" when there is nothing. */
export function stateToSearch(state: ZoekStaat): string {
  const params = new URLSearchParams();
  if (state.q.trim() !== '') params.set('q', state.q.trim());
  for (const naam of FILTER_NAMEN) for (const value of state.filters[naam]) params.append(naam, value);
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

export const hasFilters = (state: ZoekStaat): boolean => FILTER_NAMEN.some((naam) => state.filters[naam].length > 0);

/** Whether there is anything to search for: words or at least one filter. */
export const isActive = (state: ZoekStaat): boolean => state.q.trim() !== '' || hasFilters(state);

type PagefindFilterValue = string | { any: string[] };

/** The filters in Pagefind's format: one value as a string, several as { any: [...] }. */
export function pagefindFilters(state: ZoekStaat): Partial<Record<FilterNaam, PagefindFilterValue>> {
  const result: Partial<Record<FilterNaam, PagefindFilterValue>> = {};
  for (const naam of FILTER_NAMEN) {
    const values = state.filters[naam];
    if (values.length === 1 && values[0] !== undefined) result[naam] = values[0];
    else if (values.length > 1) result[naam] = { any: [...values] };
  }
  return result;
}

/** The same search without a kern: in the whole gemeente instead. */
export function inWholeGemeente(state: ZoekStaat, gemeenteId: string): ZoekStaat {
  return { q: state.q, filters: { ...state.filters, kern: [], gemeente: [gemeenteId] } };
}

/** The same search without any place filter: in the whole region. */
export function inWholeRegion(state: ZoekStaat): ZoekStaat {
  return { q: state.q, filters: { ...state.filters, kern: [], gemeente: [] } };
}
