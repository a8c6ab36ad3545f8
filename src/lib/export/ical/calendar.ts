/**
 * iCalendar (RFC 5545) files: one per activity ("Zet in mijn agenda") and one per kern with all
 * its activities. Written with ical-generator; the recurrence lines (RRULE, EXDATE) come from
 * the site's own schedule plan (toRRule), so a calendar app shows the same dates as the site.
 *
 * - Times are local Europe/Amsterdam times with TZID, and the file carries the VTIMEZONE.
 * - UID: `activiteiten-<id>@<host>` for the first schedule block, `activiteiten-<id>-blok-<n>@<host>`
 *   for block n (2, 3, ...): stable across builds, so a calendar updates instead of duplicating.
 * - DTSTAMP is the entry's gecontroleerd date (not the build time), so builds are reproducible.
 * - A block that never happens is left out; a file without events is not published.
 */
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import ical, { type ICalEventData } from 'ical-generator';
import { formatAddress } from '../../entry/address.ts';
import { t } from '../../i18n.ts';
import { describeSchedule } from '../../schedule/describe.ts';
import { TIME_ZONE } from '../../schedule/zone.ts';
import { toRRule } from '../../schedule/to-rrule.ts';
import { absoluteUrl, detailUrl } from '../../urls.ts';
import { THEMAS } from '../../vocabulary.ts';
import type { Activiteit, Index } from '../bron.ts';
import { wallTime } from './wall-time.ts';

/** The PRODID of every file (ical-generator adds the leading "-"). */
export const PRODID = '//De Wegwijzer van de Kop//Open data//NL';

/** The host name used in UIDs: that of the site address. */
export function uidHost(site: string): string {
  return new URL(site).hostname;
}

/** The UID of the VEVENT of block `blockIndex` of an activity. */
export function eventUid(activiteitId: string, blockIndex: number, site: string): string {
  const suffix = blockIndex === 0 ? '' : `-blok-${blockIndex + 1}`;
  return `activiteiten-${activiteitId}${suffix}@${uidHost(site)}`;
}

/** One VEVENT per schedule block of an activity (blocks that never happen are skipped). */
export function activityEvents(activiteit: Activiteit, index: Index, site: string): ICalEventData[] {
  const { data } = activiteit;
  const locatie = index.locatie(data.locatie.id);
  const url = absoluteUrl(detailUrl('activiteiten', activiteit.id), site);
  const description = [
    data.samenvatting,
    `${describeSchedule(data.wanneer).replace(/^./, (c) => c.toUpperCase())}.`,
    data.voorbeeld ? t('entry.voorbeeld.uitleg') : undefined,
    url,
  ]
    .filter((line): line is string => line !== undefined)
    .join('\n\n');
  const stamp = new Date(`${data.gecontroleerd}T00:00:00Z`);
  const events: ICalEventData[] = [];
  data.wanneer.forEach((block, blockIndex) => {
    const rule = toRRule(block);
    if (rule.empty || !rule.plan.dtstart) return;
    const repeating = [rule.rrule, rule.exdate].filter((line): line is string => line !== undefined).join('\n');
    events.push({
      id: eventUid(activiteit.id, blockIndex, site),
      start: wallTime(rule.plan.dtstart, rule.plan.start),
      end: wallTime(rule.plan.dtstart, rule.plan.end),
      timezone: TIME_ZONE,
      stamp,
      lastModified: stamp,
      summary: data.voorbeeld ? `${data.naam} (${t('label.voorbeeld').toLowerCase()})` : data.naam,
      description,
      location: {
        title: locatie.data.naam,
        address: formatAddress(locatie.data.adres),
        ...(locatie.data.ligging ? { geo: { lat: locatie.data.ligging.lat, lon: locatie.data.ligging.lon } } : {}),
      },
      url,
      categories: data.thema.map((code) => ({ name: THEMAS[code] })),
      ...(repeating ? { repeating } : {}),
    });
  });
  return events;
}

/** A whole VCALENDAR with the given events, as RFC 5545 text (CRLF line ends, folded lines). */
export function buildIcs(
  name: string,
  events: readonly ICalEventData[],
  options: { description?: string; url?: string } = {},
): string {
  const calendar = ical({
    name,
    prodId: PRODID,
    timezone: { name: null, generator: getVtimezoneComponent },
    ...(options.description ? { description: options.description } : {}),
    ...(options.url ? { url: options.url } : {}),
  });
  for (const event of events) calendar.createEvent(event);
  return calendar.toString();
}

/** All events of the activities in a kern (by activity id, then block). */
export function kernEvents(activiteiten: readonly Activiteit[], index: Index, site: string): ICalEventData[] {
  return [...activiteiten]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .flatMap((a) => activityEvents(a, index, site));
}
