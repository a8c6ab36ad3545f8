/**
 * Where the map's background tiles come from: the one place to change the tile source. The map
 * script and the Content-Security-Policy (which must allow `img-src` for the tile host) both read
 * it from here.
 *
 * Default: PDOK BRT-Achtergrondkaart, the Dutch government base map (Kadaster). It needs no API
 * key and no cookies, and its servers are in the Netherlands. We use the Web Mercator (EPSG:3857)
 * WMTS tiles, which Leaflet understands without extra projection code.
 *
 * Alternative: set `ACTIVE_TILE_SOURCE` to `'osm'` for OpenStreetMap's standard tiles. Read the
 * OpenStreetMap tile usage policy first (https://operations.osmfoundation.org/policies/tiles/):
 * heavy use needs your own tile server or a commercial provider.
 */

export interface TileSource {
  /** Short id, for logs and tests. */
  id: string;
  /** Leaflet URL template with {z}/{x}/{y} (and optionally {s}). */
  url: string;
  /** The origin that serves the tiles, e.g. for the CSP `img-src`. */
  host: string;
  /** HTML attribution shown in the map's corner (required by the tile provider). */
  attribution: string;
  minZoom: number;
  maxZoom: number;
}

export const TILE_SOURCES = {
  pdok: {
    id: 'pdok',
    url: 'https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/{z}/{x}/{y}.png',
    host: 'https://service.pdok.nl',
    attribution: 'Kaartgegevens &copy; <a href="https://www.kadaster.nl">Kadaster</a>',
    // The BRT-Achtergrondkaart in EPSG:3857 has tiles from level 6 (all of the Netherlands) to 19.
    minZoom: 6,
    maxZoom: 19,
  },
  osm: {
    id: 'osm',
    url: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
    host: 'https://tile.openstreetmap.org',
    attribution: '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>-bijdragers',
    minZoom: 6,
    maxZoom: 19,
  },
} as const satisfies Record<string, TileSource>;

/** The tile source the site uses. */
export const ACTIVE_TILE_SOURCE: keyof typeof TILE_SOURCES = 'pdok';

/** The active tile source. */
export const tileSource: TileSource = TILE_SOURCES[ACTIVE_TILE_SOURCE];

/** Zoom levels the map opens at: one place, a kern, a gemeente or the whole region. */
export const ZOOM = { plek: 16, kern: 14, gemeente: 11, regio: 10 } as const;
