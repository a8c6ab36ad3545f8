/**
 * `npm run check:links:external [dist]`: lists every external http(s) URL linked from the built
 * site and asks each one once (HEAD, then GET when HEAD is refused), a few at a time, with a
 * timeout. Prints the dead ones (HTTP 404/410, 5xx, or no answer) with the pages that link to them.
 * Non-blocking by design: websites go down for a while, so this always exits 0 and never runs in
 * the tests. Example.org addresses of the sample content are skipped.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { SITE_URL } from '../src/lib/site.ts';
import { builtPages } from '../tests/support/site.ts';
import { classify, pageLinks } from './lib/links.ts';

const distDir = path.resolve(process.argv[2] ?? path.join(import.meta.dirname, '../dist'));
const SKIP = /(^|\.)example\.(org|com|net)$/;
const TIMEOUT_MS = 15_000;
const PARALLEL = 6;

const linkedFrom = new Map<string, Set<string>>();
for (const page of builtPages(distDir)) {
  for (const link of pageLinks(readFileSync(page.file, 'utf8')).links) {
    if (link.where !== 'a[href]') continue;
    const target = classify(link.url, page.path, SITE_URL);
    if (target.kind !== 'external' || SKIP.test(new URL(target.url).hostname)) continue;
    const pages = linkedFrom.get(target.url) ?? new Set<string>();
    pages.add(page.path);
    linkedFrom.set(target.url, pages);
  }
}

async function status(url: string): Promise<string | undefined> {
  for (const method of ['HEAD', 'GET']) {
    try {
      const response = await fetch(url, { method, redirect: 'follow', signal: AbortSignal.timeout(TIMEOUT_MS) });
      if (response.ok) return undefined;
      if (method === 'HEAD' && [403, 405, 501].includes(response.status)) continue;
      return `HTTP ${String(response.status)}`;
    } catch (error) {
      if (method === 'GET') return error instanceof Error ? error.message : String(error);
    }
  }
  return undefined;
}

const urls = [...linkedFrom.keys()].sort();
const dead: string[] = [];
const queue = [...urls];
await Promise.all(
  Array.from({ length: PARALLEL }, async () => {
    for (let url = queue.shift(); url; url = queue.shift()) {
      const problem = await status(url);
      if (problem)
        dead.push(`${url}: ${problem}\n    linked from ${[...(linkedFrom.get(url) ?? [])].slice(0, 5).join(', ')}`);
    }
  }),
);
console.log(`Checked ${String(urls.length)} external links from ${distDir}.`);
if (dead.length === 0) console.log('No dead links found.');
else {
  console.log(`${String(dead.length)} dead or unreachable:`);
  for (const line of dead.sort()) console.log(`  ${line}`);
}
process.exitCode = 0;
