/**
 * Loads a content folder into the shape the query layer gives pages (`alles()` in
 * src/data/content.ts): entries with `id`, `collection`, parsed `data` (references as
 * `{ collection, id }`, as Astro's reference() gives them) and the markdown `body`, each collection
 * sorted by name. For work outside Astro on checked content: the calendar files of `npm run build`
 * (lib/build/calendars.ts) and the tests of the exporters. Invalid content throws; check it first
 * (lib/load-content.ts is the lenient loader of the reports, with plain ids).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import { parse as parseYaml } from 'yaml';
import type { Alles } from '../../src/data/content.ts';
import { COLLECTIES, makeSchemas, type CollectieNaam } from '../../src/schema/collections.ts';
import { idFromPath } from '../../src/schema/ids.ts';
import { splitFrontmatter } from '../../src/lib/validation/frontmatter.ts';

const schemas = makeSchemas((collection) => z.string().transform((id) => ({ collection, id })));

function markdownFiles(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && e.name.endsWith('.md'))
      .map((e) => path.join(e.parentPath, e.name))
      .sort();
  } catch {
    return [];
  }
}

const byName = new Intl.Collator('nl');

/** All entries of the content folder `dir`, each collection sorted by name like `alles()`. */
export function loadAlles(dir: string): Alles {
  const result = {} as Record<CollectieNaam, unknown[]>;
  for (const collection of COLLECTIES) {
    const entries = markdownFiles(path.join(dir, collection)).map((file) => {
      const text = readFileSync(file, 'utf8');
      const split = splitFrontmatter(text);
      if (!split.ok) throw new Error(`${file}: no frontmatter`);
      const data = schemas[collection].parse(parseYaml(split.deel.yaml));
      return { id: idFromPath(file), collection, data, body: split.deel.body, filePath: file };
    });
    result[collection] = entries.sort((a, b) =>
      byName.compare((a.data as { naam: string }).naam, (b.data as { naam: string }).naam),
    );
  }
  return result as unknown as Alles;
}
