import { describe, expect, it } from 'vitest';
import { indexOf, type Activiteit, type Alles, type Dienst } from '../../src/lib/export/bron.ts';
import {
  jsonLdFor,
  jsonLdText,
  activiteitJsonLd,
  dienstJsonLd,
  type DetailCollectie,
} from '../../src/lib/export/jsonld/index.ts';
import { durationBetween, schedulesOf } from '../../src/lib/export/jsonld/schedule.ts';
import { loadContent, VALID_FIXTURE } from '../support/load-content.ts';
import { blok } from './schedule-fixtures.ts';

const SITE = 'https://wegwijzer.example.org';
const alles = await loadContent(VALID_FIXTURE);
const index = indexOf(alles);

type Json = Record<string, unknown>;
const has = (object: unknown, path: string): boolean => {
  let value: unknown = object;
  for (const key of path.split('.')) {
    if (value === null || typeof value !== 'object') return false;
    value = (value as Json)[key];
  }
  return value !== undefined && value !== null && value !== '' && !(Array.isArray(value) && value.length === 0);
};

/** Required properties per type, following schema.org and the search engines' guidelines for these types. */
const REQUIRED: Record<string, string[]> = {
  Event: ['name', 'url', 'location', 'organizer.name', 'eventAttendanceMode'],
  Place: [
    'name',
    'url',
    'address.streetAddress',
    'address.postalCode',
    'address.addressLocality',
    'address.addressCountry',
  ],
  Service: ['name', 'url', 'provider.name', 'areaServed'],
  GovernmentService: ['name', 'url', 'provider.name', 'areaServed'],
  Organization: ['name', 'url'],
  GovernmentOrganization: ['name', 'url'],
  CreativeWork: ['name', 'url', 'publisher.name'],
  Schedule: ['startTime', 'endTime', 'scheduleTimezone'],
};

function missingRequired(object: Json, type = String(object['@type'])): string[] {
  const missing = (REQUIRED[type] ?? ['<unknown type>'])
    .filter((path) => !has(object, path))
    .map((path) => `${type}.${path}`);
  if (type === 'Event') {
    if (!has(object, 'startDate') && !has(object, 'eventSchedule'))
      missing.push('Event.startDate or Event.eventSchedule');
    for (const schedule of (object['eventSchedule'] as Json[] | undefined) ?? []) {
      missing.push(...missingRequired(schedule, 'Schedule'));
      if (!has(schedule, 'repeatFrequency') && !has(schedule, 'startDate'))
        missing.push('Schedule.repeatFrequency or Schedule.startDate');
    }
    const location = object['location'] as Json;
    if (location['@type'] === 'Place') missing.push(...missingRequired(location, 'Place'));
    else if (!has(location, 'url')) missing.push('VirtualLocation.url');
  }
  return missing;
}

describe('schema.org JSON-LD of detail pages', () => {
  const cases: [DetailCollectie, string, string][] = [
    ['activiteiten', 'koffieochtend-julianadorp', 'Event'],
    ['locaties', 'buurtkamer-julianadorp', 'Place'],
    ['diensten', 'digi-hulplijn', 'Service'],
    ['organisaties', 'welzijn-den-helder', 'Organization'],
    ['informatie', 'webinar-rondkomen', 'Event'],
  ];
  for (const [collectie, id, type] of cases) {
    it(`gives ${collectie}/${id} the type ${type} with all required properties`, () => {
      const data = jsonLdFor(alles, collectie, id, SITE) as Json;
      expect(data['@context']).toBe('https://schema.org');
      expect(data['@type']).toBe(type);
      expect(missingRequired(data)).toEqual([]);
    });
  }

  it('describes a weekly activity with an eventSchedule: weekday, times, time zone and cancelled days', () => {
    const data = jsonLdFor(alles, 'activiteiten', 'koffieochtend-julianadorp', SITE) as Json;
    expect(data['eventSchedule']).toEqual([
      {
        '@type': 'Schedule',
        startTime: '09:30',
        endTime: '11:30',
        duration: 'PT2H',
        scheduleTimezone: 'Europe/Amsterdam',
        exceptDate: ['2026-12-29'],
        repeatFrequency: 'P1W',
        byDay: ['https://schema.org/Tuesday'],
      },
    ]);
    expect(data['startDate']).toBeUndefined();
    expect(String(data['description'])).toContain('Voorbeeld');
  });

  it('says "every other week", "the last Friday of the month" and one-off dates in Schedule terms', () => {
    const schedules = schedulesOf([
      blok({
        herhaling: 'tweewekelijks',
        dagen: ['wo'],
        datum: '2026-03-04',
        tot_en_met: '2026-06-24',
        van: '14:00',
        tot: '15:30',
      }),
      blok({ herhaling: 'maandelijks', weken: [-1], dagen: ['vr'], van: '19:00', tot: '21:00' }),
      blok({ herhaling: 'eenmalig', datum: '2026-07-03', einddatum: '2026-07-05', van: '10:00', tot: '17:00' }),
    ]);
    expect(schedules[0]).toMatchObject({
      repeatFrequency: 'P2W',
      byDay: ['https://schema.org/Wednesday'],
      startDate: '2026-03-04',
      endDate: '2026-06-24',
      duration: 'PT1H30M',
    });
    expect(schedules[1]).toMatchObject({ repeatFrequency: 'P1M', byDay: ['-1FR'] });
    expect(schedules[2]).toMatchObject({ startDate: '2026-07-03', endDate: '2026-07-05', repeatFrequency: 'P1D' });
    expect(durationBetween('09:00', '09:45')).toBe('PT45M');
  });

  it('gives a one-off activity a startDate and endDate with the Amsterdam offset', () => {
    const koffie = alles.activiteiten[0]!;
    const once = {
      ...koffie,
      data: {
        ...koffie.data,
        wanneer: [blok({ herhaling: 'eenmalig', datum: '2026-07-03', van: '10:00', tot: '12:00' })],
      },
    } as Activiteit;
    const data = activiteitJsonLd(once, index, SITE) as unknown as Json;
    expect(data['startDate']).toBe('2026-07-03T10:00:00+02:00');
    expect(data['endDate']).toBe('2026-07-03T12:00:00+02:00');
    expect(missingRequired(data)).toEqual([]);
  });

  it('calls a service of a gemeente a GovernmentService', () => {
    const gemeenteOrg = {
      ...alles.organisaties[0]!,
      id: 'gemeente-den-helder',
      data: { ...alles.organisaties[0]!.data, soort: 'gemeente' },
    };
    const withGemeente = { ...alles, organisaties: [...alles.organisaties, gemeenteOrg] } as Alles;
    const dienst = {
      ...alles.diensten[0]!,
      data: { ...alles.diensten[0]!.data, organisatie: { collection: 'organisaties', id: 'gemeente-den-helder' } },
    } as Dienst;
    const data = dienstJsonLd(dienst, indexOf(withGemeente), SITE) as unknown as Json;
    expect(data['@type']).toBe('GovernmentService');
    expect(missingRequired(data)).toEqual([]);
  });

  it('is written so that "</script>" inside a text cannot end the script element', () => {
    const text = jsonLdText({ name: '</script><script>alert(1)</script> & <!--' });
    expect(text).not.toMatch(/[<>&]/);
    expect(JSON.parse(text)).toEqual({ name: '</script><script>alert(1)</script> & <!--' });
  });
});
