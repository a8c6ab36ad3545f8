/**
 * Which offers belong on a kern, gemeente or topic page, and in which groups. Pure functions over
 * plain data (references are `{ id }` objects, as Astro's `reference()` gives them), so they are
 * unit-tested without building the site.
 */
import { THEMAS, type KanaalId, type ThemaId } from './vocabulary.ts';

interface Ref {
  id: string;
}

/** The area a service or information product serves (schema field `werkgebied`). */
export interface Werkgebied {
  regio?: boolean | undefined;
  gemeenten?: readonly Ref[] | undefined;
  kernen?: readonly Ref[] | undefined;
}

/**
 * How close to home an offer is, seen from one kern: made for this kern, for its whole gemeente,
 * or for the whole region. The kern page lists them in this order.
 */
export type Bereik = 'kern' | 'gemeente' | 'regio';

/** A kern as the grouping helpers need it: its id and the id of its gemeente. */
export interface KernPlaats {
  id: string;
  gemeenteId: string;
}

/**
 * The closest reach by which `werkgebied` covers `kern`, or undefined when it does not cover it.
 * A service for Julianadorp that is also for all of Den Helder counts as "kern" in Julianadorp.
 */
export function bereikVoorKern(werkgebied: Werkgebied, kern: KernPlaats): Bereik | undefined {
  if (werkgebied.kernen?.some((ref) => ref.id === kern.id)) return 'kern';
  if (werkgebied.gemeenten?.some((ref) => ref.id === kern.gemeenteId)) return 'gemeente';
  if (werkgebied.regio === true) return 'regio';
  return undefined;
}

/** An offer with a name, an area and topics: services and information products. */
export interface GebiedsAanbod {
  naam: string;
  werkgebied: Werkgebied;
  thema: readonly ThemaId[];
}

export interface MetBereik<T> {
  item: T;
  bereik: Bereik;
}

const byNaam = (a: { naam: string }, b: { naam: string }): number => a.naam.localeCompare(b.naam, 'nl');

/** Appends `item` to the list under `key`, starting the list when needed. */
function addTo<T>(map: Map<string, T[]>, key: string, item: T): void {
  const list = map.get(key);
  if (list) list.push(item);
  else map.set(key, [item]);
}

/** The offers for one kern page or one gemeente page, nearest reach first, by name within each. */
export interface AanbodIndex<T> {
  /**
   * Every offer whose area covers the kern: kern-specific, gemeente-wide, then regional. Online
   * and telephone services are included when their area covers the kern: a Den Helder helpline is
   * not offered to Texel.
   */
  voorKern(kern: KernPlaats): MetBereik<T>[];
  /**
   * Offers for the whole gemeente (named in `gemeenten`), then for the whole region. Offers made
   * only for some of its kernen are left out: they appear on those kern pages.
   */
  voorGemeente(gemeenteId: string): MetBereik<T>[];
}

/**
 * Indexes offers by kern, gemeente and region once, so each kern or gemeente page costs only its
 * own offers. Scanning and sorting every offer per kern took minutes at 100,000 entries (2,500
 * kernen × 28,000 offers).
 */
export function aanbodIndex<T>(items: readonly T[], data: (item: T) => GebiedsAanbod): AanbodIndex<T> {
  const sorted = [...items].sort((a, b) => byNaam(data(a), data(b)));
  const perKern = new Map<string, T[]>();
  const perGemeente = new Map<string, T[]>();
  const regio: T[] = [];
  for (const item of sorted) {
    const { werkgebied } = data(item);
    for (const key of new Set((werkgebied.kernen ?? []).map((ref) => ref.id))) addTo(perKern, key, item);
    for (const key of new Set((werkgebied.gemeenten ?? []).map((ref) => ref.id))) addTo(perGemeente, key, item);
    if (werkgebied.regio === true) regio.push(item);
  }
  /** The groups in order, each offer once under the nearest reach it is listed with. */
  const merge = (groups: [readonly T[] | undefined, Bereik][]): MetBereik<T>[] => {
    const found: MetBereik<T>[] = [];
    const seen = new Set<T>();
    for (const [list, bereik] of groups)
      for (const item of list ?? []) {
        if (seen.has(item)) continue;
        if (bereik !== 'regio') seen.add(item); // the region is last: nothing after it to skip
        found.push({ item, bereik });
      }
    return found;
  };
  return {
    voorKern: (kern) =>
      merge([
        [perKern.get(kern.id), 'kern'],
        [perGemeente.get(kern.gemeenteId), 'gemeente'],
        [regio, 'regio'],
      ]),
    voorGemeente: (gemeenteId) =>
      merge([
        [perGemeente.get(gemeenteId), 'gemeente'],
        [regio, 'regio'],
      ]),
  };
}

