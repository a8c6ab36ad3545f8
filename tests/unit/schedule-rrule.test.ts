import { describe, expect, it } from 'vitest';
import { occurrences } from '../../src/lib/schedule/occurrences.ts';
import { RECURRENCE_ANCHOR } from '../../src/lib/schedule/plan.ts';
import { RRule } from '../../src/lib/schedule/rrule-lib.ts';
import { toRRule } from '../../src/lib/schedule/to-rrule.ts';
import { blok } from './schedule-fixtures.ts';

describe('RFC 5545 text of a block', () => {
  it('every Tuesday without a first date starts on the first Tuesday after the fixed anchor', () => {
    expect(RECURRENCE_ANCHOR).toBe('2024-01-01');
    const text = toRRule(blok({ herhaling: 'wekelijks', dagen: ['di'], van: '09:30', tot: '11:30' }));
    expect(text.lines).toEqual([
      'DTSTART;TZID=Europe/Amsterdam:20240102T093000',
      'DTEND;TZID=Europe/Amsterdam:20240102T113000',
      'RRULE:FREQ=WEEKLY;BYDAY=TU',
    ]);
  });

  it('Tuesday and Thursday are listed Monday first whatever order the editor wrote', () => {
    const text = toRRule(
      blok({ herhaling: 'wekelijks', dagen: ['do', 'di'], datum: '2026-03-03', van: '14:00', tot: '16:00' }),
    );
    expect(text.rrule).toBe('RRULE:FREQ=WEEKLY;BYDAY=TU,TH');
    expect(text.dtstart).toBe('DTSTART;TZID=Europe/Amsterdam:20260303T140000');
  });

  it('every other week has INTERVAL=2 with Monday as week start, and UNTIL in UTC at the start time', () => {
    const text = toRRule(
      blok({
        herhaling: 'tweewekelijks',
        dagen: ['di'],
        datum: '2026-03-03',
        van: '09:30',
        tot: '11:30',
        tot_en_met: '2027-06-29',
      }),
    );
    expect(text.rrule).toBe('RRULE:FREQ=WEEKLY;INTERVAL=2;WKST=MO;BYDAY=TU;UNTIL=20270629T073000Z');
  });

  it('a first date that is not a matching day moves DTSTART to the first real occurrence', () => {
    const text = toRRule(
      blok({ herhaling: 'tweewekelijks', dagen: ['do'], datum: '2026-03-02', van: '09:30', tot: '11:30' }),
    );
    expect(text.dtstart).toBe('DTSTART;TZID=Europe/Amsterdam:20260305T093000');
  });

  it('the first and third Tuesday become BYDAY=1TU,3TU and the last Friday BYDAY=-1FR', () => {
    expect(
      toRRule(blok({ herhaling: 'maandelijks', weken: [3, 1], dagen: ['di'], van: '14:00', tot: '16:00' })).rrule,
    ).toBe('RRULE:FREQ=MONTHLY;BYDAY=1TU,3TU');
    expect(
      toRRule(blok({ herhaling: 'maandelijks', weken: [-1], dagen: ['vr'], van: '19:00', tot: '21:00' })).rrule,
    ).toBe('RRULE:FREQ=MONTHLY;BYDAY=-1FR');
    expect(
      toRRule(blok({ herhaling: 'maandelijks', weken: [-1, 2], dagen: ['wo'], van: '19:00', tot: '21:00' })).rrule,
    ).toBe('RRULE:FREQ=MONTHLY;BYDAY=2WE,-1WE');
  });

  it('cancelled days become one sorted EXDATE line at the start time', () => {
    const text = toRRule(
      blok({
        herhaling: 'wekelijks',
        dagen: ['di'],
        van: '09:30',
        tot: '11:30',
        behalve: ['2027-01-05', '2026-12-29'],
      }),
    );
    expect(text.exdate).toBe('EXDATE;TZID=Europe/Amsterdam:20261229T093000,20270105T093000');
    expect(text.lines).toHaveLength(4);
  });

  it('a one-off date has no RRULE and a three-day event repeats daily until its last day', () => {
    const once = toRRule(blok({ herhaling: 'eenmalig', datum: '2026-03-03', van: '19:30', tot: '21:00' }));
    expect(once.lines).toEqual([
      'DTSTART;TZID=Europe/Amsterdam:20260303T193000',
      'DTEND;TZID=Europe/Amsterdam:20260303T210000',
    ]);
    const weekend = toRRule(
      blok({ herhaling: 'eenmalig', datum: '2026-07-03', einddatum: '2026-07-05', van: '10:00', tot: '17:00' }),
    );
    expect(weekend.rrule).toBe('RRULE:FREQ=DAILY;UNTIL=20260705T080000Z');
  });

  it('a block whose end comes before its first matching day is empty', () => {
    const never = toRRule(
      blok({
        herhaling: 'wekelijks',
        dagen: ['di'],
        datum: '2026-03-04',
        tot_en_met: '2026-03-09',
        van: '09:30',
        tot: '11:30',
      }),
    );
    expect(never.empty).toBe(true);
    expect(never.lines).toEqual([]);
  });

  it('the plan gives the HSDS fields: freq, interval, byday, until and times', () => {
    const { plan } = toRRule(
      blok({
        herhaling: 'maandelijks',
        weken: [1],
        dagen: ['wo'],
        datum: '2026-03-01',
        tot_en_met: '2026-12-31',
        van: '10:00',
        tot: '12:00',
      }),
    );
    expect(plan).toEqual({
      freq: 'MONTHLY',
      interval: 1,
      byday: ['1WE'],
      dtstart: '2026-03-04',
      until: '2026-12-31',
      exdates: [],
      start: '10:00',
      end: '12:00',
    });
  });
});

describe('the RRULE text means the same to an independent parser', () => {
  // rrule's own string parser reads our RRULE with a floating DTSTART; its dates must match ours.
  const cases = [
    blok({ herhaling: 'tweewekelijks', dagen: ['di', 'do'], datum: '2026-03-02', van: '09:30', tot: '11:30' }),
    blok({ herhaling: 'maandelijks', weken: [1, -1], dagen: ['vr'], van: '19:00', tot: '21:00' }),
    blok({ herhaling: 'wekelijks', dagen: ['za', 'ma'], van: '08:00', tot: '09:00' }),
  ];
  for (const block of cases) {
    it(`${block.herhaling} on ${(block.dagen ?? []).join(' and ')} gives the same dates in 2026`, () => {
      const text = toRRule(block);
      const start = text.dtstart.replace('DTSTART;TZID=Europe/Amsterdam:', '');
      const parsed = RRule.fromString(`DTSTART:${start}Z\n${text.rrule}`);
      const theirs = parsed
        .between(new Date('2026-01-01T00:00:00Z'), new Date('2026-12-31T23:59:00Z'), true)
        .map((d) => d.toISOString().slice(0, 10));
      expect(theirs.length).toBeGreaterThan(20);
      expect(theirs).toEqual(occurrences([block], '2026-01-01', '2026-12-31').map((occ) => occ.date));
    });
  }
});
