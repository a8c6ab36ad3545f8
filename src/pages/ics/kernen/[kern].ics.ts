/** /ics/kernen/<kern>.ics: all activities in one kern as one iCalendar file (kernen with activities only). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { alles, type Kern } from '../../../data/content.ts';
import { activiteitenInKern, indexOf } from '../../../lib/export/bron.ts';
import { buildIcs, kernEvents } from '../../../lib/export/ical/calendar.ts';
import { t } from '../../../lib/i18n.ts';
import { SITE_URL } from '../../../lib/site.ts';
import { absoluteUrl, kernUrl } from '../../../lib/urls.ts';

export const getStaticPaths = (async () => {
  const all = await alles();
  const index = indexOf(all);
  return all.kernen
    .filter((kern) => kernEvents(activiteitenInKern(all, kern.id), index, SITE_URL).length > 0)
    .map((kern) => ({ params: { kern: kern.id }, props: { kern } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ kern: Kern }> = async ({ props }) => {
  const { kern } = props;
  const all = await alles();
  const events = kernEvents(activiteitenInKern(all, kern.id), indexOf(all), SITE_URL);
  const body = buildIcs(t('site.kern', { kern: kern.data.naam }), events, {
    description: t('export.agenda.kern', { kern: kern.data.naam }),
    url: absoluteUrl(kernUrl(kern.data.gemeente.id, kern.id), SITE_URL),
  });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
