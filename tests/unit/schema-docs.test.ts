import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { plainSchemas } from '../../src/schema/plain.ts';
import { COLLECTIES } from '../../src/schema/collections.ts';
import { veldDocs } from '../../src/lib/schema-docs.ts';
import { withFieldReference } from '../../scripts/docs/field-reference.ts';

describe('field documentation generated from the schemas', () => {
  it('lists nested schedule fields of an activity with their kind and whether they are required', () => {
    const docs = veldDocs(plainSchemas.activiteiten);
    const van = docs.find((d) => d.pad === 'wanneer[].van');
    const behalve = docs.find((d) => d.pad === 'wanneer[].behalve');
    expect(van).toMatchObject({ verplicht: true, soort: 'tijd ("uu:mm")' });
    expect(behalve).toMatchObject({ verplicht: false, soort: 'lijst van datum (jjjj-mm-dd)' });
  });

  it('names the target collection of a reference and the choices of a vocabulary', () => {
    const docs = veldDocs(plainSchemas.locaties);
    expect(docs.find((d) => d.pad === 'kern')).toMatchObject({ soort: 'verwijzing', verwijzing: 'kernen' });
    expect(docs.find((d) => d.pad === 'soort')?.keuzes).toContain('buurtkamer');
  });

  it('treats fields with a default as optional for editors', () => {
    const docs = veldDocs(z.strictObject({ a: z.boolean().default(false), b: z.string() }));
    expect(docs.map((d) => [d.pad, d.verplicht])).toEqual([
      ['a', false],
      ['b', true],
    ]);
  });

  it('gives every field of every collection a Dutch explanation', () => {
    const missing = COLLECTIES.flatMap((name) =>
      veldDocs(plainSchemas[name])
        .filter((d) => d.uitleg.trim().length === 0)
        .map((d) => `${name}.${d.pad}`),
    );
    expect(missing).toEqual([]);
  });

  it('CONTRIBUTING.md documents exactly the fields the schemas accept (run npm run docs:fields)', () => {
    const current = readFileSync(new URL('../../CONTRIBUTING.md', import.meta.url), 'utf8');
    expect(withFieldReference(current)).toBe(current);
  });
});
