/**
 * Concrete dates of a schedule: all occurrences in a range, or the next N. Recurrence comes from
 * rrule (via plan.ts); this module only turns floating times into dates, times and instants.
 */
import { addDays, utcDateKey } from './dates.ts';
import { compileBlock, floating } from './plan.ts';
import type { DateKey, Occurrence, Tijdblok } from './types.ts';
import { toAmsterdamIso } from './zone.ts';

/** How far ahead `nextOccurrences` looks: a schedule with nothing in 20 years is over. */
const LOOKAHEAD_DAYS = 20 * 366;

function toOccurrence(when: Date, block: Tijdblok, blockIndex: number): Occurrence {
  const date = utcDateKey(when);
  return {
    date,
    start: block.van,
    end: block.tot,
    startInstant: toAmsterdamIso(date, block.van),
    endInstant: toAmsterdamIso(date, block.tot),
    blockIndex,
  };
}

/** Sort by day, then start time, then block order: the order a resident reads a list in. */
export function compareOccurrences(a: Occurrence, b: Occurrence): number {
  return a.date.localeCompare(b.date) || a.start.localeCompare(b.start) || a.blockIndex - b.blockIndex;
}

/**
 * Every occurrence of the blocks from `fromDateKey` to `toDateKey` (both days included), sorted.
 * Cancelled days (`behalve`) are left out. A multi-day one-off event gives one occurrence per day.
 */
export function occurrences(blocks: readonly Tijdblok[], fromDateKey: DateKey, toDateKey: DateKey): Occurrence[] {
  const result: Occurrence[] = [];
  blocks.forEach((block, blockIndex) => {
    const { set } = compileBlock(block);
    if (!set) return;
    for (const when of set.between(floating(fromDateKey), floating(toDateKey, '23:59'), true)) {
      result.push(toOccurrence(when, block, blockIndex));
    }
  });
  return result.sort(compareOccurrences);
}

/** The first `n` occurrences on or after `fromDateKey`, sorted (fewer when the schedule ends). */
export function nextOccurrences(blocks: readonly Tijdblok[], fromDateKey: DateKey, n: number): Occurrence[] {
  if (n <= 0) return [];
  const result: Occurrence[] = [];
  const until = floating(addDays(fromDateKey, LOOKAHEAD_DAYS));
  blocks.forEach((block, blockIndex) => {
    const { set } = compileBlock(block);
    if (!set) return;
    const dates = set.between(floating(fromDateKey), until, true, (_date, count) => count < n);
    for (const when of dates) result.push(toOccurrence(when, block, blockIndex));
  });
  return result.sort(compareOccurrences).slice(0, n);
}
