import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { checkEntry } from '../../src/lib/validation/entry.ts';
import { idRef } from '../../src/lib/validation/refs.ts';
import { vindVerwijzingen } from '../../src/lib/validation/schema-walk.ts';

describe('where the references in an entry are', () => {
  it('finds them in objects and lists, behind optional and default', () => {
    const schema = z.object({
      gemeente: idRef('gemeenten'),
      buren: z.array(idRef('kernen')).default([]),
      adres: z.object({ locatie: idRef('locaties').optional() }).optional(),
    });
    const data = { gemeente: 'texel', buren: ['den-hoorn', 'oudeschild'], adres: { locatie: 'dorpshuis' } };
    expect(vindVerwijzingen(schema, data)).toEqual([
      { naar: 'gemeenten', id: 'texel', pad: ['gemeente'] },
      { naar: 'kernen', id: 'den-hoorn', pad: ['buren', 0] },
      { naar: 'kernen', id: 'oudeschild', pad: ['buren', 1] },
      { naar: 'locaties', id: 'dorpshuis', pad: ['adres', 'locatie'] },
    ]);
  });

  it("gives a valid entry's references where they are in the schema's output, not in the file", () => {
    // A preprocess that makes one id into a list: in the file `buren` is a text, in the output a list.
    const schema = z.object({
      naam: z.string(),
      buren: z.preprocess((v) => (typeof v === 'string' ? [v] : v), z.array(idRef('kernen'))),
    });
    const result = checkEntry('---\nnaam: Den Hoorn\nburen: oudeschild\n---\nEen dorp.\n', 'kernen', schema, true);
    expect(result.problemen).toEqual([]);
    expect(result.geldig?.data).toEqual({ naam: 'Den Hoorn', buren: ['oudeschild'] });
    expect(result.geldig?.verwijzingen).toEqual([{ naar: 'kernen', id: 'oudeschild', pad: ['buren', 0] }]);
  });

  it('gives no parsed data unless asked, and none for invalid data', () => {
    const schema = z.object({ naam: z.string(), gemeente: idRef('gemeenten') });
    expect(checkEntry('---\nnaam: X\ngemeente: texel\n---\nTekst.\n', 'kernen', schema).geldig).toBeUndefined();
    expect(checkEntry('---\nnaam: X\n---\nTekst.\n', 'kernen', schema, true).geldig).toBeUndefined();
  });

  it('refuses a schema with a reference it cannot follow, instead of skipping the reference', () => {
    const ref = () => idRef('kernen');
    const refused = {
      union: z.object({ kern: z.union([ref(), z.number()]) }),
      record: z.object({ per: z.record(z.string(), ref()) }),
      lazy: z.object({ later: z.lazy(() => ref()) }),
      tuple: z.object({ paar: z.tuple([ref(), z.string()]) }),
    };
    for (const [soort, schema] of Object.entries(refused)) {
      expect(() => vindVerwijzingen(schema, {}), soort).toThrow(new RegExp(`reference inside a zod ${soort}`));
    }
    // The same kinds without a reference are fine.
    expect(
      vindVerwijzingen(z.object({ a: z.union([z.string(), z.number()]), b: z.record(z.string(), z.string()) }), {}),
    ).toEqual([]);
  });
});
