/**
 * Writes deploy/_headers (Netlify, Cloudflare Pages) and deploy/nginx.conf from the one policy in
 * src/lib/security/csp.ts. `--check` writes nothing and fails when a file is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { netlifyHeaders, nginxConf } from '../src/lib/security/csp.ts';

const root = path.resolve(import.meta.dirname, '..');
const files: [string, string][] = [
  ['deploy/_headers', netlifyHeaders()],
  ['deploy/nginx.conf', nginxConf()],
];
const check = process.argv.includes('--check');
let stale = 0;
for (const [file, text] of files) {
  const full = path.join(root, file);
  let current = '';
  try {
    current = readFileSync(full, 'utf8');
  } catch {
    // missing: written below, or reported as stale
  }
  if (current === text) {
    console.log(`${file}: up to date`);
  } else if (check) {
    console.error(`${file}: out of date; run npm run deploy:headers`);
    stale++;
  } else {
    writeFileSync(full, text);
    console.log(`${file}: written`);
  }
}
process.exitCode = stale > 0 ? 1 : 0;
