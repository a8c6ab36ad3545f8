/**
 * Every internal link and #anchor in the built site resolves: a[href], link[href], script[src],
 * img[src], form[action] and friends, on every page, including absolute links to the site's own
 * address (canonical URLs, feeds). External links are checked by `npm run check:links:external`,
 * never here: tests do not touch the network.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { classify, fileFor, pageLinks, type PageLinks } from '../../scripts/lib/links.ts';
import { SITE_URL } from '../../src/lib/site.ts';
import { builtPages, DIST_DIR } from '../support/site.ts';

/**
 * References that are allowed to point at a file the build does not make, each with its reason.
 * Keep this list empty unless there is no other way; docs/quality.md repeats it.
 */
const ALLOWED_MISSING: Readonly<Record<string, string>> = {
  '/admin/decap-cms.js':
    'Decap CMS is copied into /admin/ by the deploy step of the editors, not by the build; the page explains what to do when it is missing.',
};

const pages = builtPages();
const parsed = new Map<string, PageLinks>();
function linksOf(file: string): PageLinks {
  let found = parsed.get(file);
  if (!found) {
    found = pageLinks(readFileSync(file, 'utf8'));
    parsed.set(file, found);
  }
  return found;
}

describe('internal links', () => {
  test('every internal link on every built page points at a file the build made', () => {
    const broken: string[] = [];
    let checked = 0;
    for (const page of pages) {
      for (const link of linksOf(page.file).links) {
        const target = classify(link.url, page.path, SITE_URL);
        if (target.kind !== 'internal') continue;
        checked++;
        if (ALLOWED_MISSING[target.path]) continue;
        if (!fileFor(target.path, DIST_DIR))
          broken.push(`${page.path}: ${link.where}="${link.url}" → no file for ${target.path}`);
      }
    }
    expect(checked).toBeGreaterThan(pages.length);
    expect(broken, `${String(broken.length)} broken internal links:\n${broken.slice(0, 50).join('\n')}`).toEqual([]);
  });

  test('every #anchor points at an element with that id on the target page', () => {
    const broken: string[] = [];
    for (const page of pages) {
      for (const link of linksOf(page.file).links) {
        const target = classify(link.url, page.path, SITE_URL);
        if (target.kind !== 'internal' || target.fragment === '' || target.fragment === 'top') continue;
        const file = fileFor(target.path, DIST_DIR);
        if (!file?.endsWith('.html')) continue;
        if (!linksOf(file).ids.has(target.fragment))
          broken.push(`${page.path}: ${link.where}="${link.url}" → no id "${target.fragment}" on ${target.path}`);
      }
    }
    expect(broken, `${String(broken.length)} broken anchors:\n${broken.slice(0, 50).join('\n')}`).toEqual([]);
  });

  test('the link checker notices a missing page and a missing anchor', () => {
    const html = '<a href="/bestaat-niet/">x</a><a href="#nergens">y</a><p id="hier"></p>';
    const { links, ids } = pageLinks(html);
    const targets = links.map((l) => classify(l.url, '/', SITE_URL));
    expect(targets[0]).toEqual({ kind: 'internal', path: '/bestaat-niet/', fragment: '' });
    expect(fileFor('/bestaat-niet/', DIST_DIR)).toBeUndefined();
    expect(targets[1]).toMatchObject({ kind: 'internal', fragment: 'nergens' });
    expect(ids.has('nergens')).toBe(false);
    expect(ids.has('hier')).toBe(true);
  });
});
