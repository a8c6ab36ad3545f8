/** /data/hsds/index.json: the list of HSDS tables with their row counts and the licence. */
import type { APIRoute } from 'astro';
import { alles } from '../../../data/content.ts';
import { buildManifest, hsdsFor } from '../../../lib/export/hsds/index.ts';
import { DATA_LICENSE, SITE_URL } from '../../../lib/site.ts';
import { absoluteUrl, hsdsUrl, openDataUrl } from '../../../lib/urls.ts';

export const GET: APIRoute = async () => {
  const manifest = buildManifest(hsdsFor(await alles(), SITE_URL), {
    license: { name: DATA_LICENSE.name, url: DATA_LICENSE.url },
    tableUrl: (name) => absoluteUrl(hsdsUrl(name), SITE_URL),
    homepage: absoluteUrl(openDataUrl(), SITE_URL),
  });
  return new Response(`${JSON.stringify(manifest, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
