/**
 * The build's reference date for freshness, with the content as last fallback
 * (see src/lib/build-date.ts), and freshness answers for pages.
 */
import { peildatum as kiesPeildatum } from '../lib/build-date.ts';
import { isVerouderd, zoekAttributen } from '../lib/freshness.ts';
import type { CollectieNaam } from '../schema/collections.ts';
import { alles } from './content.ts';

let cached: Promise<string> | undefined;

/** The reference date of this build (YYYY-MM-DD). */
export function buildPeildatum(): Promise<string> {
  cached ??= (async () => {
    const data = await alles();
    const datums = Object.values(data).flatMap((lijst) =>
      (lijst as { data: { gecontroleerd: string } }[]).map((e) => e.data.gecontroleerd),
    );
    return kiesPeildatum(() => datums);
  })();
  return cached;
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
