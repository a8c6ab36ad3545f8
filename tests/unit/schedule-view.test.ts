import { describe, expect, it } from 'vitest';
import { packSchedule, packWeeks } from '../../src/lib/schedule/pack.ts';
import { keepUsedItems } from '../../src/lib/schedule/upcoming.ts';
import { nextDatesView, weekView, type ScheduleLabels } from '../../src/lib/schedule/view.ts';
import { blok } from './schedule-fixtures.ts';

const labels: ScheduleLabels = {
  tijd: 'van {van} tot {tot} uur',
  vandaag: 'vandaag',
  weekVan: 'Van {van} tot en met {tot}',
};
const tuesdays = [blok({ herhaling: 'wekelijks', dagen: ['di'], van: '09:30', tot: '11:30' })];

describe('the next dates as the page shows them', () => {
  it('an activity every Tuesday lists the next three dates with their Amsterdam instants', () => {
    expect(nextDatesView(packSchedule(tuesdays, '2026-03-20'), '2026-03-20', 3, labels)).toEqual({
      status: 'dates',
      lines: [
        { datetime: '2026-03-24T09:30:00+01:00', date: 'dinsdag 24 maart 2026', time: 'van 9.30 tot 11.30 uur' },
        { datetime: '2026-03-31T09:30:00+02:00', date: 'dinsdag 31 maart 2026', time: 'van 9.30 tot 11.30 uur' },
        { datetime: '2026-04-07T09:30:00+02:00', date: 'dinsdag 7 april 2026', time: 'van 9.30 tot 11.30 uur' },
      ],
    });
  });

  it('a visitor a week after the build no longer sees the date that has passed', () => {
    const packed = packSchedule(tuesdays, '2026-03-20');
    const view = nextDatesView(packed, '2026-03-25', 1, labels);
    expect(view.status === 'dates' && view.lines[0]?.date).toBe('dinsdag 31 maart 2026');
  });
});

describe('this week as the page shows it', () => {
  const items = [
    { t: 'Koffieochtend', h: '/activiteiten/koffie/', w: 'Buurtkamer De Kroon' },
    { t: 'Taalcafé', h: '/activiteiten/taalcafe/' },
  ];
  const blocks = [
    { blocks: tuesdays },
    { blocks: [blok({ herhaling: 'wekelijks', dagen: ['do'], van: '14:00', tot: '16:00' })] },
  ];
  const packed = packWeeks(blocks, '2026-03-02');

  it('shows only days with something on them, today marked, the week range in words', () => {
    expect(weekView(packed, items, '2026-03-05', labels)).toEqual({
      range: 'Van donderdag 5 tot en met woensdag 11 maart 2026',
      days: [
        {
          date: '2026-03-05',
          heading: 'donderdag 5 maart (vandaag)',
          isToday: true,
          entries: [
            {
              title: 'Taalcafé',
              href: '/activiteiten/taalcafe/',
              datetime: '2026-03-05T14:00:00+01:00',
              time: 'van 14.00 tot 16.00 uur',
            },
          ],
        },
        {
          date: '2026-03-10',
          heading: 'dinsdag 10 maart',
          isToday: false,
          entries: [
            {
              title: 'Koffieochtend',
              href: '/activiteiten/koffie/',
              where: 'Buurtkamer De Kroon',
              datetime: '2026-03-10T09:30:00+01:00',
              time: 'van 9.30 tot 11.30 uur',
            },
          ],
        },
      ],
    });
  });

  it('a week across two months names both months', () => {
    expect(weekView(packed, items, '2026-03-31', labels)?.range).toBe(
      'Van dinsdag 31 maart tot en met maandag 6 april 2026',
    );
  });

  it('a week after the embedded weeks gives nothing to show', () => {
    expect(weekView(packed, items, '2026-06-01', labels)).toBeUndefined();
  });
});

describe('embedding only the items that are used', () => {
  it('items without dates in the horizon are dropped and the rest renumbered', () => {
    const never = { blocks: [blok({ herhaling: 'eenmalig', datum: '2025-01-07', van: '09:30', tot: '11:30' })] };
    const thursday = { blocks: [blok({ herhaling: 'wekelijks', dagen: ['do'], van: '14:00', tot: '16:00' })] };
    const { packed, used } = keepUsedItems(packWeeks([never, thursday, { blocks: tuesdays }], '2026-03-02', 1));
    expect(used).toEqual([2, 1]);
    expect(packed.o).toEqual([1, 0, 0, 3, 1, 1]);
  });
});
