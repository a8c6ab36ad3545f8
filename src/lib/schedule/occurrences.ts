/**
 * Concrete dates of a schedule: all occurrences in a range, or the next N. Recurrence comes from
 * rrule (via plan.ts and block-dates.ts); this module adds times and instants and merges blocks.
 */
import { blockDates, nextBlockDates } from './block-dates.ts';
import type { DateKey, Occurrence, Tijdblok } from './types.ts';
import { toAmsterdamIso } from './zone.ts';

function toOccurrence(date: DateKey, block: Tijdblok, blockIndex: number): Occurrence {
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
    for (const date of blockDates(block, fromDateKey, toDateKey)) result.push(toOccurrence(date, block, blockIndex));
  });
  return result.sort(compareOccurrences);
}

/** The first `n` occurrences on or after `fromDateKey`, sorted (fewer when the schedule ends). */
export function nextOccurrences(blocks: readonly Tijdblok[], fromDateKey: DateKey, n: number): Occurrence[] {
  if (n <= 0) return [];
  const result: Occurrence[] = [];
  blocks.forEach((block, blockIndex) => {
    for (const date of nextBlockDates(block, fromDateKey, n)) result.push(toOccurrence(date, block, blockIndex));
  });
  return result.sort(compareOccurrences).slice(0, n);
}
