import { describe, expect, it } from 'vitest';
import { bereikbarePlekken, haversineKm, nearestMeetingPlaces, startKernenBij } from '../../src/lib/geo.ts';

const NBSP = '\u00a0';

describe('haversine distance', () => {
  it('one degree of latitude is about 111.2 km', () => {
    expect(haversineKm({ lat: 52, lon: 5 }, { lat: 53, lon: 5 })).toBeCloseTo(111.19, 1);
  });

  it('a point is zero kilometres from itself', () => {
    expect(haversineKm({ lat: 52.958, lon: 4.759 }, { lat: 52.958, lon: 4.759 })).toBe(0);
  });

  it('the distance is the same in both directions', () => {
    const denHelder = { lat: 52.958, lon: 4.759 };
    const denBurg = { lat: 53.054, lon: 4.797 };
    expect(haversineKm(denHelder, denBurg)).toBeCloseTo(haversineKm(denBurg, denHelder), 10);
  });

  it('Julianadorp lies about 7 km south of the centre of Den Helder', () => {
    const km = haversineKm({ lat: 52.958, lon: 4.759 }, { lat: 52.896, lon: 4.727 });
    expect(km).toBeGreaterThan(6.9);
    expect(km).toBeLessThan(7.3);
  });
});

describe('nearest meeting places', () => {
  const kern = { id: 'huisduinen', ligging: { lat: 52.954, lon: 4.722 } };
  const places = [
    { id: 'far', kernId: 'den-burg', punt: { lat: 53.054, lon: 4.797 } },
    { id: 'own', kernId: 'huisduinen', punt: { lat: 52.954, lon: 4.723 } },
    { id: 'near', kernId: 'den-helder-centrum', punt: { lat: 52.958, lon: 4.759 } },
    { id: 'middle', kernId: 'julianadorp', punt: { lat: 52.896, lon: 4.727 } },
  ];

  it('places in the kern itself are left out', () => {
    expect(nearestMeetingPlaces(kern, places, 10).map((d) => d.plek.id)).not.toContain('own');
  });

  it('the nearest place comes first and the list is sorted by distance', () => {
    const result = nearestMeetingPlaces(kern, places, 10);
    expect(result.map((d) => d.plek.id)).toEqual(['near', 'middle', 'far']);
    expect(result.map((d) => d.km)).toEqual([...result.map((d) => d.km)].sort((a, b) => a - b));
  });

  it('the list is cut at the limit, three by default', () => {
    expect(nearestMeetingPlaces(kern, places)).toHaveLength(3);
    expect(nearestMeetingPlaces(kern, places, 1).map((d) => d.plek.id)).toEqual(['near']);
  });

  it('each distance is written the Dutch way, with a decimal comma', () => {
    const [near] = nearestMeetingPlaces(kern, places, 1);
    expect(near?.afstand).toBe(`2,5${NBSP}km`);
  });

  it('no places gives an empty list', () => {
    expect(nearestMeetingPlaces(kern, [])).toEqual([]);
  });
});

describe('meeting places worth suggesting', () => {
  const places = [
    { id: 'den-burg', kernId: 'den-burg', gemeenteId: 'texel', punt: { lat: 53.054, lon: 4.797 } },
    { id: 'den-helder', kernId: 'den-helder-centrum', gemeenteId: 'den-helder', punt: { lat: 52.958, lon: 4.759 } },
    { id: 'anna-paulowna', kernId: 'anna-paulowna', gemeenteId: 'hollands-kroon', punt: { lat: 52.864, lon: 4.833 } },
  ];

  it('a Texel village is pointed to places on Texel, not across the sea', () => {
    const result = bereikbarePlekken({ gemeenteId: 'texel', buren: [] }, places);
    expect(result.map((p) => p.id)).toEqual(['den-burg']);
  });

  it('a neighbouring kern in another gemeente counts as reachable', () => {
    const result = bereikbarePlekken({ gemeenteId: 'den-helder', buren: ['anna-paulowna'] }, places);
    expect(result.map((p) => p.id)).toEqual(['den-helder', 'anna-paulowna']);
  });

  it('when nothing is in the gemeente or next door, every place is a candidate', () => {
    expect(bereikbarePlekken({ gemeenteId: 'schagen', buren: [] }, places)).toHaveLength(3);
  });
});

describe('kernen to start from on a kern page', () => {
  // A row of kernen 1 km apart along a meridian (0.009° of latitude ≈ 1 km), in two gemeenten.
  const kernen = Array.from({ length: 30 }, (_, i) => ({
    id: `k${String(i).padStart(2, '0')}`,
    gemeenteId: i < 25 ? 'noord' : 'zuid',
    punt: { lat: 52 + i * 0.009, lon: 5 },
  }));

  it('offers the nearest kernen (the kern itself among them) and keeps the given order', () => {
    const bij = startKernenBij({ gemeenteId: 'zuid', punt: kernen[27]!.punt }, kernen, 5);
    expect(bij.map((k) => k.id)).toEqual(['k25', 'k26', 'k27', 'k28', 'k29']);
    const rond10 = startKernenBij({ gemeenteId: 'elders', punt: kernen[10]!.punt }, kernen, 3);
    expect(rond10.map((k) => k.id)).toEqual(['k09', 'k10', 'k11']);
  });

  it('always offers every kern of the own gemeente, however far', () => {
    const bij = startKernenBij({ gemeenteId: 'zuid', punt: kernen[0]!.punt }, kernen, 2);
    expect(bij.map((k) => k.id)).toEqual(['k00', 'k01', 'k25', 'k26', 'k27', 'k28', 'k29']);
  });

  it('offers only the own gemeente when asked for no nearest kernen', () => {
    expect(startKernenBij({ gemeenteId: 'zuid', punt: kernen[0]!.punt }, kernen, 0)).toHaveLength(5);
  });
});
