/**
 * Pure helpers for the page-bytes section: the budget from issue 9 and the "first screen in the
 * first 14 KB" measure. No I/O here, so they are unit-tested (tests/unit/bench-page-budget.test.ts).
 */
import { brotliCompressSync, constants } from 'node:zlib';

/** Any page before interaction, bytes on the wire (compressed). */
export const PAGE_BUDGET = { totalBytes: 50 * 1024, jsBytes: 15 * 1024, firstScreenBytes: 14 * 1024 };

export type PageKind = 'html' | 'js' | 'css' | 'other';

export interface BytesByKind {
  html: number;
  css: number;
  js: number;
  other: number;
  total: number;
}

/** What a response counts as, from its path (folders are served as their index.html). */
export function pageKindOf(file: string): PageKind {
  if (file.endsWith('/') || file.endsWith('.html')) return 'html';
  if (file.endsWith('.js') || file.endsWith('.mjs')) return 'js';
  if (file.endsWith('.css')) return 'css';
  return 'other';
}

/** Sum compressed bytes per kind over the responses of one page load. */
export function bytesByKind(records: readonly { path: string; bytes: number }[]): BytesByKind {
  const sums: BytesByKind = { html: 0, css: 0, js: 0, other: 0, total: 0 };
  for (const r of records) {
    sums[pageKindOf(r.path)] += r.bytes;
    sums.total += r.bytes;
  }
  return sums;
}

/** Budget lines for one page, e.g. ["total 12.3 KB ≤ 50 KB", …] with ok flags. */
export function checkBudget(sums: BytesByKind): { ok: boolean; text: string }[] {
  return [
    {
      ok: sums.total <= PAGE_BUDGET.totalBytes,
      text: `total ${kilobytes(sums.total)} (≤ ${kilobytes(PAGE_BUDGET.totalBytes)})`,
    },
    { ok: sums.js <= PAGE_BUDGET.jsBytes, text: `JS ${kilobytes(sums.js)} (≤ ${kilobytes(PAGE_BUDGET.jsBytes)})` },
  ];
}

export const kilobytes = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

/**
 * The index just after the `</section>` that closes the first `<section` whose opening tag
 * matches `opening` (nested sections are counted), or undefined when not found.
 */
export function endOfSection(html: string, opening: string): number | undefined {
  const start = html.indexOf(opening);
  if (start < 0) return undefined;
  const open = html.lastIndexOf('<section', start);
  if (open < 0) return undefined;
  const tag = /<section\b|<\/section>/g;
  tag.lastIndex = open;
  let depth = 0;
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    depth += m[0] === '</section>' ? -1 : 1;
    if (depth === 0) return m.index + m[0].length;
  }
  return undefined;
}

/** Brotli at quality 11, as scripts/serve.ts sends HTML. */
export function brotliSize(text: string): number {
  return brotliCompressSync(Buffer.from(text), {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: Buffer.byteLength(text) },
  }).length;
}

export interface FirstScreen {
  /** Raw bytes of HTML from the start up to the end of the first section. */
  rawPrefix: number;
  /** That prefix compressed on its own (brotli 11): what a browser must receive to render it. */
  compressedPrefix: number;
  /** The whole document compressed, for comparison. */
  compressedWhole: number;
  ok: boolean;
}

/**
 * Method: the first screen of a kern page is everything up to the end of its first section (the
 * meeting place). We compress that prefix on its own with the server's brotli settings (quality
 * 11). That is about what a streaming compressor flushing at that point has sent; the real,
 * unflushed stream of the whole page may hold a few hundred bytes back in the compressor's window,
 * so this is an estimate of where the first screen ends on the wire, not an exact byte. "≤ 14 KB"
 * means the first TCP round trip (initial window of 10 packets ≈ 14 KB) carries the first screen.
 */
export function firstScreen(html: string, opening: string): FirstScreen | undefined {
  const end = endOfSection(html, opening);
  if (end === undefined) return undefined;
  const prefix = html.slice(0, end);
  const compressedPrefix = brotliSize(prefix);
  return {
    rawPrefix: Buffer.byteLength(prefix),
    compressedPrefix,
    compressedWhole: brotliSize(html),
    ok: compressedPrefix <= PAGE_BUDGET.firstScreenBytes,
  };
}
