/**
 * JSON Schemas for the HSDS 3.0 objects we publish, in their flat (tabular)
 * form: one object per row, related objects linked by `*_id`. Written from the HSDS 3.0
 * reference: every field the standard defines for these objects (scalar fields only; nested
 * arrays are the API form), its type and format, the required fields and the enumerations.
 * `additionalProperties: false` makes any field name that is not HSDS fail.
 */
import type { HsdsTableName } from '../../../src/lib/export/hsds/types.ts';

type Schema = Record<string, unknown>;

const uuid = { type: 'string', format: 'uuid' };
const text = { type: 'string' };
const uri = { type: 'string', format: 'uri' };
const email = { type: 'string', format: 'email' };
const date = { type: 'string', format: 'date' };
const number = { type: 'number' };
/** HH:MM (seconds and a UTC offset allowed), as HSDS describes opens_at / closes_at. */
const time = { type: 'string', pattern: '^([01]\\d|2[0-3]):[0-5]\\d(:[0-5]\\d)?(Z|[+-]([01]\\d|2[0-3]):[0-5]\\d)?$' };
const locationType = { type: 'string', enum: ['physical', 'postal', 'virtual'] };
const weekday = { type: 'string', enum: ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] };
/** RFC 5545 BYDAY list: TU,TH or 1TU,-1FR. */
const byday = { type: 'string', pattern: '^([+-]?[1-5]?(MO|TU|WE|TH|FR|SA|SU))(,[+-]?[1-5]?(MO|TU|WE|TH|FR|SA|SU))*$' };
/** Comma separated (possibly negative) integers. */
const intList = { type: 'string', pattern: '^-?\\d+(,-?\\d+)*$' };

function object(required: string[], properties: Record<string, Schema>): Schema {
  return { type: 'object', required, properties, additionalProperties: false };
}

export const HSDS_SCHEMAS: Record<HsdsTableName, Schema> = {
  organizations: object(['id', 'name', 'description'], {
    id: uuid,
    name: text,
    alternate_name: text,
    description: text,
    email,
    website: uri,
    tax_status: text,
    tax_id: text,
    year_incorporated: number,
    legal_status: text,
    logo: text,
    uri,
    parent_organization_id: uuid,
  }),
  services: object(['id', 'name', 'status'], {
    id: uuid,
    organization_id: uuid,
    program_id: uuid,
    name: text,
    alternate_name: text,
    description: text,
    url: uri,
    email,
    status: { type: 'string', enum: ['active', 'inactive', 'defunct', 'temporarily closed'] },
    interpretation_services: text,
    application_process: text,
    fees_description: text,
    wait_time: text,
    fees: text,
    accreditations: text,
    eligibility_description: text,
    minimum_age: number,
    maximum_age: number,
    assured_date: date,
    assurer_email: email,
    licenses: text,
    alert: text,
    last_modified: { type: 'string', format: 'date-time' },
  }),
  locations: object(['id', 'location_type'], {
    id: uuid,
    location_type: locationType,
    url: uri,
    organization_id: uuid,
    name: text,
    alternate_name: text,
    description: text,
    transportation: text,
    latitude: { type: 'number', minimum: -90, maximum: 90 },
    longitude: { type: 'number', minimum: -180, maximum: 180 },
    external_identifier: text,
    external_identifier_type: text,
  }),
  addresses: object(['id', 'address_1', 'city', 'state_province', 'postal_code', 'country', 'address_type'], {
    id: uuid,
    location_id: uuid,
    attention: text,
    address_1: text,
    address_2: text,
    city: text,
    region: text,
    state_province: text,
    postal_code: text,
    country: { type: 'string', pattern: '^[A-Z]{2}$' },
    address_type: locationType,
  }),
  accessibility: object(['id'], { id: uuid, location_id: uuid, description: text, details: text, url: uri }),
  service_at_locations: object(['id'], { id: uuid, service_id: uuid, location_id: uuid, description: text }),
  schedules: object(['id'], {
    id: uuid,
    service_id: uuid,
    location_id: uuid,
    service_at_location_id: uuid,
    valid_from: date,
    valid_to: date,
    dtstart: date,
    timezone: number,
    until: date,
    count: { type: 'integer', minimum: 1 },
    wkst: weekday,
    freq: { type: 'string', enum: ['WEEKLY', 'MONTHLY'] },
    interval: { type: 'integer', minimum: 1 },
    byday,
    byweekno: intList,
    bymonthday: intList,
    byyearday: intList,
    description: text,
    opens_at: time,
    closes_at: time,
    schedule_link: uri,
    attending_type: text,
    notes: text,
  }),
  service_areas: object(['id'], {
    id: uuid,
    service_id: uuid,
    service_at_location_id: uuid,
    name: text,
    description: text,
    extent: text,
    extent_type: { type: 'string', enum: ['geojson', 'topojson', 'kml', 'text'] },
    uri: text,
  }),
  contacts: object(['id'], {
    id: uuid,
    organization_id: uuid,
    service_id: uuid,
    service_at_location_id: uuid,
    location_id: uuid,
    name: text,
    title: text,
    department: text,
    email,
  }),
  phones: object(['id', 'number'], {
    id: uuid,
    location_id: uuid,
    service_id: uuid,
    organization_id: uuid,
    contact_id: uuid,
    service_at_location_id: uuid,
    number: text,
    extension: number,
    type: { type: 'string', enum: ['text', 'voice', 'fax', 'cell', 'video', 'pager', 'textphone'] },
    description: text,
  }),
  cost_options: object(['id'], {
    id: uuid,
    service_id: uuid,
    valid_from: date,
    valid_to: date,
    option: text,
    currency: { type: 'string', pattern: '^[A-Z]{3}$' },
    amount: { type: 'number', minimum: 0 },
    amount_description: text,
  }),
  // link_id, taxonomy_term_id and link_entity are required in the tabular form.
  attributes: object(['id', 'link_id', 'taxonomy_term_id', 'link_entity'], {
    id: uuid,
    link_id: uuid,
    taxonomy_term_id: uuid,
    link_type: text,
    link_entity: text,
    value: text,
  }),
  taxonomies: object(['id', 'name', 'description'], { id: uuid, name: text, description: text, uri, version: text }),
  taxonomy_terms: object(['id', 'name', 'description'], {
    id: uuid,
    code: text,
    name: text,
    description: text,
    parent_id: uuid,
    taxonomy: text,
    language: { type: 'string', pattern: '^[a-z]{2,3}$' },
    taxonomy_id: uuid,
    term_uri: uri,
  }),
};
