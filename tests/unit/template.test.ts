import { describe, expect, it } from 'vitest';
import { aroundPlaceholder, fillTemplate } from '../../src/lib/template.ts';

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

describe('the text around a placeholder', () => {
  it('splits at the placeholder and fills the other ones', () => {
    expect(aroundPlaceholder('Dit zijn de gegevens van {naam} in {kern}.', 'naam', { kern: 'Den Burg' })).toEqual({
      before: 'Dit zijn de gegevens van ',
      after: ' in Den Burg.',
    });
  });

  it('gives empty texts for a placeholder at the start or the end', () => {
    expect(aroundPlaceholder('{naam}', 'naam')).toEqual({ before: '', after: '' });
  });

  it('throws when the template does not have the placeholder', () => {
    expect(() => aroundPlaceholder('Contact', 'naam')).toThrow('{naam}');
  });
});
