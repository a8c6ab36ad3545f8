import { describe, expect, it } from 'vitest';
import { byWeekday, thisWeek } from '../../src/lib/schedule/week.ts';
import { blok } from './schedule-fixtures.ts';

const koffie = { id: 'koffie', blocks: [blok({ herhaling: 'wekelijks', dagen: ['di'], van: '09:30', tot: '11:30' })] };
const taal = {
  id: 'taal',
  blocks: [blok({ herhaling: 'wekelijks', dagen: ['do', 'di'], van: '14:00', tot: '16:00' })],
};
const eersteWoensdag = {
  id: 'eerste-woensdag',
  blocks: [blok({ herhaling: 'maandelijks', weken: [1], dagen: ['wo'], van: '10:00', tot: '12:00' })],
};
const zondag = { id: 'zondag', blocks: [blok({ herhaling: 'wekelijks', dagen: ['zo'], van: '09:30', tot: '11:30' })] };

describe('this week', () => {
  it('a Wednesday shows the seven days from that Wednesday on, grouped per day by start time', () => {
    const week = thisWeek([taal, eersteWoensdag, koffie], '2026-03-04');
    expect(week.start).toBe('2026-03-04');
    expect(week.end).toBe('2026-03-10');
    expect(week.days.map((day) => day.date)).toEqual([
      '2026-03-04',
      '2026-03-05',
      '2026-03-06',
      '2026-03-07',
      '2026-03-08',
      '2026-03-09',
      '2026-03-10',
    ]);
    expect(week.days.map((day) => day.weekday)).toEqual(['wo', 'do', 'vr', 'za', 'zo', 'ma', 'di']);
    expect(week.days.map((day) => day.entries.map((entry) => entry.item.id))).toEqual([
      ['eerste-woensdag'],
      ['taal'],
      [],
      [],
      [],
      [],
      ['koffie', 'taal'],
    ]);
  });

  it('on a Sunday the coming days are shown, not the ones already over', () => {
    const week = thisWeek([koffie], '2026-03-08');
    expect(week.days.flatMap((day) => day.entries.map((entry) => entry.occurrence.date))).toEqual(['2026-03-10']);
  });

  it('a monthly activity is missing from a week without its day', () => {
    const week = thisWeek([eersteWoensdag], '2026-03-11');
    expect(week.days.flatMap((day) => day.entries)).toEqual([]);
  });

  it('in the week clocks go forward the Sunday activity carries the summer-time offset', () => {
    const week = thisWeek([zondag], '2026-03-26');
    const sunday = week.days.find((day) => day.weekday === 'zo');
    expect(sunday?.date).toBe('2026-03-29');
    expect(sunday?.entries[0]?.occurrence.startInstant).toBe('2026-03-29T09:30:00+02:00');
  });
});

describe('activities per weekday', () => {
  it('an activity on Tuesday and Thursday is listed under both days with a description for that day', () => {
    const groups = byWeekday([taal]);
    expect(groups.map((group) => group.weekday)).toEqual(['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo']);
    expect(groups[1]?.entries.map((entry) => entry.description)).toEqual(['elke dinsdag van 14.00 tot 16.00 uur']);
    expect(groups[3]?.entries.map((entry) => entry.description)).toEqual(['elke donderdag van 14.00 tot 16.00 uur']);
  });

  it('a first-Tuesday activity goes under Tuesday with its pattern, after an earlier one', () => {
    const eersteDinsdag = {
      id: 'eerste-dinsdag',
      blocks: [blok({ herhaling: 'maandelijks', weken: [1], dagen: ['di'], van: '19:00', tot: '21:00' })],
    };
    const groups = byWeekday([eersteDinsdag, koffie]);
    expect(groups[1]?.entries.map((entry) => [entry.item.id, entry.description])).toEqual([
      ['koffie', 'elke dinsdag van 9.30 tot 11.30 uur'],
      ['eerste-dinsdag', 'elke eerste dinsdag van de maand van 19.00 tot 21.00 uur'],
    ]);
  });

  it('one-off dates are left out, and so are blocks that ended before today', () => {
    const once = {
      id: 'once',
      blocks: [blok({ herhaling: 'eenmalig', datum: '2026-03-03', van: '19:30', tot: '21:00' })],
    };
    const ended = {
      id: 'ended',
      blocks: [blok({ herhaling: 'wekelijks', dagen: ['di'], van: '09:30', tot: '11:30', tot_en_met: '2026-02-24' })],
    };
    expect(byWeekday([once, ended], '2026-03-03').flatMap((group) => group.entries)).toEqual([]);
    expect(byWeekday([once, ended]).flatMap((group) => group.entries.map((entry) => entry.item.id))).toEqual(['ended']);
  });
});
