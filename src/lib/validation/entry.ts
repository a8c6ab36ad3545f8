/**
 * Checks one entry file on its own: frontmatter present, YAML readable, data valid against the
 * collection's schema, description present where one is required. Also lists the entry's
 * references, which `validate.ts` checks against all entries afterwards.
 */
import type { z } from 'astro/zod';
import { BESCHRIJVING_VERPLICHT, type CollectieNaam } from '../../schema/collections.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { vindVerwijzingen } from './schema-walk.ts';
import type { Verwijzing } from './types.ts';
import { parseYaml, type Zoeker } from './yaml-source.ts';
import { waarschuwingen } from './warnings.ts';
import { PARSE_OPTIES, vertaalIssues, type EntryProbleem } from './zod-nl.ts';

export interface EntryResultaat {
  problemen: EntryProbleem[];
  verwijzingen: Verwijzing[];
  /** Finds lines in this file, for problems found later (references to missing entries). */
  regelVan?: Zoeker;
  /** Allowed but unwise (see `warnings.ts`); only looked for when the data is valid. */
  waarschuwingen?: EntryProbleem[];
  /**
   * Only when asked (`metData`) and the data passed the schema: the data as the schema gives it
   * (defaults filled in, references as plain ids), where the references are in that data, and
   * the markdown text below the frontmatter.
   */
  geldig?: { data: unknown; body: string; verwijzingen: Verwijzing[] };
}

const GEEN_FRONTMATTER =
  'Dit bestand begint niet met gegevens tussen twee regels met ---. Zet bovenaan een regel ---, dan de velden (veld: waarde), dan weer een regel ---. Kijk in een ander bestand in dezelfde map hoe het moet.';

/** Validates the text of one entry of `collectie` against `schema`; `metData`: also give `geldig`. */
export function checkEntry(
  inhoud: string,
  collectie: CollectieNaam,
  schema: z.ZodType,
  metData = false,
): EntryResultaat {
  const gesplitst = splitFrontmatter(inhoud);
  if (!gesplitst.ok) {
    const bericht =
      gesplitst.reden === 'toml'
        ? 'Dit bestand gebruikt +++ om de gegevens heen. Gebruik --- (drie streepjes), met de velden in YAML.'
        : GEEN_FRONTMATTER;
    return { problemen: [{ soort: 'geen-gegevens', veld: '', regel: 1, bericht }], verwijzingen: [] };
  }
  const { yaml, yamlRegel, body, eindRegel } = gesplitst.deel;
  const problemen: EntryProbleem[] = [];

  if (BESCHRIJVING_VERPLICHT.includes(collectie) && body.trim() === '') {
    problemen.push({
      soort: 'beschrijving-ontbreekt',
      veld: '',
      regel: eindRegel,
      bericht:
        'De beschrijving ontbreekt. Schrijf onder de tweede regel met --- een paar korte zinnen: wat is het, voor wie, en wat kun je er doen of vragen?',
    });
  }

  const gelezen = parseYaml(yaml, yamlRegel);
  if (!gelezen.ok) {
    const vervolg = ' Los dit eerst op; daarna controleert de Wegwijzer de velden van dit bestand.';
    for (const fout of gelezen.fouten)
      problemen.push({ soort: 'yaml-fout', veld: '', regel: fout.regel, bericht: fout.bericht + vervolg });
    return { problemen, verwijzingen: [] };
  }
  const data = gelezen.data ?? {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    problemen.push({
      soort: 'yaml-fout',
      veld: '',
      regel: yamlRegel + 1,
      bericht: 'De gegevens bovenaan moeten velden zijn, elk op een eigen regel: veld: waarde.',
    });
    return { problemen, verwijzingen: [] };
  }

  const result = schema.safeParse(data, PARSE_OPTIES);
  if (!result.success)
    problemen.push(...vertaalIssues(result.error.issues, { schema, data, regelVan: gelezen.regelVan }));
  const gevonden = result.success
    ? waarschuwingen({
        collectie,
        data: data as Record<string, unknown>,
        body,
        bodyRegel: eindRegel,
        regelVan: gelezen.regelVan,
      })
    : [];

  const verwijzingen: Verwijzing[] = vindVerwijzingen(schema, data);
  return {
    problemen,
    verwijzingen,
    waarschuwingen: gevonden,
    regelVan: gelezen.regelVan,
    // The references of the schema's output, found in that output: a preprocess may have changed
    // where they are (a single id made into a list), so the file's paths are not reused.
    ...(metData && result.success
      ? { geldig: { data: result.data, body, verwijzingen: vindVerwijzingen(schema, result.data) } }
      : {}),
  };
}
