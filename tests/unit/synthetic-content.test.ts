import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { COLLECTIES, makeSchemas, type CollectieNaam } from '../../src/schema/collections.ts';
import { ID_PATROON, REGIO_GRENZEN, isDutchPhone } from '../../src/schema/pieces.ts';
import { validateContent } from '../../src/lib/validation/index.ts';
import {
  generateSynthetic,
  planCounts,
  placesFor,
  type GeneratedFile,
  type SyntheticOptions,
} from '../../scripts/lib/synthetic/generate.ts';
import { frontmatterYaml } from '../../scripts/lib/synthetic/frontmatter.ts';
import { slugify } from '../../scripts/lib/synthetic/places.ts';
import { createRandom, weightedPicker } from '../../scripts/lib/synthetic/random.ts';

const kernenCsv = readFileSync(new URL('../../scripts/data/kernen.csv', import.meta.url), 'utf8');
const schemas = makeSchemas(() => z.string());

interface Parsed {
  file: GeneratedFile;
  data: Record<string, unknown>;
  body: string;
}

function generate(options: Omit<SyntheticOptions, 'kernenCsv'>): GeneratedFile[] {
  return [...generateSynthetic({ ...options, kernenCsv })];
}

function parseFile(file: GeneratedFile): Parsed {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(file.content);
  if (!match) throw new Error(`${file.path} has no front matter`);
  return { file, data: parse(match[1] as string) as Record<string, unknown>, body: match[2] as string };
}

/** Every reference of one parsed entry, as [collection, id, field]. */
function referencesOf(entry: Parsed): [CollectieNaam, string, string][] {
  const d = entry.data as Record<string, unknown> & {
    werkgebied?: { gemeenten?: string[]; kernen?: string[] };
  };
  const refs: [CollectieNaam, string, string][] = [];
  const one = (collection: CollectieNaam, field: string) => {
    if (typeof d[field] === 'string') refs.push([collection, d[field] as string, field]);
  };
  const many = (collection: CollectieNaam, ids: unknown, field: string) => {
    for (const id of (ids as string[] | undefined) ?? []) refs.push([collection, id, field]);
  };
  switch (entry.file.collection) {
    case 'kernen':
      one('gemeenten', 'gemeente');
      many('kernen', d['buren'], 'buren');
      break;
    case 'organisaties':
      many('gemeenten', d['gemeenten'], 'gemeenten');
      break;
    case 'locaties':
      one('kernen', 'kern');
      one('organisaties', 'organisatie');
      break;
    case 'activiteiten':
      one('locaties', 'locatie');
      one('organisaties', 'organisatie');
      break;
    case 'diensten':
    case 'informatie':
      one('organisaties', 'organisatie');
      one('locaties', 'locatie');
      many('locaties', d['locaties'], 'locaties');
      many('gemeenten', d.werkgebied?.gemeenten, 'werkgebied.gemeenten');
      many('kernen', d.werkgebied?.kernen, 'werkgebied.kernen');
      break;
    default:
      break;
  }
  return refs;
}

