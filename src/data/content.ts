/**
 * The one query layer: every `getCollection` call of the site lives here. Pages ask this module
 * for what they need; grouping, sorting and schedule maths happen in pure helpers in `src/lib/`.
 * Results are cached per build, so hundreds of pages share one read of each collection.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { singlePlace, type Plaats } from '../lib/entry/trail.ts';
import { isActueel } from '../lib/entry/actueel.ts';
import { peildatum } from '../lib/build-date.ts';
import type { CollectieNaam } from '../schema/collections.ts';
import { bereikbarePlekken, nearestMeetingPlaces, type Dichtbij } from '../lib/geo.ts';
import {
  aanbodIndex as indexeerAanbod,
  groupByArea,
  type AanbodIndex,
  type KernPlaats,
  type MetBereik,
  type PerGebied,
} from '../lib/grouping.ts';
import { KERNEN_OP_PAGINA } from '../lib/overview-limits.ts';
import type { ThemaId } from '../lib/vocabulary.ts';

export type Gemeente = CollectionEntry<'gemeenten'>;
export type Kern = CollectionEntry<'kernen'>;
export type Locatie = CollectionEntry<'locaties'>;
export type Organisatie = CollectionEntry<'organisaties'>;
export type Activiteit = CollectionEntry<'activiteiten'>;
export type Dienst = CollectionEntry<'diensten'>;
export type Informatie = CollectionEntry<'informatie'>;

export interface Alles {
  gemeenten: Gemeente[];
  kernen: Kern[];
  locaties: Locatie[];
  organisaties: Organisatie[];
  activiteiten: Activiteit[];
  diensten: Dienst[];
  informatie: Informatie[];
}

let cache: Promise<Alles> | undefined;

const byName = <T extends { data: { naam: string } }>(a: T, b: T) => a.data.naam.localeCompare(b.data.naam, 'nl');

/** Every entry of every collection, each list sorted by name (Dutch collation). */
export function alles(): Promise<Alles> {
  cache ??= (async () => ({
    gemeenten: (await getCollection('gemeenten')).sort(byName),
    kernen: (await getCollection('kernen')).sort(byName),
    locaties: (await getCollection('locaties')).sort(byName),
    organisaties: (await getCollection('organisaties')).sort(byName),
    activiteiten: (await getCollection('activiteiten')).sort(byName),
    diensten: (await getCollection('diensten')).sort(byName),
    informatie: (await getCollection('informatie')).sort(byName),
  }))();
  return cache;
}

/** Look up one entry by collection and id; throws (failing the build) when it is missing. */
export async function vind<N extends CollectieNaam>(collection: N, id: string): Promise<Alles[N][number]> {
  const all = await alles();
  const found = (all[collection] as Alles[N][number][]).find((entry) => entry.id === id);
  if (!found) throw new Error(`Geen ${collection} met id "${id}" gevonden.`);
  return found;
}

/** Lookups built once per build, so detail pages never scan whole collections. */
export interface Indexen {
  gemeente: Map<string, Gemeente>;
  kern: Map<string, Kern>;
  locatie: Map<string, Locatie>;
  organisatie: Map<string, Organisatie>;
  activiteitenOp: Map<string, Activiteit[]>;
  dienstenOp: Map<string, Dienst[]>;
  informatieOp: Map<string, Informatie[]>;
  activiteitenVan: Map<string, Activiteit[]>;
  dienstenVan: Map<string, Dienst[]>;
  informatieVan: Map<string, Informatie[]>;
  locatiesVan: Map<string, Locatie[]>;
}

