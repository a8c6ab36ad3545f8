import { describe, expect, it } from 'vitest';
import { isActueel } from '../../src/lib/entry/actueel.ts';

describe('information products in lists', () => {
  it('a product without an end date stays current', () => {
    expect(isActueel({}, '2026-11-22')).toBe(true);
  });

  it('a product is still current on its last day and no longer the day after', () => {
    expect(isActueel({ tot: '2026-11-22' }, '2026-11-22')).toBe(true);
    expect(isActueel({ tot: '2026-11-21' }, '2026-11-22')).toBe(false);
  });
});
