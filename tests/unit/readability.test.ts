/** Readability figures for Dutch text and the B1 warning thresholds. */
import { describe, expect, it } from 'vitest';
import { b1Bezwaren, plainText, readability, sentences, syllables, words } from '../../src/lib/readability.ts';

describe('syllables of Dutch words', () => {
  it('counts vowel groups, with ij as one vowel', () => {
    expect(syllables('koffie')).toBe(2);
    expect(syllables('bijpraten')).toBe(3);
    expect(syllables('ontmoetingsplek')).toBe(4);
    expect(syllables('thee')).toBe(1);
  });

  it('starts a new syllable at a diaeresis', () => {
    expect(syllables('ideeën')).toBe(3);
    expect(syllables('coördinatie')).toBe(5);
  });

  it('never counts fewer than one syllable', () => {
    expect(syllables('st')).toBe(1);
  });
});

describe('words and sentences', () => {
  it('keeps hyphenated words and apostrophes together', () => {
    expect(words("Een taal-café voor 's ochtends")).toEqual(['Een', 'taal-café', 'voor', 's', 'ochtends']);
  });

  it('splits sentences at full stops, question marks and list items', () => {
    expect(sentences('Kom langs. Heb je een vraag?\n- koffie\n- thee')).toHaveLength(4);
  });

  it('reads link text but not the address behind it', () => {
    expect(plainText('Kijk op [de site](https://example.org/lang/pad).')).toBe('Kijk op de site.');
  });
});

describe('the Flesch–Douma score', () => {
  it('scores short sentences with short words higher than long sentences with long words', () => {
    const makkelijk = readability('Kom gezellig langs. De koffie staat klaar. Je kunt zo binnenlopen.');
    const moeilijk = readability(
      'Deze laagdrempelige voorziening faciliteert de maatschappelijke participatie van inwoners met een ondersteuningsbehoefte door middel van gestructureerde ontmoetingsactiviteiten.',
    );
    expect(makkelijk.fleschDouma).toBeGreaterThan(moeilijk.fleschDouma!);
    expect(makkelijk.woordenPerZin).toBeCloseTo(11 / 3, 5);
  });

  it('has no score for an empty text', () => {
    expect(readability('').fleschDouma).toBeUndefined();
    expect(readability('').zinnen).toBe(0);
  });
});

describe('B1 objections', () => {
  it('has none for a short, plain description', () => {
    expect(b1Bezwaren('Kom gezellig langs voor een kop koffie. Je kunt zo binnenlopen.')).toEqual([]);
  });

  it('names a text that is far too long', () => {
    const lang = Array.from({ length: 60 }, () => 'Je bent welkom in de buurtkamer.').join(' ');
    expect(b1Bezwaren(lang).join(' ')).toContain('de tekst is lang (360 woorden');
  });

  it('names sentences that are far too long', () => {
    const zin = `${Array.from({ length: 30 }, () => 'en').join(' ')}.`;
    expect(b1Bezwaren(zin).join(' ')).toContain('de zinnen zijn lang (gemiddeld 30 woorden');
  });
});
