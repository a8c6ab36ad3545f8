/**
 * The HSDS 3.0 export: all content as flat HSDS tables (one JSON array per table, objects linked
 * by `*_id` fields), as published under /data/hsds/. Pure: the same content gives the same
 * bytes (rows sorted by id, fields in a fixed order, no build time anywhere).
 */
import { indexOf, sortedById, type Alles } from '../bron.ts';
import { locatieRows } from './locations.ts';
import { gemeenteOrganisatieRows, organisatieRows } from './organizations.ts';
import { activiteitRows, dienstRows, informatieRows, loketRows } from './services.ts';
import { addRows, emptyTables, finishTables } from './tables.ts';
import { buildTaxonomies, buildTaxonomyTerms } from './taxonomy.ts';
import { HSDS_TABLES, type HsdsTableName, type HsdsTables } from './types.ts';

export { HSDS_TABLES, type HsdsTableName, type HsdsTables } from './types.ts';

/** The HSDS version the export follows. */
export const HSDS_VERSION = '3.0';

/** Every table of the export for one content set. */
export function buildHsds(alles: Alles, site: string): HsdsTables {
  const index = indexOf(alles);
  const tables = emptyTables();
  for (const o of sortedById(alles.organisaties)) addRows(tables, organisatieRows(o));
  for (const g of sortedById(alles.gemeenten)) {
    addRows(tables, gemeenteOrganisatieRows(g));
    addRows(tables, loketRows(g, index, site));
  }
  for (const l of sortedById(alles.locaties)) addRows(tables, locatieRows(l, index, site));
  for (const a of sortedById(alles.activiteiten)) addRows(tables, activiteitRows(a, index, site));
  for (const d of sortedById(alles.diensten)) addRows(tables, dienstRows(d, index, site));
  for (const i of sortedById(alles.informatie)) addRows(tables, informatieRows(i, index, site));
  tables.taxonomies.push(...buildTaxonomies(site));
  tables.taxonomy_terms.push(...buildTaxonomyTerms(alles, site));
  return finishTables(tables);
}

/**
 * A table as JSON text: an array with one object per line, so files stay readable and diffs
 * small, and end with a newline.
 */
export function serializeTable(rows: readonly object[]): string {
  if (rows.length === 0) return '[]\n';
  return `[\n${rows.map((row) => JSON.stringify(row)).join(',\n')}\n]\n`;
}

export interface HsdsManifest {
  name: string;
  description: string;
  hsds_version: string;
  license: { name: string; url: string };
  homepage: string;
  demo_note: string;
  tables: { name: HsdsTableName; path: string; count: number }[];
}

/** The index file of /data/hsds/: what is there, how many rows, under which licence. */
export function buildManifest(
  tables: HsdsTables,
  options: { license: { name: string; url: string }; tableUrl: (name: HsdsTableName) => string; homepage: string },
): HsdsManifest {
  return {
    name: 'De Wegwijzer van de Kop: open data (HSDS)',
    description:
      'Ontmoetingsplekken, activiteiten, diensten en informatie in de Kop van Noord-Holland, in Open Referral HSDS 3.0.',
    hsds_version: HSDS_VERSION,
    license: options.license,
    homepage: options.homepage,
    demo_note:
      'Objecten met het kenmerk "voorbeeld" (attribute naar taxonomy_term kenmerk:voorbeeld) zijn verzonnen voorbeeldinhoud.',
    tables: HSDS_TABLES.map((name) => ({ name, path: options.tableUrl(name), count: tables[name].length })),
  };
}

const cache = new WeakMap<Alles, HsdsTables>();

/** `buildHsds`, computed once per content set (every table endpoint of a build shares it). */
export function hsdsFor(alles: Alles, site: string): HsdsTables {
  let tables = cache.get(alles);
  if (!tables) {
    tables = buildHsds(alles, site);
    cache.set(alles, tables);
  }
  return tables;
}
