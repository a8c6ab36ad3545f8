/** /feeds/regio.xml and /feeds/<kern>.xml: Atom feeds "Nieuw en gewijzigd". */
import type { APIRoute, GetStaticPaths } from 'astro';
import { alles, type Kern } from '../../data/content.ts';
import { buildAtomFeed, feedItems } from '../../lib/export/feeds.ts';
import { DATA_LICENSE, SITE_NAME, SITE_URL } from '../../lib/site.ts';

export const getStaticPaths = (async () => {
  const all = await alles();
  if (all.kernen.some((kern) => kern.id === 'regio'))
    throw new Error('A kern may not be called "regio": /feeds/regio.xml is the feed of the region.');
  return [
    { params: { feed: 'regio' }, props: { kern: undefined } },
    ...all.kernen.map((kern) => ({ params: { feed: kern.id }, props: { kern } })),
  ];
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ kern: Kern | undefined }> = async ({ props }) => {
  const body = buildAtomFeed(feedItems(await alles(), props.kern), {
    site: SITE_URL,
    siteName: SITE_NAME,
    license: `${DATA_LICENSE.name} (${DATA_LICENSE.url})`,
    kern: props.kern,
  });
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
