/**
 * The one time zone of the site, Europe/Amsterdam, through the platform's Intl data (works in
 * Node and in every current browser). Used only where a real instant is needed: `<time datetime>`,
 * iCalendar UNTIL, and "what is today for the visitor".
 */
import { boundedMemo } from '../memo.ts';
import type { DateKey, TimeKey } from './types.ts';

export const TIME_ZONE = 'Europe/Amsterdam';

let formatter: Intl.DateTimeFormat | undefined;

// formatToParts is the costly part; a build asks for the same instants (schedule dates) again and
// again across pages, so results are kept (bounded; emptied when full).
const rememberedParts = boundedMemo<
  number,
  Readonly<{ year: number; month: number; day: number; hour: number; minute: number; second: number }>
>(20_000);

/** Wall-clock parts of an instant in Amsterdam. */
function amsterdamParts(instantMs: number): {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
} {
  formatter ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: TIME_ZONE,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
  const format = formatter;
  return rememberedParts(instantMs, () => {
    const parts: Record<string, number> = {};
    for (const part of format.formatToParts(instantMs)) {
      if (part.type !== 'literal') parts[part.type] = Number(part.value);
    }
    return {
      year: parts['year'] ?? 0,
      month: parts['month'] ?? 0,
      day: parts['day'] ?? 0,
      hour: parts['hour'] ?? 0,
      minute: parts['minute'] ?? 0,
      second: parts['second'] ?? 0,
    };
  });
}

/** Offset of Amsterdam from UTC at an instant, in minutes (60 in winter, 120 in summer). */
export function amsterdamOffsetMinutes(instantMs: number): number {
  const p = amsterdamParts(instantMs);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return Math.round((asUtc - Math.floor(instantMs / 1000) * 1000) / 60_000);
}

/**
 * The instant (ms since epoch) of a wall-clock time in Amsterdam. For a time that does not exist
 * (02:30 on the last Sunday of March) the result is one hour later on the clock; for one that
 * exists twice (02:30 on the last Sunday of October) it is the first, summer-time one.
 */
export function amsterdamInstantMs(date: DateKey, time: TimeKey): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  // Try the offset of the hours before and after; the one that maps back to this wall time wins.
  const candidates = [amsterdamOffsetMinutes(wall - 3 * 3_600_000), amsterdamOffsetMinutes(wall + 3 * 3_600_000)];
  for (const offset of candidates.sort((a, b) => b - a)) {
    const instant = wall - offset * 60_000;
    if (amsterdamOffsetMinutes(instant) === offset) return instant;
  }
  return wall - (candidates[1] ?? 60) * 60_000;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** ISO 8601 with the Amsterdam offset: toAmsterdamIso('2026-03-31', '09:30') === '2026-03-31T09:30:00+02:00'. */
export function toAmsterdamIso(date: DateKey, time: TimeKey): string {
  const key = `${date}T${time}`;
  let iso = isoCache.get(key);
  if (iso === undefined) {
    iso = computeAmsterdamIso(date, time);
    isoCache.set(key, iso);
  }
  return iso;
}

// Intl.formatToParts is slow (tens of µs); a build asks for the same day and time many times.
const isoCache = new Map<string, string>();

function computeAmsterdamIso(date: DateKey, time: TimeKey): string {
  const instant = amsterdamInstantMs(date, time);
  const offset = amsterdamOffsetMinutes(instant);
  const p = amsterdamParts(instant);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}:00${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** The UTC form RFC 5545 wants for UNTIL: '20270630T073000Z'. */
export function toUtcBasic(date: DateKey, time: TimeKey): string {
  return new Date(amsterdamInstantMs(date, time))
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** Today's date in Amsterdam at the instant `now` (a visitor abroad still sees Dutch days). */
export function todayInAmsterdam(now: Date): DateKey {
  const p = amsterdamParts(now.getTime());
  return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
}
