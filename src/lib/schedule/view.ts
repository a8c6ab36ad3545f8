/**
 * What the schedule components show, as plain data: the build renders it into HTML and the
 * browser script (src/scripts/schedule.ts) renders the same data for the visitor's today. One
 * view model, so the page with and without JavaScript says the same thing in the same words.
 * Browser-safe: no rrule, no i18n dictionary (texts arrive as `labels` from the build).
 */
import { formatDateNl, formatTimeNl, periodEnds } from './format.ts';
import type { DateKey } from './types.ts';
import { fillTemplate } from '../template.ts';
import { upcoming, weekFrom, type PackedOccurrences, type SlimOccurrence } from './upcoming.ts';
import { toAmsterdamIso } from './zone.ts';

/** Interface texts the browser needs, filled in by the build from t('schedule.*'). */
export interface ScheduleLabels {
  /** 'van {van} tot {tot} uur' */
  tijd: string;
  /** 'vandaag' */
  vandaag: string;
  /** 'Van {van} tot en met {tot}' */
  weekVan: string;
}

/** One line of a date list: "<time datetime=…>dinsdag 3 maart 2026</time>, van 9.30 tot 11.30 uur". */
export interface DateLine {
  datetime: string;
  date: string;
  time: string;
}

export type NextDatesView = { status: 'dates'; lines: DateLine[] } | { status: 'ended' } | { status: 'unknown' };

function timeText(occ: SlimOccurrence, labels: ScheduleLabels): string {
  return fillTemplate(labels.tijd, { van: formatTimeNl(occ.start), tot: formatTimeNl(occ.end) });
}

/** The "Volgende keren" list for `today`: up to `n` lines, or why there are none. */
export function nextDatesView(
  packed: PackedOccurrences,
  today: DateKey,
  n: number,
  labels: ScheduleLabels,
): NextDatesView {
  const result = upcoming(packed, today, n);
  if (result.status !== 'dates') return result;
  return {
    status: 'dates',
    lines: result.dates.map((occ) => ({
      datetime: toAmsterdamIso(occ.date, occ.start),
      date: formatDateNl(occ.date),
      time: timeText(occ, labels),
    })),
  };
}

/** Title, link and place of an item in "Wat is er deze week?" (short keys: it is embedded JSON). */
export interface WeekItem {
  /** Title */
  t: string;
  /** Link */
  h: string;
  /** Where, e.g. the name of the meeting place */
  w?: string;
}

export interface WeekEntryView {
  title: string;
  href: string;
  where?: string;
  datetime: string;
  time: string;
}

export interface WeekDayView {
  date: DateKey;
  /** "dinsdag 3 maart", with " (vandaag)" on today. */
  heading: string;
  isToday: boolean;
  entries: WeekEntryView[];
}

export interface WeekView {
  /** "Van maandag 2 tot en met zondag 8 maart 2026" */
  range: string;
  /** Only the days with something on them, Monday first. */
  days: WeekDayView[];
}

/** "Wat is er deze week?" for `today`, or undefined when the data does not cover this week. */
export function weekView(
  packed: PackedOccurrences,
  items: readonly WeekItem[],
  today: DateKey,
  labels: ScheduleLabels,
): WeekView | undefined {
  const week = weekFrom(packed, today);
  if (!week) return undefined;
  const ends = periodEnds(week.start, week.end);
  const days: WeekDayView[] = [];
  for (const day of week.days) {
    const entries: WeekEntryView[] = [];
    for (const occ of day.occurrences) {
      const item = items[occ.item];
      if (!item) continue;
      entries.push({
        title: item.t,
        href: item.h,
        ...(item.w ? { where: item.w } : {}),
        datetime: toAmsterdamIso(occ.date, occ.start),
        time: timeText(occ, labels),
      });
    }
    if (entries.length === 0) continue;
    const isToday = day.date === today;
    const name = formatDateNl(day.date, { year: false });
    days.push({ date: day.date, heading: isToday ? `${name} (${labels.vandaag})` : name, isToday, entries });
  }
  return { range: fillTemplate(labels.weekVan, { van: ends.from, tot: ends.to }), days };
}
