/**
 * The content validator: checks every file of a content folder and returns all problems at
 * once, sorted by file and line. Pure: the files are passed in (see `read.ts` for the disk).
 */
import { COLLECTIES, makeSchemas, type CollectieNaam } from '../../schema/collections.ts';
import { dubbeleIds, idIndex, onbekendeVerwijzingen } from './cross.ts';
import { checkEntry } from './entry.ts';
import { idRef } from './refs.ts';
import { deelIn } from './tree.ts';
import type { BronBestand, Probleem, Rapport, Verwijzing } from './types.ts';
import type { Zoeker } from './yaml-source.ts';

let schemas: ReturnType<typeof makeSchemas> | undefined;

/** The collection schemas with plain id references (see `refs.ts`). */
export function validatorSchemas(): ReturnType<typeof makeSchemas> {
  schemas ??= makeSchemas(idRef);
  return schemas;
}

export interface ValidatieOpties {
  /** How the content folder is shown in messages, e.g. `content` or `tests/fixtures/broken`. */
  map?: string;
}

export function sortProblemen(problemen: Probleem[]): Probleem[] {
  return problemen.sort(
    (a, b) =>
      (a.bestand < b.bestand ? -1 : a.bestand > b.bestand ? 1 : 0) ||
      (a.regel ?? 0) - (b.regel ?? 0) ||
      (a.veld ?? '').localeCompare(b.veld ?? '') ||
      a.bericht.localeCompare(b.bericht),
  );
}

/** Counts entry files per collection, the way the site's loader finds them. */
export function telPerCollectie(paden: readonly string[]): Record<CollectieNaam, number> {
  const telling = Object.fromEntries(COLLECTIES.map((c) => [c, 0])) as Record<CollectieNaam, number>;
  for (const e of deelIn(paden).entries) telling[e.collectie]++;
  return telling;
}

/**
 * An entry whose own data passed the schema: `data` as the schema gives it (references as plain
 * ids), `verwijzingen` where its references are in that data. Only meaningful when the whole
 * report has no errors (then every reference exists).
 */
export interface GeldigeEntry {
  pad: string;
  collectie: CollectieNaam;
  id: string;
  data: unknown;
  body: string;
  verwijzingen: readonly Verwijzing[];
}

/** Validates all files of one content folder. */
export function validateContent(bestanden: readonly BronBestand[], opties: ValidatieOpties = {}): Rapport {
  return controleer(bestanden, opties, false).rapport;
}

/**
 * Validates all files of one content folder, and gives the entries whose data passed with that
 * data, so work on checked content need not read and parse the files again
 * (scripts/lib/load-alles.ts).
 */
export function checkContent(
  bestanden: readonly BronBestand[],
  opties: ValidatieOpties = {},
): { rapport: Rapport; geldig: GeldigeEntry[] } {
  return controleer(bestanden, opties, true);
}

/** `metData`: keep the parsed data of the entries (only callers that use it pay its memory). */
function controleer(
  bestanden: readonly BronBestand[],
  opties: ValidatieOpties,
  metData: boolean,
): { rapport: Rapport; geldig: GeldigeEntry[] } {
  const map = (opties.map ?? 'content').replace(/\/+$/, '');
  const toon = (pad: string) => (map === '' || map === '.' ? pad : `${map}/${pad}`);
  const inhoud = new Map(bestanden.map((b) => [b.pad, b.inhoud]));
  const { entries, problemen: bestandsProblemen } = deelIn(bestanden.map((b) => b.pad));

  const problemen: Probleem[] = bestandsProblemen.map((p) => ({
    ernst: p.ernst,
    soort: p.soort,
    bestand: toon(p.pad),
    bericht: p.bericht,
  }));
  const verwijzingen = new Map<string, { lijst: Verwijzing[]; regelVan: Zoeker | undefined }>();
  const alleSchemas = validatorSchemas();
  const geldig: GeldigeEntry[] = [];
  for (const entry of entries) {
    const result = checkEntry(inhoud.get(entry.pad) ?? '', entry.collectie, alleSchemas[entry.collectie], metData);
    verwijzingen.set(entry.pad, { lijst: result.verwijzingen, regelVan: result.regelVan });
    if (result.geldig) geldig.push({ ...entry, ...result.geldig });
    for (const p of result.waarschuwingen ?? []) {
      problemen.push({
        ernst: 'waarschuwing',
        soort: p.soort,
        bestand: toon(entry.pad),
        ...(p.regel !== undefined ? { regel: p.regel } : {}),
        ...(p.veld ? { veld: p.veld } : {}),
        bericht: p.bericht,
      });
    }
    for (const p of result.problemen) {
      problemen.push({
        ernst: 'fout',
        soort: p.soort,
        bestand: toon(entry.pad),
        ...(p.regel !== undefined ? { regel: p.regel } : {}),
        ...(p.veld ? { veld: p.veld } : {}),
        bericht: p.bericht,
      });
    }
  }

  const index = idIndex(entries);
  const kruis = [
    ...dubbeleIds(entries, toon),
    ...entries.flatMap((e) => {
      const gevonden = verwijzingen.get(e.pad);
      return gevonden ? onbekendeVerwijzingen(e.pad, gevonden.lijst, index, gevonden.regelVan) : [];
    }),
  ];
  for (const p of kruis) {
    problemen.push({
      ernst: 'fout',
      soort: p.soort,
      bestand: toon(p.pad),
      ...(p.regel !== undefined ? { regel: p.regel } : {}),
      ...(p.veld ? { veld: p.veld } : {}),
      bericht: p.bericht,
    });
  }

  const perCollectie = Object.fromEntries(COLLECTIES.map((c) => [c, 0])) as Record<CollectieNaam, number>;
  for (const e of entries) perCollectie[e.collectie]++;
  const fouten = problemen.filter((p) => p.ernst === 'fout');
  const metFouten = new Set(fouten.map((p) => p.bestand));
  const rapport: Rapport = {
    problemen: sortProblemen(problemen),
    aantalBestanden: entries.length,
    perCollectie,
    fouten: fouten.length,
    waarschuwingen: problemen.length - fouten.length,
    bestandenMetFouten: metFouten.size,
    bestandenInOrde: entries.filter((e) => !metFouten.has(toon(e.pad))).length,
  };
  return { rapport, geldig };
}
