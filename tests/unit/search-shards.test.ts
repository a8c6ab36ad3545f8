import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { builtHtmlPages } from '../../scripts/lib/build/html-pages.ts';
import { aantalZoekdelen, leesZoekdelen, zoekdeelMap, zoekdeelVan } from '../../src/lib/search/shards.ts';

describe('aantalZoekdelen', () => {
  it('is one part up to the limit, then one more per limit started', () => {
    expect(aantalZoekdelen(0, 6000)).toBe(1);
    expect(aantalZoekdelen(6000, 6000)).toBe(1);
    expect(aantalZoekdelen(6001, 6000)).toBe(2);
    expect(aantalZoekdelen(10_278, 6000)).toBe(2);
    expect(aantalZoekdelen(110_812, 6000)).toBe(19);
  });
});

describe('zoekdeelMap', () => {
  it('keeps the first part where a single index lives and numbers the others from 2', () => {
    expect([0, 1, 2].map(zoekdeelMap)).toEqual(['/pagefind/', '/pagefind-2/', '/pagefind-3/']);
  });
});

describe('zoekdeelVan', () => {
  const paths = Array.from({ length: 10_000 }, (_, i) => `activiteiten/activiteit-${String(i)}/index.html`);

  it('puts everything in part 0 when there is one part', () => {
    expect(paths.every((p) => zoekdeelVan(p, 1) === 0)).toBe(true);
  });

  it('gives every page one part within range, the same each time', () => {
    for (const p of paths.slice(0, 200)) {
      const part = zoekdeelVan(p, 7);
      expect(part).toBeGreaterThanOrEqual(0);
      expect(part).toBeLessThan(7);
      expect(zoekdeelVan(p, 7)).toBe(part);
    }
  });

  it('spreads similar paths evenly (each of 4 parts within 10% of a quarter)', () => {
    const sizes = [0, 0, 0, 0];
    for (const p of paths) sizes[zoekdeelVan(p, 4)]! += 1;
    for (const size of sizes) expect(Math.abs(size - 2500)).toBeLessThan(250);
  });
});

describe('leesZoekdelen (the list the browser reads)', () => {
  it('keeps the folders of extra parts', () => {
    expect(leesZoekdelen(['/pagefind-2/', '/pagefind-3/'])).toEqual(['/pagefind-2/', '/pagefind-3/']);
    expect(leesZoekdelen([])).toEqual([]);
  });

  it('ignores anything that is not such a folder', () => {
    expect(leesZoekdelen({ delen: ['/pagefind-2/'] })).toEqual([]);
    expect(leesZoekdelen(null)).toEqual([]);
    expect(leesZoekdelen(['/pagefind/', 'https://example.org/pagefind-2/', 2, '/pagefind-2/'])).toEqual([
      '/pagefind-2/',
    ]);
  });
});

describe('builtHtmlPages', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'wegwijzer-pages-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('lists the HTML pages relative to the site, without what the later build steps write', async () => {
    for (const file of [
      'index.html',
      'activiteiten/a/index.html',
      'qr/index.svg',
      'pagefind/fragment/x.html',
      'pagefind-2/x.html',
      'pagefind-over/index.html',
    ]) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), '<p>x</p>');
    }
    expect(await builtHtmlPages(dir)).toEqual(['activiteiten/a/index.html', 'index.html', 'pagefind-over/index.html']);
  });
});
