/**
 * The Decap CMS configuration and the zod schemas agree field by field: same names, same
 * required flags, widgets that write what the schema accepts. And the committed
 * public/admin/config.yml is exactly what the generator makes.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { cmsConfigYaml, PAD } from '../../scripts/cms-config.ts';
import { NESTED_DEPTH, type CmsConfig, type CmsKeuze, type CmsVeld } from '../../src/lib/cms/config.ts';
import { BESCHRIJVING_VERPLICHT, COLLECTIES } from '../../src/schema/collections.ts';
import { plainSchemas } from '../../src/schema/plain.ts';
import { veldDocs } from '../../src/lib/schema-docs.ts';
import { listFiles } from '../../src/lib/validation/read.ts';
import { idFromPath } from '../../src/schema/ids.ts';
import { ID_PATROON } from '../../src/schema/pieces.ts';

const config = parse(readFileSync(PAD, 'utf8')) as CmsConfig;

/** Flattens CMS fields to the paths schema-docs uses (`wanneer[].van`). */
function paden(velden: readonly CmsVeld[], prefix = ''): Map<string, CmsVeld> {
  const uit = new Map<string, CmsVeld>();
  for (const v of velden) {
    const pad = prefix + v.name;
    uit.set(pad, v);
    if (v.widget === 'object') for (const [p, w] of paden(v.fields ?? [], `${pad}.`)) uit.set(p, w);
    if (v.widget === 'list' && v.fields) for (const [p, w] of paden(v.fields, `${pad}[].`)) uit.set(p, w);
  }
  return uit;
}

describe('the CMS configuration', () => {
  it('is the generator’s output (run npm run cms:config after changing a schema)', () => {
    expect(readFileSync(PAD, 'utf8')).toBe(cmsConfigYaml());
  });

  it('uses the GitHub backend, the editorial workflow and Dutch', () => {
    expect(config.backend.name).toBe('github');
    expect(config.publish_mode).toBe('editorial_workflow');
    expect(config.locale).toBe('nl');
  });

  it('has one collection per content folder', () => {
    expect(config.collections.map((c) => [c.name, c.folder])).toEqual(COLLECTIES.map((c) => [c, `content/${c}`]));
  });

  for (const naam of COLLECTIES) {
    it(`agrees with the schema of ${naam} field by field`, () => {
      const collectie = config.collections.find((c) => c.name === naam)!;
      const cms = paden(collectie.fields.filter((f) => f.name !== 'body'));
      const docs = veldDocs(plainSchemas[naam]);
      expect([...cms.keys()].sort()).toEqual(docs.map((d) => d.pad).sort());
      for (const doc of docs) {
        const veld = cms.get(doc.pad)!;
        expect(veld.required, doc.pad).toBe(doc.verplicht);
        if (doc.verwijzing) {
          // {{filename}}, not {{slug}}: in a nested collection the slug holds the subfolder.
          expect(veld, doc.pad).toMatchObject({
            widget: 'relation',
            collection: doc.verwijzing,
            value_field: '{{filename}}',
          });
          expect(Boolean(veld.multiple), doc.pad).toBe(doc.soort.startsWith('lijst'));
        } else if (doc.keuzes && doc.getallen) {
          expect(veld.widget, doc.pad).toBe('select');
          const opties = veld.options as CmsKeuze[];
          expect(
            opties.map((o) => o.value),
            doc.pad,
          ).toEqual(doc.keuzes.map(Number));
          for (const o of opties) expect(typeof o.value, doc.pad).toBe('number');
        } else if (doc.keuzes) {
          expect(veld.widget, doc.pad).toBe('select');
          expect(veld.options, doc.pad).toEqual(doc.keuzes);
        } else if (doc.soort.startsWith('datum')) {
          expect(veld, doc.pad).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DD', time_format: false });
        } else if (doc.soort.startsWith('lijst')) {
          expect(veld.widget, doc.pad).toBe('list');
        } else if (doc.soort.startsWith('ja/nee')) {
          expect(veld.widget, doc.pad).toBe('boolean');
        } else if (doc.soort === 'getal') {
          expect(veld.widget, doc.pad).toBe('number');
        } else if (doc.soort === 'groep velden') {
          expect(veld.widget, doc.pad).toBe('object');
        } else {
          expect(veld.widget, doc.pad).toBe('string');
        }
      }
    });
  }

  it('stores the week of the month (weken) as numbers that the schema accepts', () => {
    const activiteiten = config.collections.find((c) => c.name === 'activiteiten')!;
    const weken = paden(activiteiten.fields).get('wanneer[].weken')!;
    expect(weken).toMatchObject({ widget: 'select', multiple: true });
    const waarden = (weken.options as CmsKeuze[]).map((o) => o.value);
    expect(waarden).toEqual([1, 2, 3, 4, -1]);
    // What Decap writes for a choice of the first and the last week passes the schema.
    const blok = {
      herhaling: 'maandelijks',
      dagen: ['di'],
      weken: [waarden[0], waarden[4]],
      van: '09:30',
      tot: '11:30',
    };
    const schema = plainSchemas.activiteiten.shape.wanneer;
    expect(schema.safeParse([blok]).success).toBe(true);
    expect(schema.safeParse([{ ...blok, weken: ['1'] }]).success).toBe(false);
  });

  it('reads the entries in subfolders per gemeente and names new files by their naam', () => {
    for (const c of config.collections) {
      expect(c.nested, c.name).toEqual({ depth: NESTED_DEPTH, subfolders: false, summary: '{{naam}}' });
      expect(c.identifier_field, c.name).toBe('naam');
      expect(c.slug, c.name).toBe('{{slug}}');
    }
    expect(config.slug).toEqual({ encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' });
  });

  it('reaches every sample entry within the nested depth, and every file name is a valid id', async () => {
    const bestanden = (await listFiles('content')).filter((p) => p.endsWith('.md'));
    expect(bestanden.length).toBeGreaterThan(100);
    for (const pad of bestanden) {
      const [, ...rest] = pad.split('/');
      expect(rest.length, pad).toBeLessThanOrEqual(NESTED_DEPTH);
      expect(idFromPath(pad), pad).toMatch(ID_PATROON);
    }
  });

  it('edits the description as markdown, required where the validator requires it', () => {
    for (const c of config.collections) {
      const body = c.fields.find((f) => f.name === 'body');
      expect(body?.widget, c.name).toBe('markdown');
      expect(body?.required, c.name).toBe(BESCHRIJVING_VERPLICHT.includes(c.name as never));
    }
  });

  it('keeps the admin page out of search engines', () => {
    expect(readFileSync('public/admin/index.html', 'utf8')).toContain(
      '<meta name="robots" content="noindex, nofollow" />',
    );
  });
});
