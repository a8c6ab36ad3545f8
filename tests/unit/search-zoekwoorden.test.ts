import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import {
  checkZoekwoorden,
  extraTerms,
  normalizeWord,
  splitCompound,
  wordsOf,
} from '../../src/lib/search/zoekwoorden.ts';

const lijst = checkZoekwoorden(parse(readFileSync(new URL('../../src/data/zoekwoorden.yml', import.meta.url), 'utf8')));
const parts = new Set(lijst.woorddelen);

describe('compound splitting for the search index', () => {
  test('a compound made of known parts splits into those parts', () => {
    expect(splitCompound('taalcafé', parts)).toEqual(['taal', 'cafe']);
    expect(splitCompound('koffieochtend', parts)).toEqual(['koffie', 'ochtend']);
    expect(splitCompound('geldzaken', parts)).toEqual(['geld', 'zaken']);
  });

  test('a linking s between parts is allowed', () => {
    expect(splitCompound('vrijwilligerssteunpunt', parts)).toEqual(['vrijwilliger', 'steun', 'punt']);
    expect(splitCompound('scheidingsplein', parts)).toEqual(['scheiding', 'plein']);
  });

  test('an unknown first half still yields a long known final part', () => {
    expect(splitCompound('donderdagochtend', parts)).toEqual(['ochtend']);
  });

  test('short final parts and plain words are left alone', () => {
    expect(splitCompound('vergeten', parts)).toEqual([]);
    expect(splitCompound('ochtend', parts)).toEqual([]);
    expect(splitCompound('bibliotheek', parts)).toEqual([]);
  });

  test('hyphenated words count whole and as their parts, without accents', () => {
    expect(wordsOf('Ouder-kindochtend in het Taalcafé')).toEqual([
      'ouderkindochtend',
      'ouder',
      'kindochtend',
      'in',
      'het',
      'taalcafe',
    ]);
    expect(normalizeWord('Financiën')).toBe('financien');
  });
});

describe('extra search terms', () => {
  test('an ouder-kindochtend also gets kind and ochtend', () => {
    const extra = extraTerms('Ouder-kindochtend', lijst);
    expect(extra).toContain('kind');
    expect(extra).toContain('ochtend');
    expect(extra).not.toContain('ouder');
  });

  test('a text about geld gets its synonyms, a text about something else does not', () => {
    expect(extraTerms('Hulp bij geldzaken', lijst)).toEqual(
      expect.arrayContaining(['geld', 'schulden', 'financien', 'budget']),
    );
    expect(extraTerms('Samen wandelen in het bos', lijst)).not.toContain('schulden');
  });

  test('synonyms are not followed further', () => {
    const extra = extraTerms('Wandelgroep', lijst);
    expect(extra).toContain('bewegen');
    expect(extra).not.toContain('fitness');
  });

  test('words the text already has are not repeated', () => {
    expect(extraTerms('geld en schulden', lijst)).not.toContain('geld');
  });
});

describe('the curated word list', () => {
  test('src/data/zoekwoorden.yml is valid and every synonym group has two or more words', () => {
    expect(lijst.woorddelen.length).toBeGreaterThan(20);
    for (const group of lijst.synoniemen) expect(group.length).toBeGreaterThan(1);
  });

  test('a broken list is refused with a Dutch message', () => {
    expect(() => checkZoekwoorden({ woorddelen: ['Taal'], synoniemen: [] })).toThrow(/kleine letters/);
    expect(() => checkZoekwoorden({ woorddelen: ['taal'], synoniemen: [['geld']] })).toThrow(/twee of meer/);
  });
});
