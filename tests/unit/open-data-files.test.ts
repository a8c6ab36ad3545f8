import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { indexOf, type Alles } from '../../src/lib/export/bron.ts';
import { buildAtomFeed, EMPTY_FEED_UPDATED, feedItems } from '../../src/lib/export/feeds.ts';
import { buildLocatiesGeoJson } from '../../src/lib/export/geojson.ts';
import { buildSecurityTxt, expiresAt, expiresBase } from '../../src/lib/export/security.ts';
import { buildRobotsTxt, buildSitemap, sitemapEntries, staticRoutes } from '../../src/lib/export/sitemap.ts';
import { el, escapeXml, xmlDocument } from '../../src/lib/export/xml.ts';
import { loadContent, VALID_FIXTURE } from '../support/load-content.ts';

const SITE = 'https://wegwijzer.example.org';
const alles = await loadContent(VALID_FIXTURE);
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (name) => ['entry', 'url', 'link'].includes(name),
});
const feedOptions = { site: SITE, siteName: 'De Wegwijzer van de Kop', license: 'CC0 1.0' };

function withName(naam: string): Alles {
  const [koffie] = alles.activiteiten;
  return { ...alles, activiteiten: [{ ...koffie!, data: { ...koffie!.data, naam } }] } as Alles;
}

describe('the XML writer', () => {
  it('escapes the five XML special characters in text and attributes', () => {
    expect(escapeXml(`Tom & Jerry <b> "zeggen" 'hoi'`)).toBe(
      'Tom &amp; Jerry &lt;b&gt; &quot;zeggen&quot; &apos;hoi&apos;',
    );
    const doc = xmlDocument(el('a', { title: '"<&>"' }, 'x < y & z'));
    expect(doc).toBe(
      '<?xml version="1.0" encoding="utf-8"?>\n<a title="&quot;&lt;&amp;&gt;&quot;">x &lt; y &amp; z</a>\n',
    );
  });

  it('drops characters XML does not allow, so the document stays well-formed', () => {
    const doc = xmlDocument(el('a', {}, 'bel\u0007 en \u0000tik\uFFFE'));
    expect(doc).toContain('<a>bel en tik</a>');
    expect(XMLValidator.validate(doc)).toBe(true);
  });
});

