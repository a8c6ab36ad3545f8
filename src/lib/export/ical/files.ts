/**
 * Every iCalendar file of the site, as path and text: one per activity with dates
 * (/ics/activiteiten/<id>.ics) and one per kern with such activities (/ics/kernen/<kern>.ics).
 * The Astro endpoints in src/pages/ics/ serve these texts in `astro dev` and in an `astro build`
 * started directly; `npm run build` writes them from here instead, beside Astro
 * (scripts/lib/build/calendars.ts), which saves Astro one route per file (5,257 at 10,000 entries).
 */
import { t } from '../../i18n.ts';
import { absoluteUrl, activiteitIcsUrl, detailUrl, kernIcsUrl, kernUrl } from '../../urls.ts';
import {
  activiteitenInKern,
  indexOf,
  sortedById,
  type Activiteit,
  type Alles,
  type Index,
  type Kern,
} from '../bron.ts';
import { hasCalendarDates, kernActivitiesWithDates } from './has-dates.ts';
import { activityEvents, buildIcs, kernEvents } from './calendar.ts';

/**
 * Set to '1' by scripts/build.ts for the `astro build` it starts: the script writes the calendar
 * files itself, so the endpoints list no pages.
 */
export const KALENDERS_ERNAAST = 'WEGWIJZER_KALENDERS_ERNAAST';

/** True in an `astro build` whose calendar files scripts/build.ts writes (`env`: process.env). */
export function kalendersErnaast(env: Readonly<Record<string, string | undefined>>): boolean {
  return env[KALENDERS_ERNAAST] === '1';
}

/** The calendar file of one activity (call only when hasCalendarDates). */
export function activityCalendar(activiteit: Activiteit, index: Index, site: string): string {
  return buildIcs(activiteit.data.naam, activityEvents(activiteit, index, site), {
    url: absoluteUrl(detailUrl('activiteiten', activiteit.id), site),
  });
}

/** The calendar file of one kern: all events of its activities (call only when it has some). */
export function kernCalendar(all: Alles, kern: Kern, site: string): string {
  return buildIcs(
    t('site.kern', { kern: kern.data.naam }),
    kernEvents(activiteitenInKern(all, kern.id), indexOf(all), site),
    {
      description: t('export.agenda.kern', { kern: kern.data.naam }),
      url: absoluteUrl(kernUrl(kern.data.gemeente.id, kern.id), site),
    },
  );
}

export interface CalendarFile {
  /** Relative to the site's root, e.g. "ics/kernen/den-burg.ics". */
  path: string;
  text: string;
}

/** All calendar files of the content, in a stable order (activities, then kernen, each by id). */
export function* calendarFiles(all: Alles, site: string): Generator<CalendarFile> {
  const index = indexOf(all);
  for (const activiteit of sortedById(all.activiteiten).filter(hasCalendarDates))
    yield { path: activiteitIcsUrl(activiteit.id).slice(1), text: activityCalendar(activiteit, index, site) };
  for (const kern of sortedById(all.kernen).filter((k) => kernActivitiesWithDates(all, k.id).length > 0))
    yield { path: kernIcsUrl(kern.id).slice(1), text: kernCalendar(all, kern, site) };
}
