/** /ics/activiteiten/<id>.ics: one activity as an iCalendar file ("Zet in mijn agenda"). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { alles, type Activiteit } from '../../../data/content.ts';
import { indexOf } from '../../../lib/export/bron.ts';
import { activityCalendar, kalendersErnaast } from '../../../lib/export/ical/files.ts';
import { hasCalendarDates } from '../../../lib/export/ical/has-dates.ts';
import { SITE_URL } from '../../../lib/site.ts';

export const getStaticPaths = (async () => {
  // Under npm run build the script writes these files beside Astro (src/lib/export/ical/files.ts).
  if (kalendersErnaast(process.env)) return [];
  return (await alles()).activiteiten
    .filter(hasCalendarDates)
    .map((activiteit) => ({ params: { id: activiteit.id }, props: { activiteit } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ activiteit: Activiteit }> = async ({ props }) => {
  const body = activityCalendar(props.activiteit, indexOf(await alles()), SITE_URL);
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
