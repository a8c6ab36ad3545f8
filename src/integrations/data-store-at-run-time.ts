/**
 * `astro build` only: the prerender code reads Astro's content data store from its file when it
 * runs, instead of carrying it as one long string that Node must compile first
 * (src/lib/astro/data-store-module.ts says why). The pages come out the same.
 *
 * The module and file names are Astro's own (astro/dist/content/consts.js: the virtual module
 * `astro:data-layer-content`, the file `data-store.json` in the cache folder). Should Astro
 * change them, the store is simply bundled as before, and the build says so in a warning.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { storeReadAtRunTime } from '../lib/astro/data-store-module.ts';

const STORE_MODULE = '\0astro:data-layer-content';
const STORE_FILE = 'data-store.json';

export default function dataStoreAtRunTime(): AstroIntegration {
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
                    const replaced = storeReadAtRunTime(code, file);
                    if (replaced === undefined) {
                      logger.warn(
                        `${STORE_MODULE.slice(1)} is not in the form expected: the data store stays in the bundle.`,
                      );
                      return null;
                    }
                    const megabytes = (code.length / 1e6).toFixed(1);
                    logger.info(`Data store read from ${file} when the pages render (not bundled: ${megabytes} MB)`);
                    return { code: replaced, map: null };
                  },
                },
              },
            ],
          },
        });
      },
    },
  };
}
