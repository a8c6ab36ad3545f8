/**
 * HSDS services. HSDS has one kind of offer, the service; we publish four kinds as services and
 * tell them apart with the attribute `soort-aanbod`:
 * - activiteiten (an activity at one location, with a schedule),
 * - diensten (services for an area, online, by phone, at home or at fixed locations),
 * - informatie (information products: packages, webinars, meetings),
 * - the loket of every gemeente (its contact route for residents), offered by the gemeente.
 * Areas (regio, gemeenten, kernen) become service_areas; the location of an activity gives a
 * service_at_location and a service_area for its kern.
 */
import { absoluteUrl, activiteitIcsUrl, detailUrl, gemeenteUrl, homeUrl, kernUrl } from '../../urls.ts';
import { DOELGROEPEN, TOEGANG } from '../../vocabulary.ts';
import {
  sortedById,
  descriptionOf,
  type Activiteit,
  type Dienst,
  type Gemeente,
  type Index,
  type Informatie,
} from '../bron.ts';
import { stableId } from '../ids.ts';
import { locationId } from './locations.ts';
import { gemeenteOrganizationId, organizationId } from './organizations.ts';
import { attributes, compact, contactRecords, costOption, feesDescription, type Owner } from './parts.ts';
import { scheduleRows } from './schedules.ts';
import { REGIO_CODE, type TaxonomyCode } from './taxonomy.ts';
import type { HsdsServiceArea, HsdsServiceAtLocation, HsdsTables } from './types.ts';

type Term = [TaxonomyCode, string];

export const serviceId = (collection: 'activiteiten' | 'diensten' | 'informatie', id: string): string =>
  stableId(collection, id);
export const loketServiceId = (gemeenteId: string): string => stableId('gemeenten', gemeenteId, 'loket');

interface Aanbod {
  thema: readonly string[];
  doelgroep: readonly string[];
  positieve_gezondheid: readonly string[];
  voorbeeld: boolean;
}

/** Topic, target group, Positieve Gezondheid and demo terms of an offer. */
function aanbodTerms(data: Aanbod): Term[] {
  return [
    ...data.thema.map((code): Term => ['thema', code]),
    ...data.doelgroep.map((code): Term => ['doelgroep', code]),
    ...data.positieve_gezondheid.map((code): Term => ['positieve-gezondheid', code]),
    ...(data.voorbeeld ? [['kenmerk', 'voorbeeld'] as Term] : []),
  ];
}

/** "Voor ouderen; Voor mantelzorgers". */
function eligibility(doelgroep: readonly string[]): string {
  return doelgroep.map((code) => DOELGROEPEN[code as keyof typeof DOELGROEPEN] ?? code).join('; ');
}

interface Werkgebied {
  regio?: boolean | undefined;
  gemeenten?: readonly { id: string }[] | undefined;
  kernen?: readonly { id: string }[] | undefined;
}

/** Service areas of a werkgebied: the region, gemeenten and kernen, each with the URI of its page. */
export function serviceAreas(
  owner: Owner,
  serviceId: string,
  werkgebied: Werkgebied,
  index: Index,
  site: string,
): { areas: HsdsServiceArea[]; terms: Term[] } {
  const areas: HsdsServiceArea[] = [];
  const terms: Term[] = [];
  if (werkgebied.regio) {
    areas.push({
      id: stableId(owner.collection, owner.id, `area-${REGIO_CODE}`),
      service_id: serviceId,
      name: 'Kop van Noord-Holland',
      description: 'De hele regio: Den Helder, Hollands Kroon, Schagen en Texel.',
      uri: absoluteUrl(homeUrl(), site),
    });
    terms.push(['gebied', REGIO_CODE]);
  }
  for (const ref of sortedById(werkgebied.gemeenten ?? [])) {
    const gemeente = index.gemeente(ref.id);
    areas.push({
      id: stableId(owner.collection, owner.id, `area-gemeente-${gemeente.id}`),
      service_id: serviceId,
      name: gemeente.data.naam,
      description: `Gemeente ${gemeente.data.naam}.`,
      uri: absoluteUrl(gemeenteUrl(gemeente.id), site),
    });
    terms.push(['gebied', `gemeente-${gemeente.id}`]);
  }
  for (const ref of sortedById(werkgebied.kernen ?? [])) {
    const kern = index.kern(ref.id);
    const gemeente = index.gemeente(kern.data.gemeente.id);
    areas.push({
      id: stableId(owner.collection, owner.id, `area-kern-${kern.id}`),
      service_id: serviceId,
      name: kern.data.naam,
      description: `${kern.data.soort === 'wijk' ? 'Wijk' : 'Woonkern'} ${kern.data.naam} in de gemeente ${gemeente.data.naam}.`,
      uri: absoluteUrl(kernUrl(gemeente.id, kern.id), site),
    });
    terms.push(['gebied', `kern-${kern.id}`]);
  }
  return { areas, terms };
}

