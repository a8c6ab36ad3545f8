import { describe, expect, it } from 'vitest';
import { nextOccurrences, occurrences } from '../../src/lib/schedule/occurrences.ts';
import { blok } from './schedule-fixtures.ts';

const dates = (list: { date: string }[]) => list.map((occ) => occ.date);

describe('weekly schedules', () => {
  it('an activity every Tuesday happens on all five Tuesdays of March 2026', () => {
    const tuesdays = blok({ herhaling: 'wekelijks', dagen: ['di'], van: '09:30', tot: '11:30' });
    expect(dates(occurrences([tuesdays], '2026-03-01', '2026-03-31'))).toEqual([
      '2026-03-03',
      '2026-03-10',
      '2026-03-17',
      '2026-03-24',
      '2026-03-31',
    ]);
  });

  it('an activity on Tuesday and Thursday lists both days in date order', () => {
    const twice = blok({ herhaling: 'wekelijks', dagen: ['do', 'di'], van: '14:00', tot: '16:00' });
    expect(dates(occurrences([twice], '2026-03-01', '2026-03-14'))).toEqual([
      '2026-03-03',
      '2026-03-05',
      '2026-03-10',
      '2026-03-12',
    ]);
  });

  it('a weekly activity with a first date does not happen before that date', () => {
    const later = blok({ herhaling: 'wekelijks', dagen: ['di'], datum: '2026-03-10', van: '09:30', tot: '11:30' });
    expect(dates(occurrences([later], '2026-03-01', '2026-03-31'))).toEqual([
      '2026-03-10',
      '2026-03-17',
      '2026-03-24',
      '2026-03-31',
    ]);
  });

  it('a weekly activity without a first date is still right years later', () => {
    const tuesdays = blok({ herhaling: 'wekelijks', dagen: ['di'], van: '09:30', tot: '11:30' });
    expect(dates(occurrences([tuesdays], '2030-01-01', '2030-01-14'))).toEqual(['2030-01-01', '2030-01-08']);
  });

  it('each occurrence carries its times and the block it comes from', () => {
    const tuesdays = blok({ herhaling: 'wekelijks', dagen: ['di'], van: '09:30', tot: '11:30' });
    expect(occurrences([tuesdays], '2026-03-03', '2026-03-03')).toEqual([
      {
        date: '2026-03-03',
        start: '09:30',
        end: '11:30',
        startInstant: '2026-03-03T09:30:00+01:00',
        endInstant: '2026-03-03T11:30:00+01:00',
        blockIndex: 0,
      },
    ]);
  });
});

describe('fortnightly schedules', () => {
  it('every other Tuesday from 3 March skips 10 March and 24 March', () => {
    const fortnight = blok({
      herhaling: 'tweewekelijks',
      dagen: ['di'],
      datum: '2026-03-03',
      van: '09:30',
      tot: '11:30',
    });
    expect(dates(occurrences([fortnight], '2026-03-01', '2026-04-30'))).toEqual([
      '2026-03-03',
      '2026-03-17',
      '2026-03-31',
      '2026-04-14',
      '2026-04-28',
    ]);
  });

  it('the first date decides the weeks: from 10 March it is the other Tuesdays', () => {
    const fortnight = blok({
      herhaling: 'tweewekelijks',
      dagen: ['di'],
      datum: '2026-03-10',
      van: '09:30',
      tot: '11:30',
    });
    expect(dates(occurrences([fortnight], '2026-03-01', '2026-04-30'))).toEqual([
      '2026-03-10',
      '2026-03-24',
      '2026-04-07',
      '2026-04-21',
    ]);
  });

  it('every other week on Tuesday and Thursday keeps both days in the same week', () => {
    const fortnight = blok({
      herhaling: 'tweewekelijks',
      dagen: ['di', 'do'],
      datum: '2026-03-02',
      van: '09:30',
      tot: '11:30',
    });
    expect(dates(occurrences([fortnight], '2026-03-01', '2026-03-31'))).toEqual([
      '2026-03-03',
      '2026-03-05',
      '2026-03-17',
      '2026-03-19',
      '2026-03-31',
    ]);
  });
});

