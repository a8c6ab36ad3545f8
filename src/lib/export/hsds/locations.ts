/** HSDS locations (with address, accessibility, opening hours) from `locaties`. */
import { absoluteUrl, detailUrl } from '../../urls.ts';
import { ROLSTOEL } from '../../vocabulary.ts';
import { descriptionOf, type Index, type Locatie } from '../bron.ts';
import { stableId } from '../ids.ts';
import { organizationId } from './organizations.ts';
import { attributes, compact, contactRecords } from './parts.ts';
import { scheduleRows } from './schedules.ts';
import type { TaxonomyCode } from './taxonomy.ts';
import type { HsdsTables } from './types.ts';

export const locationId = (locatieId: string): string => stableId('locaties', locatieId);

/** Province of every address in the region. */
export const PROVINCIE = 'Noord-Holland';

export function locatieRows(locatie: Locatie, index: Index, site: string): Partial<HsdsTables> {
  const { data } = locatie;
  const id = locationId(locatie.id);
  const owner = { collection: 'locaties', id: locatie.id, name: data.naam };
  const kern = index.kern(data.kern.id);
  const { phones, contacts } = contactRecords(owner, { location_id: id }, data.contact);
  const terms: [TaxonomyCode, string][] = [
    ['soort-plek', data.soort],
    ['gebied', `kern-${kern.id}`],
    ['gebied', `gemeente-${kern.data.gemeente.id}`],
  ];
  if (data.huis_van_de_kern) terms.push(['kenmerk', 'huis-van-de-kern']);
  if (data.ontmoetingsplek) terms.push(['kenmerk', 'ontmoetingsplek']);
  if (data.voorbeeld) terms.push(['kenmerk', 'voorbeeld']);
  const hasAccessibility = data.rolstoel !== undefined || data.toegankelijkheid !== undefined;
  return {
    locations: [
      compact({
        id,
        location_type: 'physical' as const,
        organization_id: data.organisatie ? organizationId(data.organisatie.id) : undefined,
        name: data.naam,
        description: descriptionOf(locatie),
        latitude: data.ligging?.lat,
        longitude: data.ligging?.lon,
      }),
    ],
    addresses: [
      {
        id: stableId('locaties', locatie.id, 'address'),
        location_id: id,
        address_1: data.adres.straat,
        city: data.adres.plaats,
        state_province: PROVINCIE,
        postal_code: data.adres.postcode,
        country: 'NL',
        address_type: 'physical',
      },
    ],
    accessibility: hasAccessibility
      ? [
          compact({
            id: stableId('locaties', locatie.id, 'accessibility'),
            location_id: id,
            description: data.rolstoel ? ROLSTOEL[data.rolstoel] : undefined,
            details: data.toegankelijkheid,
            url: absoluteUrl(detailUrl('locaties', locatie.id), site),
          }),
        ]
      : [],
    schedules: scheduleRows(owner, { location_id: id }, data.openingstijden, {
      link: absoluteUrl(detailUrl('locaties', locatie.id), site),
    }),
    phones,
    contacts,
    attributes: attributes('location', id, terms),
  };
}
