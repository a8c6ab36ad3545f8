/**
 * The pure parts of shipping Decap CMS (scripts/decap/): the sha512 check of the npm tarball and
 * the choice of files that reach /admin/.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { isShippedFile, matchesIntegrity, selectDistMembers } from '../../scripts/decap/files.mjs';
import { DECAP_INTEGRITY, DECAP_VERSION, decapCacheDir } from '../../scripts/decap/version.mjs';

const bytes = new TextEncoder().encode('a tarball');
const sri = (algorithm: string, data: Uint8Array) =>
  `${algorithm}-${createHash(algorithm).update(data).digest('base64')}`;

describe('matchesIntegrity', () => {
  it('accepts the sha512 of exactly these bytes', () => {
    expect(matchesIntegrity(bytes, sri('sha512', bytes))).toBe(true);
  });

  it('rejects other bytes, even one byte changed', () => {
    const changed = Uint8Array.from(bytes);
    changed[0] = (changed[0] ?? 0) ^ 1;
    expect(matchesIntegrity(changed, sri('sha512', bytes))).toBe(false);
  });

  it('rejects weaker algorithms, malformed and truncated strings', () => {
    expect(matchesIntegrity(bytes, sri('sha1', bytes))).toBe(false);
    expect(matchesIntegrity(bytes, sri('sha256', bytes))).toBe(false);
    expect(matchesIntegrity(bytes, '')).toBe(false);
    expect(matchesIntegrity(bytes, 'sha512-')).toBe(false);
    expect(matchesIntegrity(bytes, 'sha512-not base64!')).toBe(false);
    expect(matchesIntegrity(bytes, sri('sha512', bytes).slice(0, 40))).toBe(false);
  });

  it('accepts a list when one sha512 in it matches', () => {
    expect(matchesIntegrity(bytes, `${sri('sha1', bytes)} ${sri('sha512', bytes)}`)).toBe(true);
  });

  it('the pinned value is one sha512 string for a pinned version', () => {
    expect(DECAP_VERSION).toMatch(/^\d+\.\d+\.\d+$/);
    expect(DECAP_INTEGRITY).toMatch(/^sha512-[A-Za-z0-9+/]{86}==$/);
  });
});

describe('selectDistMembers', () => {
  const listing = [
    'package/LICENSE',
    'package/package.json',
    'package/README.md',
    'package/dist/decap-cms.js',
    'package/dist/decap-cms.js.map',
    'package/dist/decap-cms.js.LICENSE.txt',
    'package/dist/103.decap-cms.js',
    'package/dist/103.decap-cms.js.map',
    'package/dist/cms.js',
    'package/dist/103.cms.js',
    'package/dist/cms.js.LICENSE.txt',
    'package/dist/cms.css',
    'package/dist/dd5d52671a5763720504.wasm',
    'package/dist/../../evil.decap-cms.js',
    'package/dist/sub/1.decap-cms.js',
    '/package/dist/decap-cms.js',
    'package/dist/decap-cms.js.exe',
  ].join('\n');

  it('keeps the bundle, its chunks, the WebAssembly files and the licence file, sorted', () => {
    expect(selectDistMembers(`${listing}\r\n`)).toEqual([
      'package/dist/103.decap-cms.js',
      'package/dist/dd5d52671a5763720504.wasm',
      'package/dist/decap-cms.js',
      'package/dist/decap-cms.js.LICENSE.txt',
    ]);
  });

  it('isShippedFile applies the same rule to bare file names', () => {
    expect(isShippedFile('decap-cms.js')).toBe(true);
    expect(isShippedFile('4928.decap-cms.js')).toBe(true);
    expect(isShippedFile('f728dc876b39e5273411.wasm')).toBe(true);
    expect(isShippedFile('decap-cms.js.map')).toBe(false);
    expect(isShippedFile('cms.js')).toBe(false);
    expect(isShippedFile('../decap-cms.js')).toBe(false);
  });
});

describe('decapCacheDir', () => {
  it('is a folder per version under node_modules/.cache', () => {
    expect(decapCacheDir('/project')).toBe(`/project/node_modules/.cache/decap-cms/${DECAP_VERSION}`);
  });
});
