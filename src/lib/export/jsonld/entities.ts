/**
 * schema.org JSON-LD for detail pages, typed with schema-dts:
 * - activiteiten → Event (eventSchedule for recurring activities, startDate for one-off ones);
 * - locaties → Place (address, geo, opening hours, wheelchair access);
 * - diensten → Service, or GovernmentService when a gemeente offers it;
 * - organisaties → Organization, or GovernmentOrganization for a gemeente;
 * - informatie → Event for a webinar or meeting with times, otherwise CreativeWork.
 * Demo content says so in its description, as on the page.
 */
import type {
  AdministrativeArea,
  Audience,
  CreativeWork,
  Event,
  GovernmentService,
  Organization,
  Place,
  PlaceLeaf,
  PostalAddress,
  Service,
  ServiceChannel,
  WithContext,
} from 'schema-dts';
import { t } from '../../i18n.ts';
import { toRRule } from '../../schedule/to-rrule.ts';
import { toAmsterdamIso } from '../../schedule/zone.ts';
import { absoluteUrl, detailUrl, gemeenteUrl, homeUrl, kernUrl } from '../../urls.ts';
import { DOELGROEPEN, ROLSTOEL, THEMAS } from '../../vocabulary.ts';
import type { Activiteit, Dienst, Index, Informatie, Locatie, Organisatie } from '../bron.ts';
import { dialNumber } from '../hsds/parts.ts';
import { openingHoursOf, schedulesOf } from './schedule.ts';

const CONTEXT = 'https://schema.org' as const;

function describe(samenvatting: string, voorbeeld: boolean): string {
  return voorbeeld ? `${samenvatting} (${t('label.voorbeeld')}: ${t('entry.voorbeeld.uitleg')})` : samenvatting;
}

function audience(doelgroep: readonly string[]): Audience {
  return {
    '@type': 'Audience',
    audienceType: doelgroep.map((code) => DOELGROEPEN[code as keyof typeof DOELGROEPEN] ?? code).join(', '),
  };
}

function postalAddress(locatie: Locatie): PostalAddress {
  return {
    '@type': 'PostalAddress',
    streetAddress: locatie.data.adres.straat,
    postalCode: locatie.data.adres.postcode,
    addressLocality: locatie.data.adres.plaats,
    addressRegion: 'Noord-Holland',
    addressCountry: 'NL',
  };
}

/** A location as schema.org Place (also used inside Event and Service). */
export function placeOf(locatie: Locatie, index: Index, site: string): PlaceLeaf {
  const { data } = locatie;
  const kern = index.kern(data.kern.id);
  const openingHours = openingHoursOf(data.openingstijden ?? []);
  return {
    '@type': 'Place',
    '@id': `${absoluteUrl(detailUrl('locaties', locatie.id), site)}#plek`,
    name: data.naam,
    url: absoluteUrl(detailUrl('locaties', locatie.id), site),
    address: postalAddress(locatie),
    ...(data.ligging
      ? { geo: { '@type': 'GeoCoordinates', latitude: data.ligging.lat, longitude: data.ligging.lon } }
      : {}),
    containedInPlace: {
      '@type': 'Place',
      name: kern.data.naam,
      url: absoluteUrl(kernUrl(kern.data.gemeente.id, kern.id), site),
    },
    ...(openingHours.length > 0 ? { openingHoursSpecification: openingHours } : {}),
    ...(data.rolstoel
      ? {
          amenityFeature: {
            '@type': 'LocationFeatureSpecification',
            name: ROLSTOEL[data.rolstoel],
            value: data.rolstoel !== 'nee',
          },
        }
      : {}),
  };
}

function organizerOf(organisatie: Organisatie, site: string): Organization {
  return {
    '@type': organisatie.data.soort === 'gemeente' ? 'GovernmentOrganization' : 'Organization',
    name: organisatie.data.naam,
    url: organisatie.data.contact.website ?? absoluteUrl(detailUrl('organisaties', organisatie.id), site),
  } as Organization;
}

