/**
 * `npm run bench`: builds the site from synthetic content and compares it with the bare
 * Astro + Pagefind floor; prints tables and writes bench-output/latest.json.
 *
 *   npm run bench                      N = 1,000 and 10,000
 *   npm run bench -- --n 1000          one N (repeat or comma-separate for more)
 *   npm run bench -- --national        also N = 100,000 (invented gemeenten and kernen)
 *   options: --seed N  --today YYYY-MM-DD  --skip-floor  --keep (keep built sites in bench-output/site-<N>)
 *            --markdown (also print the tables as markdown, for docs/benchmarks.md)
 *            --site DIR (page bytes and Lighthouse on this built site instead of building the sample)
 *            --skip-build  --skip-pages  --skip-lighthouse  --skip-dev
 *
 * Sections live in their own modules (build-section.ts today); a new section exports a
 * `run…` function returning plain data, adds it to `report.sections`, and prints with printTable.
 */
import { parseArgs } from 'node:util';
import { removeAside } from './aside.ts';
import { benchBuild, buildMarkdown, printBuildTable, type BuildRow } from './build-section.ts';
import { newReport, writeReport } from './report.ts';
import { runSiteSections, siteMarkdown } from './site-sections.ts';

export const DEFAULT_NS = [1_000, 10_000];
export const NATIONAL_N = 100_000;

/** The list of N from `--n` values ("1000", "1000,10000") and `--national`. */
export function parseNs(values: readonly string[] | undefined, national: boolean): number[] {
  const ns =
    values && values.length > 0
      ? values.flatMap((v) => v.split(',')).map((v) => Number(v.replace(/_/g, '')))
      : [...DEFAULT_NS];
  for (const n of ns)
    if (!Number.isInteger(n) || n < 5) throw new Error(`--n must be whole numbers of at least 5 (got ${n})`);
  if (national && !ns.includes(NATIONAL_N)) ns.push(NATIONAL_N);
  return [...new Set(ns)].sort((a, b) => a - b);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      n: { type: 'string', multiple: true },
      national: { type: 'boolean', default: false },
      seed: { type: 'string' },
      today: { type: 'string' },
      'skip-floor': { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
      markdown: { type: 'boolean', default: false },
      site: { type: 'string' },
      'skip-build': { type: 'boolean', default: false },
      'skip-pages': { type: 'boolean', default: false },
      'skip-lighthouse': { type: 'boolean', default: false },
      'skip-dev': { type: 'boolean', default: false },
    },
  });
  const ns = parseNs(values.n, values.national ?? false);
  const report = newReport();
  console.log(
    `[bench] ${report.machine.cpus} CPUs, ${report.machine.memoryMb} MB, Node ${report.machine.node}, load ${report.machine.loadAverage.map((l) => l.toFixed(2)).join(' ')}; commit ${report.git.commit.slice(0, 7)}${report.git.dirty ? ' (work tree has changes)' : ''}`,
  );
  const rows: BuildRow[] = [];
  if (!values['skip-build']) report.sections['build'] = rows;
  for (const n of values['skip-build'] ? [] : ns) {
    rows.push(
      await benchBuild(n, {
        ...(values.seed ? { seed: Number(values.seed) } : {}),
        ...(values.today ? { today: values.today } : {}),
        skipFloor: values['skip-floor'] ?? false,
        keep: values.keep ?? false,
      }),
    );
    writeReport(report); // after every N, so a long run that dies still leaves figures
  }
  if (rows.length > 0) printBuildTable(rows);
  if (values.markdown && rows.length > 0) console.log(`\n${buildMarkdown(rows)}`);
  const site = await runSiteSections(
    {
      ...(values.site ? { site: values.site } : {}),
      skipPages: values['skip-pages'] ?? false,
      skipLighthouse: values['skip-lighthouse'] ?? false,
      skipDev: values['skip-dev'] ?? false,
    },
    report.sections,
    () => writeReport(report),
  );
  if (values.markdown) console.log(`\n${siteMarkdown(site)}`);
  console.log(`[bench] results: ${writeReport(report)}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main()
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    })
    // Old folders go only now that nothing is measured any more (aside.ts).
    .finally(removeAside);
}
