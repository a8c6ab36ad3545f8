/**
 * The browser side of schedules, kept free of rrule so it ships in a few hundred bytes. The build
 * embeds a schedule's occurrences for a horizon (pack.ts) in a data attribute; these pure
 * functions pick what is still to come for the visitor's today. The build uses the same functions
 * for its own HTML, so the page without JavaScript shows exactly what the script would show on
 * the build day.
 */
import { addDays, daysBetween, WEEK_ORDER } from './dates.ts';
import type { DateKey, TimeKey } from './types.ts';

/** Occurrences over a horizon, compact: JSON of this goes into a data attribute. */
export interface PackedOccurrences {
  /** First day covered (day offsets count from here). */
  b: DateKey;
  /** Last day covered. */
  e: DateKey;
  /** True when nothing happens after `e` at all: the schedule has really ended. */
  f: boolean;
  /** Time slots, "09:30-11:30". */
  s: string[];
  /** Flat triplets: day offset from `b`, slot index, item index. */
  o: number[];
}

export interface SlimOccurrence {
  date: DateKey;
  start: TimeKey;
  end: TimeKey;
  /** Index into the list of items the data was packed for (0 for a single schedule). */
  item: number;
}

/** Pack sorted occurrences (see PackedOccurrences). */
export function packOccurrences(
  list: readonly SlimOccurrence[],
  first: DateKey,
  last: DateKey,
  complete: boolean,
): PackedOccurrences {
  const slots: string[] = [];
  const o: number[] = [];
  for (const occ of list) {
    const slot = `${occ.start}-${occ.end}`;
    let index = slots.indexOf(slot);
    if (index < 0) index = slots.push(slot) - 1;
    o.push(daysBetween(first, occ.date), index, occ.item);
  }
  return { b: first, e: last, f: complete, s: slots, o };
}

/** The occurrences in packed data, in their packed (sorted) order. */
export function unpackOccurrences(packed: PackedOccurrences): SlimOccurrence[] {
  const result: SlimOccurrence[] = [];
  for (let i = 0; i + 2 < packed.o.length; i += 3) {
    const [start = '', end = ''] = (packed.s[packed.o[i + 1] ?? 0] ?? '').split('-');
    result.push({ date: addDays(packed.b, packed.o[i] ?? 0), start, end, item: packed.o[i + 2] ?? 0 });
  }
  return result;
}

export type Upcoming =
  /** Dates to show (at least one). */
  | { status: 'dates'; dates: SlimOccurrence[] }
  /** Nothing left and nothing after the horizon: the schedule is over. */
  | { status: 'ended' }
  /** The embedded horizon has run out: show only the pattern. */
  | { status: 'unknown' };

/**
 * The next `n` occurrences on or after `today`. An occurrence earlier today still counts (it may
 * still be going on).
 */
export function upcoming(packed: PackedOccurrences, today: DateKey, n: number): Upcoming {
  const dates = unpackOccurrences(packed)
    .filter((occ) => occ.date >= today)
    .slice(0, n);
  if (dates.length > 0) return { status: 'dates', dates };
  return packed.f ? { status: 'ended' } : { status: 'unknown' };
}

export interface SlimWeek {
  start: DateKey;
  end: DateKey;
  /** Seven days, Monday first, each with its occurrences by start time. */
  days: { date: DateKey; occurrences: SlimOccurrence[] }[];
}

/**
 * The seven days from `today` on (a rolling week, as `thisWeek` on the build side), or undefined
 * when the packed data does not cover them all (so the page hides "deze week" instead of showing
 * an empty week).
 */
export function weekFrom(packed: PackedOccurrences, today: DateKey): SlimWeek | undefined {
  const start = today;
  const end = addDays(start, 6);
  if (start < packed.b || (end > packed.e && !packed.f)) return undefined;
  const days = WEEK_ORDER.map((_, i) => ({ date: addDays(start, i), occurrences: [] as SlimOccurrence[] }));
  for (const occ of unpackOccurrences(packed)) {
    if (occ.date < start || occ.date > end) continue;
    days[daysBetween(start, occ.date)]?.occurrences.push(occ);
  }
  for (const day of days) day.occurrences.sort((a, b) => a.start.localeCompare(b.start) || a.item - b.item);
  return { start, end, days };
}

/**
 * Drop the items no occurrence refers to and renumber the rest, so a page embeds only the titles
 * it may show. `used` lists the original positions of the kept items, in their new order.
 */
export function keepUsedItems(packed: PackedOccurrences): { packed: PackedOccurrences; used: number[] } {
  const used: number[] = [];
  const o = packed.o.slice();
  for (let i = 2; i < o.length; i += 3) {
    const original = o[i] ?? 0;
    let index = used.indexOf(original);
    if (index < 0) index = used.push(original) - 1;
    o[i] = index;
  }
  return { packed: { ...packed, o }, used };
}
