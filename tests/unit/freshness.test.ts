/** Review intervals, stale entries and the build's reference date. */
import { describe, expect, it } from 'vitest';
import { kiesPeildatum } from '../../src/lib/build-date.ts';
import { CONTROLE_MAANDEN, addMonths, dagenTussen, isVerouderd, zoekAttributen } from '../../src/lib/freshness.ts';

describe('review intervals', () => {
  it('adds months and clamps to the end of a shorter month', () => {
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2027-08-31', 6)).toBe('2028-02-29');
    expect(addMonths('2026-11-15', 2)).toBe('2027-01-15');
  });

  it('calls an activity stale from six months after its check, not a day earlier', () => {
    expect(CONTROLE_MAANDEN.activiteiten).toBe(6);
    expect(isVerouderd('activiteiten', '2026-01-10', '2026-07-09')).toBe(false);
    expect(isVerouderd('activiteiten', '2026-01-10', '2026-07-10')).toBe(true);
  });

  it('uses the longer interval of its own collection for a kern', () => {
    expect(isVerouderd('kernen', '2026-01-10', '2026-07-10')).toBe(false);
    expect(isVerouderd('kernen', '2026-01-10', '2027-01-10')).toBe(true);
  });

  it('counts days between dates', () => {
    expect(dagenTussen('2026-03-01', '2026-03-31')).toBe(30);
  });
});

describe('search attributes', () => {
  it('give a stale page a lower Pagefind weight and mark it', () => {
    expect(zoekAttributen('diensten', '2025-01-01', '2026-01-01')).toEqual({
      'data-gecontroleerd': '2025-01-01',
      'data-vers': 'nee',
      'data-pagefind-weight': '0.5',
    });
  });

  it('leave a fresh page at normal weight', () => {
    expect(zoekAttributen('diensten', '2025-12-01', '2026-01-01')).toEqual({
      'data-gecontroleerd': '2025-12-01',
      'data-vers': 'ja',
    });
  });
});

describe('the build’s reference date', () => {
  it('takes WEGWIJZER_DATUM first', () => {
    expect(kiesPeildatum({ env: '2026-05-01', klok: '2026-11-22' })).toBe('2026-05-01');
  });

  it('falls back to today on the clock', () => {
    expect(kiesPeildatum({ klok: '2026-11-22' })).toBe('2026-11-22');
    expect(kiesPeildatum({ env: '  ', klok: '2026-11-22' })).toBe('2026-11-22');
  });

  it('refuses a WEGWIJZER_DATUM that is not a date, in Dutch', () => {
    expect(() => kiesPeildatum({ env: '1-5-2026', klok: '2026-11-22' })).toThrow(/WEGWIJZER_DATUM moet een datum zijn/);
  });
});
