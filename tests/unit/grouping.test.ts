import { describe, expect, it } from 'vitest';
import {
  aanbodIndex,
  bereikVoorKern,
  groupByArea,
  groupByTopic,
  metRegioBeperkt,
  zonderReizen,
  type GebiedsAanbod,
} from '../../src/lib/grouping.ts';

const julianadorp = { id: 'julianadorp', gemeenteId: 'den-helder' };
const denBurg = { id: 'den-burg', gemeenteId: 'texel' };
const ref = (id: string) => ({ id });

const dienst = (
  naam: string,
  werkgebied: GebiedsAanbod['werkgebied'],
  thema: GebiedsAanbod['thema'] = ['geld'],
): GebiedsAanbod => ({
  naam,
  werkgebied,
  thema,
});

describe('which area covers a kern', () => {
  it('a service named for the kern is "kern", even when it is also for the gemeente', () => {
    expect(bereikVoorKern({ kernen: [ref('julianadorp')], gemeenten: [ref('den-helder')] }, julianadorp)).toBe('kern');
  });

  it('a service for the whole gemeente covers each of its kernen', () => {
    expect(bereikVoorKern({ gemeenten: [ref('den-helder')] }, julianadorp)).toBe('gemeente');
  });

  it('a regional service covers every kern', () => {
    expect(bereikVoorKern({ regio: true }, denBurg)).toBe('regio');
  });

  it('a service for another gemeente or kern does not cover the kern', () => {
    expect(bereikVoorKern({ gemeenten: [ref('den-helder')] }, denBurg)).toBeUndefined();
    expect(bereikVoorKern({ kernen: [ref('julianadorp')] }, denBurg)).toBeUndefined();
  });
});

describe('services for a kern page', () => {
  const items = [
    dienst('Regionaal Werkcentrum', { regio: true }),
    dienst('Digi-hulplijn', { gemeenten: [ref('den-helder')] }),
    dienst('Buurtkamer-spreekuur', { kernen: [ref('julianadorp')] }),
    dienst('Alle Texelaars', { gemeenten: [ref('texel')] }),
    dienst('Administratiehulp', { gemeenten: [ref('den-helder')] }),
  ];

  it('lists kern-specific, then gemeente-wide, then regional services, by name within each', () => {
    const result = aanbodIndex(items, (d) => d).voorKern(julianadorp);
    expect(result.map((r) => [r.item.naam, r.bereik])).toEqual([
      ['Buurtkamer-spreekuur', 'kern'],
      ['Administratiehulp', 'gemeente'],
      ['Digi-hulplijn', 'gemeente'],
      ['Regionaal Werkcentrum', 'regio'],
    ]);
  });

  it('leaves out services for other gemeenten, also when they are online', () => {
    const result = aanbodIndex(items, (d) => d).voorKern(denBurg);
    expect(result.map((r) => r.item.naam)).toEqual(['Alle Texelaars', 'Regionaal Werkcentrum']);
  });

  it('a gemeente page lists gemeente-wide and regional services, not those for one kern', () => {
    const result = aanbodIndex(items, (d) => d).voorGemeente('den-helder');
    expect(result.map((r) => r.item.naam)).toEqual(['Administratiehulp', 'Digi-hulplijn', 'Regionaal Werkcentrum']);
  });
});

describe('services for many kern pages at once', () => {
  const items = [
    dienst('Zwemles', { kernen: [ref('julianadorp'), ref('julianadorp')], gemeenten: [ref('den-helder')] }),
    dienst('Regionaal Werkcentrum', { regio: true, gemeenten: [ref('den-helder')] }),
    dienst('Alle Texelaars', { gemeenten: [ref('texel')] }),
    dienst('Budgetcoach', { regio: true }),
  ];

  it('lists each offer once under its nearest reach, for kern and gemeente pages', () => {
    const index = aanbodIndex(items, (d) => d);
    expect(index.voorGemeente('den-helder').map((r) => [r.item.naam, r.bereik])).toEqual([
      ['Regionaal Werkcentrum', 'gemeente'],
      ['Zwemles', 'gemeente'],
      ['Budgetcoach', 'regio'],
    ]);
    expect(index.voorKern(julianadorp).map((r) => [r.item.naam, r.bereik])).toEqual([
      ['Zwemles', 'kern'],
      ['Regionaal Werkcentrum', 'gemeente'],
      ['Budgetcoach', 'regio'],
    ]);
  });
});

