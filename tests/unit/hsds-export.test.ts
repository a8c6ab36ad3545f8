import { describe, expect, it } from 'vitest';
import { buildHsds, serializeTable, HSDS_TABLES } from '../../src/lib/export/hsds/index.ts';
import { scheduleRows, weekdaysBetween } from '../../src/lib/export/hsds/schedules.ts';
import { termId } from '../../src/lib/export/hsds/taxonomy.ts';
import { stableId } from '../../src/lib/export/ids.ts';
import { DOELGROEPEN, POSITIEVE_GEZONDHEID, THEMAS } from '../../src/lib/vocabulary.ts';
import { countEntries } from '../../src/lib/validation/read.ts';
import { COLLECTIES } from '../../src/schema/collections.ts';
import { missingEntries } from '../support/hsds/coverage.ts';
import { validateHsds } from '../support/hsds/validate.ts';
import { loadContent, VALID_FIXTURE } from '../support/load-content.ts';
import { blok } from './schedule-fixtures.ts';

const SITE = 'https://wegwijzer.example.org';
const alles = await loadContent(VALID_FIXTURE);
const tables = buildHsds(alles, SITE);
const owner = { collection: 'activiteiten', id: 'test', name: 'Test' };
const link = { service_id: stableId('activiteiten', 'test') };

describe('HSDS export of the valid fixture', () => {
  it('passes the HSDS 3.0 schemas, id uniqueness and reference checks', () => {
    expect(validateHsds(tables)).toEqual([]);
  });

  it('contains every entry of every collection (nothing dropped)', async () => {
    const entries = COLLECTIES.flatMap((collection) =>
      alles[collection].map((entry) => ({ collection, id: entry.id })),
    );
    const files = Object.values(await countEntries(VALID_FIXTURE)).reduce((a, b) => a + b, 0);
    expect(entries.length).toBe(files);
    expect(missingEntries(tables, entries)).toEqual([]);
  });

  it('derives ids as UUIDv5 of collection and id, the same in every build', () => {
    expect(stableId('activiteiten', 'koffieochtend-julianadorp')).toBe('87bcc290-ce64-56d7-a35b-f073e04e6b64');
    expect(tables.services.map((s) => s.id)).toContain('87bcc290-ce64-56d7-a35b-f073e04e6b64');
  });

  it('marks demo content with the attribute kenmerk "voorbeeld" on services, organizations and locations', () => {
    const voorbeeld = termId('kenmerk', 'voorbeeld');
    const marked = new Set(tables.attributes.filter((a) => a.taxonomy_term_id === voorbeeld).map((a) => a.link_id));
    for (const row of [...tables.services, ...tables.locations, ...tables.organizations])
      expect(marked, row.name).toContain(row.id);
  });

  it('publishes gecontroleerd as assured_date', () => {
    const koffie = tables.services.find((s) => s.id === stableId('activiteiten', 'koffieochtend-julianadorp'));
    expect(koffie?.assured_date).toBe('2026-11-01');
  });

  it('publishes a gemeente as an organization with its loket as a service for the whole gemeente', () => {
    const org = tables.organizations.find((o) => o.id === stableId('gemeenten', 'den-helder'));
    expect(org?.name).toBe('Gemeente Den Helder');
    const loket = tables.services.find((s) => s.id === stableId('gemeenten', 'den-helder', 'loket'));
    expect(loket).toMatchObject({ name: 'Sociaal Wijkteam Den Helder', organization_id: org?.id, status: 'active' });
    expect(tables.service_areas.filter((a) => a.service_id === loket?.id).map((a) => a.name)).toEqual(['Den Helder']);
    expect(tables.phones.find((p) => p.service_id === loket?.id)?.number).toBe('140223');
  });

  it('links an activity to its location and gives it a service area for the kern', () => {
    const id = stableId('activiteiten', 'koffieochtend-julianadorp');
    const sal = tables.service_at_locations.find((s) => s.service_id === id);
    expect(sal?.location_id).toBe(stableId('locaties', 'buurtkamer-julianadorp'));
    expect(tables.service_areas.find((a) => a.service_id === id)).toMatchObject({
      name: 'Julianadorp',
      uri: `${SITE}/den-helder/julianadorp/`,
    });
    expect(tables.schedules.find((s) => s.service_id === id)?.service_at_location_id).toBe(sal?.id);
  });

  it('publishes a cost option in euro, with 0 for free', () => {
    const digi = tables.cost_options.find((c) => c.service_id === stableId('diensten', 'digi-hulplijn'));
    expect(digi).toMatchObject({ option: 'Gratis', currency: 'EUR', amount: 0 });
  });

  it('publishes the taxonomy with every topic, target group and Positieve Gezondheid dimension', () => {
    const codes = (taxonomy: string) =>
      tables.taxonomy_terms
        .filter((t) => t.taxonomy_id === stableId('taxonomy', taxonomy))
        .map((t) => t.code)
        .sort();
    expect(codes('thema')).toEqual(Object.keys(THEMAS).sort());
    expect(codes('doelgroep')).toEqual(Object.keys(DOELGROEPEN).sort());
    expect(codes('positieve-gezondheid')).toEqual(Object.keys(POSITIEVE_GEZONDHEID).sort());
    expect(codes('gebied')).toEqual([
      'gemeente-den-helder',
      'kern-huisduinen',
      'kern-julianadorp',
      'kop-van-noord-holland',
    ]);
  });

  it('gives byte-identical tables for the same content read in another order', () => {
    const reversed = Object.fromEntries(
      Object.entries(alles).map(([name, entries]) => [name, [...entries].reverse()]),
    ) as unknown as typeof alles;
    const again = buildHsds(reversed, SITE);
    for (const name of HSDS_TABLES) expect(serializeTable(again[name]), name).toBe(serializeTable(tables[name]));
  });
});