let indexCache: Promise<Indexen> | undefined;

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The lookups of the whole site; lists keep the name order of `alles()`. */
export function indexen(): Promise<Indexen> {
  indexCache ??= (async () => {
    const all = await alles();
    const ix: Indexen = {
      gemeente: new Map(all.gemeenten.map((e) => [e.id, e])),
      kern: new Map(all.kernen.map((e) => [e.id, e])),
      locatie: new Map(all.locaties.map((e) => [e.id, e])),
      organisatie: new Map(all.organisaties.map((e) => [e.id, e])),
      activiteitenOp: new Map(),
      dienstenOp: new Map(),
      informatieOp: new Map(),
      activiteitenVan: new Map(),
      dienstenVan: new Map(),
      informatieVan: new Map(),
      locatiesVan: new Map(),
    };
    for (const a of all.activiteiten) {
      push(ix.activiteitenOp, a.data.locatie.id, a);
      push(ix.activiteitenVan, a.data.organisatie.id, a);
    }
    for (const d of all.diensten) {
      for (const plek of d.data.locaties) push(ix.dienstenOp, plek.id, d);
      push(ix.dienstenVan, d.data.organisatie.id, d);
    }
    for (const i of all.informatie) {
      if (i.data.locatie) push(ix.informatieOp, i.data.locatie.id, i);
      push(ix.informatieVan, i.data.organisatie.id, i);
    }
    for (const l of all.locaties) if (l.data.organisatie) push(ix.locatiesVan, l.data.organisatie.id, l);
    return ix;
  })();
  return indexCache;
}

function need<T>(map: Map<string, T>, id: string, what: string): T {
  const found = map.get(id);
  if (!found) throw new Error(`Geen ${what} met id "${id}" gevonden.`);
  return found;
}

/** Everything a location page shows besides the location itself. */
export async function bijLocatie(locatie: Locatie) {
  const ix = await indexen();
  const kern = need(ix.kern, locatie.data.kern.id, 'kern');
  return {
    kern,
    gemeente: need(ix.gemeente, kern.data.gemeente.id, 'gemeente'),
    organisatie: locatie.data.organisatie
      ? need(ix.organisatie, locatie.data.organisatie.id, 'organisatie')
      : undefined,
    activiteiten: ix.activiteitenOp.get(locatie.id) ?? [],
    diensten: ix.dienstenOp.get(locatie.id) ?? [],
    informatie: ix.informatieOp.get(locatie.id) ?? [],
  };
}

/** An activity's location with its kern and gemeente, and its organiser. */
export async function bijActiviteit(activiteit: Activiteit) {
  const ix = await indexen();
  const locatie = need(ix.locatie, activiteit.data.locatie.id, 'locatie');
  const kern = need(ix.kern, locatie.data.kern.id, 'kern');
  return {
    locatie,
    kern,
    gemeente: need(ix.gemeente, kern.data.gemeente.id, 'gemeente'),
    organisatie: need(ix.organisatie, activiteit.data.organisatie.id, 'organisatie'),
  };
}

type WerkgebiedRefs = {
  regio?: boolean | undefined;
  gemeenten?: { id: string }[] | undefined;
  kernen?: { id: string }[] | undefined;
};

/** The gemeenten and kernen an area (werkgebied) names. */
function gebied(ix: Indexen, werkgebied: WerkgebiedRefs) {
  return {
    regio: werkgebied.regio === true,
    gemeenten: (werkgebied.gemeenten ?? []).map((ref) => need(ix.gemeente, ref.id, 'gemeente')),
    kernen: (werkgebied.kernen ?? []).map((ref) => need(ix.kern, ref.id, 'kern')),
  };
}

const naamVan = (entry: Gemeente | Kern) => ({ id: entry.id, naam: entry.data.naam });

/** The kern and gemeente of a kern id, for breadcrumbs. */
function plaatsVanKern(ix: Indexen, kernId: string): Plaats {
  const kern = need(ix.kern, kernId, 'kern');
  return { gemeente: naamVan(need(ix.gemeente, kern.data.gemeente.id, 'gemeente')), kern: naamVan(kern) };
}

