/**
 * Astro puts its content data store (every entry's data, markdown and rendered HTML) into the
 * prerender code as one JavaScript string: `export default JSON.parse("…")`. Node compiles that
 * module before the first page renders, and compiling a string that long is slow: at 10,000
 * entries the store is 43 MB, and importing the module took 2.75 s against 0.33 s for reading
 * the same file and parsing it (docs/benchmarks.md, twelfth round). At 100,000 entries the
 * string is ≈ 470 MB, close to the longest string V8 allows (≈ 537 million characters).
 *
 * `storeReadAtRunTime` gives the module's replacement: the same JSON, read from the data store
 * file when the prerender code runs (the build reads it in the same process, after the content
 * sync wrote it). Any other form of the module, e.g. an empty store or Astro's chunked storage,
 * is left as Astro made it.
 */

/** The start of the module Astro generates for a store kept in one file. */
const INLINED_STORE = 'export default JSON.parse(';

/**
 * Code that reads the data store from `file` at run time, for Astro's module `code`; undefined
 * when `code` is not the inlined store this replaces.
 */
export function storeReadAtRunTime(code: string, file: string): string | undefined {
  if (!code.startsWith(INLINED_STORE)) return undefined;
  return [
    `import { readFileSync } from 'node:fs';`,
    `export default JSON.parse(readFileSync(${JSON.stringify(file)}, 'utf8'));`,
    '',
  ].join('\n');
}