describe('monthly schedules', () => {
  it('every first and third Tuesday of the month', () => {
    const monthly = blok({ herhaling: 'maandelijks', weken: [1, 3], dagen: ['di'], van: '14:00', tot: '16:00' });
    expect(dates(occurrences([monthly], '2026-03-01', '2026-04-30'))).toEqual([
      '2026-03-03',
      '2026-03-17',
      '2026-04-07',
      '2026-04-21',
    ]);
  });

  it('every first Wednesday of the month, also when the month starts on a Wednesday', () => {
    const monthly = blok({ herhaling: 'maandelijks', weken: [1], dagen: ['wo'], van: '10:00', tot: '12:00' });
    expect(dates(occurrences([monthly], '2026-03-01', '2026-05-31'))).toEqual([
      '2026-03-04',
      '2026-04-01',
      '2026-05-06',
    ]);
  });

  it('in a month with five Tuesdays the fourth and the last Tuesday differ', () => {
    const fourth = blok({ herhaling: 'maandelijks', weken: [4], dagen: ['di'], van: '14:00', tot: '16:00' });
    const last = blok({ herhaling: 'maandelijks', weken: [-1], dagen: ['di'], van: '14:00', tot: '16:00' });
    expect(dates(occurrences([fourth], '2026-03-01', '2026-03-31'))).toEqual(['2026-03-24']);
    expect(dates(occurrences([last], '2026-03-01', '2026-03-31'))).toEqual(['2026-03-31']);
  });

  it('in a month with four Tuesdays the fourth is the last', () => {
    const fourth = blok({ herhaling: 'maandelijks', weken: [4], dagen: ['di'], van: '14:00', tot: '16:00' });
    const last = blok({ herhaling: 'maandelijks', weken: [-1], dagen: ['di'], van: '14:00', tot: '16:00' });
    expect(dates(occurrences([fourth], '2026-04-01', '2026-04-30'))).toEqual(['2026-04-28']);
    expect(dates(occurrences([last], '2026-04-01', '2026-04-30'))).toEqual(['2026-04-28']);
  });

  it('every last Friday of the month', () => {
    const last = blok({ herhaling: 'maandelijks', weken: [-1], dagen: ['vr'], van: '19:00', tot: '21:00' });
    expect(dates(occurrences([last], '2026-03-01', '2026-05-31'))).toEqual(['2026-03-27', '2026-04-24', '2026-05-29']);
  });
});

describe('exceptions, end dates and one-off dates', () => {
  it('a cancelled Tuesday is left out', () => {
    const tuesdays = blok({
      herhaling: 'wekelijks',
      dagen: ['di'],
      van: '09:30',
      tot: '11:30',
      behalve: ['2026-03-17'],
    });
    expect(dates(occurrences([tuesdays], '2026-03-01', '2026-03-31'))).toEqual([
      '2026-03-03',
      '2026-03-10',
      '2026-03-24',
      '2026-03-31',
    ]);
  });

  it('the last date (tot_en_met) still counts and nothing comes after it', () => {
    const ending = blok({
      herhaling: 'wekelijks',
      dagen: ['di'],
      van: '09:30',
      tot: '11:30',
      tot_en_met: '2026-03-17',
    });
    expect(dates(occurrences([ending], '2026-03-01', '2026-04-30'))).toEqual([
      '2026-03-03',
      '2026-03-10',
      '2026-03-17',
    ]);
    expect(nextOccurrences([ending], '2026-03-18', 3)).toEqual([]);
  });

  it('a one-off activity happens on its date only', () => {
    const once = blok({ herhaling: 'eenmalig', datum: '2026-03-03', van: '19:30', tot: '21:00' });
    expect(dates(occurrences([once], '2026-01-01', '2026-12-31'))).toEqual(['2026-03-03']);
    expect(occurrences([once], '2026-03-04', '2026-12-31')).toEqual([]);
  });

  it('an event over three days gives one occurrence per day with the same hours', () => {
    const weekend = blok({
      herhaling: 'eenmalig',
      datum: '2026-07-03',
      einddatum: '2026-07-05',
      van: '10:00',
      tot: '17:00',
    });
    const list = occurrences([weekend], '2026-07-01', '2026-07-31');
    expect(dates(list)).toEqual(['2026-07-03', '2026-07-04', '2026-07-05']);
    expect(list.every((occ) => occ.start === '10:00' && occ.end === '17:00')).toBe(true);
  });

  it('a cancelled one-off date leaves nothing', () => {
    const once = blok({
      herhaling: 'eenmalig',
      datum: '2026-03-03',
      van: '19:30',
      tot: '21:00',
      behalve: ['2026-03-03'],
    });
    expect(occurrences([once], '2026-01-01', '2026-12-31')).toEqual([]);
  });
});

