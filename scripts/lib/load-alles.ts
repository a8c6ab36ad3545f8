/**
 * Checked content in the shape the query layer gives pages (`alles()` in src/data/content.ts):
 * entries with `id`, `collection`, parsed `data` (references as `{ collection, id }`, as Astro's
 * reference() gives them) and the markdown `body`, each collection sorted by name. For work outside
 * Astro: the calendar files of `npm run build` (lib/build/calendars.ts) and the tests of the
 * exporters.
 *
 * The data is what the content validator parsed (src/lib/validation/validate.ts, `checkContent`),
 * so the files are read and parsed once, with the YAML reader and schemas of the check, and the
 * build's check process hands its result straight to the calendar files. Content with errors
 * throws, with the Dutch report (lib/load-content.ts is the lenient loader of the reports).
 */
import path from 'node:path';
import type { Alles } from '../../src/data/content.ts';
import { COLLECTIES, type CollectieNaam } from '../../src/schema/collections.ts';
import { formatPath, valueAt } from '../../src/lib/validation/paths.ts';
import {
  checkContent,
  formatBouwRapport,
  readContentTree,
  type GeldigeEntry,
  type Rapport,
} from '../../src/lib/validation/index.ts';

const byName = new Intl.Collator('nl');

/**
 * `data` with each reference in `verwijzingen` (found at its path in this data) replaced by
 * `{ collection, id }`. `data` is the schema's output, made for this entry alone: changed in
 * place.
 */
function withReferences(data: unknown, verwijzingen: GeldigeEntry['verwijzingen'], pad: string): unknown {
  for (const { naar, id, pad: where } of verwijzingen) {
    const holder = valueAt(data, where.slice(0, -1)) as Record<PropertyKey, unknown> | undefined;
    const key = where.at(-1);
    // The paths were found in this very data; if that ever fails, say so rather than guess.
    if (key === undefined || holder?.[key] !== id) {
      throw new Error(`${pad}: reference ${formatPath(where)} is not where the check found it.`);
    }
    holder[key] = { collection: naar, id };
  }
  return data;
}

/**
 * The entries of a check without errors, in the shape of `alles()`. `dir` is the content folder the
 * check read (for `filePath`). Takes the entries' data over (their references are replaced in
 * place): call it once per check.
 */
export function allesFromChecked(rapport: Rapport, geldig: readonly GeldigeEntry[], dir: string): Alles {
  if (rapport.fouten > 0) throw new Error(formatBouwRapport(rapport, dir));
  const result = Object.fromEntries(COLLECTIES.map((c) => [c, [] as unknown[]])) as Record<CollectieNaam, unknown[]>;
  for (const entry of geldig) {
    result[entry.collectie].push({
      id: entry.id,
      collection: entry.collectie,
      data: withReferences(entry.data, entry.verwijzingen, entry.pad),
      body: entry.body,
      filePath: path.join(dir, entry.pad),
    });
  }
  for (const entries of Object.values(result)) {
    entries.sort((a, b) =>
      byName.compare((a as { data: { naam: string } }).data.naam, (b as { data: { naam: string } }).data.naam),
    );
  }
  return result as unknown as Alles;
}

/** All entries of the content folder `dir`, checked; throws with the Dutch report when it has errors. */
export async function loadAlles(dir: string): Promise<Alles> {
  const { rapport, geldig } = checkContent(await readContentTree(dir), { map: dir });
  return allesFromChecked(rapport, geldig, dir);
}
