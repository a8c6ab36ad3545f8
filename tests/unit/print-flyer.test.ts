import { describe, expect, it } from 'vitest';
import { cap, capWeek, FLYER_LIMITS } from '../../src/lib/print/flyer.ts';
import { shortUrl } from '../../src/lib/print/short-url.ts';

describe('what fits on a flyer', () => {
  it('a capped list shows the first items and counts the rest', () => {
    expect(cap([1, 2, 3, 4, 5], 3)).toEqual({ shown: [1, 2, 3], rest: 2 });
    expect(cap([1, 2], 3)).toEqual({ shown: [1, 2], rest: 0 });
    expect(cap([1, 2], 0)).toEqual({ shown: [], rest: 2 });
  });

  it('the week overview gives every day a line before any day gets a second one', () => {
    const week = [
      { day: 'ma', entries: ['m1', 'm2', 'm3', 'm4'] },
      { day: 'di', entries: [] },
      { day: 'wo', entries: ['w1'] },
      { day: 'vr', entries: ['v1', 'v2'] },
    ];
    const { groups, rest } = capWeek(week, 4);
    expect(groups).toEqual([
      { day: 'ma', entries: ['m1', 'm2'] },
      { day: 'wo', entries: ['w1'] },
      { day: 'vr', entries: ['v1'] },
    ]);
    expect(rest).toBe(3);
  });

  it('a week that fits is kept whole, without empty days', () => {
    const { groups, rest } = capWeek([{ entries: ['a'] }, { entries: [] }], FLYER_LIMITS.week);
    expect(groups).toEqual([{ entries: ['a'] }]);
    expect(rest).toBe(0);
  });
});

describe('the short web address under a QR code', () => {
  it('drops the scheme and the trailing slash', () => {
    expect(shortUrl('/texel/den-burg/', 'https://wegwijzer.example.org')).toBe('wegwijzer.example.org/texel/den-burg');
  });

  it('the home page is just the host', () => {
    expect(shortUrl('/', 'https://wegwijzer.example.org/')).toBe('wegwijzer.example.org');
  });
});