describe('regional offers on an overview page', () => {
  const metBereik = (naam: string, bereik: 'kern' | 'gemeente' | 'regio') => ({ item: naam, bereik });
  const lijst = [
    metBereik('Buurtkamer', 'kern'),
    metBereik('Digi-hulplijn', 'gemeente'),
    metBereik('Budgetcoach', 'regio'),
    metBereik('Regionaal Werkcentrum', 'regio'),
    metBereik('Taalhuis', 'regio'),
  ];

  it('keeps everything for the place and the first regional ones, and counts the rest', () => {
    const { items, regioWeggelaten } = metRegioBeperkt(lijst, 2);
    expect(items.map((i) => i.item)).toEqual(['Buurtkamer', 'Digi-hulplijn', 'Budgetcoach', 'Regionaal Werkcentrum']);
    expect(regioWeggelaten).toBe(1);
  });

  it('leaves a short list alone', () => {
    expect(metRegioBeperkt(lijst, 3)).toEqual({ items: lijst, regioWeggelaten: 0 });
  });
});

describe('services you can use without travelling', () => {
  it('online, telephone and at-home services count; a fixed place alone does not', () => {
    expect(zonderReizen(['online'])).toBe(true);
    expect(zonderReizen(['op-locatie', 'telefoon'])).toBe(true);
    expect(zonderReizen(['aan-huis'])).toBe(true);
    expect(zonderReizen(['op-locatie'])).toBe(false);
  });
});

describe('grouping by topic', () => {
  it('puts each item once, under its first topic, in the fixed topic order', () => {
    const items = [
      dienst('Schuldhulp', { regio: true }, ['geld', 'je-goed-voelen']),
      dienst('Koffieochtend', { regio: true }, ['ontmoeten']),
      dienst('Budgetcursus', { regio: true }, ['geld']),
    ];
    const groups = groupByTopic(items, (d) => d.thema);
    expect(groups.map((g) => g.thema)).toEqual(['ontmoeten', 'geld']);
    expect(groups[1]?.label).toBe('Geld en rondkomen');
    expect(groups[1]?.items.map((d) => d.naam)).toEqual(['Schuldhulp', 'Budgetcursus']);
  });

  it('no items give no groups', () => {
    expect(groupByTopic([], () => [])).toEqual([]);
  });
});

describe('grouping by area for topic pages', () => {
  const kernen = [
    { id: 'den-helder-centrum', gemeenteId: 'den-helder' },
    { id: 'julianadorp', gemeenteId: 'den-helder' },
    { id: 'den-burg', gemeenteId: 'texel' },
  ];
  const gemeenten = ['den-helder', 'hollands-kroon', 'schagen', 'texel'];

  it('puts regional offers first, then per gemeente the whole-gemeente offers and the offers per kern', () => {
    type Item = { naam: string; plek: { kern: string } | { werkgebied: GebiedsAanbod['werkgebied'] } };
    const items: Item[] = [
      { naam: 'taalcafé', plek: { kern: 'den-burg' } },
      { naam: 'werkcentrum', plek: { werkgebied: { regio: true } } },
      { naam: 'digi-hulplijn', plek: { werkgebied: { gemeenten: [ref('den-helder')] } } },
      { naam: 'inloop', plek: { kern: 'julianadorp' } },
      { naam: 'spreekuur', plek: { werkgebied: { kernen: [ref('julianadorp')] } } },
    ];
    const result = groupByArea(items, (i) => i.plek, kernen, gemeenten);
    expect(result.regio.map((i) => i.naam)).toEqual(['werkcentrum']);
    expect(result.gemeenten.map((g) => g.gemeenteId)).toEqual(['den-helder', 'texel']);
    const denHelder = result.gemeenten[0];
    expect(denHelder?.heel.map((i) => i.naam)).toEqual(['digi-hulplijn']);
    expect(denHelder?.kernen.map((k) => [k.kernId, k.items.map((i) => i.naam)])).toEqual([
      ['julianadorp', ['inloop', 'spreekuur']],
    ]);
  });

  it('an offer for two gemeenten appears under both', () => {
    const items = [{ werkgebied: { gemeenten: [ref('texel'), ref('den-helder')] } }];
    const result = groupByArea(items, (i) => i, kernen, gemeenten);
    expect(result.gemeenten.map((g) => [g.gemeenteId, g.heel.length])).toEqual([
      ['den-helder', 1],
      ['texel', 1],
    ]);
  });
});
