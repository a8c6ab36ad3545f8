import { describe, expect, it } from 'vitest';
import { fillTemplate } from '../../src/lib/template.ts';

describe('filling placeholders', () => {
  it('fills names with strings and numbers', () => {
    expect(fillTemplate('{n} plekken in {kern}', { n: 3, kern: 'Julianadorp' })).toBe('3 plekken in Julianadorp');
  });

  it('leaves an unknown placeholder visible instead of dropping it', () => {
    expect(fillTemplate('Van {van} tot {tot}', { van: 'maandag' })).toBe('Van maandag tot {tot}');
  });

  it('does not take names from the object prototype', () => {
    expect(fillTemplate('{toString}', {})).toBe('{toString}');
  });
});
