import { describe, expect, it } from 'vitest';
import { utcDateKey } from '../../src/lib/schedule/dates.ts';
import { blockDates, hasDatesAfter, nextBlockDates } from '../../src/lib/schedule/block-dates.ts';
import { floating, fullSet, planDates, planFrom } from '../../src/lib/schedule/plan.ts';
import type { Tijdblok } from '../../src/lib/schedule/types.ts';
import { blok } from './schedule-fixtures.ts';

const patterns: Record<string, Record<string, unknown>> = {
  'every Tuesday': { herhaling: 'wekelijks', dagen: ['di'], van: '09:30', tot: '11:30', behalve: ['2026-03-17'] },
  'every Monday and Saturday from a first date': {
    herhaling: 'wekelijks',
    dagen: ['ma', 'za'],
    datum: '2025-11-08',
    van: '09:30',
    tot: '11:30',
  },
  'every other Thursday': {
    herhaling: 'tweewekelijks',
    dagen: ['do'],
    datum: '2025-06-05',
    van: '09:30',
    tot: '11:30',
  },
  'every second and last Wednesday': {
    herhaling: 'maandelijks',
    weken: [2, -1],
    dagen: ['wo'],
    van: '19:00',
    tot: '21:00',
    tot_en_met: '2026-11-30',
  },
  'a four-day event': {
    herhaling: 'eenmalig',
    datum: '2026-03-27',
    einddatum: '2026-03-30',
    van: '10:00',
    tot: '17:00',
  },
};

/** The dates straight from the rule set with the block's real DTSTART, no shortcuts. */
function reference(block: Tijdblok, from: string, to: string): string[] {
  return (fullSet(block)?.between(floating(from), floating(to, '23:59'), true) ?? []).map(utcDateKey);
}

describe('dates of one block', () => {
  for (const [name, fields] of Object.entries(patterns)) {
    it(`${name}: starting the rule at the asked day changes none of its dates`, () => {
      for (const [from, to] of [
        ['2026-03-04', '2026-09-01'],
        ['2026-03-29', '2026-04-12'],
        ['2026-10-01', '2027-02-01'],
      ] as const) {
        expect(blockDates(blok(fields), from, to)).toEqual(reference(blok(fields), from, to));
      }
    });

    it(`${name}: a second question inside the remembered weeks gives the same dates as a fresh block`, () => {
      const warm = blok(fields);
      blockDates(warm, '2026-03-04', '2026-09-01');
      expect(blockDates(warm, '2026-03-25', '2026-05-03')).toEqual(reference(blok(fields), '2026-03-25', '2026-05-03'));
      expect(nextBlockDates(warm, '2026-04-01', 4)).toEqual(
        reference(blok(fields), '2026-04-01', '2027-12-31').slice(0, 4),
      );
    });
  }

  it('a block repeating without an end always has dates later on', () => {
    expect(hasDatesAfter(blok(patterns['every Tuesday'] ?? {}), '2040-01-01')).toBe(true);
  });

  it('a block with an end has dates until its last day, and none after', () => {
    const monthly = blok(patterns['every second and last Wednesday'] ?? {});
    expect(hasDatesAfter(monthly, '2026-11-24')).toBe(true);
    expect(hasDatesAfter(monthly, '2026-11-25')).toBe(false);
    const event = blok(patterns['a four-day event'] ?? {});
    expect(hasDatesAfter(event, '2026-03-29')).toBe(true);
    expect(hasDatesAfter(event, '2026-03-30')).toBe(false);
  });
});

describe('blocks with the same rule', () => {
  it('get the same days as the rule set itself, also at the first and last minute of a day', () => {
    for (const [van, tot] of [
      ['00:00', '01:00'],
      ['23:00', '23:59'],
    ] as const) {
      for (const fields of [
        {
          herhaling: 'wekelijks',
          dagen: ['di'],
          datum: '2026-03-03',
          tot_en_met: '2026-03-31',
          behalve: ['2026-03-17'],
        },
        { herhaling: 'maandelijks', weken: [1], dagen: ['di'], tot_en_met: '2026-06-02' },
      ]) {
        const block = blok({ ...fields, van, tot });
        const plan = planFrom(block, '2026-03-03');
        if (!plan) throw new Error('the block has dates');
        // The range starts on an occurrence and ends on the last one (UNTIL).
        const to = fields.tot_en_met;
        expect(planDates(plan, '2026-03-03', to)).toEqual(reference(block, '2026-03-03', to));
        expect(planDates(plan, '2026-03-03', to).at(-1)).toBe(to);
      }
    }
  });

  const tuesday = { herhaling: 'wekelijks', dagen: ['di'], van: '09:30', tot: '11:30', behalve: ['2026-03-17'] };

  it('share one list of dates, whatever their times of day', () => {
    const morning = planFrom(blok(tuesday), '2026-03-02');
    const evening = planFrom(blok({ ...tuesday, van: '19:00', tot: '21:00' }), '2026-03-02');
    if (!morning || !evening) throw new Error('both blocks have dates');
    const dates = planDates(morning, '2026-03-02', '2026-04-05');
    expect(planDates(evening, '2026-03-02', '2026-04-05')).toBe(dates);
    expect(dates).toEqual(['2026-03-03', '2026-03-10', '2026-03-24', '2026-03-31']);
    expect(Object.isFrozen(dates)).toBe(true);
  });

  it('do not share with a block whose rule differs only in its cancelled days or its first week', () => {
    const first = planFrom(blok(tuesday), '2026-03-02');
    const other = planFrom(blok({ ...tuesday, behalve: ['2026-03-24'] }), '2026-03-02');
    if (!first || !other) throw new Error('both blocks have dates');
    expect(planDates(first, '2026-03-02', '2026-04-05')).toEqual([
      '2026-03-03',
      '2026-03-10',
      '2026-03-24',
      '2026-03-31',
    ]);
    expect(planDates(other, '2026-03-02', '2026-04-05')).toEqual([
      '2026-03-03',
      '2026-03-10',
      '2026-03-17',
      '2026-03-31',
    ]);
    const everyOther = (datum: string) =>
      blok({ herhaling: 'tweewekelijks', dagen: ['do'], datum, van: '09:30', tot: '11:30' });
    const datesOf = (block: Tijdblok) => {
      const plan = planFrom(block, '2026-03-02');
      if (!plan) throw new Error('the block has dates');
      return planDates(plan, '2026-03-02', '2026-03-31');
    };
    expect(datesOf(everyOther('2025-06-05'))).toEqual(['2026-03-12', '2026-03-26']);
    expect(datesOf(everyOther('2025-06-12'))).toEqual(['2026-03-05', '2026-03-19']);
    expect(datesOf(everyOther('2025-06-12'))).toEqual(reference(everyOther('2025-06-12'), '2026-03-02', '2026-03-31'));
  });
});