/** The one kern or gemeente an area points at, for breadcrumbs; empty for regional or spread areas. */
function plaatsVanGebied(ix: Indexen, werkgebied: WerkgebiedRefs): Plaats {
  const { regio, gemeenten, kernen } = gebied(ix, werkgebied);
  const single = singlePlace({
    regio,
    gemeenten: gemeenten.map((g) => g.id),
    kernen: kernen.map((k) => ({ id: k.id, gemeente: k.data.gemeente.id })),
  });
  if (!single) return {};
  if (single.kern) return plaatsVanKern(ix, single.kern);
  return { gemeente: naamVan(need(ix.gemeente, single.gemeente, 'gemeente')) };
}

/** A service's provider, area and fixed locations, and the place for its breadcrumbs. */
export async function bijDienst(dienst: Dienst) {
  const ix = await indexen();
  return {
    organisatie: need(ix.organisatie, dienst.data.organisatie.id, 'organisatie'),
    gebied: gebied(ix, dienst.data.werkgebied),
    locaties: dienst.data.locaties.map((ref) => need(ix.locatie, ref.id, 'locatie')),
    plaats: plaatsVanGebied(ix, dienst.data.werkgebied),
  };
}

/** An information product's maker, area and meeting place, and the place for its breadcrumbs. */
export async function bijInformatie(info: Informatie) {
  const ix = await indexen();
  const locatie = info.data.locatie ? need(ix.locatie, info.data.locatie.id, 'locatie') : undefined;
  return {
    organisatie: need(ix.organisatie, info.data.organisatie.id, 'organisatie'),
    gebied: gebied(ix, info.data.werkgebied),
    locatie: locatie ? { locatie, kern: need(ix.kern, locatie.data.kern.id, 'kern') } : undefined,
    plaats: locatie ? plaatsVanKern(ix, locatie.data.kern.id) : plaatsVanGebied(ix, info.data.werkgebied),
  };
}

/** What an organisation offers and where it works; a single gemeente becomes its breadcrumb. */
export async function bijOrganisatie(organisatie: Organisatie) {
  const ix = await indexen();
  return {
    gemeenten: organisatie.data.gemeenten.map((ref) => need(ix.gemeente, ref.id, 'gemeente')),
    activiteiten: ix.activiteitenVan.get(organisatie.id) ?? [],
    diensten: ix.dienstenVan.get(organisatie.id) ?? [],
    informatie: ix.informatieVan.get(organisatie.id) ?? [],
    locaties: ix.locatiesVan.get(organisatie.id) ?? [],
    plaats: plaatsVanGebied(ix, { gemeenten: organisatie.data.gemeenten }),
  };
}

/** A location with its kern and gemeente (for "Waar" on cards and breadcrumbs). */
export async function plaatsVanLocatie(locatieId: string) {
  const ix = await indexen();
  const locatie = need(ix.locatie, locatieId, 'locatie');
  const kern = need(ix.kern, locatie.data.kern.id, 'kern');
  return { locatie, kern, gemeente: need(ix.gemeente, kern.data.gemeente.id, 'gemeente') };
}

// ---------------------------------------------------------------------------------------------
// Guide pages: home, gemeente, kern and topic pages.

/** A meeting place: "Het Huis van <kern>" or another place where you can just walk in. */
export const isOntmoetingsplek = (locatie: Locatie): boolean =>
  locatie.data.huis_van_de_kern || locatie.data.ontmoetingsplek;

/** "Het Huis van <kern>" first, then other meeting places, by name within each. */
const huisEerst = (a: Locatie, b: Locatie): number =>
  Number(b.data.huis_van_de_kern) - Number(a.data.huis_van_de_kern) || a.data.naam.localeCompare(b.data.naam, 'nl');

interface Plaatsen {
  /** Kernen per gemeente id, by name. */
  kernenVan: Map<string, Kern[]>;
  /** Locations per kern id, by name. */
  locatiesIn: Map<string, Locatie[]>;
  /** Every meeting place with its kern and a point on the map, for "nearest" searches. */
  ontmoetingsplekken: {
    locatie: Locatie;
    kern: Kern;
    kernId: string;
    gemeenteId: string;
    punt: { lat: number; lon: number };
  }[];
  /** Kernen as the grouping helpers see them. */
  kernPlaatsen: KernPlaats[];
}

