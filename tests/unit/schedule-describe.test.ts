import { describe, expect, it } from 'vitest';
import { describeBlock, describeSchedule } from '../../src/lib/schedule/describe.ts';
import { blok } from './schedule-fixtures.ts';

describe('a schedule block in plain Dutch', () => {
  it('every Tuesday morning', () => {
    expect(describeBlock(blok({ herhaling: 'wekelijks', dagen: ['di'], van: '09:30', tot: '11:30' }))).toBe(
      'elke dinsdag van 9.30 tot 11.30 uur',
    );
  });

  it('every Tuesday and Thursday afternoon, days in week order', () => {
    expect(describeBlock(blok({ herhaling: 'wekelijks', dagen: ['do', 'di'], van: '14:00', tot: '16:00' }))).toBe(
      'elke dinsdag en donderdag van 14.00 tot 16.00 uur',
    );
  });

  it('three days are joined with a comma and "en"', () => {
    expect(describeBlock(blok({ herhaling: 'wekelijks', dagen: ['vr', 'ma', 'wo'], van: '08:00', tot: '12:00' }))).toBe(
      'elke maandag, woensdag en vrijdag van 8.00 tot 12.00 uur',
    );
  });

  it('every other week on Wednesday', () => {
    expect(
      describeBlock(
        blok({ herhaling: 'tweewekelijks', dagen: ['wo'], datum: '2026-03-04', van: '19:00', tot: '21:00' }),
      ),
    ).toBe('om de week op woensdag van 19.00 tot 21.00 uur');
  });

  it('every first Wednesday of the month', () => {
    expect(
      describeBlock(blok({ herhaling: 'maandelijks', weken: [1], dagen: ['wo'], van: '10:00', tot: '12:00' })),
    ).toBe('elke eerste woensdag van de maand van 10.00 tot 12.00 uur');
  });

  it('every first and third Tuesday of the month', () => {
    expect(
      describeBlock(blok({ herhaling: 'maandelijks', weken: [3, 1], dagen: ['di'], van: '14:00', tot: '16:00' })),
    ).toBe('elke eerste en derde dinsdag van de maand van 14.00 tot 16.00 uur');
  });

  it('every last Friday of the month, and the fourth is not called the last', () => {
    expect(
      describeBlock(blok({ herhaling: 'maandelijks', weken: [-1], dagen: ['vr'], van: '19:00', tot: '21:00' })),
    ).toBe('elke laatste vrijdag van de maand van 19.00 tot 21.00 uur');
    expect(
      describeBlock(blok({ herhaling: 'maandelijks', weken: [4], dagen: ['vr'], van: '19:00', tot: '21:00' })),
    ).toBe('elke vierde vrijdag van de maand van 19.00 tot 21.00 uur');
  });

  it('a one-off date', () => {
    expect(describeBlock(blok({ herhaling: 'eenmalig', datum: '2026-03-03', van: '19:30', tot: '21:00' }))).toBe(
      'op dinsdag 3 maart 2026 van 19.30 tot 21.00 uur',
    );
  });

  it('a three-day event in one month names the month once', () => {
    expect(
      describeBlock(
        blok({ herhaling: 'eenmalig', datum: '2026-07-03', einddatum: '2026-07-05', van: '10:00', tot: '17:00' }),
      ),
    ).toBe('van vrijdag 3 tot en met zondag 5 juli 2026, elke dag van 10.00 tot 17.00 uur');
  });

  it('an event across two months or two years names what differs', () => {
    expect(
      describeBlock(
        blok({ herhaling: 'eenmalig', datum: '2026-06-30', einddatum: '2026-07-02', van: '10:00', tot: '17:00' }),
      ),
    ).toBe('van dinsdag 30 juni tot en met donderdag 2 juli 2026, elke dag van 10.00 tot 17.00 uur');
    expect(
      describeBlock(
        blok({ herhaling: 'eenmalig', datum: '2026-12-31', einddatum: '2027-01-01', van: '10:00', tot: '17:00' }),
      ),
    ).toBe('van donderdag 31 december 2026 tot en met vrijdag 1 januari 2027, elke dag van 10.00 tot 17.00 uur');
  });

  it('an end date is added in brackets', () => {
    expect(
      describeBlock(
        blok({ herhaling: 'wekelijks', dagen: ['di'], van: '09:30', tot: '11:30', tot_en_met: '2027-06-30' }),
      ),
    ).toBe('elke dinsdag van 9.30 tot 11.30 uur (tot en met 30 juni 2027)');
  });

  it('a start date still to come is mentioned only when the text is for a given day', () => {
    const later = blok({
      herhaling: 'wekelijks',
      dagen: ['di'],
      datum: '2026-03-10',
      van: '09:30',
      tot: '11:30',
      tot_en_met: '2026-06-30',
    });
    expect(describeBlock(later, { today: '2026-03-03' })).toBe(
      'elke dinsdag van 9.30 tot 11.30 uur (vanaf 10 maart 2026 tot en met 30 juni 2026)',
    );
    expect(describeBlock(later, { today: '2026-03-10' })).toBe(
      'elke dinsdag van 9.30 tot 11.30 uur (tot en met 30 juni 2026)',
    );
    expect(describeBlock(later)).toBe('elke dinsdag van 9.30 tot 11.30 uur (tot en met 30 juni 2026)');
  });

  it('a cancelled day is named, with the year only where it changes', () => {
    expect(
      describeBlock(
        blok({ herhaling: 'wekelijks', dagen: ['di'], van: '09:30', tot: '11:30', behalve: ['2026-12-29'] }),
      ),
    ).toBe('elke dinsdag van 9.30 tot 11.30 uur, niet op 29 december 2026');
    expect(
      describeBlock(
        blok({
          herhaling: 'wekelijks',
          dagen: ['di'],
          van: '09:30',
          tot: '11:30',
          behalve: ['2027-01-05', '2026-12-22', '2026-12-29'],
        }),
      ),
    ).toBe('elke dinsdag van 9.30 tot 11.30 uur, niet op 22 december, 29 december 2026 en 5 januari 2027');
  });

  it('a cancelled day that is not a Tuesday, or already past, is not mentioned', () => {
    const tuesdays = blok({
      herhaling: 'wekelijks',
      dagen: ['di'],
      van: '09:30',
      tot: '11:30',
      behalve: ['2026-12-30', '2026-03-03', '2026-12-29'],
    });
    expect(describeBlock(tuesdays, { today: '2026-06-01' })).toBe(
      'elke dinsdag van 9.30 tot 11.30 uur, niet op 29 december 2026',
    );
  });

  it('many cancelled days are counted instead of listed', () => {
    const tuesdays = blok({
      herhaling: 'wekelijks',
      dagen: ['di'],
      van: '09:30',
      tot: '11:30',
      behalve: ['2026-07-07', '2026-07-14', '2026-07-21', '2026-07-28'],
    });
    expect(describeBlock(tuesdays)).toBe('elke dinsdag van 9.30 tot 11.30 uur, behalve op 4 dagen');
  });
});

