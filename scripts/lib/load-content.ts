/**
 * Reads a content folder into plain data for scripts (reports, import, new entries): every entry
 * with id, collection, parsed data (references as plain ids) and the file path. Files that do not
 * pass the schema are skipped and counted; `npm run check:content` explains them.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { COLLECTIES, type CollectieNaam } from '../../src/schema/collections.ts';
import { idFromPath } from '../../src/schema/ids.ts';
import { plainSchemas } from '../../src/schema/plain.ts';
import { splitFrontmatter } from '../../src/lib/validation/frontmatter.ts';
import { listFiles } from '../../src/lib/validation/read.ts';
import { parse as parseYaml } from 'yaml';

export interface GeladenEntry {
  id: string;
  collection: CollectieNaam;
  data: Record<string, unknown>;
  /** Path relative to the content folder. */
  pad: string;
}

export interface Geladen {
  perCollectie: Record<CollectieNaam, GeladenEntry[]>;
  overgeslagen: string[];
}

export async function laadContent(dir: string): Promise<Geladen> {
  const perCollectie = Object.fromEntries(COLLECTIES.map((c) => [c, []])) as unknown as Record<
    CollectieNaam,
    GeladenEntry[]
  >;
  const overgeslagen: string[] = [];
  for (const pad of await listFiles(dir)) {
    const [map] = pad.split('/');
    if (!pad.endsWith('.md') || !(COLLECTIES as readonly string[]).includes(map ?? '')) continue;
    const collection = map as CollectieNaam;
    const split = splitFrontmatter(await readFile(join(dir, pad), 'utf8'));
    const parsed = split.ok ? plainSchemas[collection].safeParse(safeYaml(split.deel.yaml)) : undefined;
    if (!parsed?.success) {
      overgeslagen.push(pad);
      continue;
    }
    perCollectie[collection].push({
      id: idFromPath(pad),
      collection,
      data: parsed.data as Record<string, unknown>,
      pad,
    });
  }
  return { perCollectie, overgeslagen };
}

function safeYaml(text: string): unknown {
  try {
    return parseYaml(text);
  } catch {
    return undefined;
  }
}
