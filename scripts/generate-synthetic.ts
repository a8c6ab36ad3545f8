/**
 * Writes a synthetic content tree: N realistic, schema-valid entries over the region's kernen,
 * marked `voorbeeld: true`, for benchmarks and load tests. Same options, same files.
 *
 *   npx node scripts/generate-synthetic.ts --count 1000 [--out DIR] [--seed N] [--today YYYY-MM-DD] [--places region|scaled]
 *
 * Default --out is /tmp/wegwijzer-synthetic-<N>. Build the site from it with
 *   WEGWIJZER_CONTENT=DIR npm run build -- --outDir /tmp/site-<N>
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { DEFAULT_SEED, DEFAULT_TODAY, NATIONAL_THRESHOLD } from './lib/synthetic/generate.ts';
import { writeSynthetic } from './lib/synthetic/write.ts';

export const KERNEN_CSV = new URL('./data/kernen.csv', import.meta.url);

export function readKernenCsv(): string {
  return readFileSync(KERNEN_CSV, 'utf8');
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      count: { type: 'string', short: 'n' },
      out: { type: 'string' },
      seed: { type: 'string' },
      today: { type: 'string' },
      places: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help || !values.count) {
    console.log(
      'Usage: npx node scripts/generate-synthetic.ts --count N [--out DIR] [--seed N] [--today YYYY-MM-DD] [--places region|scaled]',
    );
    process.exit(values.help ? 0 : 1);
  }
  const count = Number(values.count);
  const places = values.places;
  if (places !== undefined && places !== 'region' && places !== 'scaled')
    throw new Error('--places must be region or scaled');
  if (values.today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.today))
    throw new Error('--today must be YYYY-MM-DD');
  const out = values.out ?? `/tmp/wegwijzer-synthetic-${count}`;
  const summary = await writeSynthetic(out, {
    count,
    seed: values.seed ? Number(values.seed) : DEFAULT_SEED,
    today: values.today ?? DEFAULT_TODAY,
    ...(places ? { places } : {}),
    kernenCsv: readKernenCsv(),
  });
  const mode = places ?? (count > NATIONAL_THRESHOLD ? 'scaled' : 'region');
  console.log(
    `Wrote ${summary.files} files (${(summary.bytes / 1e6).toFixed(1)} MB) to ${summary.dir} in ${(summary.ms / 1000).toFixed(1)} s (places: ${mode})`,
  );
  for (const [collection, n] of Object.entries(summary.perCollection)) console.log(`  ${collection.padEnd(13)} ${n}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
