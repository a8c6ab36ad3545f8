/**
 * Shapes shared by the content validator. Everything here is plain data, so results can be
 * printed for editors, written as JSON for tools, or compared in tests.
 */
import type { CollectieNaam } from '../../schema/collections.ts';

/** A file under the content folder; `pad` is relative to that folder, with forward slashes. */
export interface BronBestand {
  pad: string;
  /** The text of a markdown file; `undefined` for files the validator only needs the name of. */
  inhoud?: string;
}

export type Ernst = 'fout' | 'waarschuwing';

/** One thing an editor has to fix (fout) or should look at (waarschuwing). */
export interface Probleem {
  ernst: Ernst;
  /** A short, stable code for tools and tests, e.g. `veld-ontbreekt`, `verwijzing-onbekend`. */
  soort: string;
  /** Path shown to the editor, e.g. `content/activiteiten/koffie.md`. */
  bestand: string;
  /** 1-based line in the file, when known. */
  regel?: number;
  /** The field, written as editors see it: `wanneer[0].van`. */
  veld?: string;
  /** What is wrong and what to do, in plain Dutch. */
  bericht: string;
}

/** A reference from one entry to another, found while reading the entry. */
export interface Verwijzing {
  naar: CollectieNaam;
  id: string;
  /** Where the reference is, e.g. `['buren', 2]`; its line is looked up only when it is wrong. */
  pad: readonly PropertyKey[];
}

/** The outcome of one validation run over a content folder. */
export interface Rapport {
  /** All problems, sorted by file and line. */
  problemen: Probleem[];
  /** Number of entry files (markdown files inside a collection folder) that were checked. */
  aantalBestanden: number;
  /** Entry files per collection: what the site should show as detail pages. */
  perCollectie: Record<CollectieNaam, number>;
  fouten: number;
  waarschuwingen: number;
  /** Number of distinct files with at least one error. */
  bestandenMetFouten: number;
  /** Entry files without any error. */
  bestandenInOrde: number;
}
