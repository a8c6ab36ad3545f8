import { describe, expect, it } from 'vitest';
import { packSchedule, packWeeks } from '../../src/lib/schedule/pack.ts';
import { packOccurrences, unpackOccurrences, upcoming, weekFrom } from '../../src/lib/schedule/upcoming.ts';
import { thisWeek } from '../../src/lib/schedule/week.ts';
import { blok } from './schedule-fixtures.ts';

const tuesdays = [blok({ herhaling: 'wekelijks', dagen: ['di'], van: '09:30', tot: '11:30' })];
const dates = (result: ReturnType<typeof upcoming>) =>
  result.status === 'dates' ? result.dates.map((occ) => occ.date) : result.status;

describe('packed occurrences for the browser', () => {
  it('packing and unpacking gives the same occurrences back', () => {
    const list = [
      { date: '2026-03-03', start: '09:30', end: '11:30', item: 0 },
      { date: '2026-03-05', start: '14:00', end: '16:00', item: 2 },
      { date: '2026-03-10', start: '09:30', end: '11:30', item: 1 },
    ];
    const packed = packOccurrences(list, '2026-03-02', '2026-03-31', false);
    expect(packed.s).toEqual(['09:30-11:30', '14:00-16:00']);
    expect(packed.o).toEqual([1, 0, 0, 3, 1, 2, 8, 0, 1]);
    expect(unpackOccurrences(packed)).toEqual(list);
  });

  it('a weekly schedule is packed for 26 weeks from the build day', () => {
    const packed = packSchedule(tuesdays, '2026-03-04');
    expect(packed.b).toBe('2026-03-04');
    expect(packed.e).toBe('2026-09-01');
    expect(packed.f).toBe(false);
    expect(packed.o.length / 3).toBe(26);
  });

  it('a capped horizon ends on the day of the last kept occurrence', () => {
    const everyDay = [
      blok({ herhaling: 'wekelijks', dagen: ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'], van: '09:00', tot: '17:00' }),
    ];
    const packed = packSchedule(everyDay, '2026-03-01', { cap: 10 });
    expect(packed.e).toBe('2026-03-10');
    expect(packed.o.length / 3).toBe(10);
  });
});

describe('the next dates in the browser', () => {
  const packed = packSchedule(tuesdays, '2026-03-03');

  it('a visitor two days after the build sees the next three Tuesdays from her own today', () => {
    expect(dates(upcoming(packed, '2026-03-05', 3))).toEqual(['2026-03-10', '2026-03-17', '2026-03-24']);
  });

  it('on the day itself the occurrence of today is still listed', () => {
    expect(dates(upcoming(packed, '2026-03-10', 2))).toEqual(['2026-03-10', '2026-03-17']);
  });

  it('when the embedded horizon has run out the dates are unknown, not "over"', () => {
    expect(upcoming(packed, '2026-12-01', 3)).toEqual({ status: 'unknown' });
  });

  it('a schedule that really ended says so', () => {
    const ending = packSchedule(
      [blok({ herhaling: 'wekelijks', dagen: ['di'], van: '09:30', tot: '11:30', tot_en_met: '2026-03-17' })],
      '2026-03-03',
    );
    expect(ending.f).toBe(true);
    expect(dates(upcoming(ending, '2026-03-11', 3))).toEqual(['2026-03-17']);
    expect(upcoming(ending, '2026-03-18', 3)).toEqual({ status: 'ended' });
  });
});

describe('this week in the browser', () => {
  const items = [
    { id: 'koffie', blocks: tuesdays },
    {
      id: 'eerste-woensdag',
      blocks: [blok({ herhaling: 'maandelijks', weken: [1], dagen: ['wo'], van: '10:00', tot: '12:00' })],
    },
    {
      id: 'zondag',
      blocks: [blok({ herhaling: 'wekelijks', dagen: ['zo'], van: '09:30', tot: '11:30', behalve: ['2026-04-05'] })],
    },
  ];
  const packed = packWeeks(items, '2026-03-04', 10);

  it('the data starts on the Monday of the build week and covers whole weeks', () => {
    expect(packed.b).toBe('2026-03-02');
    expect(packed.e).toBe('2026-05-10');
  });

  for (const visitorDay of ['2026-03-04', '2026-03-08', '2026-03-30', '2026-04-08', '2026-05-04']) {
    it(`a visitor on ${visitorDay} sees the same week as the build would compute for that day`, () => {
      const fromBrowser = weekFrom(packed, visitorDay);
      const fromBuild = thisWeek(items, visitorDay);
      expect(fromBrowser?.start).toBe(fromBuild.start);
      expect(
        fromBrowser?.days.map((day) => day.occurrences.map((occ) => `${occ.date} ${occ.start} ${items[occ.item]?.id}`)),
      ).toEqual(
        fromBuild.days.map((day) =>
          day.entries.map((entry) => `${entry.occurrence.date} ${entry.occurrence.start} ${entry.item.id}`),
        ),
      );
    });
  }

  it('a week past the embedded weeks is unknown, so the page can hide the block', () => {
    expect(weekFrom(packed, '2026-05-11')).toBeUndefined();
  });

  it('a week before the data starts is unknown too', () => {
    expect(weekFrom(packed, '2026-03-01')).toBeUndefined();
  });
});