describe('synthetic content generator', () => {
  const files = generate({ count: 400, seed: 7 });
  const parsed = files.map(parseFile);

  it('the same seed gives byte-identical files', () => {
    const again = generate({ count: 400, seed: 7 });
    expect(again.map((f) => f.path)).toEqual(files.map((f) => f.path));
    expect(again.map((f) => f.content)).toEqual(files.map((f) => f.content));
  });

  it('another seed gives other content over the same places', () => {
    const other = generate({ count: 400, seed: 8 });
    expect(other.map((f) => f.content).join('')).not.toEqual(files.map((f) => f.content).join(''));
    const kernen = (list: GeneratedFile[]) => list.filter((f) => f.collection === 'kernen').map((f) => f.id);
    expect(kernen(other)).toEqual(kernen(files));
  });

  it('writes exactly N entries, split as planned, besides the 4 gemeenten and 57 kernen', () => {
    const plan = planCounts(400);
    const count = (c: CollectieNaam) => files.filter((f) => f.collection === c).length;
    expect(count('gemeenten')).toBe(4);
    expect(count('kernen')).toBe(57);
    expect(count('organisaties')).toBe(plan.organisaties);
    expect(count('locaties')).toBe(plan.locaties);
    expect(count('activiteiten')).toBe(plan.activiteiten);
    expect(count('diensten')).toBe(plan.diensten);
    expect(count('informatie')).toBe(plan.informatie);
    expect(Object.values(plan).reduce((a, b) => a + b, 0)).toBe(400);
  });

  it('every generated file passes its collection schema', () => {
    const failures = parsed
      .map((p) => ({ path: p.file.path, result: schemas[p.file.collection].safeParse(p.data) }))
      .filter((r) => !r.result.success)
      .map((r) => `${r.path}: ${r.result.error?.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`);
    expect(failures).toEqual([]);
  });

  it('every reference resolves to a generated entry of the right collection', () => {
    const ids = Object.fromEntries(
      COLLECTIES.map((c) => [c, new Set(files.filter((f) => f.collection === c).map((f) => f.id))]),
    ) as Record<CollectieNaam, Set<string>>;
    const dangling = parsed.flatMap((p) =>
      referencesOf(p)
        .filter(([c, id]) => !ids[c].has(id))
        .map(([c, id, field]) => `${p.file.path} ${field} → ${c}/${id}`),
    );
    expect(dangling).toEqual([]);
    expect(parsed.flatMap(referencesOf).length).toBeGreaterThan(files.length);
  });

  it('ids are valid file names, unique per collection, and match the file name', () => {
    for (const c of COLLECTIES) {
      const ids = files.filter((f) => f.collection === c).map((f) => f.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
    for (const f of files) {
      expect(f.id).toMatch(ID_PATROON);
      expect(f.path.endsWith(`/${f.id}.md`)).toBe(true);
      expect(f.path.startsWith(`${f.collection}/`)).toBe(true);
    }
  });

  it('every entry is marked as example content with example.org addresses and valid phone numbers', () => {
    for (const p of parsed) expect(p.data['voorbeeld']).toBe(true);
    const text = files.map((f) => f.content).join('\n');
    const emails = text.match(/[\w.-]+@[\w.-]+/g) ?? [];
    expect(emails.length).toBeGreaterThan(50);
    expect(emails.filter((e) => !e.endsWith('@example.org'))).toEqual([]);
    const phones = [...text.matchAll(/telefoon: "([^"]+)"/g)].map((m) => m[1] as string);
    expect(phones.length).toBeGreaterThan(50);
    expect(phones.filter((t) => !isDutchPhone(t))).toEqual([]);
  });

  it('descriptions are realistic markdown of about one to two kilobytes', () => {
    const offers = parsed.filter((p) => p.file.collection === 'activiteiten');
    const sizes = offers.map((p) => Buffer.byteLength(p.body));
    const mean = sizes.reduce((a, b) => a + b, 0) / sizes.length;
    expect(mean).toBeGreaterThan(1000);
    expect(mean).toBeLessThan(2000);
    expect(offers.every((p) => p.body.includes('## '))).toBe(true);
    const words = new Set(offers.flatMap((p) => p.body.toLowerCase().match(/\p{L}+/gu) ?? []));
    expect(words.size).toBeGreaterThan(800);
  });

  it('text avoids the words the language guide warns against', () => {
    const text = files
      .map((f) => f.content)
      .join('\n')
      .toLowerCase();
    for (const word of [
      'hulpvraag',
      'doorverwijzing',
      'cliënt',
      'probleemgezin',
      'laaggeletterd',
      'eenzame ouderen',
      'interventie',
    ]) {
      expect(text).not.toContain(word);
    }
  });

  it('schedules cover weekly, fortnightly, monthly and one-off activities', () => {
    const kinds = new Set(
      parsed
        .filter((p) => p.file.collection === 'activiteiten')
        .flatMap((p) => (p.data['wanneer'] as { herhaling: string }[]).map((b) => b.herhaling)),
    );
    expect([...kinds].sort()).toEqual(['eenmalig', 'maandelijks', 'tweewekelijks', 'wekelijks']);
  });

  it("the project's own content validator finds no errors and hardly any warnings", () => {
    const report = validateContent(files.map((f) => ({ pad: f.path, inhoud: f.content })));
    const errors = report.problemen.filter((p) => p.ernst === 'fout');
    expect(errors.map((p) => `${p.bestand} ${p.veld ?? ''} ${p.bericht}`)).toEqual([]);
    expect(report.waarschuwingen).toBeLessThanOrEqual(files.length / 100);
    expect(report.aantalBestanden).toBe(files.length);
  }, 30_000);
});

describe('synthetic content at national scale', () => {
  it('adds invented gemeenten and kernen, all inside the region bounding box', () => {
    const places = placesFor({ count: 100_000, kernenCsv });
    expect(places.kernen.length).toBe(2500);
    expect(places.gemeenten.length).toBeGreaterThan(250);
    expect(new Set(places.kernen.map((k) => k.id)).size).toBe(places.kernen.length);
    expect(new Set(places.gemeenten.map((g) => g.cbsCode)).size).toBe(places.gemeenten.length);
    for (const k of places.kernen) {
      expect(k.lat).toBeGreaterThanOrEqual(REGIO_GRENZEN.minLat);
      expect(k.lat).toBeLessThanOrEqual(REGIO_GRENZEN.maxLat);
      expect(k.lon).toBeGreaterThanOrEqual(REGIO_GRENZEN.minLon);
      expect(k.lon).toBeLessThanOrEqual(REGIO_GRENZEN.maxLon);
    }
  });

  it('a scaled tree still passes the validator, with entries in invented gemeenten', () => {
    const files = generate({ count: 200, places: 'scaled', kernen: 90, seed: 3 });
    const report = validateContent(files.map((f) => ({ pad: f.path, inhoud: f.content })));
    expect(report.fouten).toBe(0);
    expect(files.filter((f) => f.collection === 'gemeenten').length).toBeGreaterThan(6);
    expect(files.filter((f) => f.collection === 'kernen').length).toBe(90);
  }, 30_000);
});

describe('synthetic content helpers', () => {
  it('slugify turns Dutch place names into file names', () => {
    expect(slugify("'t Zand")).toBe('t-zand');
    expect(slugify('Nieuw-Den Helder')).toBe('nieuw-den-helder');
    expect(slugify('Taalcafé Sint Maartensbrug')).toBe('taalcafe-sint-maartensbrug');
  });

  it('the random source repeats for a seed and stays within [0, 1)', () => {
    const a = createRandom(1);
    const b = createRandom(1);
    const draws = Array.from({ length: 1000 }, () => a.next());
    expect(Array.from({ length: 1000 }, () => b.next())).toEqual(draws);
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...draws)).toBeLessThan(1);
    const mean = draws.reduce((x, y) => x + y, 0) / draws.length;
    expect(mean).toBeGreaterThan(0.45);
    expect(mean).toBeLessThan(0.55);
  });

  it('a weighted picker never picks a zero-weight item and follows the weights', () => {
    const pick = weightedPicker(['a', 'b', 'c'], [1, 0, 3]);
    const random = createRandom(5);
    const counts = { a: 0, b: 0, c: 0 } as Record<string, number>;
    for (let i = 0; i < 4000; i++) counts[pick(random)]! += 1;
    expect(counts['b']).toBe(0);
    expect(counts['c']! / counts['a']!).toBeGreaterThan(2.5);
    expect(counts['c']! / counts['a']!).toBeLessThan(3.5);
  });

  it('front matter round-trips through a YAML parser, keeping times and codes as text', () => {
    const data = {
      naam: 'Koffie in \'t Zand: "gezellig"',
      cbs_code: '0400',
      van: '09:30',
      bedrag: 2.5,
      inloop: true,
      dagen: ['di', 'do'],
      leeg: [],
      blok: [{ herhaling: 'maandelijks', weken: [1, -1] }],
      weg: undefined,
    };
    const { weg: _weg, ...expected } = data;
    expect(parse(frontmatterYaml(data))).toEqual(expected);
  });
});
