/**
 * Ships the Decap CMS editor with the site: after `astro build` it copies the browser bundle
 * (decap-cms.js, its chunks, WebAssembly and licence file) from the cache that `npm install`
 * fills (scripts/decap/fetch.mjs) into <outDir>/admin/, next to public/admin/index.html and the
 * generated config.yml. A custom --outDir is respected. The build never fetches anything: when
 * the cache is missing it logs a warning and /admin/ shows its Dutch fallback text.
 */
import { copyFile, mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { isShippedFile } from '../../scripts/decap/files.mjs';
import { DECAP_ENTRY, DECAP_VERSION, decapCacheDir } from '../../scripts/decap/version.mjs';

export default function decapCms(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'wegwijzer:decap-cms',
    hooks: {
      'astro:config:setup': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const source = path.join(decapCacheDir(root), path.dirname(DECAP_ENTRY));
        const names = await readdir(source).catch(() => [] as string[]);
        if (!names.includes(path.basename(DECAP_ENTRY))) {
          logger.warn(
            `Decap CMS ${DECAP_VERSION} is not in ${path.relative(root, source)}: /admin/ shows its fallback text. ` +
              'Run `npm install` (online) to fetch it.',
          );
          return;
        }
        const start = performance.now();
        const target = path.join(fileURLToPath(dir), 'admin');
        await mkdir(target, { recursive: true });
        const shipped = names.filter(isShippedFile).sort();
        await Promise.all(shipped.map((name) => copyFile(path.join(source, name), path.join(target, name))));
        const ms = Math.round(performance.now() - start);
        logger.info(`Decap CMS ${DECAP_VERSION}: ${String(shipped.length)} files → admin/ in ${String(ms)} ms`);
      },
    },
  };
}
