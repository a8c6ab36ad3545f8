import { describe, expect, it } from 'vitest';
import {
  addItem,
  decodeLijstje,
  encodeLijstje,
  hasItem,
  itemKey,
  LIJSTJE_MAX,
  parseKey,
  removeItem,
  type LijstjeItem,
} from '../../src/lib/lijstje/ids.ts';

const koffie: LijstjeItem = { collectie: 'activiteiten', id: 'koffie-in-de-buurtkamer' };
const geld: LijstjeItem = { collectie: 'diensten', id: 'financieel-fit' };
const huis: LijstjeItem = { collectie: 'locaties', id: 'het-huis-van-schagen' };

describe('the shortlist in the URL', () => {
  it('a list survives encoding and decoding unchanged, in order', () => {
    const items = [geld, koffie, huis];
    expect(decodeLijstje(encodeLijstje(items))).toEqual({ items, ongeldig: [] });
  });

  it('the encoded form is short and readable: one letter, a dot, the id, commas between', () => {
    expect(encodeLijstje([koffie, geld])).toBe('a.koffie-in-de-buurtkamer,d.financieel-fit');
  });

  it('every collection that can go on the list has its own code', () => {
    for (const collectie of ['activiteiten', 'diensten', 'locaties', 'organisaties', 'informatie'] as const) {
      expect(parseKey(itemKey({ collectie, id: 'x-1' }))).toEqual({ collectie, id: 'x-1' });
    }
  });

  it('malformed parts are reported, not silently dropped', () => {
    expect(decodeLijstje('a.goed,z.onbekend,a.Fout!,,d.')).toEqual({
      items: [{ collectie: 'activiteiten', id: 'goed' }],
      ongeldig: ['z.onbekend', 'a.Fout!', 'd.'],
    });
  });

  it('a missing or empty value is an empty list', () => {
    expect(decodeLijstje(null)).toEqual({ items: [], ongeldig: [] });
    expect(decodeLijstje('')).toEqual({ items: [], ongeldig: [] });
  });

  it('duplicates are kept once and the list stops at its maximum', () => {
    const many = Array.from({ length: LIJSTJE_MAX + 3 }, (_, n) => `a.item-${String(n)}`);
    const read = decodeLijstje(['a.item-0', ...many].join(','));
    expect(read.items).toHaveLength(LIJSTJE_MAX);
    expect(read.items[0]).toEqual({ collectie: 'activiteiten', id: 'item-0' });
  });

  it('adding twice keeps one copy; removing takes it off', () => {
    const once = addItem(addItem([], koffie), koffie);
    expect(once).toEqual([koffie]);
    expect(hasItem(once, koffie)).toBe(true);
    expect(removeItem(addItem(once, geld), koffie)).toEqual([geld]);
  });

  it('a full list does not grow', () => {
    const full = Array.from({ length: LIJSTJE_MAX }, (_, n) => ({
      collectie: 'diensten' as const,
      id: `d-${String(n)}`,
    }));
    expect(addItem(full, koffie)).toHaveLength(LIJSTJE_MAX);
  });
});
