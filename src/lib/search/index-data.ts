/**
 * What the search index knows about each indexable page: the filters (gemeente, kern, kind,
 * topic, target group, weekday, free, walk-in, wheelchair, online/at home) and the metadata a
 * result shows (title, kind, place, when, summary). Pure: the data layer fills in `ZoekInvoer`,
 * `SearchMeta.astro` writes the result as data-pagefind-* attributes.
 */
import { WEEK_ORDER, weekdayOf } from '../schedule/dates.ts';
import type { Tijdblok } from '../schedule/types.ts';
import type { WeekdagId } from '../vocabulary.ts';

/** Kinds of results, the values of the `soort` filter. */
export const ZOEK_SOORTEN = [
  'activiteit',
  'dienst',
  'plek',
  'informatie',
  'organisatie',
  'wegwijzer',
  'onderwerp',
] as const;
export type ZoekSoort = (typeof ZOEK_SOORTEN)[number];

/** The filter names, in the order the search page shows them; values are ids from the content. */
export const FILTER_NAMEN = [
  'gemeente',
  'kern',
  'soort',
  'thema',
  'doelgroep',
  'weekdag',
  'gratis',
  'inloop',
  'rolstoel',
  'kanaal',
] as const;
export type FilterNaam = (typeof FILTER_NAMEN)[number];

/** Yes/no filters carry the single value "ja" on pages where they hold, and nothing otherwise. */
export const JA = 'ja';

export interface Plaats {
  id: string;
  naam: string;
}

/** Where an offer is, or which area it serves. */
export type Bereik =
  | { soort: 'kern'; kernen: readonly (Plaats & { gemeente: Plaats })[] }
  | {
      soort: 'gebied';
      regio: boolean;
      gemeenten: readonly Plaats[];
      kernen: readonly (Plaats & { gemeente: Plaats })[];
    };

export interface ZoekInvoer {
  soort: ZoekSoort;
  titel: string;
  samenvatting?: string | undefined;
  /** Where it is (a location's kern) or the area it serves. */
  bereik: Bereik;
  thema?: readonly string[] | undefined;
  doelgroep?: readonly string[] | undefined;
  wanneer?: readonly Tijdblok[] | undefined;
  /** The pattern in words ("elke dinsdag van 9.30 tot 11.30 uur"), for the result's metadata. */
  wanneerTekst?: string | undefined;
  gratis?: boolean | undefined;
  inloop?: boolean | undefined;
  rolstoel?: boolean | undefined;
  kanalen?: readonly string[] | undefined;
}

/** All kernen of the site with their gemeente, to expand "the whole gemeente/region". */
export interface Regio {
  kernen: readonly (Plaats & { gemeente: Plaats })[];
}

const uniq = (values: Iterable<string>): string[] => [...new Set(values)];

/** Weekdays of a schedule, Monday first: the listed days, or the weekday of a one-off date. */
export function weekdagen(blocks: readonly Tijdblok[]): WeekdagId[] {
  const days = new Set<WeekdagId>();
  for (const block of blocks) {
    if (block.dagen && block.dagen.length > 0) for (const dag of block.dagen) days.add(dag);
    else if (block.datum) days.add(weekdayOf(block.datum));
  }
  return WEEK_ORDER.filter((dag) => days.has(dag));
}

/**
 * The kernen and gemeenten a page belongs to for the place filters. A service for a whole
 * gemeente carries every kern of that gemeente, and a regional one every kern of the region, so
 * filtering on a kern also finds the help that serves it (the counts then match what the kern page
 * shows under "Hulp en diensten").
 */
export function plaatsen(bereik: Bereik, regio: Regio): { kernen: string[]; gemeenten: string[] } {
  if (bereik.soort === 'kern') {
    return { kernen: uniq(bereik.kernen.map((k) => k.id)), gemeenten: uniq(bereik.kernen.map((k) => k.gemeente.id)) };
  }
  if (bereik.regio) {
    return { kernen: uniq(regio.kernen.map((k) => k.id)), gemeenten: uniq(regio.kernen.map((k) => k.gemeente.id)) };
  }
  const gemeenten = new Set(bereik.gemeenten.map((g) => g.id));
  const kernen = [
    ...bereik.kernen.map((k) => k.id),
    ...regio.kernen.filter((k) => gemeenten.has(k.gemeente.id)).map((k) => k.id),
  ];
  return { kernen: uniq(kernen), gemeenten: uniq([...gemeenten, ...bereik.kernen.map((k) => k.gemeente.id)]) };
}

/** Every filter of a page: filter name → values (ids); names without values are left out. */
export function zoekFilters(invoer: ZoekInvoer, regio: Regio): Partial<Record<FilterNaam, string[]>> {
  const { kernen, gemeenten } = plaatsen(invoer.bereik, regio);
  const filters: Partial<Record<FilterNaam, string[]>> = {
    gemeente: gemeenten,
    kern: kernen,
    soort: [invoer.soort],
    thema: uniq(invoer.thema ?? []),
    doelgroep: uniq(invoer.doelgroep ?? []),
    weekdag: weekdagen(invoer.wanneer ?? []),
    gratis: invoer.gratis ? [JA] : [],
    inloop: invoer.inloop ? [JA] : [],
    rolstoel: invoer.rolstoel ? [JA] : [],
    kanaal: uniq((invoer.kanalen ?? []).filter((k) => k === 'online' || k === 'telefoon' || k === 'aan-huis')),
  };
  for (const naam of FILTER_NAMEN) if (filters[naam]?.length === 0) delete filters[naam];
  return filters;
}

/** "Julianadorp", "Julianadorp en Den Helder Centrum", "heel Texel" or "de hele regio". */
export function plaatsTekst(bereik: Bereik, woorden: { heel: string; regio: string; en: string }): string {
  const lijst = (namen: string[]): string =>
    namen.length <= 1 ? (namen[0] ?? '') : `${namen.slice(0, -1).join(', ')} ${woorden.en} ${namen.at(-1)}`;
  if (bereik.soort === 'kern') return lijst(uniq(bereik.kernen.map((k) => k.naam)));
  if (bereik.regio) return woorden.regio;
  return lijst([
    ...bereik.gemeenten.map((g) => woorden.heel.replace('{naam}', g.naam)),
    ...bereik.kernen.map((k) => k.naam),
  ]);
}

/** The metadata a search result shows; empty values are left out. */
export function zoekMeta(invoer: ZoekInvoer, labels: { soort: string; plaats: string }): Record<string, string> {
  const meta: Record<string, string> = {
    title: invoer.titel,
    soort: labels.soort,
    plaats: labels.plaats,
    wanneer: invoer.wanneerTekst ?? '',
    samenvatting: invoer.samenvatting ?? '',
  };
  for (const key of Object.keys(meta)) if (meta[key] === '') delete meta[key];
  return meta;
}
