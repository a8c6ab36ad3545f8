import { describe, expect, it } from 'vitest';
import { leesZoekGemeenten } from '../../src/lib/search/kern-filter.ts';

describe('leesZoekGemeenten (the kern filter list the search page loads)', () => {
  it('keeps gemeenten with their kernen, in order', () => {
    const lijst = [
      { id: 'texel', naam: 'Texel', kernen: [{ id: 'den-burg', naam: 'Den Burg' }] },
      { id: 'schagen', naam: 'Schagen', kernen: [] },
    ];
    expect(leesZoekGemeenten(lijst)).toEqual(lijst);
  });

  it('leaves out what is malformed instead of showing it', () => {
    expect(leesZoekGemeenten({ texel: [] })).toEqual([]);
    expect(
      leesZoekGemeenten([
        {
          id: 'texel',
          naam: 'Texel',
          kernen: [{ id: 'den-burg' }, { id: 'oudeschild', naam: 'Oudeschild', extra: 1 }],
        },
        { naam: 'Zonder id', kernen: [] },
        { id: 'schagen', naam: 'Schagen' },
      ]),
    ).toEqual([
      { id: 'texel', naam: 'Texel', kernen: [{ id: 'oudeschild', naam: 'Oudeschild' }] },
      { id: 'schagen', naam: 'Schagen', kernen: [] },
    ]);
  });
});
