import { describe, expect, it } from 'vitest';
import { gebiedsBlokken, nummer, sortByDistance, type GebiedsDienst } from '../../src/lib/map/places.ts';
import { tileSource, TILE_SOURCES } from '../../src/lib/map-config.ts';

const NBSP = '\u00a0';
const denHelder = { lat: 52.9563, lon: 4.7601 };
const julianadorp = { lat: 52.8997, lon: 4.7342 };
const denBurg = { lat: 53.0547, lon: 4.7977 };

describe('numbering places for the list and the map', () => {
  it('numbers places from 1 in the order given', () => {
    expect(nummer([{ id: 'a' }, { id: 'b' }, { id: 'c' }]).map((p) => [p.id, p.nr])).toEqual([
      ['a', 1],
      ['b', 2],
      ['c', 3],
    ]);
  });
});

describe('sorting places by distance', () => {
  const places = [
    { id: 'den-burg', punt: denBurg },
    { id: 'zonder-ligging', punt: undefined },
    { id: 'julianadorp', punt: julianadorp },
    { id: 'den-helder', punt: denHelder },
  ];

  it('puts the nearest place first and gives each a Dutch distance', () => {
    const sorted = sortByDistance(places, julianadorp);
    expect(sorted.map((s) => s.item.id)).toEqual(['julianadorp', 'den-helder', 'den-burg', 'zonder-ligging']);
    expect(sorted[0]?.afstand).toBe(`100${NBSP}m`);
    expect(sorted[1]?.afstand).toMatch(new RegExp(`^6,\\d${NBSP}km$`));
  });

  it('keeps places without coordinates in the list, last and without a distance', () => {
    const sorted = sortByDistance(places, denBurg);
    const last = sorted.at(-1);
    expect(last?.item.id).toBe('zonder-ligging');
    expect(last?.km).toBeUndefined();
    expect(last?.afstand).toBeUndefined();
  });

  it('keeps the original order for places at the same distance', () => {
    const twins = [
      { id: 'a', punt: denHelder },
      { id: 'b', punt: denHelder },
    ];
    expect(sortByDistance(twins, denBurg).map((s) => s.item.id)).toEqual(['a', 'b']);
  });
});

describe('services that serve an area instead of a point', () => {
  const dienst = (naam: string, d: GebiedsDienst) => ({ naam, d });
  const items = [
    dienst('Digi-hulplijn', { bereik: 'gemeente', kanalen: ['telefoon'], locaties: [] }),
    dienst('Sociaal team', { bereik: 'gemeente', kanalen: ['op-locatie'], locaties: [] }),
    dienst('Spreekuur in de bibliotheek', { bereik: 'gemeente', kanalen: ['op-locatie'], locaties: ['bieb'] }),
    dienst('Scheidingsplein', { bereik: 'regio', kanalen: ['online'], locaties: [] }),
    dienst('Buurtwerk Julianadorp', { bereik: 'kern', kanalen: ['op-locatie'], locaties: [] }),
    dienst('Thuisadministratie', { bereik: 'kern', kanalen: ['aan-huis', 'op-locatie'], locaties: ['bieb'] }),
  ];
  const blokken = gebiedsBlokken(items, (item) => item.d);

  it('puts online, phone and at-home services in the "online en telefonisch" block', () => {
    expect(blokken.opAfstand.map((i) => i.naam)).toEqual(['Digi-hulplijn', 'Scheidingsplein', 'Thuisadministratie']);
  });

  it('puts gemeente-wide services without a fixed place in the "voor heel" block', () => {
    expect(blokken.heelGebied.map((i) => i.naam)).toEqual(['Sociaal team']);
  });

  it('leaves out services at fixed places, which are on the map already', () => {
    const all = [...blokken.opAfstand, ...blokken.heelGebied].map((i) => i.naam);
    expect(all).not.toContain('Spreekuur in de bibliotheek');
    expect(all).not.toContain('Buurtwerk Julianadorp');
  });
});

describe('the tile source', () => {
  it('defaults to the PDOK BRT-Achtergrondkaart in Web Mercator with Kadaster attribution', () => {
    expect(tileSource.id).toBe('pdok');
    expect(tileSource.url).toContain('/EPSG:3857/{z}/{x}/{y}.png');
    expect(tileSource.url.startsWith(tileSource.host)).toBe(true);
    expect(tileSource.attribution).toContain('Kadaster');
  });

  it('offers OpenStreetMap as the documented alternative, with its attribution', () => {
    expect(TILE_SOURCES.osm.url.startsWith(TILE_SOURCES.osm.host)).toBe(true);
    expect(TILE_SOURCES.osm.attribution).toContain('OpenStreetMap');
  });
});
