/** The JSON-LD of a detail page, by collection and id. */
import type { Thing, WithContext } from 'schema-dts';
import { indexOf, type Alles } from '../bron.ts';
import { activiteitJsonLd, dienstJsonLd, informatieJsonLd, locatieJsonLd, organisatieJsonLd } from './entities.ts';

export {
  activiteitJsonLd,
  dienstJsonLd,
  informatieJsonLd,
  locatieJsonLd,
  organisatieJsonLd,
  placeOf,
} from './entities.ts';
export { jsonLdText } from './serialize.ts';

export type DetailCollectie = 'activiteiten' | 'diensten' | 'informatie' | 'locaties' | 'organisaties';

// One id → entry map per collection list, made once: each detail page looks up its own entry, so
// a linear search would make the whole build quadratic in the number of entries.
const byIdMaps = new WeakMap<readonly { id: string }[], Map<string, { id: string }>>();

function find<T extends { id: string }>(entries: readonly T[], id: string, collectie: string): T {
  let byId = byIdMaps.get(entries);
  if (!byId) {
    byId = new Map(entries.map((e) => [e.id, e]));
    byIdMaps.set(entries, byId);
  }
  const entry = byId.get(id) as T | undefined;
  if (!entry) throw new Error(`JSON-LD: no ${collectie} with id "${id}".`);
  return entry;
}

export function jsonLdFor(alles: Alles, collectie: DetailCollectie, id: string, site: string): WithContext<Thing> {
  const index = indexOf(alles);
  switch (collectie) {
    case 'activiteiten':
      return activiteitJsonLd(find(alles.activiteiten, id, collectie), index, site);
    case 'diensten':
      return dienstJsonLd(find(alles.diensten, id, collectie), index, site);
    case 'informatie':
      return informatieJsonLd(find(alles.informatie, id, collectie), index, site);
    case 'locaties':
      return locatieJsonLd(find(alles.locaties, id, collectie), index, site);
    case 'organisaties':
      return organisatieJsonLd(find(alles.organisaties, id, collectie), index, site);
  }
}
