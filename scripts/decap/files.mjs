// @ts-check
/**
 * Pure helpers for fetching Decap CMS (scripts/decap/fetch.mjs) and shipping it
 * (src/integrations/decap.ts): the integrity check of the tarball and the choice of files.
 * Plain JavaScript for the same reason as version.mjs.
 */
import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * The files of the package that the browser needs, as tar member names: the bundle
 * `decap-cms.js`, its lazily loaded chunks `<id>.decap-cms.js`, the WebAssembly files they load,
 * and the licence file the bundle's banner points to. Not shipped: source maps (60 MB), the
 * duplicate `cms.js` build with its chunks, `cms.css`, README and package.json.
 */
const DIST_MEMBER =
  /^package\/dist\/(decap-cms\.js|[0-9a-z]+\.decap-cms\.js|[0-9a-f]+\.wasm|decap-cms\.js\.LICENSE\.txt)$/;

/**
 * Whether a file name (no folder) is one of the files shipped to `/admin/`.
 *
 * @param {string} name
 * @returns {boolean}
 */
export function isShippedFile(name) {
  return DIST_MEMBER.test(`package/dist/${name}`);
}

/**
 * The tar members to extract, from the output of `tar -tzf` (one name per line), sorted. Names
 * with `..`, a backslash or a leading slash never match the pattern, so nothing lands outside
 * the target folder.
 *
 * @param {string} listing
 * @returns {string[]}
 */
export function selectDistMembers(listing) {
  return listing
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((name) => DIST_MEMBER.test(name))
    .sort();
}

/**
 * Whether `bytes` match a Subresource Integrity string such as npm's `dist.integrity`
 * (`sha512-<base64>`). Only sha512 is accepted: a weaker or unknown algorithm, a malformed
 * string or a wrong length all give `false`. Several space-separated hashes may be given; one
 * sha512 match is enough.
 *
 * @param {Uint8Array} bytes
 * @param {string} integrity
 * @returns {boolean}
 */
export function matchesIntegrity(bytes, integrity) {
  const actual = createHash('sha512').update(bytes).digest();
  for (const part of integrity.trim().split(/\s+/)) {
    const match = /^sha512-([A-Za-z0-9+/]+={0,2})$/.exec(part);
    if (!match?.[1]) continue;
    const expected = Buffer.from(match[1], 'base64');
    if (expected.length === actual.length && timingSafeEqual(expected, actual)) return true;
  }
  return false;
}
