/**
 * Checks all content before Astro renders it. `astro build` stops with the full Dutch report, so
 * editors see every problem at once (Astro's own content sync stops at the first one, in
 * English); warnings alone only get a summary line there. `astro dev` and `astro sync` print
 * the whole report and go on; in dev the check runs again whenever a content file changes.
 *
 * Under `npm run build` the script checks the content beside this process, and this integration
 * only holds the build before rendering until the script says the content is in order
 * (content-gate.ts). Started any other way, it checks the content itself, first.
 */
import { existsSync } from 'node:fs';
import { sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import {
  displayDir,
  formatBouwRapport,
  formatBouwSamenvatting,
  formatGeenInhoudsmap,
  formatRapport,
  formatSamenvatting,
  inhoudsmapVan,
  validateContentDir,
  type Rapport,
} from '../lib/validation/index.ts';
import { wachtOpControle } from './content-gate.ts';

export interface ValidateContentOptions {
  /** The content folder; default `$WEGWIJZER_CONTENT` or `content`, relative to the project root. */
  dir?: string;
}

/** Logs the result without stopping: for dev and sync. */
function warn(rapport: Rapport, naam: string, logger: AstroIntegrationLogger): void {
  if (rapport.fouten > 0) logger.warn(`\n${formatBouwRapport(rapport, naam)}`);
  else if (rapport.waarschuwingen > 0) logger.warn(`\n${formatRapport(rapport)}`);
  else logger.info(formatSamenvatting(rapport));
}

export default function validateContent(options: ValidateContentOptions = {}): AstroIntegration {
  let dir = '';
  let naam = '';
  let gecontroleerd: Promise<void> | undefined;
  return {
    name: 'wegwijzer:validate-content',
    hooks: {
      'astro:config:setup': async ({ command, config, logger }) => {
        if (command === 'preview') return;
        const root = fileURLToPath(config.root);
        dir = inhoudsmapVan(root, process.env, options.dir);
        naam = displayDir(dir, root);
        if (!existsSync(dir)) throw new Error(formatGeenInhoudsmap(dir));
        if (command === 'build') gecontroleerd = wachtOpControle(dir);
        if (gecontroleerd) return;
        const rapport = await validateContentDir(dir, { map: naam });
        if (command === 'build' && rapport.fouten === 0) {
          logger.info(formatBouwSamenvatting(rapport));
          return;
        }
        if (command !== 'build') {
          warn(rapport, naam, logger);
          return;
        }
        logger.error(`\n${formatBouwRapport(rapport, naam)}`);
        const error = new Error(formatBouwSamenvatting(rapport));
        // No stack trace: the problem is in the content, not in the code.
        error.stack = error.message;
        throw error;
      },
      // After the content sync, before anything is rendered.
      'astro:build:start': async () => {
        await gecontroleerd;
      },
      'astro:server:setup': ({ server, logger }) => {
        let timer: ReturnType<typeof setTimeout> | undefined;
        const opnieuw = (file: string) => {
          if (!file.startsWith(dir + sep)) return;
          clearTimeout(timer);
          timer = setTimeout(() => {
            validateContentDir(dir, { map: naam }).then(
              (rapport) => warn(rapport, naam, logger),
              (error: unknown) => logger.error(String(error)),
            );
          }, 200);
        };
        server.watcher.on('add', opnieuw);
        server.watcher.on('change', opnieuw);
        server.watcher.on('unlink', opnieuw);
      },
    },
  };
}
