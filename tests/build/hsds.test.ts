import { describe, expect, it } from 'vitest';
import { HSDS_TABLES, type HsdsTables } from '../../src/lib/export/hsds/types.ts';
import { contentEntries, readBuilt } from '../support/built.ts';
import { missingEntries } from '../support/hsds/coverage.ts';
import { validateHsds } from '../support/hsds/validate.ts';

const tables = Object.fromEntries(
  HSDS_TABLES.map((name) => [name, JSON.parse(readBuilt(`/data/hsds/${name}.json`))]),
) as HsdsTables;

describe('the built HSDS export in dist/data/hsds/', () => {
  it('passes the HSDS 3.0 schemas, id uniqueness and reference checks', () => {
    expect(validateHsds(tables)).toEqual([]);
  });

  it('contains every entry of the content folder (nothing dropped)', async () => {
    const entries = await contentEntries();
    expect(entries.length).toBeGreaterThan(0);
    expect(missingEntries(tables, entries)).toEqual([]);
  });

  it('lists every table with its row count in index.json', () => {
    const manifest = JSON.parse(readBuilt('/data/hsds/index.json')) as {
      hsds_version: string;
      tables: { name: string; count: number }[];
    };
    expect(manifest.hsds_version).toBe('3.0');
    expect(manifest.tables.map((t) => [t.name, t.count])).toEqual(
      HSDS_TABLES.map((name) => [name, tables[name].length]),
    );
  });
});
