/**
 * Synthetic content for benchmarks: `generateContent(n, dir)` writes N entries (see
 * scripts/generate-synthetic.ts) and reports how long that took.
 */
import { readFileSync } from 'node:fs';
import { DEFAULT_SEED } from '../lib/synthetic/generate.ts';
import { assertReplaceable, writeSynthetic, type WriteSummary } from '../lib/synthetic/write.ts';
import { moveAside } from './aside.ts';

const KERNEN_CSV = new URL('../data/kernen.csv', import.meta.url);

export interface ContentOptions {
  seed?: number;
  /** YYYY-MM-DD the schedules are built around; default today, so "this week" has entries. */
  today?: string;
  places?: 'region' | 'scaled';
}

export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Default folder for N entries. */
export const contentDirFor = (n: number): string => `/tmp/wegwijzer-synthetic-${n}`;

export async function generateContent(
  n: number,
  dir = contentDirFor(n),
  options: ContentOptions = {},
): Promise<WriteSummary> {
  // Old content is moved aside, not deleted, right before the build it feeds (see aside.ts).
  assertReplaceable(dir);
  moveAside(dir);
  return writeSynthetic(dir, {
    count: n,
    seed: options.seed ?? DEFAULT_SEED,
    today: options.today ?? todayIso(),
    ...(options.places ? { places: options.places } : {}),
    kernenCsv: readFileSync(KERNEN_CSV, 'utf8'),
  });
}
