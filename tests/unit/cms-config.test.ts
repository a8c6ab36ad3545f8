/**
 * The Decap CMS configuration and the zod schemas agree field by field: same names, same
 * required flags, widgets that write what the schema accepts. And the committed
 * public/admin/config.yml is exactly what the generator makes.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { cmsConfigYaml, PAD } from '../../scripts/cms-config.ts';
import type { CmsConfig, CmsVeld } from '../../src/lib/cms/config.ts';
import { BESCHRIJVING_VERPLICHT, COLLECTIES } from '../../src/schema/collections.ts';
import { plainSchemas } from '../../src/schema/plain.ts';
import { veldDocs } from '../../src/lib/schema-docs.ts';

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
          expect(veld, doc.pad).toMatchObject({
            widget: 'relation',
            collection: doc.verwijzing,
            value_field: '{{slug}}',
          });
          expect(Boolean(veld.multiple), doc.pad).toBe(doc.soort.startsWith('lijst'));
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
