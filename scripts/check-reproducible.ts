/**
 * `npm run check:reproducible`: builds the site twice, into two fresh folders, with the same build
 * date (WEGWIJZER_DATUM, default: today's build date) and compares the two outputs byte for byte.
 * Prints the files that differ (or exist in only one build) and exits non-zero when there are any.
 * Editors' pull requests then show only real changes.
 *
 * Both builds start cold: they read the content through WEGWIJZER_CONTENT, which gives them their
 * own Astro cache folder (astro.config.mjs), and that folder is removed before each build.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { peildatum } from '../src/lib/build-date.ts';

const root = path.resolve(import.meta.dirname, '..');

/** Every file below `dir`, as sorted relative paths with forward slashes. */
export function listTree(dir: string): string[] {
  const files: string[] = [];
  const walk = (sub: string): void => {
    for (const entry of readdirSync(path.join(dir, sub), { withFileTypes: true })) {
      const rel = sub ? `${sub}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(rel);
      else files.push(rel);
    }
  };
  walk('');
  return files.sort();
}

/** The relative paths that differ between two folders (content, or present in one only). */
export function diffTrees(a: string, b: string): string[] {
  const left = new Set(listTree(a));
  const right = new Set(listTree(b));
  const differing: string[] = [];
  for (const file of new Set([...left, ...right])) {
    if (!left.has(file)) differing.push(`${file} (only in the second build)`);
    else if (!right.has(file)) differing.push(`${file} (only in the first build)`);
    else if (!readFileSync(path.join(a, file)).equals(readFileSync(path.join(b, file)))) differing.push(file);
  }
  return differing.sort();
}

function build(outDir: string, date: string): void {
  const content = process.env['WEGWIJZER_CONTENT'] ?? 'content';
  // The cache folder astro.config.mjs picks for this content folder.
  rmSync(path.join(root, 'node_modules/.astro', `content-${content.replace(/[^a-z0-9]+/gi, '-')}`), {
    recursive: true,
    force: true,
  });
  const result = spawnSync('npm', ['run', 'build', '--', '--outDir', outDir], {
    cwd: root,
    env: { ...process.env, WEGWIJZER_DATUM: date, WEGWIJZER_CONTENT: content },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`Build into ${outDir} failed:\n${result.stdout}\n${result.stderr}`);
}

export interface ReproducibleResult {
  date: string;
  files: number;
  differing: string[];
  seconds: number;
}

/** Builds twice and compares. Removes both builds afterwards. */
export function checkReproducible(date = peildatum()): ReproducibleResult {
  const started = performance.now();
  const work = mkdtempSync(path.join(tmpdir(), 'wegwijzer-reproducible-'));
  try {
    const first = path.join(work, 'a');
    const second = path.join(work, 'b');
    build(first, date);
    build(second, date);
    return {
      date,
      files: listTree(first).length,
      differing: diffTrees(first, second),
      seconds: (performance.now() - started) / 1000,
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = checkReproducible();
  if (result.differing.length === 0) {
    console.log(
      `Reproducible: two builds with date ${result.date} are byte-identical (${String(result.files)} files, ${result.seconds.toFixed(0)} s).`,
    );
  } else {
    console.error(
      `Not reproducible: ${String(result.differing.length)} of ${String(result.files)} files differ between two builds with date ${result.date}:`,
    );
    for (const file of result.differing) console.error(`  ${file}`);
    process.exitCode = 1;
  }
}
