// @ts-check
/**
 * The one place that pins Decap CMS: its version and the sha512 integrity of its npm tarball
 * (`npm view decap-cms@<version> dist.integrity`). To upgrade, change both together, run
 * `npm install`, then `npm run build` and the tests.
 *
 * Plain JavaScript with JSDoc types, not TypeScript: `scripts/decap/fetch.mjs` imports it from
 * the `postinstall` script, which must also run on an older system Node (20) that cannot strip
 * types. TypeScript files (the Astro integration, the tests) import it with its `.mjs` extension.
 */
import path from 'node:path';

export const DECAP_VERSION = '3.16.3';

export const DECAP_INTEGRITY =
  'sha512-hf+dPlCh7TJmWl8+6VRzHYOWhri5xgUknrZbDewaWe4s9B7xJ8PQugp2QHeSldMUKzav6+z0oIpwUYhUJDYtYw==';

/**
 * Where the fetched files live: `node_modules/.cache/decap-cms/<version>/`, holding `dist/…`
 * exactly as in the package. Inside node_modules, so a clean install starts over and git never
 * sees it.
 *
 * @param {string} projectRoot absolute path of the project
 * @returns {string}
 */
export function decapCacheDir(projectRoot) {
  return path.join(projectRoot, 'node_modules', '.cache', 'decap-cms', DECAP_VERSION);
}

/** The file whose presence means "the cache is complete" (written last, by an atomic rename). */
export const DECAP_ENTRY = 'dist/decap-cms.js';
