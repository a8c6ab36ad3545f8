/**
 * Which kern a page belongs to, for link previews ("De Wegwijzer van <kern>") and feed discovery:
 * the kern page itself, and the detail pages of activities, locations and information products
 * at a location in that kern, and of services for exactly one kern.
 */
import { detailUrl, kernUrl } from '../urls.ts';
import { indexOf, type Alles } from './bron.ts';

export interface KernRef {
  id: string;
  naam: string;
}

const cache = new WeakMap<Alles, Map<string, KernRef>>();

function pathsToKern(alles: Alles): Map<string, KernRef> {
  const index = indexOf(alles);
  const map = new Map<string, KernRef>();
  const ref = (kernId: string): KernRef => ({ id: kernId, naam: index.kern(kernId).data.naam });
  for (const kern of alles.kernen) map.set(kernUrl(kern.data.gemeente.id, kern.id), ref(kern.id));
  for (const l of alles.locaties) map.set(detailUrl('locaties', l.id), ref(l.data.kern.id));
  for (const a of alles.activiteiten)
    map.set(detailUrl('activiteiten', a.id), ref(index.locatie(a.data.locatie.id).data.kern.id));
  for (const i of alles.informatie) {
    if (i.data.locatie) map.set(detailUrl('informatie', i.id), ref(index.locatie(i.data.locatie.id).data.kern.id));
  }
  for (const d of alles.diensten) {
    const { regio, gemeenten = [], kernen = [] } = d.data.werkgebied;
    const [only] = kernen;
    if (!regio && gemeenten.length === 0 && kernen.length === 1 && only)
      map.set(detailUrl('diensten', d.id), ref(only.id));
  }
  return map;
}

/** The kern of the page at `path` (e.g. `/activiteiten/koffie/`), or undefined for regional pages. */
export function kernOfPath(alles: Alles, path: string): KernRef | undefined {
  let map = cache.get(alles);
  if (!map) {
    map = pathsToKern(alles);
    cache.set(alles, map);
  }
  return map.get(path.endsWith('/') ? path : `${path}/`);
}
