/**
 * `npm run check:content`: checks every file in the content folder, the same way the build does,
 * and prints every problem at once in plain Dutch. Exits 1 when there are errors.
 *
 *   npm run check:content                       # content/ (or $WEGWIJZER_CONTENT)
 *   npm run check:content -- --dir tests/fixtures/broken
 *   npm run check:content -- --json             # machine-readable result
 */
import { existsSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import {
  displayDir,
  formatRapport,
  formatSamenvatting,
  inhoudsmapVan,
  validateContentDir,
} from '../src/lib/validation/index.ts';

const HULP = `Controleer de inhoud van de Wegwijzer.

Gebruik: npm run check:content -- [--dir <map>] [--json]

  --dir <map>   de map met inhoud (standaard: content, of de map in WEGWIJZER_CONTENT)
  --json        de uitkomst als JSON, voor andere programma's
  --help        deze uitleg`;

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({
      options: {
        dir: { type: 'string' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    }).values;
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${HULP}`);
    return 2;
  }
  if (args.help) {
    console.log(HULP);
    return 0;
  }
  const dir = inhoudsmapVan(process.cwd(), process.env, args.dir);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    console.error(`De map ${dir} bestaat niet. Geef de map met inhoud op met --dir.`);
    return 2;
  }
  const naam = displayDir(dir, process.cwd());
  const rapport = await validateContentDir(dir, { map: naam });
  if (args.json) {
    const uitkomst = { map: naam, ok: rapport.fouten === 0, samenvatting: formatSamenvatting(rapport), ...rapport };
    console.log(JSON.stringify(uitkomst, null, 2));
  } else {
    console.log(`Controle van de inhoud in ${naam}/\n\n${formatRapport(rapport)}`);
  }
  return rapport.fouten > 0 ? 1 : 0;
}

process.exitCode = await main();
