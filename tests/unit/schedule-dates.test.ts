import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, mondayOfWeek, weekdayOf } from '../../src/lib/schedule/dates.ts';
import { capitalize, formatDateNl, formatDateShortNl, formatTimeNl, listNl } from '../../src/lib/schedule/format.ts';
import { toAmsterdamIso, todayInAmsterdam, toUtcBasic } from '../../src/lib/schedule/zone.ts';
import { buildToday } from '../../src/lib/schedule/today.ts';

describe('schedule dates', () => {
  it('3 March 2026 is a Tuesday and 1 March 2026 a Sunday', () => {
    expect(weekdayOf('2026-03-03')).toBe('di');
    expect(weekdayOf('2026-03-01')).toBe('zo');
  });

  it('adding days crosses month and year ends and the daylight-saving Sunday', () => {
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
  });

  it('the Monday of a week is the day itself on a Monday and six days back on a Sunday', () => {
    expect(mondayOfWeek('2026-03-02')).toBe('2026-03-02');
    expect(mondayOfWeek('2026-03-08')).toBe('2026-03-02');
    expect(mondayOfWeek('2026-03-04')).toBe('2026-03-02');
    expect(mondayOfWeek('2027-01-01')).toBe('2026-12-28');
  });
});

describe('Dutch date and time formats', () => {
  it('a date reads with a lower-case weekday and month', () => {
    expect(formatDateNl('2026-03-03')).toBe('dinsdag 3 maart 2026');
    expect(formatDateNl('2026-12-29', { weekday: false })).toBe('29 december 2026');
    expect(formatDateNl('2026-07-03', { month: false })).toBe('vrijdag 3');
  });

  it('the short date is a two-letter day and a month abbreviation', () => {
    expect(formatDateShortNl('2026-03-03')).toBe('di 3 mrt');
    expect(formatDateShortNl('2026-10-25')).toBe('zo 25 okt');
  });

  it('times have no leading zero and a full stop', () => {
    expect(formatTimeNl('09:30')).toBe('9.30');
    expect(formatTimeNl('14:00')).toBe('14.00');
    expect(formatTimeNl('00:05')).toBe('0.05');
  });

  it('lists join with commas and a final "en"', () => {
    expect(listNl(['dinsdag'])).toBe('dinsdag');
    expect(listNl(['dinsdag', 'donderdag'])).toBe('dinsdag en donderdag');
    expect(listNl(['maandag', 'woensdag', 'vrijdag'])).toBe('maandag, woensdag en vrijdag');
    expect(capitalize('elke dinsdag')).toBe('Elke dinsdag');
  });
});

describe('Amsterdam time', () => {
  it('a winter time has offset +01:00 and a summer time +02:00', () => {
    expect(toAmsterdamIso('2026-03-24', '09:30')).toBe('2026-03-24T09:30:00+01:00');
    expect(toAmsterdamIso('2026-03-31', '09:30')).toBe('2026-03-31T09:30:00+02:00');
  });

  it('on the Sunday clocks go forward the morning is already summer time', () => {
    expect(toAmsterdamIso('2026-03-29', '01:30')).toBe('2026-03-29T01:30:00+01:00');
    expect(toAmsterdamIso('2026-03-29', '09:30')).toBe('2026-03-29T09:30:00+02:00');
  });

  it('a time skipped by the clock change moves one hour later and a doubled time is the first one', () => {
    expect(toAmsterdamIso('2026-03-29', '02:30')).toBe('2026-03-29T03:30:00+02:00');
    expect(toAmsterdamIso('2026-10-25', '02:30')).toBe('2026-10-25T02:30:00+02:00');
    expect(toAmsterdamIso('2026-10-25', '09:30')).toBe('2026-10-25T09:30:00+01:00');
  });

  it('UNTIL in UTC is one or two hours earlier than the Amsterdam time', () => {
    expect(toUtcBasic('2027-06-30', '09:30')).toBe('20270630T073000Z');
    expect(toUtcBasic('2027-01-05', '09:30')).toBe('20270105T083000Z');
  });

  it('today in Amsterdam is already tomorrow at 23:30 UTC', () => {
    expect(todayInAmsterdam(new Date('2026-03-03T22:30:00Z'))).toBe('2026-03-03');
    expect(todayInAmsterdam(new Date('2026-03-03T23:30:00Z'))).toBe('2026-03-04');
    expect(todayInAmsterdam(new Date('2026-07-03T22:30:00Z'))).toBe('2026-07-04');
  });

  it('the build day can be pinned with WEGWIJZER_DATUM and is otherwise the Amsterdam date', () => {
    expect(buildToday({ WEGWIJZER_DATUM: '2026-03-03' })).toBe('2026-03-03');
    expect(buildToday({}, new Date('2026-03-03T23:30:00Z'))).toBe('2026-03-04');
    expect(() => buildToday({ WEGWIJZER_DATUM: '3 maart' })).toThrow();
  });
});
