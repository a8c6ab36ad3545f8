/** Ids, paths and texts of the content folder, for the import and `npm run new`. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { COLLECTIES, type CollectieNaam } from '../../src/schema/collections.ts';
import { idFromPath } from '../../src/schema/ids.ts';
import { listFiles } from '../../src/lib/validation/read.ts';
import { laadContent } from './load-content.ts';

export interface ContentIndex {
  ids: Record<CollectieNaam, Set<string>>;
  /** Every entry id (any collection) → path relative to the folder. */
  paden: Record<CollectieNaam, Map<string, string>>;
  /** For the folder of a new entry: gemeente of a kern, kern of a locatie. */
  gemeenteVanKern: Map<string, string>;
  kernVanLocatie: Map<string, string>;
  leesTekst: (pad: string) => Promise<string>;
}

export async function contentIndex(dir: string): Promise<ContentIndex> {
  const ids = Object.fromEntries(COLLECTIES.map((c) => [c, new Set<string>()])) as Record<CollectieNaam, Set<string>>;
  const paden = Object.fromEntries(COLLECTIES.map((c) => [c, new Map<string, string>()])) as Record<
    CollectieNaam,
    Map<string, string>
  >;
  for (const pad of await listFiles(dir)) {
    const map = pad.split('/')[0] as CollectieNaam;
    if (!pad.endsWith('.md') || !ids[map]) continue;
    ids[map].add(idFromPath(pad));
    paden[map].set(idFromPath(pad), pad);
  }
  const { perCollectie } = await laadContent(dir);
  return {
    ids,
    paden,
    gemeenteVanKern: new Map(perCollectie.kernen.map((k) => [k.id, String(k.data.gemeente)])),
    kernVanLocatie: new Map(perCollectie.locaties.map((l) => [l.id, String(l.data.kern)])),
    leesTekst: (pad) => readFile(join(dir, pad), 'utf8'),
  };
}

/** Today in the Netherlands, YYYY-MM-DD (for new `gecontroleerd` dates; never used by builds). */
export function vandaag(): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' }).format(new Date());
}
