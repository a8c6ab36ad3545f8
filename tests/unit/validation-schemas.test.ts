/** The collection schemas accept a valid example of every collection (tests/fixtures/valid). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { COLLECTIES, type CollectieNaam } from '../../src/schema/collections.ts';
import { countEntries, validateContentDir, validatorSchemas } from '../../src/lib/validation/index.ts';
import { splitFrontmatter } from '../../src/lib/validation/frontmatter.ts';

const VALID = 'tests/fixtures/valid';
const VOORBEELDEN: Record<CollectieNaam, string> = {
  gemeenten: 'gemeenten/den-helder.md',
  kernen: 'kernen/julianadorp.md',
  locaties: 'locaties/buurtkamer-julianadorp.md',
  organisaties: 'organisaties/welzijn-den-helder.md',
  activiteiten: 'activiteiten/koffieochtend-julianadorp.md',
  diensten: 'diensten/digi-hulplijn.md',
  informatie: 'informatie/webinar-rondkomen.md',
};

function frontmatter(pad: string): unknown {
  const split = splitFrontmatter(readFileSync(`${VALID}/${pad}`, 'utf8'));
  if (!split.ok) throw new Error(`${pad} has no frontmatter`);
  return parse(split.deel.yaml);
}

describe('the schemas parse a valid example of each collection', () => {
  it.each(COLLECTIES)('a valid %s entry parses, with defaults filled in', (collectie) => {
    const data = validatorSchemas()[collectie].parse(frontmatter(VOORBEELDEN[collectie])) as Record<string, unknown>;
    expect(data.voorbeeld).toBe(true);
    expect(data.gecontroleerd).toBe('2026-11-01');
  });

  it('a weekly activity keeps its schedule and gets zonder_verwijzing: true by default', () => {
    const data = validatorSchemas().activiteiten.parse(frontmatter(VOORBEELDEN.activiteiten)) as Record<
      string,
      unknown
    >;
    expect(data.wanneer).toEqual([
      { herhaling: 'wekelijks', dagen: ['di'], van: '09:30', tot: '11:30', behalve: ['2026-12-29'] },
    ]);
    expect(data.zonder_verwijzing).toBe(true);
  });
});

describe('the valid fixture as a whole', () => {
  it('has no problems at all, not even warnings', async () => {
    const rapport = await validateContentDir(VALID, { map: VALID });
    expect(rapport.problemen).toEqual([]);
    expect(rapport.bestandenInOrde).toBe(8);
  });

  it('counts its entries per collection, as the site should build them', async () => {
    expect(await countEntries(VALID)).toEqual({
      gemeenten: 1,
      kernen: 2,
      locaties: 1,
      organisaties: 1,
      activiteiten: 1,
      diensten: 1,
      informatie: 1,
    });
  });
});