function atLocation(owner: Owner, serviceId: string, locatieId: string): HsdsServiceAtLocation {
  return {
    id: stableId(owner.collection, owner.id, `at-${locatieId}`),
    service_id: serviceId,
    location_id: locationId(locatieId),
  };
}

export function activiteitRows(activiteit: Activiteit, index: Index, site: string): Partial<HsdsTables> {
  const { data } = activiteit;
  const id = serviceId('activiteiten', activiteit.id);
  const owner = { collection: 'activiteiten', id: activiteit.id, name: data.naam };
  const organisatie = index.organisatie(data.organisatie.id);
  const locatie = index.locatie(data.locatie.id);
  const sal = atLocation(owner, id, locatie.id);
  const { areas, terms: areaTerms } = serviceAreas(owner, id, { kernen: [locatie.data.kern] }, index, site);
  const { phones, contacts } = contactRecords(
    { ...owner, name: organisatie.data.naam },
    { service_id: id },
    data.contact,
  );
  const process = [
    data.inloop ? 'Je kunt zo binnenlopen. Aanmelden hoeft niet.' : `Meld je eerst aan. ${data.aanmelden ?? ''}`.trim(),
    data.zonder_verwijzing ? 'Je hebt geen verwijzing nodig.' : 'Je huisarts of het wijkteam kan je aanmelden.',
  ].join(' ');
  const terms: Term[] = [['soort-aanbod', 'activiteit'], ...aanbodTerms(data), ...areaTerms];
  if (data.inloop) terms.push(['kenmerk', 'inloop']);
  if (data.zonder_verwijzing) terms.push(['kenmerk', 'zonder-verwijzing']);
  return {
    services: [
      compact({
        id,
        organization_id: organizationId(organisatie.id),
        name: data.naam,
        description: descriptionOf(activiteit),
        url: absoluteUrl(detailUrl('activiteiten', activiteit.id), site),
        email: data.contact?.email,
        status: 'active' as const,
        application_process: process,
        fees_description: feesDescription(data.kosten),
        eligibility_description: eligibility(data.doelgroep),
        assured_date: data.gecontroleerd,
      }),
    ],
    service_at_locations: [sal],
    service_areas: areas,
    schedules: scheduleRows(owner, { service_id: id, service_at_location_id: sal.id }, data.wanneer, {
      link: absoluteUrl(activiteitIcsUrl(activiteit.id), site),
      attending: data.inloop ? 'Binnenlopen zonder aanmelden.' : 'Na aanmelden.',
    }),
    cost_options: [costOption(owner, id, data.kosten)],
    phones,
    contacts,
    attributes: attributes('service', id, terms),
  };
}

export function dienstRows(dienst: Dienst, index: Index, site: string): Partial<HsdsTables> {
  const { data } = dienst;
  const id = serviceId('diensten', dienst.id);
  const owner = { collection: 'diensten', id: dienst.id, name: data.naam };
  const organisatie = index.organisatie(data.organisatie.id);
  const { areas, terms: areaTerms } = serviceAreas(owner, id, data.werkgebied, index, site);
  const { phones, contacts } = contactRecords(
    { ...owner, name: organisatie.data.naam },
    { service_id: id },
    data.contact,
  );
  const process = [
    TOEGANG[data.toegang] + '.',
    data.toegang_uitleg,
    data.zonder_verwijzing ? 'Je hebt geen verwijzing nodig.' : undefined,
  ]
    .filter((part): part is string => part !== undefined)
    .join(' ');
  const terms: Term[] = [
    ['soort-aanbod', 'dienst'],
    ...aanbodTerms(data),
    ...data.kanalen.map((code): Term => ['kanaal', code]),
    ['toegang', data.toegang],
    ...areaTerms,
  ];
  if (data.zonder_verwijzing) terms.push(['kenmerk', 'zonder-verwijzing']);
  return {
    services: [
      compact({
        id,
        organization_id: organizationId(organisatie.id),
        name: data.naam,
        description: descriptionOf(dienst),
        url: absoluteUrl(detailUrl('diensten', dienst.id), site),
        email: data.contact?.email,
        status: 'active' as const,
        application_process: process,
        fees_description: feesDescription(data.kosten),
        eligibility_description: eligibility(data.doelgroep),
        assured_date: data.gecontroleerd,
      }),
    ],
    service_at_locations: sortedById(data.locaties).map((ref) => atLocation(owner, id, ref.id)),
    service_areas: areas,
    schedules: scheduleRows(owner, { service_id: id }, data.wanneer, {
      link: absoluteUrl(detailUrl('diensten', dienst.id), site),
    }),
    cost_options: [costOption(owner, id, data.kosten)],
    phones,
    contacts,
    attributes: attributes('service', id, terms),
  };
}

