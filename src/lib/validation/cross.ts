/**
 * Checks across entries: every id once per collection, and every reference pointing at an
 * entry that exists (with close matches when it does not).
 */
import { COLLECTIES, type CollectieNaam } from '../../schema/collections.ts';
import { ENKELVOUD } from './collectie-namen.ts';
import { closeMatches, ofLijst } from './suggest.ts';
import type { EntryBestand } from './tree.ts';
import { formatPath } from './paths.ts';
import type { Verwijzing } from './types.ts';
import type { Zoeker } from './yaml-source.ts';

export interface KruisProbleem {
  pad: string;
  soort: string;
  veld?: string;
  regel?: number;
  bericht: string;
}

export type IdIndex = Record<CollectieNaam, Set<string>>;

export function idIndex(entries: readonly EntryBestand[]): IdIndex {
  const index = Object.fromEntries(COLLECTIES.map((c) => [c, new Set<string>()])) as IdIndex;
  for (const e of entries) index[e.collectie].add(e.id);
  return index;
}

/** Two files in one collection with the same id (also when only upper/lower case differs). */
export function dubbeleIds(
  entries: readonly EntryBestand[],
  toon: (pad: string) => string = (pad) => pad,
): KruisProbleem[] {
  const groepen = new Map<string, EntryBestand[]>();
  for (const e of entries) {
    const key = `${e.collectie}/${e.id.toLowerCase()}`;
    groepen.set(key, [...(groepen.get(key) ?? []), e]);
  }
  const out: KruisProbleem[] = [];
  for (const groep of groepen.values()) {
    if (groep.length < 2) continue;
    for (const e of groep) {
      const anderen = groep.filter((o) => o !== e).map((o) => toon(o.pad));
      out.push({
        pad: e.pad,
        soort: 'dubbel-id',
        bericht: `Er is nog een bestand met de naam '${e.id}' in ${e.collectie}: ${anderen.join(', ')}. Elke ${ENKELVOUD[e.collectie]} heeft een eigen bestandsnaam nodig, ook in een andere map en ook als alleen hoofdletters verschillen. Geef één van de bestanden een andere naam, of verwijder het dubbele bestand.`,
      });
    }
  }
  return out;
}

/** References from one entry to entries that do not exist. */
export function onbekendeVerwijzingen(
  pad: string,
  verwijzingen: readonly Verwijzing[],
  index: IdIndex,
  regelVan?: Zoeker,
): KruisProbleem[] {
  const out: KruisProbleem[] = [];
  for (const v of verwijzingen) {
    if (index[v.naar].has(v.id)) continue;
    const bedoel = closeMatches(v.id, index[v.naar], 3);
    const elders = COLLECTIES.filter((c) => c !== v.naar && index[c].has(v.id));
    let hint = '';
    if (bedoel.length > 0) hint = ` Bedoel je ${ofLijst(bedoel)}?`;
    else if (elders.length > 0) hint = ` '${v.id}' is een ${ENKELVOUD[elders[0]!]}, geen ${ENKELVOUD[v.naar]}.`;
    const regel = regelVan?.(v.pad, 'waarde');
    out.push({
      pad,
      soort: 'verwijzing-onbekend',
      veld: formatPath(v.pad),
      ...(regel !== undefined ? { regel } : {}),
      bericht: `Er is geen ${ENKELVOUD[v.naar]} met de naam '${v.id}' (in de map ${v.naar}).${hint} Schrijf de bestandsnaam zonder .md, of maak eerst een bestand ${v.naar}/${v.id}.md.`,
    });
  }
  return out;
}
