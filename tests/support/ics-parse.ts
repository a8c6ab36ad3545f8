/**
 * Reads iCalendar text back with ical.js (Mozilla's parser, independent of the library that
 * wrote it) and expands each event's recurrence (RRULE minus EXDATE) to concrete times.
 */
import ICAL from 'ical.js';

export interface ParsedEvent {
  uid: string;
  summary: string;
  /** The next occurrences on or after `from`: Amsterdam date, start and end time, real instants. */
  next: { date: string; start: string; end: string; startMs: number; endMs: number }[];
}

export interface ParsedCalendar {
  timezones: string[];
  events: ParsedEvent[];
  prodid: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Parses `ics` and expands every VEVENT to its first `count` occurrences on or after `from` (YYYY-MM-DD). */
export function parseIcs(ics: string, from: string, count: number): ParsedCalendar {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const timezones = calendar.getAllSubcomponents('vtimezone');
  for (const vtimezone of timezones) ICAL.TimezoneService.register(vtimezone);
  const events = calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    const iterator = event.iterator();
    const next: ParsedEvent['next'] = [];
    for (let i = 0, time = iterator.next(); time && next.length < count && i < 20_000; i++, time = iterator.next()) {
      const details = event.getOccurrenceDetails(time);
      const start = details.startDate;
      const date = `${start.year}-${pad(start.month)}-${pad(start.day)}`;
      if (date < from) continue;
      const end = details.endDate;
      next.push({
        date,
        start: `${pad(start.hour)}:${pad(start.minute)}`,
        end: `${pad(end.hour)}:${pad(end.minute)}`,
        startMs: start.toJSDate().getTime(),
        endMs: end.toJSDate().getTime(),
      });
    }
    return { uid: event.uid, summary: event.summary, next };
  });
  return {
    timezones: timezones.map((tz) => String(tz.getFirstPropertyValue('tzid'))),
    events,
    prodid: String(calendar.getFirstPropertyValue('prodid')),
  };
}
