/**
 * Distances on the map: great-circle distance (haversine) and "what is the nearest meeting
 * place?" for kernen without one of their own. Pure functions, no I/O.
 */
import { formatAfstand } from './format.ts';

export interface Punt {
  lat: number;
  lon: number;
}

/** Mean earth radius in kilometres (IUGG). */
const EARTH_RADIUS_KM = 6371.0088;

const radians = (degrees: number): number => (degrees * Math.PI) / 180;

/** Distance in kilometres between two points along the earth's surface (haversine formula). */
export function haversineKm(a: Punt, b: Punt): number {
  const dLat = radians(b.lat - a.lat);
  const dLon = radians(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(radians(a.lat)) * Math.cos(radians(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** A meeting place as the distance search sees it: the kern it lies in and where it is. */
export interface PlekOpKaart {
  kernId: string;
  /** The place's own coordinates, or else the centre of its kern. */
  punt: Punt;
}

/**
 * The meeting places worth suggesting to a kern: those in the same gemeente or in one of its
 * neighbouring kernen. Distance alone is not enough: Den Helder is close to Texel as the crow
 * flies, but the sea lies in between. When none qualify, every place is a candidate.
 */
export function bereikbarePlekken<T extends PlekOpKaart & { gemeenteId: string }>(
  kern: { gemeenteId: string; buren: readonly string[] },
  places: readonly T[],
): readonly T[] {
  const reachable = places.filter((plek) => plek.gemeenteId === kern.gemeenteId || kern.buren.includes(plek.kernId));
  return reachable.length > 0 ? reachable : places;
}

export interface Dichtbij<T> {
  plek: T;
  km: number;
  /** The distance for reading, e.g. "3,2 km". */
  afstand: string;
}

/**
 * The meeting places nearest to a kern, measured from the kern's centre, leaving out places in
 * the kern itself (the page already shows those). Sorted by distance, nearest first; `limit`
 * caps the list (default 3).
 */
export function nearestMeetingPlaces<T extends PlekOpKaart>(
  kern: { id: string; ligging: Punt },
  places: readonly T[],
  limit = 3,
): Dichtbij<T>[] {
  return places
    .filter((plek) => plek.kernId !== kern.id)
    .map((plek) => ({ plek, km: haversineKm(kern.ligging, plek.punt) }))
    .sort((a, b) => a.km - b.km || a.plek.kernId.localeCompare(b.plek.kernId, 'nl'))
    .slice(0, Math.max(0, limit))
    .map(({ plek, km }) => ({ plek, km, afstand: formatAfstand(km) }));
}

/**
 * The kernen to offer as a starting point on a kern's page: every kern of its own gemeente and the
 * `dichtbij` kernen nearest to it, in the order given. A fixed number rather than a radius, so the
 * list stays short however densely a region is settled.
 */
export function startKernenBij<T extends { id: string; gemeenteId: string; punt: Punt }>(
  kern: { gemeenteId: string; punt: Punt },
  kernen: readonly T[],
  dichtbij: number,
): T[] {
  const nearest = new Set(
    kernen
      .map((k) => ({ id: k.id, km: haversineKm(kern.punt, k.punt) }))
      .sort((a, b) => a.km - b.km || a.id.localeCompare(b.id))
      .slice(0, Math.max(0, dichtbij))
      .map((k) => k.id),
  );
  return kernen.filter((k) => k.gemeenteId === kern.gemeenteId || nearest.has(k.id));
}
