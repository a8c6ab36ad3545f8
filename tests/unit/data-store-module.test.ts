import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { storeReadAtRunTime } from '../../src/lib/astro/data-store-module.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'wegwijzer-store-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes `code` as a module and returns its default export. */
async function evaluate(name: string, code: string): Promise<unknown> {
  const file = path.join(dir, `${name}.mjs`);
  writeFileSync(file, code);
  return ((await import(pathToFileURL(file).href)) as { default: unknown }).default;
}

describe('the data store read at run time', () => {
  // A store in the shape Astro writes (devalue's flat form), with text that needs escaping.
  const json = JSON.stringify([['Map', 1], [[2, 3]], 'activiteiten', { body: 'Koffie "zwart"\nen café ☕' }]);
  const store = path.join(dir, 'data-store.json');
  writeFileSync(store, json);
  const inlined = `export default JSON.parse(${JSON.stringify(json)})`;

  it('gives the same data as the module Astro bundles', async () => {
    const code = storeReadAtRunTime(inlined, store);
    expect(code).toBeDefined();
    expect(code).not.toContain('café');
    expect(await evaluate('replaced', code ?? '')).toEqual(await evaluate('inlined', inlined));
  });

  it('leaves every other form of the module alone', () => {
    expect(storeReadAtRunTime('export default new Map()', store)).toBeUndefined();
    // Astro's chunked storage (experimental.collectionStorage).
    const chunked = 'export default{"activiteiten":[(await import("astro:data-layer-content-chunk:a.json"))]}';
    expect(storeReadAtRunTime(chunked, store)).toBeUndefined();
  });
});
