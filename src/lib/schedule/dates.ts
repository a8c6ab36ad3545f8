/**
 * Calendar arithmetic on `YYYY-MM-DD` keys. Dates are handled as UTC midnights internally so no
 * local time zone or daylight-saving change can shift them. No recurrence logic lives here (that
 * is rrule's job); only "which weekday" and "n days later". Safe to ship to the browser.
 */
import type { WeekdagId } from '../vocabulary.ts';
import type { DateKey } from './types.ts';

/** Weekday ids indexed by `Date#getUTCDay()` (0 = Sunday). */
const BY_JS_DAY: readonly WeekdagId[] = ['zo', 'ma', 'di', 'wo', 'do', 'vr', 'za'];

/** Weekday ids Monday first: the Dutch week. */
export const WEEK_ORDER: readonly WeekdagId[] = ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'];

const DATE_KEY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The parts of a date key; throws on anything that is not `YYYY-MM-DD`. */
export function parseDateKey(key: DateKey): { year: number; month: number; day: number } {
  const match = DATE_KEY.exec(key);
  if (!match) throw new Error(`Not a date key (YYYY-MM-DD): ${key}`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

/** Milliseconds of the UTC midnight of a date key. */
export function dateKeyToUtcMs(key: DateKey): number {
  const { year, month, day } = parseDateKey(key);
  return Date.UTC(year, month - 1, day);
}

/** The date key of the UTC calendar day of `date`. */
export function utcDateKey(date: Date): DateKey {
  return date.toISOString().slice(0, 10);
}

/** The date `days` days after `key` (negative goes back). */
export function addDays(key: DateKey, days: number): DateKey {
  return utcDateKey(new Date(dateKeyToUtcMs(key) + days * 86_400_000));
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: DateKey, to: DateKey): number {
  return Math.round((dateKeyToUtcMs(to) - dateKeyToUtcMs(from)) / 86_400_000);
}

/** The weekday of a date, as a Dutch id: weekdayOf('2026-03-03') === 'di'. */
export function weekdayOf(key: DateKey): WeekdagId {
  return BY_JS_DAY[new Date(dateKeyToUtcMs(key)).getUTCDay()] as WeekdagId;
}

/** The Monday of the (Monday to Sunday) week that contains `key`. */
export function mondayOfWeek(key: DateKey): DateKey {
  return addDays(key, -WEEK_ORDER.indexOf(weekdayOf(key)));
}
