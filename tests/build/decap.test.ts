/**
 * Decap CMS in the built site: `src/integrations/decap.ts` copied the bundle that `npm install`
 * fetched (scripts/decap/fetch.mjs) into dist/admin/, the page loads it, and /admin/ stays out
 * of search engines, the sitemap and the Pagefind index.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { isShippedFile } from '../../scripts/decap/files.mjs';
import { DECAP_VERSION, decapCacheDir } from '../../scripts/decap/version.mjs';
import { readBuilt } from '../support/built.ts';
import { DIST_DIR } from '../support/site.ts';

const ADMIN = path.join(DIST_DIR, 'admin');
const ROOT = path.resolve(import.meta.dirname, '../..');

describe('Decap CMS in dist/admin/', () => {
  it('decap-cms.js is there and is the Decap bundle', () => {
    const file = path.join(ADMIN, 'decap-cms.js');
    expect(existsSync(file), `${file} is missing: run npm install (online), then npm run build`).toBe(true);
    expect(statSync(file).size).toBeGreaterThan(1_000_000);
    expect(readFileSync(file, 'utf8').slice(0, 200)).toContain('decap-cms.js.LICENSE.txt');
  });

  it('every shipped file of the cache was copied, and nothing else (no source maps)', () => {
    const cached = readdirSync(path.join(decapCacheDir(ROOT), 'dist'))
      .filter(isShippedFile)
      .sort();
    const shipped = readdirSync(ADMIN).filter((name) => name !== 'index.html' && name !== 'config.yml');
    expect(cached.length, `Decap CMS ${DECAP_VERSION} cache`).toBeGreaterThan(3);
    expect(shipped.sort()).toEqual(cached);
    expect(shipped.some((name) => name.endsWith('.map'))).toBe(false);
  });

  it('/admin/ loads it from the site itself, is noindex and reads the generated config', () => {
    const html = readBuilt('/admin/index.html');
    expect(html).toContain('<script src="/admin/decap-cms.js"></script>');
    expect(html).toContain('<meta name="robots" content="noindex, nofollow" />');
    expect(html).toContain('href="/admin/config.yml"');
    expect(html).not.toMatch(/<script[^>]+src="https?:/);
  });

  it('/admin/ is not in the sitemap', () => {
    expect(readBuilt('/sitemap.xml')).not.toContain('/admin/');
  });

  it('/admin/ is not in the Pagefind index', () => {
    const fragmentDir = path.join(DIST_DIR, 'pagefind', 'fragment');
    const urls = readdirSync(fragmentDir).map((name) => {
      const text = gunzipSync(readFileSync(path.join(fragmentDir, name))).toString('utf8');
      return (JSON.parse(text.replace(/^pagefind_dcd/, '')) as { url: string }).url;
    });
    expect(urls.length).toBeGreaterThan(10);
    expect(urls.filter((url) => url.startsWith('/admin/'))).toEqual([]);
  });
});
