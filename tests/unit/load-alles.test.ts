import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { allesFromChecked, loadAlles } from '../../scripts/lib/load-alles.ts';
import { makeSchemas, type CollectieNaam } from '../../src/schema/collections.ts';
import { splitFrontmatter } from '../../src/lib/validation/frontmatter.ts';
import { checkContent, readContentTree, type GeldigeEntry, type Rapport } from '../../src/lib/validation/index.ts';
import { parseYaml } from '../../src/lib/validation/yaml-source.ts';
import { VALID_FIXTURE } from '../support/load-content.ts';

const SAMPLE = path.resolve(import.meta.dirname, '../../content');

/**
 * An entry's data the way Astro's reference() shapes it, made independently of the check's
 * reference paths: the collection schemas with every reference turned into { collection, id } by
 * zod itself, wherever it sits.
 */
const astroLike = makeSchemas((collection) => z.string().transform((id) => ({ collection, id })));
function parsedLikeAstro(collection: CollectieNaam, filePath: string): unknown {
  const split = splitFrontmatter(readFileSync(filePath, 'utf8'));
  if (!split.ok) throw new Error(`${filePath}: no frontmatter`);
  const yaml = parseYaml(split.deel.yaml, split.deel.yamlRegel);
  if (!yaml.ok) throw new Error(`${filePath}: YAML`);
  return astroLike[collection].parse(yaml.data);
}

const BROKEN_FIXTURE = path.resolve(import.meta.dirname, '../fixtures/broken');

const clean: Rapport = {
  problemen: [],
  aantalBestanden: 1,
  perCollectie: {
    gemeenten: 0,
    kernen: 1,
    locaties: 0,
    organisaties: 0,
    activiteiten: 0,
    diensten: 0,
    informatie: 0,
  },
  fouten: 0,
  waarschuwingen: 0,
  bestandenMetFouten: 0,
  bestandenInOrde: 1,
};

const kern = (
  naam: string,
  data: Record<string, unknown>,
  verwijzingen: GeldigeEntry['verwijzingen'],
): GeldigeEntry => ({
  pad: `kernen/${naam}.md`,
  collectie: 'kernen',
  id: naam,
  data: { naam, ...data },
  body: '',
  verwijzingen,
});

describe('loadAlles: checked content in the shape of alles()', () => {
  it('gives references as { collection, id }, also inside lists', async () => {
    const alles = await loadAlles(VALID_FIXTURE);
    const huisduinen = alles.kernen.find((k) => k.id === 'huisduinen');
    expect(huisduinen?.data.gemeente).toEqual({ collection: 'gemeenten', id: 'den-helder' });
    expect(huisduinen?.data.buren).toEqual([{ collection: 'kernen', id: 'julianadorp' }]);
    const koffie = alles.activiteiten[0];
    expect(koffie?.data.organisatie).toEqual({ collection: 'organisaties', id: 'welzijn-den-helder' });
    expect(koffie?.data.locatie).toEqual({ collection: 'locaties', id: 'buurtkamer-julianadorp' });
  });

  it('gives each entry its id, collection, text and file, with the defaults of the schema', async () => {
    const alles = await loadAlles(VALID_FIXTURE);
    const koffie = alles.activiteiten[0];
    expect(koffie?.id).toBe('koffieochtend-julianadorp');
    expect(koffie?.collection).toBe('activiteiten');
    expect(koffie?.body).toContain('Elke dinsdag staat de koffie klaar.');
    expect(koffie?.filePath).toBe(path.join(VALID_FIXTURE, 'activiteiten/koffieochtend-julianadorp.md'));
    // YAML reads `gecontroleerd: 2026-11-01` as a date; the schema gives it as the day's text.
    expect(koffie?.data.gecontroleerd).toBe('2026-11-01');
    // Not in the file: the schema's defaults.
    expect(alles.diensten[0]?.data.zonder_verwijzing).toBe(true);
    expect(alles.diensten[0]?.data.locaties).toEqual([]);
    expect(alles.kernen.map((k) => k.id)).toEqual(['huisduinen', 'julianadorp']);
  });

  it('sorts each collection by name in Dutch order, whatever the order of the files', () => {
    const entries = [kern('Zwaag', {}, []), kern('IJmuiden', {}, []), kern('aardenburg', {}, [])];
    const alles = allesFromChecked(clean, entries, '/inhoud');
    expect(alles.kernen.map((k) => k.data.naam)).toEqual(['aardenburg', 'IJmuiden', 'Zwaag']);
  });

  it('says so when a reference is not where the check found it, instead of guessing', () => {
    const moved = kern('Huisduinen', { buren: ['julianadorp'] }, [
      { naar: 'kernen', id: 'julianadorp', pad: ['buren', 1] },
    ]);
    expect(() => allesFromChecked(clean, [moved], '/inhoud')).toThrow(
      /kernen\/Huisduinen\.md: reference buren\[1\] is not where the check found it/,
    );
  });

  it('refuses content with errors, with the Dutch report naming the files', async () => {
    await expect(loadAlles(BROKEN_FIXTURE)).rejects.toThrow(/heeft problemen[\s\S]*activiteiten\//);
  });

  it('gives every entry of the sample the same data as parsing it with references made by zod', async () => {
    for (const dir of [VALID_FIXTURE, SAMPLE]) {
      const alles = await loadAlles(dir);
      for (const entries of Object.values(alles)) {
        for (const entry of entries) {
          expect(entry.data, entry.filePath).toEqual(parsedLikeAstro(entry.collection, entry.filePath));
        }
      }
    }
  });

  it('hands over exactly the entries the check counted', async () => {
    const { rapport, geldig } = checkContent(await readContentTree(VALID_FIXTURE), { map: 'valid' });
    const alles = allesFromChecked(rapport, geldig, VALID_FIXTURE);
    const perCollection = Object.fromEntries(Object.entries(alles).map(([name, list]) => [name, list.length]));
    expect(perCollection).toEqual(rapport.perCollectie);
  });
});
