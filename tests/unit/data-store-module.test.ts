import { mkdtempSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { EMPTY_STORE, inlinesStore, storeReadAtRunTime } from '../../src/lib/astro/data-store-module.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'wegwijzer-store-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes `code` as a module and returns its default export. */
async function evaluate(name: string, code: string): Promise<unknown> {
  const file = path.join(dir, `${name}.mjs`);
  writeFileSync(file, code);
  return ((await import(pathToFileURL(file).href)) as { default: unknown }).default;
}

// A store in the shape Astro writes (devalue's flat form), with text that needs escaping and
// characters of two, three and four bytes in UTF-8.
const json = JSON.stringify([['Map', 1], [[2, 3]], 'activiteiten', { body: 'Koffie "zwart"\nen café ☕ 😀\\' }]);
// The module Astro generates for it (astro/dist/content/vite-plugin-content-virtual-mod.js).
const inlined = `export default JSON.parse(${JSON.stringify(json)})`;
const bytes = Buffer.from(json);

describe('the store Astro inlined', () => {
  it('is recognised as the file, however the file is cut into pieces', () => {
    // Pieces of 1 to 7 bytes cut through every multi-byte character somewhere.
    for (const pieceBytes of [1, 2, 3, 5, 7, 1 << 20]) expect(inlinesStore(inlined, bytes, pieceBytes)).toBe(true);
  });

  it('is not the file when one character differs, or the file is longer or shorter', () => {
    expect(inlinesStore(inlined, Buffer.from(json.replace('café', 'cafe')), 3)).toBe(false);
    expect(inlinesStore(inlined, Buffer.from(json + ' '))).toBe(false);
    expect(inlinesStore(inlined, Buffer.from(json.slice(0, -1)))).toBe(false);
  });

  it('is not found in any other form of the module', () => {
    expect(inlinesStore(EMPTY_STORE, bytes)).toBe(false);
    // Astro's chunked storage (experimental.collectionStorage).
    const chunked = 'export default{"activiteiten":[(await import("astro:data-layer-content-chunk:a.txt"))]}';
    expect(inlinesStore(chunked, bytes)).toBe(false);
  });
});

describe('the data store read at run time', () => {
  const store = path.join(dir, 'data-store.json');
  writeFileSync(store, json);

  it('gives the same data as the module Astro bundles, without carrying it', async () => {
    const code = storeReadAtRunTime(store, statSync(store));
    expect(code).not.toContain('café');
    expect(await evaluate('replaced', code)).toEqual(await evaluate('inlined', inlined));
  });

  it('refuses a store file that changed after the build compared it', async () => {
    const code = storeReadAtRunTime(store, statSync(store));
    const later = new Date(statSync(store).mtimeMs + 5000);
    utimesSync(store, later, later);
    await expect(evaluate('changed', code)).rejects.toThrow(`The content data store ${store} changed during the build`);
  });
});