describe('daylight saving time', () => {
  it('a Sunday 9.30 activity stays at 9.30 when clocks go forward on 29 March 2026', () => {
    const sundays = blok({ herhaling: 'wekelijks', dagen: ['zo'], van: '09:30', tot: '11:30' });
    const list = occurrences([sundays], '2026-03-22', '2026-04-05');
    expect(list.map((occ) => occ.start)).toEqual(['09:30', '09:30', '09:30']);
    expect(list.map((occ) => occ.startInstant)).toEqual([
      '2026-03-22T09:30:00+01:00',
      '2026-03-29T09:30:00+02:00',
      '2026-04-05T09:30:00+02:00',
    ]);
  });

  it('a Sunday 9.30 activity stays at 9.30 when clocks go back on 25 October 2026', () => {
    const sundays = blok({ herhaling: 'wekelijks', dagen: ['zo'], van: '09:30', tot: '11:30' });
    const list = occurrences([sundays], '2026-10-18', '2026-11-01');
    expect(list.map((occ) => occ.startInstant)).toEqual([
      '2026-10-18T09:30:00+02:00',
      '2026-10-25T09:30:00+01:00',
      '2026-11-01T09:30:00+01:00',
    ]);
    expect(list.map((occ) => occ.endInstant)).toEqual([
      '2026-10-18T11:30:00+02:00',
      '2026-10-25T11:30:00+01:00',
      '2026-11-01T11:30:00+01:00',
    ]);
  });

  it('a Tuesday activity keeps its local time in the week after the change', () => {
    const tuesdays = blok({ herhaling: 'wekelijks', dagen: ['di'], van: '09:30', tot: '11:30' });
    expect(occurrences([tuesdays], '2026-03-24', '2026-03-31').map((occ) => occ.startInstant)).toEqual([
      '2026-03-24T09:30:00+01:00',
      '2026-03-31T09:30:00+02:00',
    ]);
  });
});

describe('several blocks and the next dates', () => {
  it('blocks are merged in time order, a later start on the same day comes after', () => {
    const afternoon = blok({ herhaling: 'wekelijks', dagen: ['di'], van: '14:00', tot: '16:00' });
    const morning = blok({ herhaling: 'wekelijks', dagen: ['di'], van: '09:30', tot: '11:30' });
    const list = occurrences([afternoon, morning], '2026-03-03', '2026-03-03');
    expect(list.map((occ) => [occ.start, occ.blockIndex])).toEqual([
      ['09:30', 1],
      ['14:00', 0],
    ]);
  });

  it('an activity every Tuesday and every first Wednesday lists the next three dates across blocks', () => {
    const tuesdays = blok({ herhaling: 'wekelijks', dagen: ['di'], van: '09:30', tot: '11:30' });
    const firstWednesday = blok({ herhaling: 'maandelijks', weken: [1], dagen: ['wo'], van: '14:00', tot: '16:00' });
    expect(dates(nextOccurrences([tuesdays, firstWednesday], '2026-03-25', 3))).toEqual([
      '2026-03-31',
      '2026-04-01',
      '2026-04-07',
    ]);
  });

  it('an activity every first Tuesday lists the next three dates, today included', () => {
    const firstTuesday = blok({ herhaling: 'maandelijks', weken: [1], dagen: ['di'], van: '09:30', tot: '11:30' });
    expect(dates(nextOccurrences([firstTuesday], '2026-03-03', 3))).toEqual(['2026-03-03', '2026-04-07', '2026-05-05']);
  });

  it('asking for no dates gives none', () => {
    const tuesdays = blok({ herhaling: 'wekelijks', dagen: ['di'], van: '09:30', tot: '11:30' });
    expect(nextOccurrences([tuesdays], '2026-03-03', 0)).toEqual([]);
  });
});
