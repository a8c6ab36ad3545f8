/**
 * Writes the QR code of every page that prints one (components/layout/PrintFooter.astro) into a
 * built site: each built HTML file is scanned for its `data-print-qr` image, and the SVG at that
 * address (/qr/<path>.svg) gets a QR code of the page's absolute URL. Reading the built HTML keeps
 * the list of codes exactly the list of pages that ask for one. Runs from scripts/build.ts after
 * `astro build`, beside the search index, in a process of its own at the lowest CPU priority
 * (printQrCodesBeside, print-qr-child.ts): while both run, the index, which takes longer, goes
 * first; the codes use what it leaves idle. The build waits for both.
 */
import { fork } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { qrSvg } from '../../../src/lib/qr.ts';
import { SITE_URL } from '../../../src/lib/site.ts';
import { absoluteUrl } from '../../../src/lib/urls.ts';
import { resultOf } from './child-result.ts';

const QR_IMG = /<img[^>]*\bsrc="(\/qr\/[^"]+\.svg)"[^>]*\bdata-print-qr\b/;

/** The page a print QR file belongs to: /qr/index.svg → /, /qr/texel/den-burg.svg → /texel/den-burg/. */
export function pageOfPrintQr(qrPath: string): string {
  const inner = qrPath.replace(/^\/qr\//, '').replace(/\.svg$/, '');
  return inner === 'index' ? '/' : `/${inner}/`;
}

export interface PrintQrResult {
  files: number;
  kilobytes: number;
  seconds: number;
}

/** `pages`: the site's HTML pages relative to `outDir` (html-pages.ts), listed once for every step. */
export async function writePrintQrCodes(outDir: string, pages: readonly string[]): Promise<PrintQrResult> {
  const start = performance.now();
  const wanted = new Set<string>();
  for (const file of pages) {
    const match = QR_IMG.exec(await readFile(path.join(outDir, file), 'utf8'));
    // A copy, not the match itself: V8 keeps a matched substring as a slice of the whole page, so
    // storing the match kept every page's HTML alive (≈ 300 MB at 10,000 pages).
    if (match?.[1]) wanted.add(Buffer.from(match[1]).toString());
  }
  let bytes = 0;
  for (const qrPath of wanted) {
    const target = path.join(outDir, qrPath);
    await mkdir(path.dirname(target), { recursive: true });
    const svg = qrSvg(absoluteUrl(pageOfPrintQr(qrPath), SITE_URL));
    bytes += svg.length;
    await writeFile(target, svg);
  }
  return { files: wanted.size, kilobytes: Math.round(bytes / 1024), seconds: (performance.now() - start) / 1000 };
}

const CHILD = new URL('./print-qr-child.ts', import.meta.url);

/**
 * writePrintQrCodes in a process of its own at the lowest CPU priority, with the heap limit of
 * this one (`execArgv`: the build script's small heap is plenty for one page at a time).
 */
export function printQrCodesBeside(outDir: string, pages: readonly string[]): Promise<PrintQrResult> {
  const child = fork(CHILD, [outDir], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const result = resultOf<PrintQrResult>(child, 'The print QR codes could not be written');
  child.send(pages);
  return result;
}
