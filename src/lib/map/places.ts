/**
 * The list behind every map: numbered places, the order "nearest first" from a starting point,
 * and the services that serve an area instead of a point. Pure functions over plain data, used
 * at build time (the server-rendered list) and in the browser (sorting by distance).
 */
import { formatAfstand } from '../format.ts';
import { haversineKm, type Punt } from '../geo.ts';
import type { KanaalId } from '../vocabulary.ts';

/** One place in a map list. The number is its marker's number on the map. */
export interface KaartPlek {
  nr: number;
  id: string;
  naam: string;
  /** One-line address: "Stationsstraat 12, 1781 AB Den Helder". */
  adres: string;
  /** The place's own page. */
  href: string;
  /** A plain link that opens the place in an external map (app). */
  kaartLink: string;
  /** Where it is; places without coordinates stay in the list but get no marker. */
  punt?: Punt | undefined;
}

/** Numbers places 1, 2, 3, ... in the given order: the numbers on the list and the markers. */
export function nummer<T extends object>(items: readonly T[]): (T & { nr: number })[] {
  return items.map((item, index) => ({ ...item, nr: index + 1 }));
}

export interface MetAfstand<T> {
  item: T;
  /** Kilometres from the starting point; undefined for items without coordinates. */
  km?: number | undefined;
  /** The distance for reading ("1,2 km"); undefined without coordinates. */
  afstand?: string | undefined;
}

/**
 * Items sorted by distance from `origin`, nearest first, each with its distance. Items without
 * coordinates keep their order and come last: they are still worth showing.
 */
export function sortByDistance<T extends { punt?: Punt | undefined }>(
  items: readonly T[],
  origin: Punt,
): MetAfstand<T>[] {
  const measured = items.map((item, index) => ({
    item,
    index,
    km: item.punt ? haversineKm(origin, item.punt) : undefined,
  }));
  measured.sort((a, b) => {
    if (a.km === undefined || b.km === undefined) {
      if (a.km === b.km) return a.index - b.index;
      return a.km === undefined ? 1 : -1;
    }
    return a.km - b.km || a.index - b.index;
  });
  return measured.map(({ item, km }) => ({ item, km, afstand: km === undefined ? undefined : formatAfstand(km) }));
}

/** A service as the area blocks need it. */
export interface GebiedsDienst {
  /** How close the service's area is to the page: a kern, the gemeente or the region. */
  bereik: 'kern' | 'gemeente' | 'regio';
  kanalen: readonly KanaalId[];
  /** Fixed places where the service is (these are on the map already). */
  locaties: readonly unknown[];
}

export interface GebiedsBlokken<T> {
  /** Online, by phone or at your home: reachable from anywhere in the area. */
  opAfstand: T[];
  /** For the whole gemeente or region, at no single place. */
  heelGebied: T[];
}

const OP_AFSTAND: readonly KanaalId[] = ['online', 'telefoon', 'aan-huis'];

/**
 * Services that cover an area are never one pin on the map: they go into blocks beside it.
 * Online, phone and home services go under "online en telefonisch"; other services for the whole
 * gemeente or region without a fixed place under "voor heel <gemeente>". Services that only
 * happen at fixed places (their places are on the map) are left out. Order is kept.
 */
export function gebiedsBlokken<T>(items: readonly T[], data: (item: T) => GebiedsDienst): GebiedsBlokken<T> {
  const blokken: GebiedsBlokken<T> = { opAfstand: [], heelGebied: [] };
  for (const item of items) {
    const dienst = data(item);
    if (dienst.kanalen.some((kanaal) => OP_AFSTAND.includes(kanaal))) blokken.opAfstand.push(item);
    else if (dienst.bereik !== 'kern' && dienst.locaties.length === 0) blokken.heelGebied.push(item);
  }
  return blokken;
}