export function activiteitJsonLd(activiteit: Activiteit, index: Index, site: string): WithContext<Event> {
  const { data } = activiteit;
  const schedules = schedulesOf(data.wanneer);
  const oneOff = data.wanneer.every((block) => block.herhaling === 'eenmalig');
  const first = oneOff ? data.wanneer.map((block) => toRRule(block).plan).find((plan) => plan.dtstart) : undefined;
  return {
    '@context': CONTEXT,
    '@type': 'Event',
    name: data.naam,
    description: describe(data.samenvatting, data.voorbeeld),
    url: absoluteUrl(detailUrl('activiteiten', activiteit.id), site),
    inLanguage: 'nl',
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    eventStatus: 'https://schema.org/EventScheduled',
    ...(first?.dtstart
      ? {
          startDate: toAmsterdamIso(first.dtstart, first.start),
          endDate: toAmsterdamIso(first.until ?? first.dtstart, first.end),
        }
      : {}),
    ...(schedules.length > 0 ? { eventSchedule: schedules } : {}),
    location: placeOf(index.locatie(data.locatie.id), index, site),
    organizer: organizerOf(index.organisatie(data.organisatie.id), site),
    isAccessibleForFree: data.kosten.soort === 'gratis',
    ...(data.kosten.bedrag !== undefined
      ? { offers: { '@type': 'Offer', price: data.kosten.bedrag, priceCurrency: 'EUR' } }
      : {}),
    audience: audience(data.doelgroep),
    keywords: data.thema.map((code) => THEMAS[code]).join(', '),
  };
}

export function locatieJsonLd(locatie: Locatie, index: Index, site: string): WithContext<Place> {
  return {
    '@context': CONTEXT,
    ...placeOf(locatie, index, site),
    description: describe(locatie.data.samenvatting, locatie.data.voorbeeld),
  } as WithContext<Place>;
}

interface Werkgebied {
  regio?: boolean | undefined;
  gemeenten?: readonly { id: string }[] | undefined;
  kernen?: readonly { id: string }[] | undefined;
}

function areasServed(werkgebied: Werkgebied, index: Index, site: string): (AdministrativeArea | Place)[] {
  return [
    ...(werkgebied.regio
      ? [{ '@type': 'AdministrativeArea' as const, name: 'Kop van Noord-Holland', url: absoluteUrl(homeUrl(), site) }]
      : []),
    ...(werkgebied.gemeenten ?? []).map((ref) => {
      const gemeente = index.gemeente(ref.id);
      return {
        '@type': 'AdministrativeArea' as const,
        name: gemeente.data.naam,
        url: absoluteUrl(gemeenteUrl(gemeente.id), site),
      };
    }),
    ...(werkgebied.kernen ?? []).map((ref) => {
      const kern = index.kern(ref.id);
      return {
        '@type': 'Place' as const,
        name: kern.data.naam,
        url: absoluteUrl(kernUrl(kern.data.gemeente.id, kern.id), site),
      };
    }),
  ];
}

export function dienstJsonLd(dienst: Dienst, index: Index, site: string): WithContext<Service | GovernmentService> {
  const { data } = dienst;
  const organisatie = index.organisatie(data.organisatie.id);
  const contact = data.contact ?? organisatie.data.contact;
  const channels: ServiceChannel[] = [];
  if (data.kanalen.includes('telefoon') && contact.telefoon) {
    channels.push({
      '@type': 'ServiceChannel',
      name: 'Telefonisch',
      servicePhone: { '@type': 'ContactPoint', telephone: dialNumber(contact.telefoon) },
    });
  }
  if (data.kanalen.includes('online'))
    channels.push({
      '@type': 'ServiceChannel',
      name: 'Online',
      ...(contact.website ? { serviceUrl: contact.website } : {}),
    });
  for (const ref of data.locaties)
    channels.push({
      '@type': 'ServiceChannel',
      name: 'Op een vaste plek',
      serviceLocation: placeOf(index.locatie(ref.id), index, site),
    });
  const hours = openingHoursOf(data.wanneer ?? []);
  return {
    '@context': CONTEXT,
    '@type': organisatie.data.soort === 'gemeente' ? 'GovernmentService' : 'Service',
    name: data.naam,
    description: describe(data.samenvatting, data.voorbeeld),
    url: absoluteUrl(detailUrl('diensten', dienst.id), site),
    provider: organizerOf(organisatie, site),
    areaServed: areasServed(data.werkgebied, index, site),
    audience: audience(data.doelgroep),
    serviceType: data.thema.map((code) => THEMAS[code]).join(', '),
    ...(channels.length > 0 ? { availableChannel: channels } : {}),
    ...(hours.length > 0 ? { hoursAvailable: hours } : {}),
    ...(data.kosten.soort === 'gratis' ? { offers: { '@type': 'Offer', price: 0, priceCurrency: 'EUR' } } : {}),
    ...(data.kosten.bedrag !== undefined
      ? { offers: { '@type': 'Offer', price: data.kosten.bedrag, priceCurrency: 'EUR' } }
      : {}),
  } as WithContext<Service | GovernmentService>;
}

