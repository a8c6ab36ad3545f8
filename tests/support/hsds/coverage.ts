/**
 * "Nothing dropped": where every content entry must appear in the HSDS export, by the same
 * stable ids the exporter uses.
 */
import { stableId } from '../../../src/lib/export/ids.ts';
import { termId } from '../../../src/lib/export/hsds/taxonomy.ts';
import type { HsdsTableName, HsdsTables } from '../../../src/lib/export/hsds/types.ts';
import type { CollectieNaam } from '../../../src/schema/collections.ts';

/** The table and id each content entry is published under (gemeenten twice: organization and loket). */
export function expectedRows(collection: CollectieNaam, id: string): { table: HsdsTableName; id: string }[] {
  switch (collection) {
    case 'organisaties':
      return [{ table: 'organizations', id: stableId(collection, id) }];
    case 'gemeenten':
      return [
        { table: 'organizations', id: stableId(collection, id) },
        { table: 'services', id: stableId(collection, id, 'loket') },
        { table: 'taxonomy_terms', id: termId('gebied', `gemeente-${id}`) },
      ];
    case 'kernen':
      return [{ table: 'taxonomy_terms', id: termId('gebied', `kern-${id}`) }];
    case 'locaties':
      return [{ table: 'locations', id: stableId(collection, id) }];
    case 'activiteiten':
    case 'diensten':
    case 'informatie':
      return [{ table: 'services', id: stableId(collection, id) }];
  }
}

/** Entries missing from the export, as `collection/id → table` lines. */
export function missingEntries(
  tables: HsdsTables,
  entries: readonly { collection: CollectieNaam; id: string }[],
): string[] {
  const present = Object.fromEntries(
    Object.entries(tables).map(([name, rows]) => [name, new Set((rows as { id: string }[]).map((r) => r.id))]),
  ) as Record<HsdsTableName, Set<string>>;
  const missing: string[] = [];
  for (const entry of entries) {
    for (const expected of expectedRows(entry.collection, entry.id)) {
      if (!present[expected.table].has(expected.id))
        missing.push(`${entry.collection}/${entry.id} → ${expected.table}`);
    }
  }
  return missing;
}