export function informatieRows(informatie: Informatie, index: Index, site: string): Partial<HsdsTables> {
  const { data } = informatie;
  const id = serviceId('informatie', informatie.id);
  const owner = { collection: 'informatie', id: informatie.id, name: data.naam };
  const organisatie = index.organisatie(data.organisatie.id);
  const { areas, terms: areaTerms } = serviceAreas(owner, id, data.werkgebied, index, site);
  const page = absoluteUrl(detailUrl('informatie', informatie.id), site);
  const sal = data.locatie ? atLocation(owner, id, data.locatie.id) : undefined;
  const schedules = data.wanneer
    ? scheduleRows(owner, { service_id: id, ...(sal ? { service_at_location_id: sal.id } : {}) }, data.wanneer, {
        link: page,
      })
    : [
        compact({
          id: stableId(owner.collection, owner.id, 'schedule-0'),
          service_id: id,
          valid_from: data.van,
          valid_to: data.tot,
          description: data.tot
            ? `Beschikbaar van ${data.van} tot en met ${data.tot}.`
            : `Beschikbaar vanaf ${data.van}.`,
          schedule_link: page,
        }),
      ];
  return {
    services: [
      compact({
        id,
        organization_id: organizationId(organisatie.id),
        name: data.naam,
        description: descriptionOf(informatie),
        url: page,
        status: 'active' as const,
        application_process: data.link ? `Bekijken of aanmelden: ${data.link}` : undefined,
        fees_description: data.kosten ? feesDescription(data.kosten) : undefined,
        eligibility_description: eligibility(data.doelgroep),
        assured_date: data.gecontroleerd,
      }),
    ],
    service_at_locations: sal ? [sal] : [],
    service_areas: areas,
    schedules,
    cost_options: data.kosten ? [costOption(owner, id, data.kosten)] : [],
    attributes: attributes('service', id, [
      ['soort-aanbod', 'informatie'],
      ['soort-aanbod', `informatie-${data.soort}`],
      ...aanbodTerms(data),
      ...areaTerms,
    ]),
  };
}

/** The loket of a gemeente: a service of the gemeente's organization for the whole gemeente. */
export function loketRows(gemeente: Gemeente, index: Index, site: string): Partial<HsdsTables> {
  const { data } = gemeente;
  const id = loketServiceId(gemeente.id);
  const owner = { collection: 'gemeenten', id: gemeente.id, name: data.loket.naam };
  const { areas, terms: areaTerms } = serviceAreas(
    { ...owner, id: `${gemeente.id}-loket` },
    id,
    { gemeenten: [{ id: gemeente.id }] },
    index,
    site,
  );
  const { phones, contacts } = contactRecords(owner, { service_id: id }, data.loket.contact, 'loket');
  return {
    services: [
      compact({
        id,
        organization_id: gemeenteOrganizationId(gemeente.id),
        name: data.loket.naam,
        description: data.loket.uitleg,
        url: absoluteUrl(gemeenteUrl(gemeente.id), site),
        email: data.loket.contact.email,
        status: 'active' as const,
        application_process: data.loket.contact.toelichting,
        fees_description: 'Gratis',
        eligibility_description: `Voor iedereen die in de gemeente ${data.naam} woont.`,
        assured_date: data.gecontroleerd,
      }),
    ],
    service_areas: areas,
    phones,
    contacts,
    attributes: attributes('service', id, [
      ['soort-aanbod', 'loket'],
      ['doelgroep', 'iedereen'],
      ...areaTerms,
      ...(data.voorbeeld ? [['kenmerk', 'voorbeeld'] as Term] : []),
    ]),
  };
}