export function organisatieJsonLd(organisatie: Organisatie, index: Index, site: string): WithContext<Organization> {
  const { data } = organisatie;
  return {
    '@context': CONTEXT,
    '@type': data.soort === 'gemeente' ? 'GovernmentOrganization' : 'Organization',
    '@id': `${absoluteUrl(detailUrl('organisaties', organisatie.id), site)}#organisatie`,
    name: data.naam,
    description: describe(data.samenvatting, data.voorbeeld),
    url: data.contact.website ?? absoluteUrl(detailUrl('organisaties', organisatie.id), site),
    ...(data.contact.email ? { email: data.contact.email } : {}),
    ...(data.contact.telefoon ? { telephone: dialNumber(data.contact.telefoon) } : {}),
    areaServed: areasServed(data.gemeenten.length > 0 ? { gemeenten: data.gemeenten } : { regio: true }, index, site),
  } as WithContext<Organization>;
}

export function informatieJsonLd(
  informatie: Informatie,
  index: Index,
  site: string,
): WithContext<Event | CreativeWork> {
  const { data } = informatie;
  const url = absoluteUrl(detailUrl('informatie', informatie.id), site);
  const organisatie = index.organisatie(data.organisatie.id);
  const common = {
    name: data.naam,
    description: describe(data.samenvatting, data.voorbeeld),
    url,
    inLanguage: 'nl',
    audience: audience(data.doelgroep),
  };
  if (data.wanneer && data.wanneer.length > 0) {
    const plan = data.wanneer.map((block) => toRRule(block).plan).find((p) => p.dtstart);
    const schedules = schedulesOf(data.wanneer);
    const place = data.locatie ? placeOf(index.locatie(data.locatie.id), index, site) : undefined;
    return {
      '@context': CONTEXT,
      '@type': 'Event',
      ...common,
      eventAttendanceMode: place
        ? 'https://schema.org/OfflineEventAttendanceMode'
        : 'https://schema.org/OnlineEventAttendanceMode',
      eventStatus: 'https://schema.org/EventScheduled',
      ...(plan?.dtstart
        ? {
            startDate: toAmsterdamIso(plan.dtstart, plan.start),
            endDate: toAmsterdamIso(plan.until ?? plan.dtstart, plan.end),
          }
        : {}),
      ...(schedules.length > 1 ? { eventSchedule: schedules } : {}),
      location: place ?? { '@type': 'VirtualLocation', url: data.link ?? url },
      organizer: organizerOf(organisatie, site),
      isAccessibleForFree: !data.kosten || data.kosten.soort === 'gratis',
    };
  }
  return {
    '@context': CONTEXT,
    '@type': 'CreativeWork',
    ...common,
    ...(data.link ? { sameAs: data.link } : {}),
    datePublished: data.van,
    ...(data.tot ? { expires: data.tot } : {}),
    publisher: organizerOf(organisatie, site),
    isAccessibleForFree: !data.kosten || data.kosten.soort === 'gratis',
  };
}
