/** Reading the open data files of the built site (dist/) and the content folder it was built from. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { listFiles } from '../../src/lib/validation/read.ts';
import { deelIn } from '../../src/lib/validation/tree.ts';
import type { CollectieNaam } from '../../src/schema/collections.ts';
import { DIST_DIR } from './site.ts';

/** The content folder the build used (the same variable src/content.config.ts reads). */
export const CONTENT_DIR = path.resolve(import.meta.dirname, '../..', process.env['WEGWIJZER_CONTENT'] ?? 'content');

/** A built file's text, by site path (`/data/hsds/services.json`). */
export function readBuilt(sitePath: string): string {
  return readFileSync(path.join(DIST_DIR, sitePath.replace(/^\/+/, '')), 'utf8');
}

/** Every entry file of the content folder, as collection and id. */
export async function contentEntries(): Promise<{ collection: CollectieNaam; id: string }[]> {
  return deelIn(await listFiles(CONTENT_DIR)).entries.map((e) => ({ collection: e.collectie, id: e.id }));
}
