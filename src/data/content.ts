/**
 * The one query layer: every `getCollection` call of the site lives here. Pages ask this module
 * for what they need; grouping, sorting and schedule maths happen in pure helpers in `src/lib/`.
 * Results are cached per build, so hundreds of pages share one read of each collection.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { CollectieNaam } from '../schema/collections.ts';

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