describe('a whole schedule in plain Dutch', () => {
  it('blocks that differ only in their day read as one', () => {
    const tuesday = blok({ herhaling: 'wekelijks', dagen: ['do'], van: '14:00', tot: '16:00' });
    const thursday = blok({ herhaling: 'wekelijks', dagen: ['di'], van: '14:00', tot: '16:00' });
    expect(describeSchedule([tuesday, thursday])).toBe('elke dinsdag en donderdag van 14.00 tot 16.00 uur');
  });

  it('different blocks are joined with "en"', () => {
    const morning = blok({ herhaling: 'wekelijks', dagen: ['di'], van: '09:30', tot: '11:30' });
    const monthly = blok({ herhaling: 'maandelijks', weken: [1], dagen: ['do'], van: '19:00', tot: '21:00' });
    expect(describeSchedule([morning, monthly])).toBe(
      'elke dinsdag van 9.30 tot 11.30 uur en elke eerste donderdag van de maand van 19.00 tot 21.00 uur',
    );
  });

  it('two one-off dates stay separate', () => {
    const a = blok({ herhaling: 'eenmalig', datum: '2026-03-03', van: '19:30', tot: '21:00' });
    const b = blok({ herhaling: 'eenmalig', datum: '2026-03-10', van: '19:30', tot: '21:00' });
    expect(describeSchedule([a, b])).toBe(
      'op dinsdag 3 maart 2026 van 19.30 tot 21.00 uur en op dinsdag 10 maart 2026 van 19.30 tot 21.00 uur',
    );
  });
});