describe('the HSDS validator itself', () => {
  it('rejects a field name that HSDS does not define', () => {
    const broken = { ...tables, services: [{ ...tables.services[0]!, naam: 'x' }] };
    expect(validateHsds(broken).join('\n')).toMatch(/must NOT have additional properties/);
  });

  it('rejects a missing required field and a status outside the enumeration', () => {
    const { name: _name, ...withoutName } = tables.services[0]!;
    const broken = { ...tables, services: [{ ...withoutName, status: 'open' }] } as unknown as typeof tables;
    const problems = validateHsds(broken).join('\n');
    expect(problems).toMatch(/must have required property 'name'/);
    expect(problems).toMatch(/must be equal to one of the allowed values/);
  });

  it('rejects a reference to an object that is not in the export', () => {
    const broken = { ...tables, locations: [] };
    expect(validateHsds(broken).join('\n')).toMatch(/location_id .* is not in locations/);
  });
});

describe('HSDS schedules from schedule blocks', () => {
  it('maps a weekly block to freq WEEKLY with byday', () => {
    const [row] = scheduleRows(owner, link, [
      blok({ herhaling: 'wekelijks', dagen: ['do', 'di'], van: '09:30', tot: '11:30' }),
    ]);
    expect(row).toMatchObject({
      freq: 'WEEKLY',
      interval: 1,
      byday: 'TU,TH',
      wkst: 'MO',
      opens_at: '09:30',
      closes_at: '11:30',
    });
    expect(row?.description).toBe('Elke dinsdag en donderdag van 9.30 tot 11.30 uur.');
  });

  it('maps every other week to interval 2 starting on the first date', () => {
    const [row] = scheduleRows(owner, link, [
      blok({
        herhaling: 'tweewekelijks',
        dagen: ['wo'],
        datum: '2026-03-04',
        van: '14:00',
        tot: '16:00',
        tot_en_met: '2026-06-24',
      }),
    ]);
    expect(row).toMatchObject({
      freq: 'WEEKLY',
      interval: 2,
      byday: 'WE',
      dtstart: '2026-03-04',
      valid_from: '2026-03-04',
      until: '2026-06-24',
      valid_to: '2026-06-24',
    });
  });

  it('maps the first and last Tuesday of the month to MONTHLY with numbered byday', () => {
    const [row] = scheduleRows(owner, link, [
      blok({ herhaling: 'maandelijks', weken: [-1, 1], dagen: ['di'], van: '19:00', tot: '21:00' }),
    ]);
    expect(row).toMatchObject({ freq: 'MONTHLY', byday: '1TU,-1TU' });
  });

  it('maps a one-off date to a schedule valid on that day only, without freq', () => {
    const [row] = scheduleRows(owner, link, [
      blok({ herhaling: 'eenmalig', datum: '2026-12-01', van: '19:30', tot: '20:30' }),
    ]);
    expect(row).toMatchObject({ dtstart: '2026-12-01', valid_from: '2026-12-01', valid_to: '2026-12-01' });
    expect(row?.freq).toBeUndefined();
  });

  it('maps a three-day event to the weekdays of that period until its last day', () => {
    const [row] = scheduleRows(owner, link, [
      blok({ herhaling: 'eenmalig', datum: '2026-07-03', einddatum: '2026-07-05', van: '10:00', tot: '17:00' }),
    ]);
    expect(row).toMatchObject({ freq: 'WEEKLY', byday: 'FR,SA,SU', dtstart: '2026-07-03', until: '2026-07-05' });
    expect(weekdaysBetween('2026-07-01', '2026-07-20')).toEqual(['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU']);
  });

  it('names cancelled days in the Dutch description, since HSDS has no EXDATE', () => {
    const [row] = scheduleRows(owner, link, [
      blok({ herhaling: 'wekelijks', dagen: ['di'], van: '09:30', tot: '11:30', behalve: ['2026-12-29'] }),
    ]);
    expect(row?.description).toBe('Elke dinsdag van 9.30 tot 11.30 uur, niet op 29 december 2026.');
  });
});
