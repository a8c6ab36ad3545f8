/**
 * Two builds of the same content with the same build date are byte-identical (the whole output
 * folder: HTML, scripts, styles, Pagefind index, open data). Builds twice, so it runs in the
 * `slow` project from .ci/run; `npm run check:reproducible` does the same from the command line.
 */
import { describe, expect, test } from 'vitest';
import { checkReproducible } from '../../scripts/check-reproducible.ts';

describe('reproducible builds', () => {
  test('two builds of the sample content with the same date are byte-identical', () => {
    const result = checkReproducible('2026-11-20');
    expect(result.files).toBeGreaterThan(400);
    expect(result.differing).toEqual([]);
  });
});
