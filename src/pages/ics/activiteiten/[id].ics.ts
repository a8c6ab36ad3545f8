/** /ics/activiteiten/<id>.ics: one activity as an iCalendar file ("Zet in mijn agenda"). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { alles, type Activiteit } from '../../../data/content.ts';
import { indexOf } from '../../../lib/export/bron.ts';
import { activityEvents, buildIcs } from '../../../lib/export/ical/calendar.ts';
import { SITE_URL } from '../../../lib/site.ts';
import { absoluteUrl, detailUrl } from '../../../lib/urls.ts';

export const getStaticPaths = (async () => {
  const all = await alles();
  return all.activiteiten
    .filter((activiteit) => activityEvents(activiteit, indexOf(all), SITE_URL).length > 0)
    .map((activiteit) => ({ params: { id: activiteit.id }, props: { activiteit } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ activiteit: Activiteit }> = async ({ props }) => {
  const { activiteit } = props;
  const events = activityEvents(activiteit, indexOf(await alles()), SITE_URL);
  const body = buildIcs(activiteit.data.naam, events, {
    url: absoluteUrl(detailUrl('activiteiten', activiteit.id), SITE_URL),
  });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
