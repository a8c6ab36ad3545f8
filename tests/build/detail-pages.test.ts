import { describe, expect, it } from 'vitest';
import { formatDateLong } from '../../src/lib/entry/text.ts';
import { DETAIL_SEGMENT, detailUrl } from '../../src/lib/urls.ts';
import { CONTENT_DIR } from '../support/built.ts';
import { loadContent } from '../support/load-content.ts';
import { pagesUnder, readBuiltHtml } from '../support/site.ts';

type DetailCollectie = keyof typeof DETAIL_SEGMENT;
const COLLECTIES = Object.keys(DETAIL_SEGMENT) as DetailCollectie[];

const content = await loadContent(CONTENT_DIR);
const entries = COLLECTIES.flatMap((collection) =>
  (content[collection] as { id: string; data: { naam: string; voorbeeld: boolean; gecontroleerd: string } }[]).map(
    (entry) => ({
      collection,
      ...entry,
    }),
  ),
);

const decode = (html: string): string =>
  html
    .replaceAll('&amp;', '&')
    .replaceAll('&#39;', "'")
    .replaceAll('&quot;', '"')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>');

function h1Of(html: string): string[] {
  return [...html.matchAll(/<h1[^>]*>(.*?)<\/h1>/gs)].map((m) => decode(m[1]!.replace(/<[^>]+>/g, '').trim()));
}

describe('detail pages in dist/', () => {
  it('exist for every activity, service, location, organisation and information product, and for nothing else', () => {
    expect(entries.length).toBeGreaterThan(0);
    for (const collection of COLLECTIES) {
      const built = pagesUnder(`/${DETAIL_SEGMENT[collection]}/`)
        .map((page) => page.path)
        .sort();
      const expected = (content[collection] as { id: string }[]).map((entry) => detailUrl(collection, entry.id)).sort();
      expect(built, collection).toEqual(expected);
    }
  });

  it('each have one h1 with the entry name and say when the entry was last checked', () => {
    for (const entry of entries) {
      const html = readBuiltHtml(detailUrl(entry.collection, entry.id));
      expect(h1Of(html), entry.id).toEqual([entry.data.naam]);
      expect(html, entry.id).toContain(`Gecontroleerd op ${formatDateLong(entry.data.gecontroleerd)}`);
    }
  });

  it('show the visible Voorbeeld label on demonstration entries only', () => {
    for (const entry of entries) {
      const html = readBuiltHtml(detailUrl(entry.collection, entry.id));
      const labelled = /<p class="voorbeeld"[^>]*><strong class="label"[^>]*>Voorbeeld<\/strong>/.test(html);
      expect(labelled, `${entry.collection}/${entry.id}`).toBe(entry.data.voorbeeld);
    }
  });

  it('link to OpenStreetMap only as a plain link, never as an embedded map or image', () => {
    for (const entry of entries) {
      const html = readBuiltHtml(detailUrl(entry.collection, entry.id));
      expect(html, entry.id).not.toMatch(/<(iframe|img|script)[^>]+openstreetmap/);
    }
  });
});

describe('about, accessibility and not-found pages in dist/', () => {
  it('the about page explains who makes the site and that it uses no cookies', () => {
    const html = readBuiltHtml('/over/');
    expect(h1Of(html)).toEqual(['Over De Wegwijzer']);
    expect(html).toContain('project 3c');
    expect(html).toContain('geen cookies');
  });

  it('the accessibility statement gives a status, how it was tested, and a date', () => {
    const html = readBuiltHtml('/toegankelijkheid/');
    expect(h1Of(html)).toEqual(['Toegankelijkheid']);
    expect(html).toContain('voldoet gedeeltelijk');
    expect(html).toContain('axe-core');
    expect(html).toMatch(/Deze verklaring is opgesteld op \d{1,2} [a-z]+ \d{4}/);
  });

  it('the 404 page links to the home page, the search page and every gemeente', () => {
    const html = readBuiltHtml('/404.html');
    expect(html).toContain('href="/"');
    expect(html).toContain('href="/zoeken/"');
    for (const gemeente of content.gemeenten) expect(html).toContain(`href="/${gemeente.id}/"`);
  });
});
