/** An empty set of HSDS tables to collect rows in, and helpers to merge and finish them. */
import { byId } from '../bron.ts';
import { HSDS_TABLES, type HsdsTables } from './types.ts';

export function emptyTables(): HsdsTables {
  return Object.fromEntries(HSDS_TABLES.map((name) => [name, []])) as unknown as HsdsTables;
}

/** Adds the rows of `part` to `into` (mutates `into`, returns it). */
export function addRows(into: HsdsTables, part: Partial<HsdsTables>): HsdsTables {
  for (const name of HSDS_TABLES) {
    const rows = part[name];
    if (rows) (into[name] as unknown[]).push(...rows);
  }
  return into;
}

/** Every table sorted by id; throws when an id occurs twice (two objects would collide). */
export function finishTables(tables: HsdsTables): HsdsTables {
  for (const name of HSDS_TABLES) {
    const rows = tables[name] as { id: string }[];
    rows.sort(byId);
    for (let i = 1; i < rows.length; i++) {
      if (rows[i]?.id === rows[i - 1]?.id) throw new Error(`HSDS export: id ${rows[i]?.id} occurs twice in ${name}.`);
    }
  }
  return tables;
}
