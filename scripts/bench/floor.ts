/**
 * The floor: the cheapest build our engine allows for the same entries. A bare Astro project
 * (one plain page per entry, one per kern, a content collection without a schema) followed by
 * `pagefind --site`, using the very same astro and pagefind packages as the site (the project's
 * node_modules is symlinked in). Our build divided by this is the overhead of our own code.
 */
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { moveAside } from './aside.ts';
import { timeBuild, type BuildMeasure } from './measure.ts';

export const FLOOR_COLLECTIONS = ['gemeenten', 'organisaties', 'locaties', 'activiteiten', 'diensten', 'informatie'];

const FILES: Record<string, string> = {
  'package.json': `${JSON.stringify({ name: 'wegwijzer-bench-floor', private: true, type: 'module' }, null, 2)}\n`,
  'astro.config.mjs': `import { defineConfig } from 'astro/config';
// Its own cache folder: the symlinked node_modules is shared with the real project.
export default defineConfig({ output: 'static', cacheDir: './.astro-cache', build: { format: 'directory' } });
`,
  'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
const dir = process.env.WEGWIJZER_CONTENT;
if (!dir) throw new Error('Set WEGWIJZER_CONTENT');
const names = ${JSON.stringify([...FLOOR_COLLECTIONS, 'kernen'])};
// No schema: the floor does not validate, it only reads front matter and markdown.
export const collections = Object.fromEntries(
  names.map((name) => [name, defineCollection({ loader: glob({ pattern: '**/*.md', base: dir + '/' + name }) })]),
);
`,
  'src/pages/[collection]/[...id].astro': `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
  const paths = [];
  for (const collection of ${JSON.stringify(FLOOR_COLLECTIONS)}) {
    for (const entry of await getCollection(collection)) paths.push({ params: { collection, id: entry.id }, props: { entry } });
  }
  return paths;
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang="nl">
  <head><meta charset="utf-8" /><title>{entry.data.naam}</title></head>
  <body><main data-pagefind-body><h1>{entry.data.naam}</h1><p>{entry.data.samenvatting}</p><Content /></main></body>
</html>
`,
  'src/pages/kern/[...id].astro': `---
import { getCollection } from 'astro:content';
export async function getStaticPaths() {
  return (await getCollection('kernen')).map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
---
<html lang="nl">
  <head><meta charset="utf-8" /><title>{entry.data.naam}</title></head>
  <body><main data-pagefind-body><h1>De Wegwijzer van {entry.data.naam}</h1><p>{entry.data.intro}</p></main></body>
</html>
`,
};

/** Write the bare project into `dir` (replacing it), with `nodeModules` symlinked in. */
export function createFloorProject(dir: string, nodeModules: string): void {
  rmSync(dir, { recursive: true, force: true });
  for (const [file, text] of Object.entries(FILES)) {
    const target = path.join(dir, file);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, text);
  }
  symlinkSync(nodeModules, path.join(dir, 'node_modules'), 'dir');
}

export interface FloorResult {
  astro: BuildMeasure;
  pagefind: BuildMeasure;
  /** Both steps: wall times added, peak memory the larger of the two. */
  total: { wallMs: number; peakRssMb: number; maxProcessRssMb?: number; cpuSeconds?: number };
}

export interface FloorOptions {
  /** Where the bare project goes; default /tmp/wegwijzer-bench-floor. */
  projectDir?: string;
  /** The project's node_modules (same astro and pagefind); default ./node_modules. */
  nodeModules?: string;
  logDir?: string;
}

/** Build the bare floor site from `contentDir` and index it with Pagefind, measuring both steps. */
export async function bareFloorBuild(contentDir: string, options: FloorOptions = {}): Promise<FloorResult> {
  const dir = options.projectDir ?? '/tmp/wegwijzer-bench-floor';
  moveAside(dir); // not deleted: see aside.ts
  createFloorProject(dir, path.resolve(options.nodeModules ?? 'node_modules'));
  const logDir = options.logDir ?? dir;
  const env = { ...process.env, WEGWIJZER_CONTENT: path.resolve(contentDir), ASTRO_TELEMETRY_DISABLED: '1' };
  const astro = await timeBuild(['npx', 'astro', 'build'], {
    cwd: dir,
    env,
    logFile: path.join(logDir, 'floor-astro.log'),
  });
  if (astro.exitCode !== 0) throw new Error(`Floor astro build failed (exit ${astro.exitCode}); see ${astro.logFile}`);
  const pagefind = await timeBuild(['npx', 'pagefind', '--site', 'dist'], {
    cwd: dir,
    env,
    logFile: path.join(logDir, 'floor-pagefind.log'),
  });
  if (pagefind.exitCode !== 0)
    throw new Error(`Floor pagefind failed (exit ${pagefind.exitCode}); see ${pagefind.logFile}`);
  const maxProcess = Math.max(astro.maxProcessRssMb ?? 0, pagefind.maxProcessRssMb ?? 0);
  const cpu =
    astro.cpuSeconds !== undefined && pagefind.cpuSeconds !== undefined
      ? astro.cpuSeconds + pagefind.cpuSeconds
      : undefined;
  return {
    astro,
    pagefind,
    total: {
      wallMs: astro.wallMs + pagefind.wallMs,
      peakRssMb: Math.max(astro.peakRssMb, pagefind.peakRssMb),
      ...(maxProcess > 0 ? { maxProcessRssMb: maxProcess } : {}),
      ...(cpu !== undefined ? { cpuSeconds: cpu } : {}),
    },
  };
}