describe('the Atom feeds "Nieuw en gewijzigd"', () => {
  it('are well-formed Atom with the required feed and entry elements', () => {
    const xml = buildAtomFeed(feedItems(alles), feedOptions);
    expect(XMLValidator.validate(xml)).toBe(true);
    const { feed } = parser.parse(xml);
    expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(feed.id).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
    expect(feed.title['#text']).toBe('Nieuw en gewijzigd in De Wegwijzer van de Kop');
    expect(feed.updated).toBe('2026-11-01T00:00:00Z');
    expect(feed.link.map((l: Record<string, string>) => l['@rel'])).toEqual(['self', 'alternate']);
    expect(feed.entry.length).toBe(
      alles.activiteiten.length +
        alles.locaties.length +
        alles.diensten.length +
        alles.informatie.length +
        alles.organisaties.length,
    );
    for (const entry of feed.entry) {
      expect(entry.id).toMatch(/^urn:uuid:/);
      expect(entry.updated).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
      expect(entry.link[0]['@href']).toMatch(/^https:\/\/wegwijzer\.example\.org\//);
    }
  });

  it('keep names with markup characters intact as text', () => {
    const xml = buildAtomFeed(feedItems(withName('Koffie & thee <samen> "gezellig"')), feedOptions);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain(
      '<title type="text">Koffie &amp; thee &lt;samen&gt; &quot;gezellig&quot; (voorbeeld)</title>',
    );
    const titles = parser.parse(xml).feed.entry.map((e: { title: { '#text': string } }) => e.title['#text']);
    expect(titles).toContain('Koffie & thee <samen> "gezellig" (voorbeeld)');
  });

  it('list for a kern only what happens there or serves it, newest check first', () => {
    const kern = indexOf(alles).kern('huisduinen');
    const items = feedItems(alles, kern);
    // Huisduinen has no locations or activities; the Digi-hulplijn serves all of Den Helder, the webinar the region.
    expect(items.map((i) => `${i.collection}/${i.id}`)).toEqual([
      'diensten/digi-hulplijn',
      'informatie/webinar-rondkomen',
    ]);
    const later = {
      ...alles,
      diensten: [{ ...alles.diensten[0]!, data: { ...alles.diensten[0]!.data, gecontroleerd: '2026-11-20' } }],
    } as Alles;
    expect(feedItems(later)[0]?.id).toBe('digi-hulplijn');
  });

  it('take their updated date from the content, never from the clock', () => {
    const empty = { ...alles, activiteiten: [], locaties: [], diensten: [], informatie: [], organisaties: [] } as Alles;
    expect(parser.parse(buildAtomFeed(feedItems(empty), feedOptions)).feed.updated).toBe(
      `${EMPTY_FEED_UPDATED}T00:00:00Z`,
    );
  });
});

describe('sitemap and robots.txt', () => {
  it('find static pages by file name and leave out dynamic routes and the 404 page', () => {
    expect(
      staticRoutes([
        '/src/pages/index.astro',
        '/src/pages/over.astro',
        '/src/pages/open-data.astro',
        '/src/pages/404.astro',
        '/src/pages/[gemeente]/index.astro',
        '/src/pages/thema/[thema].astro',
        '/src/pages/_draft.astro',
        '/src/pages/hulp/index.md',
      ]),
    ).toEqual(['/', '/over/', '/open-data/', '/hulp/']);
  });

  it('list every page made from content once, sorted, with lastmod from gecontroleerd', () => {
    const entries = sitemapEntries(alles, ['/', '/over/']);
    const paths = entries.map((e) => e.path);
    expect(paths).toContain('/den-helder/julianadorp/');
    expect(paths).toContain('/plekken/buurtkamer-julianadorp/');
    expect(paths).toContain('/thema/geld/');
    expect(new Set(paths).size).toBe(paths.length);
    expect([...paths].sort()).toEqual(paths);
    expect(entries.find((e) => e.path === '/activiteiten/koffieochtend-julianadorp/')?.lastmod).toBe('2026-11-01');
    const xml = buildSitemap(entries, SITE);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(parser.parse(xml).urlset.url[0].loc).toBe('https://wegwijzer.example.org/');
  });

  it('point robots.txt at the sitemap', () => {
    expect(buildRobotsTxt(`${SITE}/sitemap.xml`)).toBe(
      'User-agent: *\nAllow: /\n\nSitemap: https://wegwijzer.example.org/sitemap.xml\n',
    );
  });
});

describe('security.txt', () => {
  it('expires 364 days after the newest gecontroleerd date, whatever day the site is built', () => {
    expect(expiresBase(['2026-03-01', '2026-11-01', '2025-12-31'])).toBe('2026-11-01');
    expect(expiresAt('2026-11-01')).toBe('2027-10-31T00:00:00.000Z');
  });

  it('uses SOURCE_DATE_EPOCH instead when that is later', () => {
    expect(expiresBase(['2026-11-01'], String(Date.UTC(2027, 0, 15) / 1000))).toBe('2027-01-15');
    expect(expiresBase(['2026-11-01'], String(Date.UTC(2020, 0, 1) / 1000))).toBe('2026-11-01');
  });

  it('has the required Contact and Expires fields and a Canonical URL', () => {
    const text = buildSecurityTxt({
      contact: 'mailto:security@example.org',
      expires: '2027-10-31T00:00:00.000Z',
      canonical: `${SITE}/.well-known/security.txt`,
    });
    expect(text).toBe(
      'Contact: mailto:security@example.org\nExpires: 2027-10-31T00:00:00Z\nPreferred-Languages: nl, en\nCanonical: https://wegwijzer.example.org/.well-known/security.txt\n',
    );
  });
});

describe('GeoJSON of locations', () => {
  it('has one point per location with [lon, lat], kern, gemeente, kind and links', () => {
    const geo = buildLocatiesGeoJson(alles, SITE);
    expect(geo.features).toHaveLength(alles.locaties.length);
    const [feature] = geo.features;
    expect(feature?.geometry).toEqual({ type: 'Point', coordinates: [4.728, 52.897] });
    expect(feature?.properties).toMatchObject({
      naam: 'Buurtkamer Julianadorp',
      soort: 'buurtkamer',
      kern: 'julianadorp',
      gemeente: 'den-helder',
      gemeente_naam: 'Den Helder',
      pad: '/plekken/buurtkamer-julianadorp/',
      url: 'https://wegwijzer.example.org/plekken/buurtkamer-julianadorp/',
      huis_van_de_kern: true,
      positie: 'adres',
      voorbeeld: true,
    });
  });

  it('places a location without coordinates at the centre of its kern, marked as such', () => {
    const [locatie] = alles.locaties;
    const { ligging: _ligging, ...rest } = locatie!.data;
    const without = { ...alles, locaties: [{ ...locatie!, data: rest }] } as Alles;
    const [feature] = buildLocatiesGeoJson(without, SITE).features;
    expect(feature?.geometry.coordinates).toEqual([4.727, 52.896]);
    expect(feature?.properties.positie).toBe('kern');
  });
});