let plaatsenCache: Promise<Plaatsen> | undefined;

/** Lookups by place, built once per build. */
function plaatsen(): Promise<Plaatsen> {
  plaatsenCache ??= (async () => {
    const all = await alles();
    const ix = await indexen();
    const kernenVan = new Map<string, Kern[]>();
    const locatiesIn = new Map<string, Locatie[]>();
    for (const kern of all.kernen) push(kernenVan, kern.data.gemeente.id, kern);
    for (const locatie of all.locaties) push(locatiesIn, locatie.data.kern.id, locatie);
    const ontmoetingsplekken = all.locaties.filter(isOntmoetingsplek).map((locatie) => {
      const kern = need(ix.kern, locatie.data.kern.id, 'kern');
      return {
        locatie,
        kern,
        kernId: kern.id,
        gemeenteId: kern.data.gemeente.id,
        punt: locatie.data.ligging ?? kern.data.ligging,
      };
    });
    const kernPlaatsen = all.kernen.map((kern) => ({ id: kern.id, gemeenteId: kern.data.gemeente.id }));
    return { kernenVan, locatiesIn, ontmoetingsplekken, kernPlaatsen };
  })();
  return plaatsenCache;
}

/** Every gemeente with its kernen (woonkernen and wijken), both by name. */
export async function gemeentenMetKernen(): Promise<{ gemeente: Gemeente; kernen: Kern[] }[]> {
  const all = await alles();
  const { kernenVan } = await plaatsen();
  return all.gemeenten.map((gemeente) => ({ gemeente, kernen: kernenVan.get(gemeente.id) ?? [] }));
}

/**
 * True when the region has more kernen than one page lists (KERNEN_OP_PAGINA): the search page
 * and /open-data/ then point to the gemeente pages and /data/zoek-kernen.json instead. One
 * decision for both pages, so they always switch together.
 */
export async function teVeelKernenVoorEenPagina(): Promise<boolean> {
  return (await alles()).kernen.length > KERNEN_OP_PAGINA;
}

/** A kern's gemeente. */
export async function gemeenteVan(kern: Kern): Promise<Gemeente> {
  return need((await indexen()).gemeente, kern.data.gemeente.id, 'gemeente');
}

export interface Ontmoetingsplek {
  locatie: Locatie;
  /** Activities at this place, by name. */
  activiteiten: Activiteit[];
}

export interface KernGids {
  gemeente: Gemeente;
  /** Meeting places in the kern, "Het Huis van <kern>" first. */
  plekken: Ontmoetingsplek[];
  /** When the kern has no meeting place: the nearest ones elsewhere (at most three). */
  dichtbij: Dichtbij<{ locatie: Locatie; kern: Kern; kernId: string; gemeenteId: string }>[];
  /** All activities at locations in the kern, by name. */
  activiteiten: Activiteit[];
  /** Services whose area covers the kern, nearest reach first. */
  diensten: MetBereik<Dienst>[];
  /** Information products whose area covers the kern, nearest reach first. */
  informatie: MetBereik<Informatie>[];
  /** Neighbouring kernen, by name. */
  buren: Kern[];
}

