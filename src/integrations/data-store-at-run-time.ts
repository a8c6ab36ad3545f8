/**
 * `astro build` only: the prerender code reads Astro's content data store from its file when it
 * runs, instead of carrying it as one long string that Node must compile first
 * (src/lib/astro/data-store-module.ts says why). The pages come out the same.
 *
 * The module and file names are Astro's own (astro/dist/content/consts.js: the virtual module
 * `astro:data-layer-content`, the file `data-store.json` in the cache folder). The module is
 * replaced only when the file holds exactly the text Astro put in it; otherwise the store stays
 * in the bundle and the build warns, as it does when the module never came by (a new Astro that
 * names it otherwise). The build test (tests/build/content-gate.test.ts) looks for the line this
 * logs, so such a change fails a test too.
 */
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { EMPTY_STORE, inlinesStore, storeReadAtRunTime } from '../lib/astro/data-store-module.ts';

const STORE_MODULE = '\0astro:data-layer-content';
const STORE_FILE = 'data-store.json';
/** Astro's Vite environment for the pages it renders at build time (ASTRO_VITE_ENVIRONMENT_NAMES). */
const PRERENDER = 'prerender';

export default function dataStoreAtRunTime(): AstroIntegration {
  /** Whether Astro's store module came by the prerender build at all (it warns itself otherwise). */
  let seen = false;
  return {
    name: 'wegwijzer:data-store-at-run-time',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig, logger }) => {
        if (command !== 'build') return;
        const file = fileURLToPath(new URL(STORE_FILE, config.cacheDir));
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'wegwijzer:data-store-at-run-time',
                apply: 'build',
                transform: {
                  filter: { id: new RegExp(`^${STORE_MODULE}$`) },
                  handler(code: string) {
                    // A server bundle (on-demand pages) must not read a file of the build machine.
                    if (this.environment.name !== PRERENDER) return null;
                    seen = true;
                    if (code === EMPTY_STORE) return null;
                    const stamp = statSync(file, { throwIfNoEntry: false });
                    if (!stamp || !inlinesStore(code, readFileSync(file))) {
                      logger.warn(`The content data store stays in the bundle: ${file} is not what Astro put in it.`);
                      return null;
                    }
                    const megabytes = (code.length / 1e6).toFixed(1);
                    logger.info(`Data store read from ${file} when the pages render (not bundled: ${megabytes} MB)`);
                    return { code: storeReadAtRunTime(file, stamp), map: null };
                  },
                },
              },
            ],
          },
        });
      },
      'astro:build:done': ({ logger }) => {
        if (!seen) logger.warn(`The content data store was bundled: Astro did not make ${STORE_MODULE.slice(1)}.`);
      },
    },
  };
}
