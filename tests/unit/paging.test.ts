import { describe, expect, it } from 'vitest';
import { limietUit } from '../../src/lib/overview-limits.ts';
import { paginaNummers, verdeelOverPaginas, type Sectie } from '../../src/lib/paging.ts';

const nummers = (van: number, tot: number) => Array.from({ length: tot - van + 1 }, (_, i) => `${van + i}`);

const secties: Sectie<string, string>[] = [
  { id: 'regio', kop: 'Voor de hele regio', delen: [{ items: nummers(1, 3) }] },
  {
    id: 'gemeente-texel',
    kop: 'Texel',
    delen: [
      { kop: 'Voor heel Texel', items: nummers(4, 5) },
      { kop: 'Den Burg', items: nummers(6, 9) },
    ],
  },
];

/** A page as text, to compare whole layouts at a glance. */
const alsTekst = (pagina: ReturnType<typeof verdeelOverPaginas<string, string>>[number]) =>
  pagina.map(
    (s) =>
      `${s.kop}${s.vervolg ? ' (vervolg)' : ''}: ${s.delen
        .map((d) => `${d.kop ?? '-'}${d.vervolg ? ' (vervolg)' : ''} [${d.items.join(' ')}]`)
        .join(', ')}`,
  );

describe('spreading an overview over pages', () => {
  it('keeps everything on one page when it fits', () => {
    const paginas = verdeelOverPaginas(secties, 9);
    expect(paginas).toHaveLength(1);
    expect(paginas[0]).toEqual([
      {
        id: 'regio',
        kop: 'Voor de hele regio',
        vervolg: false,
        delen: [{ kop: undefined, vervolg: false, items: nummers(1, 3) }],
      },
      {
        id: 'gemeente-texel',
        kop: 'Texel',
        vervolg: false,
        delen: [
          { kop: 'Voor heel Texel', vervolg: false, items: ['4', '5'] },
          { kop: 'Den Burg', vervolg: false, items: nummers(6, 9) },
        ],
      },
    ]);
  });

  it('cuts at the page size and repeats the headings of what runs on', () => {
    const paginas = verdeelOverPaginas(secties, 4);
    expect(paginas.map(alsTekst)).toEqual([
      ['Voor de hele regio: - [1 2 3]', 'Texel: Voor heel Texel [4]'],
      ['Texel (vervolg): Voor heel Texel (vervolg) [5], Den Burg [6 7 8]'],
      ['Texel (vervolg): Den Burg (vervolg) [9]'],
    ]);
  });

  it('loses no item and changes no order, whatever the page size', () => {
    for (const grootte of [1, 2, 3, 5, 8, 100]) {
      const items = verdeelOverPaginas(secties, grootte).flatMap((p) =>
        p.flatMap((s) => s.delen.flatMap((d) => d.items)),
      );
      expect(items).toEqual(nummers(1, 9));
      expect(
        verdeelOverPaginas(secties, grootte).every(
          (p) => p.flatMap((s) => s.delen.flatMap((d) => d.items)).length <= grootte,
        ),
      ).toBe(true);
    }
  });

  it('gives one empty page for an empty overview, and refuses a page size below 1', () => {
    expect(verdeelOverPaginas([], 10)).toEqual([[]]);
    expect(() => verdeelOverPaginas(secties, 0)).toThrow(/perPagina/);
  });
});

describe('page numbers in the page navigation', () => {
  it('shows every page up to seven', () => {
    expect(paginaNummers(3, 7)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('shows the first, the last and the neighbours of the current page, with gaps', () => {
    expect(paginaNummers(1, 20)).toEqual([1, 2, null, 20]);
    expect(paginaNummers(10, 20)).toEqual([1, null, 9, 10, 11, null, 20]);
    expect(paginaNummers(20, 20)).toEqual([1, null, 19, 20]);
  });

  it('fills a gap of one page with that page instead of "…"', () => {
    expect(paginaNummers(4, 20)).toEqual([1, 2, 3, 4, 5, null, 20]);
  });
});

describe('overview limits from the environment', () => {
  it('takes the default when unset or empty, and a whole number of at least 1 when given', () => {
    expect(limietUit('X', undefined, 150)).toBe(150);
    expect(limietUit('X', ' ', 150)).toBe(150);
    expect(limietUit('X', '20', 150)).toBe(20);
  });

  it('refuses anything else with a message naming the variable', () => {
    for (const fout of ['0', '-3', '2.5', 'twintig'])
      expect(() => limietUit('WEGWIJZER_KAARTEN_PER_PAGINA', fout, 150)).toThrow(/WEGWIJZER_KAARTEN_PER_PAGINA/);
  });
});
