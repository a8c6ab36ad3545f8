/** Reads a content folder from disk for the validator. The only part that touches the disk. */
import { readdir, readFile } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { CollectieNaam } from '../../schema/collections.ts';
import { deelIn } from './tree.ts';
import type { BronBestand } from './types.ts';
import { telPerCollectie } from './validate.ts';

/** Every file under `dir` (relative, forward slashes), sorted. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
}

/**
 * Files read at the same time. Opening every file at once ran out of file handles (EMFILE) at
 * 100,000 entries, where the limit of open files is often 1,024 to 20,000.
 */
const TEGELIJK = 256;

/** All files under `dir`, with the text of every entry file. */
export async function readContentTree(dir: string): Promise<BronBestand[]> {
  const paden = await listFiles(dir);
  const entryPaden = new Set(deelIn(paden).entries.map((e) => e.pad));
  const bestanden: BronBestand[] = [];
  for (let start = 0; start < paden.length; start += TEGELIJK) {
    const deel = paden.slice(start, start + TEGELIJK);
    bestanden.push(
      ...(await Promise.all(
        deel.map(async (pad) =>
          entryPaden.has(pad) ? { pad, inhoud: await readFile(join(dir, pad), 'utf8') } : { pad },
        ),
      )),
    );
  }
  return bestanden;
}

/** Entry files per collection in `dir`: the number of detail pages the site should build. */
export async function countEntries(dir: string): Promise<Record<CollectieNaam, number>> {
  return telPerCollectie(await listFiles(dir));
}

/**
 * The content folder: `given` (a --dir option), else $WEGWIJZER_CONTENT, else `content`, relative
 * to `root`. One rule for every script and for the Astro integration: `npm run build` and the
 * `astro build` it starts compare their answers to decide who checks the content.
 */
export function inhoudsmapVan(root: string, env: NodeJS.ProcessEnv = process.env, given?: string): string {
  return resolve(root, given ?? env['WEGWIJZER_CONTENT'] ?? 'content');
}

/** How a content folder is named in messages: relative to `from` when inside it, else absolute. */
export function displayDir(dir: string, from: string): string {
  const rel = relative(from, dir).split(sep).join('/');
  if (rel === '') return '.';
  return rel.startsWith('..') || isAbsolute(rel) ? dir : rel;
}
