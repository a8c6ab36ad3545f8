/** /data/locaties.geojson: all locations as GeoJSON points (used by the map; open data). */
import type { APIRoute } from 'astro';
import { alles } from '../../data/content.ts';
import { buildLocatiesGeoJson } from '../../lib/export/geojson.ts';
import { SITE_URL } from '../../lib/site.ts';

export const GET: APIRoute = async () => {
  const { features } = buildLocatiesGeoJson(await alles(), SITE_URL);
  // One feature per line: readable, small diffs, still one JSON document.
  const body = `{"type":"FeatureCollection","features":[\n${features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`;
  return new Response(body, { headers: { 'Content-Type': 'application/geo+json; charset=utf-8' } });
};
