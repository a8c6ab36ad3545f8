/**
 * Checks all content before Astro reads it. `astro build` stops with the full Dutch report, so
 * editors see every problem at once (Astro's own content sync stops at the first one, in
 * English); warnings alone only get a summary line there. `astro dev` and `astro sync` print
 * the whole report and go on; in dev the check runs again whenever a content file changes.
 */
import { existsSync } from 'node:fs';
import { isAbsolute, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import {
  displayDir,
  formatRapport,
  formatSamenvatting,
  validateContentDir,
  type Rapport,
} from '../lib/validation/index.ts';

export interface ValidateContentOptions {
  /** The content folder; default `$WEGWIJZER_CONTENT` or `content`, relative to the project root. */
  dir?: string;
}

function report(rapport: Rapport, naam: string): string {
  return `De inhoud in ${naam}/ heeft problemen. Los ze op en probeer het opnieuw.\n\n${formatRapport(rapport)}`;
}

/** Logs the result without stopping: for dev and sync. */
function warn(rapport: Rapport, naam: string, logger: AstroIntegrationLogger): void {
  if (rapport.fouten > 0) logger.warn(`\n${report(rapport, naam)}`);
  else if (rapport.waarschuwingen > 0) logger.warn(`\n${formatRapport(rapport)}`);
  else logger.info(formatSamenvatting(rapport));
}

export default function validateContent(options: ValidateContentOptions = {}): AstroIntegration {
  let dir = '';
  let naam = '';
  return {
    name: 'wegwijzer:validate-content',
    hooks: {
      'astro:config:setup': async ({ command, config, logger }) => {
        if (command === 'preview') return;
        const root = fileURLToPath(config.root);
        const wanted = options.dir ?? process.env.WEGWIJZER_CONTENT ?? 'content';
        dir = isAbsolute(wanted) ? wanted : resolve(root, wanted);
        naam = displayDir(dir, root);
        if (!existsSync(dir)) throw new Error(`De map met inhoud bestaat niet: ${dir}. Controleer WEGWIJZER_CONTENT.`);
        const rapport = await validateContentDir(dir, { map: naam });
        if (command === 'build' && rapport.fouten === 0) {
          // Warnings do not stop a build; keep the build log short and point to the full list.
          const meer = rapport.waarschuwingen > 0 ? ' Draai npm run check:content voor de waarschuwingen.' : '';
          logger.info(`${formatSamenvatting(rapport)}${meer}`);
          return;
        }
        if (command !== 'build') {
          warn(rapport, naam, logger);
          return;
        }
        logger.error(`\n${report(rapport, naam)}`);
        const error = new Error(
          `${formatSamenvatting(rapport)} Zie de lijst hierboven, of draai npm run check:content.`,
        );
        // No stack trace: the problem is in the content, not in the code.
        error.stack = error.message;
        throw error;
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
