import { describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { astroHeapArgs, astroHeapMb } from '../../scripts/lib/build/astro-heap.ts';
import { astroEnv, MIMALLOC_RETURN_FREED } from '../../scripts/lib/build/native-memory.ts';
import { outDirFromArgs } from '../../scripts/lib/build/out-dir.ts';
import { pageOfPrintQr } from '../../scripts/lib/build/print-qr.ts';
import { globOf, indexedPages, runPagefind, splitIntoParts } from '../../scripts/lib/build/search-index.ts';
import { zoekdeelVan } from '../../src/lib/search/shards.ts';

describe('outDirFromArgs (scripts/build.ts follows the folder Astro builds into)', () => {
  it('reads --outDir in both spellings, the last one winning as in Astro', () => {
    expect(outDirFromArgs(['--outDir', 'bench-output/site-1000', '--force'])).toBe('bench-output/site-1000');
    expect(outDirFromArgs(['--force', '--outDir=/tmp/site'])).toBe('/tmp/site');
    expect(outDirFromArgs(['--outDir', 'a', '--outDir=b'])).toBe('b');
  });

  it('gives undefined when no folder is named, so the default dist is used', () => {
    expect(outDirFromArgs([])).toBeUndefined();
    expect(outDirFromArgs(['--force', '--outDirectory', 'x'])).toBeUndefined();
  });
});

describe('pageOfPrintQr', () => {
  it('maps a QR file to the page it encodes', () => {
    expect(pageOfPrintQr('/qr/index.svg')).toBe('/');
    expect(pageOfPrintQr('/qr/texel/den-burg.svg')).toBe('/texel/den-burg/');
  });
});

describe('indexedPages (the page count in Pagefind output)', () => {
  it('reads the count from the summary and gives undefined without one', () => {
    expect(indexedPages('Total: \n  Indexed 1 language\n  Indexed 470 pages\n  Indexed 2390 words')).toBe(470);
    expect(indexedPages('Error: no pages found')).toBeUndefined();
  });
});

/** The page URLs in a Pagefind index (decoded), from its fragments (gzip, after a "pagefind_dcd" signature). */
async function indexedUrls(indexDir: string): Promise<string[]> {
  const folder = path.join(indexDir, 'fragment');
  const urls: string[] = [];
  for (const name of await readdir(folder)) {
    const text = gunzipSync(await readFile(path.join(folder, name))).toString('utf8');
    urls.push(decodeURIComponent((JSON.parse(text.slice(text.indexOf('{'))) as { url: string }).url));
  }
  return urls.sort();
}

/** The URL Pagefind gives a page file: folders end in a slash, other files keep their name. */
const urlOf = (page: string): string => `/${page.replace(/(^|\/)index\.html$/, '$1')}`;

describe('one part of the search index (runPagefind with a list of pages)', () => {
  it('indexes exactly the listed pages, also when their paths hold characters that mean something in a glob', async () => {
    const site = await mkdtemp(path.join(tmpdir(), 'wegwijzer-glob-test-'));
    try {
      const listed = [
        'x{y}[1].html',
        'a,b/index.html',
        'm(n)/index.html',
        's$t/p?q*.html',
        'o<p>:r/index.html',
        'den-helder/julianadorp/index.html',
        'den-helder/julia(na),dorp/index.html',
        'activiteiten/x/y/index.html',
      ];
      const unlisted = ['niet/index.html', 'a/index.html', 'den-helder/niet/index.html', 'activiteiten/x/index.html'];
      for (const page of [...listed, ...unlisted]) {
        await mkdir(path.dirname(path.join(site, page)), { recursive: true });
        await writeFile(
          path.join(site, page),
          `<html lang="nl"><body><main data-pagefind-body><h1>${page}</h1></main></body></html>`,
        );
      }
      expect(await runPagefind(site, path.join(site, 'index-deel'), listed)).toBe(listed.length);
      expect(await indexedUrls(path.join(site, 'index-deel'))).toEqual(listed.map(urlOf).sort());
      expect(await runPagefind(site, path.join(site, 'index-heel'))).toBe(listed.length + unlisted.length);
    } finally {
      await rm(site, { recursive: true, force: true });
    }
  });

  it('groups the paths by their first and last part, and refuses an empty list and a path it cannot write', () => {
    expect(globOf(['index.html', 'b,c.html', 'thema/index.html'])).toBe('{index.html,b\\,c.html,thema/index.html}');
    expect(globOf(['activiteiten/a/index.html', 'index.html', 'activiteiten/b/index.html'])).toBe(
      '{index.html,activiteiten/{a,b}/index.html}',
    );
    expect(() => globOf([])).toThrow(/at least one page/);
    expect(() => globOf(['a\\b.html'])).toThrow(/backslash/);
  });
});

describe('splitIntoParts (the pages of each part of the search index)', () => {
  const pages = Array.from(
    { length: 40 },
    (_, i) => `activiteiten/een-activiteit-met-een-lange-naam-${String(i)}/index.html`,
  );

  it('gives enough parts for the pages per part, and one part (no glob) when they fit', () => {
    const parts = splitIntoParts(pages, 30);
    expect(parts).toHaveLength(2);
    for (const [part, mine] of parts.entries()) for (const page of mine) expect(zoekdeelVan(page, 2)).toBe(part);
    expect(parts.flat().sort()).toEqual([...pages].sort());
    expect(splitIntoParts(pages, 40, 10)).toEqual([pages]);
  });

  it('refuses a limit it cannot meet without empty parts', () => {
    expect(() => splitIntoParts(pages, 30, 10)).toThrow(/very long/);
  });

  it('adds parts until the glob of every part is short enough for Pagefind', () => {
    const parts = splitIntoParts(pages, 30, 600);
    expect(parts.length).toBeGreaterThan(2);
    expect(parts.flat().sort()).toEqual([...pages].sort());
    for (const mine of parts) expect(Buffer.byteLength(globOf(mine))).toBeLessThanOrEqual(600);
  });
});

describe('the heap limit of the Astro process', () => {
  it('is 1,100 MB for small and 10,000-entry data sets and grows with the content above that', () => {
    expect(astroHeapMb(400)).toBe(1100);
    expect(astroHeapMb(10_061)).toBe(1107);
    expect(astroHeapMb(102_850)).toBe(11_314);
  });

  it('is left to NODE_OPTIONS when that sets one', () => {
    expect(astroHeapArgs(undefined, 400)).toEqual(['--max-old-space-size=1100']);
    expect(astroHeapArgs('--enable-source-maps', 400)).toEqual(['--max-old-space-size=1100']);
    expect(astroHeapArgs('--max-old-space-size=20000', 102_850)).toEqual([]);
  });
});

describe('astroEnv (the Astro process hands freed native memory back)', () => {
  it('adds the mimalloc settings and keeps every other variable', () => {
    const env = astroEnv({ PATH: '/usr/bin', WEGWIJZER_CONTENT: '/tmp/content' });
    expect(env).toMatchObject({ PATH: '/usr/bin', WEGWIJZER_CONTENT: '/tmp/content', ...MIMALLOC_RETURN_FREED });
    expect(env['MIMALLOC_PURGE_DELAY']).toBe('0');
  });

  it('keeps a mimalloc setting the person chose', () => {
    expect(astroEnv({ MIMALLOC_PURGE_DELAY: '50' })['MIMALLOC_PURGE_DELAY']).toBe('50');
  });
});
