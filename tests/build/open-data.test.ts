import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { activiteitenInKern, indexOf } from '../../src/lib/export/bron.ts';
import { FEED_LIMIT } from '../../src/lib/export/feeds.ts';
import { activityEvents, kernEvents } from '../../src/lib/export/ical/calendar.ts';
import { expiresAt, expiresBase } from '../../src/lib/export/security.ts';
import { nextOccurrences } from '../../src/lib/schedule/occurrences.ts';
import { SITE_URL } from '../../src/lib/site.ts';
import { REGIO_GRENZEN } from '../../src/schema/pieces.ts';
import { COLLECTIES } from '../../src/schema/collections.ts';
import { CONTENT_DIR, readBuilt } from '../support/built.ts';
import { parseIcs } from '../support/ics-parse.ts';
import { loadContent } from '../support/load-content.ts';
import { builtPages, DIST_DIR, fileForPath, readBuiltHtml } from '../support/site.ts';

const alles = await loadContent(CONTENT_DIR);
const index = indexOf(alles);
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (name) => ['entry', 'url'].includes(name),
});
const site = SITE_URL.replace(/\/$/, '');
const isNoindex = (html: string) => /<meta[^>]+name="robots"[^>]+noindex/.test(html);

describe('sitemap.xml and robots.txt in dist', () => {
  const xml = readBuilt('/sitemap.xml');
  const urls: string[] = parser.parse(xml).urlset.url.map((u: { loc: string }) => u.loc);
  const paths = urls.map((u) => u.slice(site.length));

  it('is a well-formed sitemap of absolute URLs on the site', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    for (const url of urls) expect(url.startsWith(`${site}/`)).toBe(true);
  });

  it('lists exactly the built pages that may be indexed', () => {
    const indexable = builtPages()
      .filter((page) => page.path !== '/404.html' && !isNoindex(readBuiltHtml(page.path)))
      .map((page) => page.path);
    expect([...paths].sort()).toEqual([...indexable].sort());
  });

  it('is pointed to by robots.txt', () => {
    expect(readBuilt('/robots.txt')).toContain(`Sitemap: ${site}/sitemap.xml`);
  });
});

describe('security.txt in dist', () => {
  it('has a contact and an Expires date 364 days after the newest check of the content', () => {
    const text = readBuilt('/.well-known/security.txt');
    const dates = COLLECTIES.flatMap((c) => alles[c].map((e) => e.data.gecontroleerd));
    expect(text).toMatch(/^Contact: (mailto:|https:)/m);
    expect(text).toContain(
      `Expires: ${expiresAt(expiresBase(dates, process.env['SOURCE_DATE_EPOCH'])).replace('.000Z', 'Z')}`,
    );
    expect(text).toContain(`Canonical: ${site}/.well-known/security.txt`);
  });
});

describe('GeoJSON of locations in dist', () => {
  it('has one point in the region per location, with kern, gemeente, kind and link', () => {
    const geo = JSON.parse(readBuilt('/data/locaties.geojson')) as {
      type: string;
      features: { geometry: { coordinates: [number, number] }; properties: Record<string, unknown> }[];
    };
    expect(geo.type).toBe('FeatureCollection');
    expect(geo.features.map((f) => f.properties['id']).sort()).toEqual(alles.locaties.map((l) => l.id).sort());
    for (const { geometry, properties } of geo.features) {
      const [lon, lat] = geometry.coordinates;
      expect(lat).toBeGreaterThanOrEqual(REGIO_GRENZEN.minLat);
      expect(lat).toBeLessThanOrEqual(REGIO_GRENZEN.maxLat);
      expect(lon).toBeGreaterThanOrEqual(REGIO_GRENZEN.minLon);
      expect(lon).toBeLessThanOrEqual(REGIO_GRENZEN.maxLon);
      for (const key of ['kern', 'gemeente', 'soort', 'naam', 'url']) expect(properties[key], key).toBeTruthy();
      expect(existsSync(fileForPath(String(properties['pad'])))).toBe(true);
    }
  });
});

describe('iCalendar files in dist', () => {
  const FROM = '2026-12-01';

  it('exist for every activity with dates, and read back with the site’s own next dates', () => {
    const withDates = alles.activiteiten.filter((a) => activityEvents(a, index, SITE_URL).length > 0);
    expect(readdirSync(path.join(DIST_DIR, 'ics/activiteiten')).sort()).toEqual(
      withDates.map((a) => `${a.id}.ics`).sort(),
    );
    for (const activiteit of withDates) {
      const parsed = parseIcs(readBuilt(`/ics/activiteiten/${activiteit.id}.ics`), FROM, 3);
      expect(parsed.timezones, activiteit.id).toEqual(['Europe/Amsterdam']);
      parsed.events.forEach((event) => {
        const blockIndex = Number(/-blok-(\d+)@/.exec(event.uid)?.[1] ?? 1) - 1;
        const expected = nextOccurrences([activiteit.data.wanneer[blockIndex]!], FROM, 3).map((o) => ({
          date: o.date,
          start: o.start,
          end: o.end,
          startMs: Date.parse(o.startInstant),
          endMs: Date.parse(o.endInstant),
        }));
        expect(event.next, `${activiteit.id} block ${blockIndex + 1}`).toEqual(expected);
      });
    }
  });

  it('exist for every kern with activities and hold all their events', () => {
    const kernen = alles.kernen.filter((k) => kernEvents(activiteitenInKern(alles, k.id), index, SITE_URL).length > 0);
    expect(readdirSync(path.join(DIST_DIR, 'ics/kernen')).sort()).toEqual(kernen.map((k) => `${k.id}.ics`).sort());
    for (const kern of kernen) {
      const uids = parseIcs(readBuilt(`/ics/kernen/${kern.id}.ics`), FROM, 0).events.map((e) => e.uid);
      expect(uids).toEqual(kernEvents(activiteitenInKern(alles, kern.id), index, SITE_URL).map((e) => e.id));
    }
  });
});

describe('Atom feeds in dist', () => {
  it('exist for the region and every kern, well-formed, newest first', () => {
    for (const name of ['regio', ...alles.kernen.map((k) => k.id)]) {
      const xml = readBuilt(`/feeds/${name}.xml`);
      expect(XMLValidator.validate(xml), name).toBe(true);
      const { feed } = parser.parse(xml);
      const updated: string[] = (feed.entry ?? []).map((e: { updated: string }) => e.updated);
      expect([...updated].sort().reverse(), name).toEqual(updated);
      expect(updated.length).toBeLessThanOrEqual(FEED_LIMIT);
    }
  });
});

describe('the open data page', () => {
  it('links to every published HSDS file, the GeoJSON and the feeds, and every link works', () => {
    const html = readBuiltHtml('/open-data/');
    const links = [...html.matchAll(/href="(\/(?:data|feeds|ics)\/[^"]+|\/sitemap\.xml)"/g)].map((m) => m[1]!);
    expect(links).toContain('/data/hsds/services.json');
    expect(links).toContain('/data/locaties.geojson');
    expect(links).toContain('/feeds/regio.xml');
    for (const link of links) expect(existsSync(path.join(DIST_DIR, link)), link).toBe(true);
    expect(html).toContain('rel="license"');
  });
});