/**
 * The offers for an overview page (kern or gemeente): all that are for the place itself, and at
 * most `max` of those for the whole region, in their order. A regional offer lands on every page
 * of the region, so a national data set would put thousands of them on each kern page; the topic
 * pages list them all. `regioWeggelaten` counts the regional offers left out, for a "more" link.
 */
export function metRegioBeperkt<T extends { bereik: Bereik }>(
  items: readonly T[],
  max: number,
): { items: T[]; regioWeggelaten: number } {
  let regio = 0;
  const kept = items.filter((item) => item.bereik !== 'regio' || ++regio <= max);
  return { items: kept, regioWeggelaten: Math.max(0, regio - max) };
}

/** Channels that reach you wherever you live: online, by phone, at home. */
const OP_AFSTAND: readonly KanaalId[] = ['online', 'telefoon', 'aan-huis'];

/** True when a service can be used without going to a place (online, by phone or at home). */
export function zonderReizen(kanalen: readonly KanaalId[]): boolean {
  return kanalen.some((kanaal) => OP_AFSTAND.includes(kanaal));
}

export interface ThemaGroep<T> {
  thema: ThemaId;
  label: string;
  items: T[];
}

/**
 * Group items by their first (main) topic, in the fixed order of THEMAS, keeping the order of
 * the items within a group. Each item appears once, so a page stays short and scannable; topic
 * pages show the other topics.
 */
export function groupByTopic<T>(items: readonly T[], themas: (item: T) => readonly ThemaId[]): ThemaGroep<T>[] {
  const groups = new Map<ThemaId, T[]>();
  for (const item of items) {
    const main = themas(item)[0];
    if (!main) continue;
    const list = groups.get(main) ?? [];
    list.push(item);
    groups.set(main, list);
  }
  return (Object.keys(THEMAS) as ThemaId[])
    .filter((thema) => groups.has(thema))
    .map((thema) => ({ thema, label: THEMAS[thema], items: groups.get(thema) ?? [] }));
}

/** Where an offer is, for the topic pages: a kern (activities), or the area it serves. */
export type Plaatsing = { kern: string } | { werkgebied: Werkgebied };

export interface KernGroep<T> {
  kernId: string;
  items: T[];
}

export interface GemeenteGroep<T> {
  gemeenteId: string;
  /** Offers for the whole gemeente. */
  heel: T[];
  /** Offers in or for one kern, in the order of the kern list given. */
  kernen: KernGroep<T>[];
}

export interface PerGebied<T> {
  /** Offers for the whole region. */
  regio: T[];
  gemeenten: GemeenteGroep<T>[];
}

/**
 * Group offers by area for a topic page: the whole region first, then per gemeente (offers for
 * the whole gemeente, then per kern). An offer for several areas appears under each of them.
 * Gemeenten and kernen follow the order of `kernen` (the caller sorts them); empty groups are
 * left out.
 */
export function groupByArea<T>(
  items: readonly T[],
  plaatsing: (item: T) => Plaatsing,
  kernen: readonly KernPlaats[],
  gemeenteIds: readonly string[],
): PerGebied<T> {
  const regio: T[] = [];
  const heel = new Map<string, T[]>();
  const perKern = new Map<string, T[]>();
  for (const item of items) {
    const plek = plaatsing(item);
    if ('kern' in plek) {
      addTo(perKern, plek.kern, item);
      continue;
    }
    if (plek.werkgebied.regio === true) regio.push(item);
    for (const ref of plek.werkgebied.gemeenten ?? []) addTo(heel, ref.id, item);
    for (const ref of plek.werkgebied.kernen ?? []) addTo(perKern, ref.id, item);
  }

  const gemeenten = gemeenteIds
    .map((gemeenteId) => ({
      gemeenteId,
      heel: heel.get(gemeenteId) ?? [],
      kernen: kernen
        .filter((kern) => kern.gemeenteId === gemeenteId && perKern.has(kern.id))
        .map((kern) => ({ kernId: kern.id, items: perKern.get(kern.id) ?? [] })),
    }))
    .filter((groep) => groep.heel.length > 0 || groep.kernen.length > 0);
  return { regio, gemeenten };
}
