/**
 * Every interface sentence in src/lib/i18n.ts passes the plain-language check: a Flesch–Douma
 * score of at least B1_GRENZEN.minFleschDouma (40) and at most B1_GRENZEN.maxWoordenPerZin (20)
 * words per sentence on average. Labels (fewer than MIN_WOORDEN words, such as "Toegankelijkheid"
 * or "Meer resultaten") are left out by rule: the formula is made for running text, and a single
 * long Dutch word scores below zero however plain it is. Placeholders count as one short word.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { B1_GRENZEN, readability } from '../../src/lib/readability.ts';

const MIN_WOORDEN = 8;
const source = readFileSync(path.resolve(import.meta.dirname, '../../src/lib/i18n.ts'), 'utf8');
const strings = [...source.matchAll(/'([a-zA-Z0-9_.]+)':\s*'((?:[^'\\]|\\.)*)'/g)].map(
  (m) => [m[1] ?? '', (m[2] ?? '').replace(/\\'/g, "'").replace(/\{[a-zA-Z]+\}/g, 'dorp')] as const,
);

describe('plain language in the interface', () => {
  test('the dictionary is read completely enough to mean something', () => {
    expect(strings.length).toBeGreaterThan(300);
  });

  test('every interface sentence scores at B1 level or easier (Flesch–Douma)', () => {
    const hard = strings
      .map(([key, text]) => ({ key, text, r: readability(text) }))
      .filter(({ r }) => r.woorden >= MIN_WOORDEN)
      .filter(
        ({ r }) => (r.fleschDouma ?? 100) < B1_GRENZEN.minFleschDouma || r.woordenPerZin > B1_GRENZEN.maxWoordenPerZin,
      )
      .map(
        ({ key, text, r }) =>
          `${key} (score ${String(Math.round(r.fleschDouma ?? 0))}, ${r.woordenPerZin.toFixed(0)} words/sentence): ${text}`,
      );
    expect(hard).toEqual([]);
  });
});
