/**
 * Helpers for the map tests: every tile request is answered locally (no network at test time),
 * and a page is opened with its map section ready.
 */
import type { BrowserContext, Page, Route } from 'playwright-core';
import { TILE_SOURCES } from '../../src/lib/map-config.ts';

/** A 1×1 grey PNG, the local answer to every tile request. */
export const TILE_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/PchI7wAAAABJRU5ErkJggg==',
  'base64',
);

const TILE_HOSTS = Object.values(TILE_SOURCES).map((source) => new URL(source.host).hostname);

/** Whether a URL asks a tile server (any configured tile source) for something. */
export function isTileUrl(url: string): boolean {
  return TILE_HOSTS.includes(new URL(url).hostname);
}

export interface TileRoute {
  /** Tile URLs answered so far. */
  readonly requests: string[];
}

/**
 * Answers every tile request in the context: with the local PNG, or with HTTP `status` (to test
 * failure). Any other request that would leave 127.0.0.1 is aborted, so a test never reaches the
 * internet.
 */
export async function routeTiles(context: BrowserContext, status = 200): Promise<TileRoute> {
  const requests: string[] = [];
  await context.route(
    (url) => url.hostname !== '127.0.0.1',
    async (route: Route) => {
      const url = route.request().url();
      if (!isTileUrl(url)) return route.abort();
      requests.push(url);
      return status === 200
        ? route.fulfill({ status: 200, contentType: 'image/png', body: TILE_PNG })
        : route.fulfill({ status, contentType: 'text/plain', body: 'fout' });
    },
  );
  return { requests };
}

/** Clicks "Toon op de kaart" in the page's map section and waits for the numbered markers. */
export async function openMap(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Toon op de kaart' }).click();
  await page.locator('[data-kaart-map] .ww-marker, [data-kaart-map] .marker-cluster').first().waitFor();
}
