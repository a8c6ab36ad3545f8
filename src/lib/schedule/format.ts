/**
 * Dutch date and time formats (TAAL.md): lower-case day and month names, "9.30" for times.
 * Written out by hand rather than via Intl so the text is identical on every platform and the
 * browser script can share it without loading locale data.
 */
import { WEEKDAGEN } from '../vocabulary.ts';
import { parseDateKey, weekdayOf } from './dates.ts';
import type { DateKey, TimeKey } from './types.ts';

export const MONTHS_NL = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
] as const;
const MONTHS_SHORT_NL = ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'] as const;

export interface DateFormatOptions {
  /** Start with the weekday ("dinsdag 3 maart 2026"); default true. */
  weekday?: boolean;
  /** Show the month; default true (false gives "vrijdag 3" for the first day of a range). */
  month?: boolean;
  /** Show the year; default true. */
  year?: boolean;
}

/** formatDateNl('2026-03-03') === 'dinsdag 3 maart 2026'; options drop the weekday, month or year. */
export function formatDateNl(key: DateKey, options: DateFormatOptions = {}): string {
  const { year, month, day } = parseDateKey(key);
  const parts: string[] = [];
  if (options.weekday !== false) parts.push(WEEKDAGEN[weekdayOf(key)]);
  parts.push(String(day));
  if (options.month !== false) parts.push(MONTHS_NL[month - 1] ?? '');
  if (options.month !== false && options.year !== false) parts.push(String(year));
  return parts.join(' ');
}

/** The short form for lists and flyers: formatDateShortNl('2026-03-03') === 'di 3 mrt'. */
export function formatDateShortNl(key: DateKey): string {
  const { month, day } = parseDateKey(key);
  return `${weekdayOf(key)} ${day} ${MONTHS_SHORT_NL[month - 1] ?? ''}`;
}

/** formatTimeNl('09:30') === '9.30'; formatTimeNl('14:00') === '14.00'. */
export function formatTimeNl(time: TimeKey): string {
  const [hour, minute] = time.split(':');
  return `${Number(hour)}.${minute ?? '00'}`;
}

/** Dutch list: ['a'] → 'a', ['a', 'b'] → 'a en b', ['a', 'b', 'c'] → 'a, b en c'. */
export function listNl(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} en ${items[items.length - 1]}`;
}

/**
 * The two ends of a period, the first saying only what differs: ('2026-07-03', '2026-07-05') →
 * { from: 'vrijdag 3', to: 'zondag 5 juli 2026' }; across months 'dinsdag 30 juni', across years
 * the full date. With `year: false` the last date has no year either.
 */
export function periodEnds(from: DateKey, to: DateKey, options: { year?: boolean } = {}): { from: string; to: string } {
  const a = parseDateKey(from);
  const b = parseDateKey(to);
  const sameYear = a.year === b.year;
  const sameMonth = sameYear && a.month === b.month;
  const year = options.year !== false;
  return {
    from: formatDateNl(from, { month: !sameMonth, year: year && !sameYear }),
    to: formatDateNl(to, { year }),
  };
}

/** Upper-case the first letter, for a pattern that starts a sentence. */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A fragment as a sentence: capital first letter and a full stop unless it already ends in one. */
export function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?]$/.test(trimmed) ? capitalize(trimmed) : `${capitalize(trimmed)}.`;
}
