/**
 * Schedules grouped by day, for the kern page: "Wat is er deze week?" (concrete dates, Monday to
 * Sunday) and "activiteiten per dag" (the recurring pattern under each weekday).
 */
import type { WeekdagId } from '../vocabulary.ts';
import { addDays, daysBetween, WEEK_ORDER, weekdayOf } from './dates.ts';
import { describeBlock } from './describe.ts';
import { occurrences } from './occurrences.ts';
import type { DateKey, Occurrence, Tijdblok } from './types.ts';

/** Anything with a schedule: an activity, a location's opening hours, a meeting. */
export interface Scheduled {
  id: string;
  blocks: readonly Tijdblok[];
}

export interface WeekDay<T> {
  date: DateKey;
  weekday: WeekdagId;
  /** What happens that day, by start time. */
  entries: { item: T; occurrence: Occurrence }[];
}

export interface Week<T> {
  /** The first day shown: today. */
  start: DateKey;
  /** The last day shown: six days after today. */
  end: DateKey;
  /** Always seven days, today first; a day without anything has no entries. */
  days: WeekDay<T>[];
}

/**
 * The occurrences of all items in the seven days from `todayKey` on ("Wat is er deze week?").
 * A rolling week rather than Monday to Sunday: on a Sunday a resident wants the coming days,
 * not the ones that are already over.
 */
export function thisWeek<T extends Scheduled>(items: readonly T[], todayKey: DateKey): Week<T> {
  const start = todayKey;
  const end = addDays(start, 6);
  const days: WeekDay<T>[] = WEEK_ORDER.map((_, i) => {
    const date = addDays(start, i);
    return { date, weekday: weekdayOf(date), entries: [] };
  });
  for (const item of items) {
    for (const occurrence of occurrences(item.blocks, start, end)) {
      days[daysBetween(start, occurrence.date)]?.entries.push({ item, occurrence });
    }
  }
  for (const day of days) {
    day.entries.sort(
      (a, b) => a.occurrence.start.localeCompare(b.occurrence.start) || a.item.id.localeCompare(b.item.id),
    );
  }
  return { start, end, days };
}

export interface WeekdayEntry<T> {
  item: T;
  block: Tijdblok;
  blockIndex: number;
  /** The pattern for this weekday only: "elke eerste dinsdag van de maand van 14.00 tot 16.00 uur". */
  description: string;
}

export interface WeekdayGroup<T> {
  weekday: WeekdagId;
  entries: WeekdayEntry<T>[];
}

/**
 * Recurring blocks grouped under their weekdays, Monday first, by start time: a block on
 * Tuesday and Thursday appears under both days; a monthly first-Tuesday block under Tuesday with
 * its pattern. One-off blocks are left out (they belong in "deze week" and the date lists). With
 * `todayKey`, blocks that ended before that day are left out too.
 */
export function byWeekday<T extends Scheduled>(items: readonly T[], todayKey?: DateKey): WeekdayGroup<T>[] {
  const groups: WeekdayGroup<T>[] = WEEK_ORDER.map((weekday) => ({ weekday, entries: [] }));
  for (const item of items) {
    item.blocks.forEach((block, blockIndex) => {
      if (block.herhaling === 'eenmalig') return;
      if (todayKey && block.tot_en_met && block.tot_en_met < todayKey) return;
      for (const weekday of new Set(block.dagen ?? [])) {
        const single: Tijdblok = { ...block, dagen: [weekday] };
        const options = todayKey ? { today: todayKey } : {};
        groups[WEEK_ORDER.indexOf(weekday)]?.entries.push({
          item,
          block,
          blockIndex,
          description: describeBlock(single, options),
        });
      }
    });
  }
  for (const group of groups) {
    group.entries.sort((a, b) => a.block.van.localeCompare(b.block.van) || a.item.id.localeCompare(b.item.id));
  }
  return groups;
}
