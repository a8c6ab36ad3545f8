/**
 * The HSDS 3.0 objects this site publishes, with HSDS field names. Only the fields we fill are
 * listed; all are optional in HSDS except where the standard requires them (marked "required").
 * Dates are `YYYY-MM-DD`, times `HH:MM` (Dutch local time, see docs/open-data.md).
 */

export interface HsdsOrganization {
  id: string; // required
  name: string; // required
  description: string; // required
  email?: string;
  website?: string;
}

export type ServiceStatus = 'active' | 'inactive' | 'defunct' | 'temporarily closed';

export interface HsdsService {
  id: string; // required
  organization_id: string;
  name: string; // required
  alternate_name?: string;
  description?: string;
  url?: string;
  email?: string;
  status: ServiceStatus; // required
  application_process?: string;
  fees_description?: string;
  eligibility_description?: string;
  assured_date?: string;
}

export interface HsdsLocation {
  id: string; // required
  location_type: 'physical' | 'postal' | 'virtual'; // required
  url?: string;
  organization_id?: string;
  name?: string;
  description?: string;
  latitude?: number;
  longitude?: number;
}

export interface HsdsAddress {
  id: string; // required
  location_id: string;
  address_1: string; // required
  city: string; // required
  state_province: string; // required
  postal_code: string; // required
  country: string; // required
  address_type: 'physical' | 'postal' | 'virtual'; // required
}

export interface HsdsAccessibility {
  id: string; // required
  location_id: string;
  description?: string;
  details?: string;
  url?: string;
}

export interface HsdsServiceAtLocation {
  id: string; // required
  service_id: string;
  location_id: string;
  description?: string;
}

export type Weekday = 'MO' | 'TU' | 'WE' | 'TH' | 'FR' | 'SA' | 'SU';

export interface HsdsSchedule {
  id: string; // required
  service_id?: string;
  location_id?: string;
  service_at_location_id?: string;
  valid_from?: string;
  valid_to?: string;
  dtstart?: string;
  until?: string;
  wkst?: Weekday;
  freq?: 'WEEKLY' | 'MONTHLY';
  interval?: number;
  byday?: string;
  description?: string;
  opens_at?: string;
  closes_at?: string;
  schedule_link?: string;
  attending_type?: string;
  notes?: string;
}

export interface HsdsServiceArea {
  id: string; // required
  service_id: string;
  name?: string;
  description?: string;
  extent_type?: 'geojson' | 'topojson' | 'kml' | 'text';
  extent?: string;
  uri?: string;
}

export interface HsdsContact {
  id: string; // required
  organization_id?: string;
  service_id?: string;
  location_id?: string;
  name?: string;
  email?: string;
}

export interface HsdsPhone {
  id: string; // required
  location_id?: string;
  service_id?: string;
  organization_id?: string;
  number: string; // required
  type?: 'text' | 'voice' | 'fax' | 'cell' | 'video' | 'pager' | 'textphone';
  description?: string;
}

export interface HsdsCostOption {
  id: string; // required
  service_id: string;
  option?: string;
  currency?: string;
  amount?: number;
  amount_description?: string;
}

export type LinkEntity = 'organization' | 'service' | 'location';

export interface HsdsAttribute {
  id: string; // required
  link_id: string;
  taxonomy_term_id: string;
  link_entity: LinkEntity;
  value?: string;
}

export interface HsdsTaxonomy {
  id: string; // required
  name: string; // required
  description: string; // required
  uri?: string;
  version?: string;
}

export interface HsdsTaxonomyTerm {
  id: string; // required
  code: string;
  name: string; // required
  description: string; // required
  parent_id?: string;
  taxonomy: string;
  language: string;
  taxonomy_id: string;
  term_uri?: string;
}

/** The tables of the export, by file name (without `.json`), in the order the docs list them. */
export interface HsdsTables {
  organizations: HsdsOrganization[];
  services: HsdsService[];
  locations: HsdsLocation[];
  addresses: HsdsAddress[];
  accessibility: HsdsAccessibility[];
  service_at_locations: HsdsServiceAtLocation[];
  schedules: HsdsSchedule[];
  service_areas: HsdsServiceArea[];
  contacts: HsdsContact[];
  phones: HsdsPhone[];
  cost_options: HsdsCostOption[];
  attributes: HsdsAttribute[];
  taxonomies: HsdsTaxonomy[];
  taxonomy_terms: HsdsTaxonomyTerm[];
}

export type HsdsTableName = keyof HsdsTables;

export const HSDS_TABLES: readonly HsdsTableName[] = [
  'organizations',
  'services',
  'locations',
  'addresses',
  'accessibility',
  'service_at_locations',
  'schedules',
  'service_areas',
  'contacts',
  'phones',
  'cost_options',
  'attributes',
  'taxonomies',
  'taxonomy_terms',
];
