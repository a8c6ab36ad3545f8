/**
 * A wall-clock time in Europe/Amsterdam in the shape ical-generator accepts for Temporal values.
 * ical-generator formats a plain JS Date with the *process's* local time zone when an event has
 * a TZID; these small objects carry the Amsterdam date and time themselves, so the output is
 * the same on every machine (DTSTART;TZID=Europe/Amsterdam:20260303T093000).
 */
import type { ICalTemporalPlainDateTimeStub, ICalTemporalZonedDateTimeStub } from 'ical-generator';
import { TIME_ZONE, amsterdamInstantMs } from '../../schedule/zone.ts';

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** The date `YYYY-MM-DD` at `HH:MM`, Amsterdam time. */
export function wallTime(date: string, time: string): ICalTemporalPlainDateTimeStub {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  const text = `${pad(year, 4)}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:00`;
  const fields = { year, month, day, hour, minute, second: 0 };
  const epochMilliseconds = amsterdamInstantMs(date, time);
  const zoned: ICalTemporalZonedDateTimeStub = {
    ...fields,
    timeZoneId: TIME_ZONE,
    toInstant: () => ({
      epochMilliseconds,
      toJSON: () => new Date(epochMilliseconds).toISOString(),
      toString: () => new Date(epochMilliseconds).toISOString(),
      toZonedDateTimeISO: () => zoned,
    }),
    toJSON: () => `${text}[${TIME_ZONE}]`,
    toPlainDateTime: () => plain,
    toString: () => `${text}[${TIME_ZONE}]`,
    withTimeZone: () => zoned,
  };
  const plain: ICalTemporalPlainDateTimeStub = {
    ...fields,
    toJSON: () => text,
    toPlainDate: () => ({ year, month, day, toJSON: () => date, toString: () => date }),
    toString: () => text,
    toZonedDateTime: () => zoned,
  };
  return plain;
}
