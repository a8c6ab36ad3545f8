import { describe, expect, it } from 'vitest';
import { boundedMemo, memoByObject } from '../../src/lib/memo.ts';

describe('memoByObject', () => {
  it('computes once per object and key, and apart for other objects and keys', () => {
    const calls: string[] = [];
    const label = memoByObject((entry: { naam: string }, key: string) => {
      calls.push(`${entry.naam}/${key}`);
      return `${entry.naam}${key ? ` op ${key}` : ''}`;
    });
    const a = { naam: 'Koffieochtend' };
    const b = { naam: 'Koffieochtend' };
    expect(label(a)).toBe('Koffieochtend');
    expect(label(a)).toBe('Koffieochtend');
    expect(label(a, '2026-11-23')).toBe('Koffieochtend op 2026-11-23');
    expect(label(b)).toBe('Koffieochtend');
    expect(calls).toEqual(['Koffieochtend/', 'Koffieochtend/2026-11-23', 'Koffieochtend/']);
  });

  it('remembers an answer that is undefined, instead of computing it again', () => {
    let calls = 0;
    const nothing = memoByObject(() => {
      calls += 1;
      return undefined;
    });
    const entry = {};
    nothing(entry);
    nothing(entry);
    expect(calls).toBe(1);
  });
});

describe('boundedMemo', () => {
  it('computes an answer once per question, and empties itself when full', () => {
    let computed = 0;
    const remember = boundedMemo<number, string>(2);
    const square = (n: number) =>
      remember(n, () => {
        computed += 1;
        return String(n * n);
      });
    expect([square(3), square(3), square(4)]).toEqual(['9', '9', '16']);
    expect(computed).toBe(2);
    square(5); // full at two answers: emptied, then 5 is kept
    square(3);
    expect(computed).toBe(4);
    square(5);
    expect(computed).toBe(4);
  });
});
