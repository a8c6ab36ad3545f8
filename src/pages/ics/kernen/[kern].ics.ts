/** /ics/kernen/<kern>.ics: all activities in one kern as one iCalendar file (kernen with activities only). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { alles, type Kern } from '../../../data/content.ts';
import { kalendersErnaast, kernCalendar } from '../../../lib/export/ical/files.ts';
import { kernActivitiesWithDates } from '../../../lib/export/ical/has-dates.ts';
import { SITE_URL } from '../../../lib/site.ts';

export const getStaticPaths = (async () => {
  // Under npm run build the script writes these files beside Astro (src/lib/export/ical/files.ts).
  if (kalendersErnaast(process.env)) return [];
  const all = await alles();
  return all.kernen
    .filter((kern) => kernActivitiesWithDates(all, kern.id).length > 0)
    .map((kern) => ({ params: { kern: kern.id }, props: { kern } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ kern: Kern }> = async ({ props }) => {
  const body = kernCalendar(await alles(), props.kern, SITE_URL);
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
