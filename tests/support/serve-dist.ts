/**
 * Global setup of the `browser` test project: serves the built site (dist/) on a free
 * 127.0.0.1 port for the whole run and hands its base URL to the tests (`inject('baseUrl')`).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startServer, type RunningServer } from '../../scripts/serve.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of the served dist/ folder, with trailing slash, e.g. http://127.0.0.1:40123/ */
    baseUrl: string;
    /** Absolute path of the served folder. */
    distDir: string;
  }
}

/** The build output folder (WEGWIJZER_DIST points the tests at another build, e.g. /tmp/q-dist). */
export const DIST_DIR = path.resolve(import.meta.dirname, '../..', process.env['WEGWIJZER_DIST'] ?? 'dist');

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync(path.join(DIST_DIR, 'index.html'))) {
    throw new Error(
      `The browser tests need the built site, but ${DIST_DIR}/index.html does not exist. ` +
        'Run `npm run build` first (`npm test` does this for you).',
    );
  }
  const server: RunningServer = await startServer({ root: DIST_DIR, port: 0 });
  project.provide('baseUrl', server.url);
  project.provide('distDir', DIST_DIR);
  return () => server.close();
}
