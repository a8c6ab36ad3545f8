/**
 * Shared types of the schedule helpers. A schedule (`rooster`) is a list of blocks (`tijdblok`)
 * exactly as the content schema parses them; dates are plain `YYYY-MM-DD` keys and times
 * `HH:MM` wall-clock times in Europe/Amsterdam.
 */
import type { z } from 'astro/zod';
import type { tijdblok } from '../../schema/pieces.ts';

/** One parsed schedule block (see `tijdblok` in src/schema/pieces.ts for its meaning). */
export type Tijdblok = z.output<typeof tijdblok>;

/** A calendar date without time zone, written `YYYY-MM-DD`. */
export type DateKey = string;

/** A wall-clock time in Amsterdam, written `HH:MM` (24-hour clock). */
export type TimeKey = string;

/** One concrete time something happens. */
export interface Occurrence {
  /** The day, `YYYY-MM-DD`. */
  date: DateKey;
  /** Start and end as wall-clock times in Amsterdam, `HH:MM`. */
  start: TimeKey;
  end: TimeKey;
  /** The real instants, ISO 8601 with the Amsterdam offset of that day: `2026-03-31T09:30:00+02:00`. */
  startInstant: string;
  endInstant: string;
  /** Index of the block in the schedule this occurrence comes from. */
  blockIndex: number;
}
