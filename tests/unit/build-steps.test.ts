import { describe, expect, it } from 'vitest';
import { outDirFromArgs } from '../../scripts/lib/build/out-dir.ts';
import { pageOfPrintQr } from '../../scripts/lib/build/print-qr.ts';
import { indexedPages } from '../../scripts/lib/build/search-index.ts';

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
