/**
 * GeoJSON (RFC 7946) of all locations, for the map and for reuse: one Point feature per
 * location, [longitude, latitude] in WGS84. A location without its own coordinates gets the
 * centre of its kern, with `positie: "kern"` so a map can show it as approximate.
 */
import { formatAddress } from '../entry/address.ts';
import { absoluteUrl, detailUrl, kernUrl } from '../urls.ts';
import { LOCATIE_SOORTEN } from '../vocabulary.ts';
import { indexOf, sortedById, type Alles } from './bron.ts';
import { stableId } from './ids.ts';

export interface LocatieProperties {
  id: string;
  /** The same id as the location in the HSDS export. */
  hsds_id: string;
  naam: string;
  soort: string;
  soort_label: string;
  kern: string;
  kern_naam: string;
  kern_url: string;
  gemeente: string;
  gemeente_naam: string;
  adres: string;
  /** Path of the detail page on this site, for the map. */
  pad: string;
  url: string;
  huis_van_de_kern: boolean;
  ontmoetingsplek: boolean;
  rolstoel: string | null;
  /** "adres": the location's own coordinates; "kern": the centre of its kern (approximate). */
  positie: 'adres' | 'kern';
  voorbeeld: boolean;
  gecontroleerd: string;
}

export interface LocatieFeature {
  type: 'Feature';
  id: string;
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: LocatieProperties;
}

export interface LocatieCollection {
  type: 'FeatureCollection';
  features: LocatieFeature[];
}

export function buildLocatiesGeoJson(alles: Alles, site: string): LocatieCollection {
  const index = indexOf(alles);
  return {
    type: 'FeatureCollection',
    features: sortedById(alles.locaties).map((locatie): LocatieFeature => {
      const { data } = locatie;
      const kern = index.kern(data.kern.id);
      const gemeente = index.gemeente(kern.data.gemeente.id);
      const punt = data.ligging ?? kern.data.ligging;
      const pad = detailUrl('locaties', locatie.id);
      return {
        type: 'Feature',
        id: locatie.id,
        geometry: { type: 'Point', coordinates: [punt.lon, punt.lat] },
        properties: {
          id: locatie.id,
          hsds_id: stableId('locaties', locatie.id),
          naam: data.naam,
          soort: data.soort,
          soort_label: LOCATIE_SOORTEN[data.soort],
          kern: kern.id,
          kern_naam: kern.data.naam,
          kern_url: absoluteUrl(kernUrl(gemeente.id, kern.id), site),
          gemeente: gemeente.id,
          gemeente_naam: gemeente.data.naam,
          adres: formatAddress(data.adres),
          pad,
          url: absoluteUrl(pad, site),
          huis_van_de_kern: data.huis_van_de_kern,
          ontmoetingsplek: data.ontmoetingsplek,
          rolstoel: data.rolstoel ?? null,
          positie: data.ligging ? 'adres' : 'kern',
          voorbeeld: data.voorbeeld,
          gecontroleerd: data.gecontroleerd,
        },
      };
    }),
  };
}
