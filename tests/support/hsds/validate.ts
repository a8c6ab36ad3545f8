/**
 * Checks an HSDS export: every row against the JSON Schemas in schema.ts (Ajv with formats), ids
 * unique, every `*_id` pointing at an object that exists, and the RFC 5545 rules HSDS relies on.
 * Returns every problem as a readable line (an empty list means valid).
 */
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { HsdsTables } from '../../../src/lib/export/hsds/types.ts';
import { HSDS_TABLES, type HsdsTableName } from '../../../src/lib/export/hsds/types.ts';
import { HSDS_SCHEMAS } from './schema.ts';

// ajv-formats is CommonJS; its default export arrives wrapped under some loaders.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (
  ajv: Ajv,
) => Ajv;

const ajv = new Ajv({ allErrors: true, strict: true });
addFormats(ajv);
const validators = Object.fromEntries(HSDS_TABLES.map((name) => [name, ajv.compile(HSDS_SCHEMAS[name])]));

type Row = Record<string, unknown>;

export function validateHsds(tables: HsdsTables): string[] {
  const problems: string[] = [];
  const ids = {} as Record<HsdsTableName, Set<string>>;
  for (const name of HSDS_TABLES) {
    ids[name] = new Set();
    const rows = tables[name] as unknown as Row[];
    if (!Array.isArray(rows)) {
      problems.push(`${name}: not an array`);
      continue;
    }
    for (const row of rows) {
      const validate = validators[name]!;
      if (!validate(row)) {
        for (const error of validate.errors ?? [])
          problems.push(
            `${name} ${String(row['id'])}: ${error.instancePath || '/'} ${error.message ?? ''} ${JSON.stringify(error.params)}`,
          );
      }
      const id = String(row['id']);
      if (ids[name].has(id)) problems.push(`${name}: id ${id} occurs twice`);
      ids[name].add(id);
    }
  }

  const rows = (name: HsdsTableName) => tables[name] as unknown as Row[];
  const ref = (from: HsdsTableName, row: Row, field: string, to: HsdsTableName, required = false) => {
    const value = row[field];
    if (value === undefined) {
      if (required) problems.push(`${from} ${String(row['id'])}: ${field} is missing`);
      return;
    }
    if (!ids[to].has(String(value)))
      problems.push(`${from} ${String(row['id'])}: ${field} ${String(value)} is not in ${to}`);
  };
  /** Exactly one of the link fields is set and points at an existing object. */
  const oneOf = (from: HsdsTableName, row: Row, links: [string, HsdsTableName][]) => {
    const present = links.filter(([field]) => row[field] !== undefined && field !== 'service_at_location_id');
    if (present.length !== 1)
      problems.push(`${from} ${String(row['id'])}: expected exactly one of ${links.map(([f]) => f).join(', ')}`);
    for (const [field, to] of links) ref(from, row, field, to);
  };

  for (const row of rows('services')) ref('services', row, 'organization_id', 'organizations', true);
  for (const row of rows('locations')) ref('locations', row, 'organization_id', 'organizations');
  for (const row of rows('addresses')) ref('addresses', row, 'location_id', 'locations', true);
  for (const row of rows('accessibility')) ref('accessibility', row, 'location_id', 'locations', true);
  for (const row of rows('service_at_locations')) {
    ref('service_at_locations', row, 'service_id', 'services', true);
    ref('service_at_locations', row, 'location_id', 'locations', true);
  }
  const salService = new Map(rows('service_at_locations').map((row) => [String(row['id']), row['service_id']]));
  for (const row of rows('schedules')) {
    oneOf('schedules', row, [
      ['service_id', 'services'],
      ['location_id', 'locations'],
      ['service_at_location_id', 'service_at_locations'],
    ]);
    if (
      row['service_at_location_id'] !== undefined &&
      salService.get(String(row['service_at_location_id'])) !== row['service_id']
    ) {
      problems.push(`schedules ${String(row['id'])}: service_at_location_id belongs to another service`);
    }
    problems.push(...rfc5545Problems(row));
  }
  for (const row of rows('service_areas')) ref('service_areas', row, 'service_id', 'services', true);
  for (const row of rows('contacts'))
    oneOf('contacts', row, [
      ['organization_id', 'organizations'],
      ['service_id', 'services'],
      ['location_id', 'locations'],
    ]);
  for (const row of rows('phones'))
    oneOf('phones', row, [
      ['organization_id', 'organizations'],
      ['service_id', 'services'],
      ['location_id', 'locations'],
    ]);
  for (const row of rows('cost_options')) ref('cost_options', row, 'service_id', 'services', true);
  const entityTable: Record<string, HsdsTableName> = {
    organization: 'organizations',
    service: 'services',
    location: 'locations',
  };
  for (const row of rows('attributes')) {
    const table = entityTable[String(row['link_entity'])];
    if (!table) problems.push(`attributes ${String(row['id'])}: unknown link_entity ${String(row['link_entity'])}`);
    else ref('attributes', row, 'link_id', table, true);
    ref('attributes', row, 'taxonomy_term_id', 'taxonomy_terms', true);
  }
  for (const row of rows('taxonomy_terms')) {
    ref('taxonomy_terms', row, 'taxonomy_id', 'taxonomies', true);
    ref('taxonomy_terms', row, 'parent_id', 'taxonomy_terms');
  }
  return problems;
}

/** RFC 5545 rules for the recurrence fields of one schedule. */
function rfc5545Problems(row: Row): string[] {
  const problems: string[] = [];
  const id = `schedules ${String(row['id'])}`;
  const byday = row['byday'] as string | undefined;
  if (row['freq'] === undefined && (byday !== undefined || row['interval'] !== undefined || row['until'] !== undefined))
    problems.push(`${id}: byday, interval or until without freq`);
  if (row['freq'] === 'WEEKLY' && byday && /\d/.test(byday))
    problems.push(`${id}: numbered BYDAY (${byday}) only fits MONTHLY`);
  if (row['freq'] !== undefined && row['dtstart'] === undefined) problems.push(`${id}: freq without dtstart`);
  if (typeof row['until'] === 'string' && typeof row['dtstart'] === 'string' && row['until'] < row['dtstart'])
    problems.push(`${id}: until before dtstart`);
  if (
    typeof row['valid_to'] === 'string' &&
    typeof row['valid_from'] === 'string' &&
    row['valid_to'] < row['valid_from']
  )
    problems.push(`${id}: valid_to before valid_from`);
  if (
    typeof row['opens_at'] === 'string' &&
    typeof row['closes_at'] === 'string' &&
    row['closes_at'] <= row['opens_at']
  )
    problems.push(`${id}: closes_at not after opens_at`);
  return problems;
}
