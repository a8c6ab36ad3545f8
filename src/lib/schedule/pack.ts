/**
 * The build side of the browser data: occurrences over a horizon, packed for a data attribute
 * (format in upcoming.ts). Horizons are capped so a page stays small; when the horizon runs out
 * before the next build, the browser shows the pattern only.
 */
import { addDays, mondayOfWeek } from './dates.ts';
import { hasDatesAfter } from './block-dates.ts';
import { occurrences } from './occurrences.ts';
import type { DateKey, Tijdblok } from './types.ts';
import { packOccurrences, type PackedOccurrences, type SlimOccurrence } from './upcoming.ts';

export interface ScheduleHorizon {
  /** Days ahead to embed; default 182 (26 weeks). */
  days?: number;
  /** Most occurrences to embed; default 60 (a daily opening time still gets two months). */
  cap?: number;
}

/** True when no block has an occurrence after `date`. */
function endsBy(blocks: readonly Tijdblok[], date: DateKey): boolean {
  return !blocks.some((block) => hasDatesAfter(block, date));
}

/** One schedule's occurrences from `today` over the horizon, packed. */
export function packSchedule(
  blocks: readonly Tijdblok[],
  today: DateKey,
  horizon: ScheduleHorizon = {},
): PackedOccurrences {
  const cap = horizon.cap ?? 60;
  let last = addDays(today, (horizon.days ?? 182) - 1);
  let list = occurrences(blocks, today, last);
  const lastKept = list[cap - 1];
  if (list.length > cap && lastKept) {
    // Keep whole days, so the data never claims a day is covered when part of it was cut.
    last = lastKept.date;
    list = list.filter((occ) => occ.date <= last);
  }
  const slim: SlimOccurrence[] = list.map((occ) => ({ date: occ.date, start: occ.start, end: occ.end, item: 0 }));
  return packOccurrences(slim, today, last, endsBy(blocks, last));
}

/**
 * Several items' occurrences from the Monday of `today`'s week over `weeks` whole weeks, packed
 * for "Wat is er deze week?". Item numbers are positions in `items`.
 */
export function packWeeks(
  items: readonly { blocks: readonly Tijdblok[] }[],
  today: DateKey,
  weeks = 10,
): PackedOccurrences {
  const first = mondayOfWeek(today);
  const last = addDays(first, weeks * 7 - 1);
  const slim: SlimOccurrence[] = [];
  items.forEach((entry, item) => {
    for (const occ of occurrences(entry.blocks, first, last))
      slim.push({ date: occ.date, start: occ.start, end: occ.end, item });
  });
  slim.sort((a, b) => a.date.localeCompare(b.date) || a.start.localeCompare(b.start) || a.item - b.item);
  return packOccurrences(
    slim,
    first,
    last,
    items.every((entry) => endsBy(entry.blocks, last)),
  );
}
