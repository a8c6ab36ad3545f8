import { describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { astroHeapArgs, astroHeapMb } from '../../scripts/lib/build/astro-heap.ts';
import { astroEnv, MIMALLOC_RETURN_FREED } from '../../scripts/lib/build/native-memory.ts';
import { outDirFromArgs } from '../../scripts/lib/build/out-dir.ts';
import { pageOfPrintQr } from '../../scripts/lib/build/print-qr.ts';
import { globOf, indexedPages, runPagefind } from '../../scripts/lib/build/search-index.ts';

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

describe('one part of the search index (runPagefind with a list of pages)', () => {
  it('indexes exactly the listed pages, also when their paths hold characters that mean something in a glob', async () => {
    const site = await mkdtemp(path.join(tmpdir(), 'wegwijzer-glob-test-'));
    try {
      const listed = ['a,b/index.html', 'x{y}[1].html', 'm(n)/index.html', 's$t/p?q*.html', 'o<p>:r/index.html'];
      for (const page of [...listed, 'niet/index.html', 'a/index.html']) {
        await mkdir(path.dirname(path.join(site, page)), { recursive: true });
        await writeFile(
          path.join(site, page),
          `<html lang="nl"><body><main data-pagefind-body><h1>${page}</h1></main></body></html>`,
        );
      }
      expect(await runPagefind(site, path.join(site, 'index-deel'), listed)).toBe(listed.length);
      expect(await runPagefind(site, path.join(site, 'index-heel'))).toBe(listed.length + 2);
    } finally {
      await rm(site, { recursive: true, force: true });
    }
  });

  it('refuses an empty list and a path it cannot write as a glob', () => {
    expect(globOf(['a/index.html', 'b,c.html'])).toBe('{a/index.html,b\\,c.html}');
    expect(() => globOf([])).toThrow(/at least one page/);
    expect(() => globOf(['a\\b.html'])).toThrow(/backslash/);
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