/** Everything the guide page of one kern shows. */
export async function kernGids(kern: Kern): Promise<KernGids> {
  const ix = await indexen();
  const aanbod = await aanbodIndex();
  const p = await plaatsen();
  const locaties = p.locatiesIn.get(kern.id) ?? [];
  const plekken = locaties
    .filter(isOntmoetingsplek)
    .sort(huisEerst)
    .map((locatie) => ({ locatie, activiteiten: ix.activiteitenOp.get(locatie.id) ?? [] }));
  const plaats = { id: kern.id, gemeenteId: kern.data.gemeente.id };
  const activiteiten = locaties
    .flatMap((locatie) => ix.activiteitenOp.get(locatie.id) ?? [])
    .sort((a, b) => a.data.naam.localeCompare(b.data.naam, 'nl'));
  return {
    gemeente: need(ix.gemeente, kern.data.gemeente.id, 'gemeente'),
    plekken,
    dichtbij:
      plekken.length > 0
        ? []
        : nearestMeetingPlaces(
            { id: kern.id, ligging: kern.data.ligging },
            bereikbarePlekken(
              { gemeenteId: kern.data.gemeente.id, buren: kern.data.buren.map((ref) => ref.id) },
              p.ontmoetingsplekken,
            ),
            3,
          ),
    activiteiten,
    diensten: aanbod.diensten.voorKern(plaats),
    informatie: aanbod.informatie.voorKern(plaats),
    buren: kern.data.buren
      .map((ref) => need(ix.kern, ref.id, 'kern'))
      .sort((a, b) => a.data.naam.localeCompare(b.data.naam, 'nl')),
  };
}

let aanbodCache: Promise<{ diensten: AanbodIndex<Dienst>; informatie: AanbodIndex<Informatie> }> | undefined;

/** Services and current information indexed by area once, for the kern and gemeente pages. */
function aanbodIndex() {
  aanbodCache ??= (async () => {
    const all = await alles();
    return {
      diensten: indexeerAanbod(all.diensten, (d) => d.data),
      informatie: indexeerAanbod(actueleInformatie(all), (i) => i.data),
    };
  })();
  return aanbodCache;
}

/** Information products whose period has not ended on the build date (for lists, not detail pages). */
function actueleInformatie(all: Alles): Informatie[] {
  const datum = peildatum();
  return all.informatie.filter((i) => isActueel(i.data, datum));
}

export interface GemeenteGids {
  /** Kernen of the gemeente, by name. */
  kernen: Kern[];
  /** Services for the whole gemeente or the whole region, gemeente-wide first. */
  diensten: MetBereik<Dienst>[];
  /** Information products for the whole gemeente or region. */
  informatie: MetBereik<Informatie>[];
}

/** Everything the page of one gemeente shows. */
export async function gemeenteGids(gemeente: Gemeente): Promise<GemeenteGids> {
  const aanbod = await aanbodIndex();
  const { kernenVan } = await plaatsen();
  return {
    kernen: kernenVan.get(gemeente.id) ?? [],
    diensten: aanbod.diensten.voorGemeente(gemeente.id),
    informatie: aanbod.informatie.voorGemeente(gemeente.id),
  };
}

/** One offer on a topic page, tagged with its collection so the page picks the right card. */
export type ThemaItem =
  | { soort: 'activiteiten'; entry: Activiteit }
  | { soort: 'diensten'; entry: Dienst }
  | { soort: 'informatie'; entry: Informatie };

/**
 * Every activity, service and information product with this topic, grouped by area: the whole
 * region, then per gemeente (whole gemeente, then per kern). Activities, then services, then
 * information within each group, each by name.
 */
export async function themaGids(thema: ThemaId): Promise<PerGebied<ThemaItem>> {
  const all = await alles();
  const ix = await indexen();
  const p = await plaatsen();
  const items: ThemaItem[] = [
    ...all.activiteiten
      .filter((e) => e.data.thema.includes(thema))
      .map((entry) => ({ soort: 'activiteiten' as const, entry })),
    ...all.diensten.filter((e) => e.data.thema.includes(thema)).map((entry) => ({ soort: 'diensten' as const, entry })),
    ...actueleInformatie(all)
      .filter((e) => e.data.thema.includes(thema))
      .map((entry) => ({ soort: 'informatie' as const, entry })),
  ];
  return groupByArea(
    items,
    (item) =>
      item.soort === 'activiteiten'
        ? { kern: need(ix.locatie, item.entry.data.locatie.id, 'locatie').data.kern.id }
        : { werkgebied: item.entry.data.werkgebied },
    p.kernPlaatsen,
    all.gemeenten.map((g) => g.id),
  );
}
