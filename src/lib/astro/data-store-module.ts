/**
 * Astro puts its content data store (every entry's data, markdown and rendered HTML) into the
 * prerender code as one JavaScript string: `export default JSON.parse("…")`. Node compiles that
 * module before the first page renders, and compiling a string that long is slow: at 10,000
 * entries the store is 43 MB, and importing the module took 2.75 s against 0.33 s for reading
 * the same file and parsing it (docs/benchmarks.md, twelfth round).
 *
 * `storeReadAtRunTime` gives the module's replacement: the same JSON, read from the data store
 * file when the prerender code runs (the build reads it in the same process, after the content
 * sync wrote it). Only when the file holds exactly the text Astro inlined (`inlinesStore`); any
 * other form of the module, e.g. Astro's chunked storage, is left as Astro made it.
 */

import { StringDecoder } from 'node:string_decoder';

/** The start and end of the module Astro generates for a store kept in one file. */
const INLINED_STORE = { start: 'export default JSON.parse("', end: '")' };

/** Astro's module for a build without a data store file. */
export const EMPTY_STORE = 'export default new Map()';

/** The size and modification time of the store file, as `fs.statSync` gives them. */
export interface StoreFileStamp {
  size: number;
  mtimeMs: number;
}

/**
 * Whether `code` is the module Astro generates for a store kept in one file, with exactly the
 * store `bytes` (the file's contents) in it. Compared piece by piece, each piece of the file
 * escaped the way Astro escaped the whole (JSON.stringify), so the store is never held as a
 * string twice: at 10,000 entries that would be another ≈ 170 MB while Vite bundles.
 */
export function inlinesStore(code: string, bytes: Uint8Array, pieceBytes = 1 << 20): boolean {
  if (!code.startsWith(INLINED_STORE.start) || !code.endsWith(INLINED_STORE.end)) return false;
  const decoder = new StringDecoder('utf8');
  let at = INLINED_STORE.start.length;
  const matches = (text: string): boolean => {
    const escaped = JSON.stringify(text).slice(1, -1);
    if (!code.startsWith(escaped, at)) return false;
    at += escaped.length;
    return true;
  };
  for (let from = 0; from < bytes.length; from += pieceBytes) {
    if (!matches(decoder.write(bytes.subarray(from, from + pieceBytes)))) return false;
  }
  return matches(decoder.end()) && at === code.length - INLINED_STORE.end.length;
}

/**
 * Code that reads the data store from `file` at run time. It refuses to render from a file that
 * changed after the build compared it with Astro's module (another build or `astro sync` on the
 * same cache folder): `stamp` is the file's size and time then.
 */
export function storeReadAtRunTime(file: string, stamp: StoreFileStamp): string {
  const message = `The content data store ${file} changed during the build; build again.`;
  return [
    `import { readFileSync, statSync } from 'node:fs';`,
    `const { size, mtimeMs } = statSync(${JSON.stringify(file)});`,
    `if (size !== ${String(stamp.size)} || mtimeMs !== ${String(stamp.mtimeMs)}) throw new Error(${JSON.stringify(message)});`,
    `export default JSON.parse(readFileSync(${JSON.stringify(file)}, 'utf8'));`,
    '',
  ].join('\n');
}
