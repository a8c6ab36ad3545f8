/**
 * The sections of `npm run bench` that look at one built site rather than at build cost: page
 * bytes, Lighthouse and dev incremental. They run on the sample content (what residents see),
 * built into bench-output/site-sample under the build lock, or on `--site <dir>`.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { devLines, runDevIncremental, type DevResult } from './dev-incremental.ts';
import { lighthouseMarkdown, printLighthouseTable, runLighthouse, type LighthouseRow } from './lighthouse.ts';
import { withBuildLock } from './lock.ts';
import { defaultTargets, pageMarkdown, printPageTable, runPageBytes, type PageRow } from './page-bytes.ts';

export interface SiteSectionOptions {
  /** A built site to measure; default: build the sample content into bench-output/site-sample. */
  site?: string;
  skipPages?: boolean;
  skipLighthouse?: boolean;
  skipDev?: boolean;
}

export interface SiteSections {
  site: string;
  pages?: PageRow[];
  lighthouse?: LighthouseRow[];
  dev?: DevResult | { error: string };
}

async function buildSample(outDir: string): Promise<void> {
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn('npm', ['run', 'build', '--', '--outDir', outDir], {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    });
    child.on('error', reject);
    child.on('exit', resolve);
  });
  if (code !== 0) throw new Error(`npm run build (sample content) failed with exit ${code}`);
}

/** Run the site sections; each result is also stored in `sections` as soon as it exists. */
export async function runSiteSections(
  options: SiteSectionOptions,
  sections: Record<string, unknown>,
  save: () => void,
): Promise<SiteSections> {
  const site = path.resolve(options.site ?? path.join('bench-output', 'site-sample'));
  const result: SiteSections = { site };
  if (!options.skipPages || !options.skipLighthouse) {
    await withBuildLock(async () => {
      if (!options.site) {
        console.log(`[bench] building the sample content into ${site} …`);
        await buildSample(site);
      }
      if (!existsSync(path.join(site, 'index.html'))) throw new Error(`${site} holds no built site`);
      if (!options.skipPages) {
        console.log('[bench] page bytes …');
        result.pages = await runPageBytes(site);
        sections['pages'] = result.pages;
        save();
        printPageTable(result.pages);
      }
      if (!options.skipLighthouse) {
        console.log('[bench] Lighthouse …');
        const targets = defaultTargets(site).filter((t) => ['home', 'kern', 'entry'].includes(t.type));
        result.lighthouse = await runLighthouse(site, targets);
        sections['lighthouse'] = result.lighthouse;
        save();
        printLighthouseTable(result.lighthouse);
      }
    });
  }
  if (!options.skipDev) {
    console.log('[bench] dev incremental (astro dev on a copy of content/) …');
    try {
      result.dev = await runDevIncremental();
      for (const line of devLines(result.dev)) console.log(line);
    } catch (error) {
      result.dev = { error: error instanceof Error ? error.message : String(error) };
      console.log(`dev incremental failed: ${result.dev.error}`);
    }
    sections['dev'] = result.dev;
    save();
  }
  return result;
}

export function siteMarkdown(result: SiteSections): string {
  const parts: string[] = [];
  if (result.pages) parts.push(pageMarkdown(result.pages));
  if (result.lighthouse) parts.push(lighthouseMarkdown(result.lighthouse));
  if (result.dev && 'triesMs' in result.dev) parts.push(devLines(result.dev).join('\n'));
  return parts.join('\n');
}
