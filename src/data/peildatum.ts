/** Freshness answers for pages, relative to the build date (see src/lib/build-date.ts). */
import { peildatum } from '../lib/build-date.ts';
import { isVerouderd, zoekAttributen } from '../lib/freshness.ts';
import type { CollectieNaam } from '../schema/collections.ts';

/** The build date (YYYY-MM-DD); async so callers need not change if it ever depends on content. */
export function buildPeildatum(): Promise<string> {
  return Promise.resolve(peildatum());
}

export async function isVerouderdOpBuild(collectie: CollectieNaam, gecontroleerd: string): Promise<boolean> {
  return isVerouderd(collectie, gecontroleerd, await buildPeildatum());
}

/** Attributes for `<main>` of an entry page: lower search weight when stale (see freshness.ts). */
export async function zoekAttributenVoor(entry: {
  collection: CollectieNaam;
  data: { gecontroleerd: string };
}): Promise<Record<string, string>> {
  return zoekAttributen(entry.collection, entry.data.gecontroleerd, await buildPeildatum());
}
