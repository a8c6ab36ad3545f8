/**
 * `npm run report:coverage`: kernen without a meeting place, kernen without a local offer per
 * topic and target group, and the share of entries checked in time per gemeente.
 *
 *   npm run report:coverage                    # Markdown to stdout
 *   npm run report:coverage -- --csv           # one row per kern
 *   npm run report:coverage -- --json
 *   npm run report:coverage -- --out rapport   # dekking.md, dekking.csv, dekking.json
 */
import { peildatum } from '../src/lib/build-date.ts';
import { dekkingCsv, dekkingMarkdown, dekkingRapport } from '../src/lib/reports/coverage.ts';
import { naarRapportEntries, type RapportInvoer } from '../src/lib/reports/entries.ts';
import { DOELGROEPEN, THEMAS } from '../src/lib/vocabulary.ts';
import { laadContent } from './lib/load-content.ts';
import { leesArgs, schrijf } from './lib/report-args.ts';

const HULP = `Hoe goed dekt De Wegwijzer de kernen en wijken?

Gebruik: npm run report:coverage -- [--dir <map>] [--csv | --json] [--out <map>] [--datum jjjj-mm-dd]`;

const args = leesArgs(HULP);
if (args) {
  const { perCollectie } = await laadContent(args.dir);
  const invoer = perCollectie as unknown as RapportInvoer;
  const entries = naarRapportEntries(invoer);
  const datum = args.datum ?? peildatum();
  const rapport = dekkingRapport(invoer, entries, datum, {
    themas: Object.keys(THEMAS),
    doelgroepen: Object.keys(DOELGROEPEN),
  });
  const label = (soort: 'thema' | 'doelgroep', id: string) =>
    soort === 'thema'
      ? ((THEMAS as Record<string, string>)[id] ?? id)
      : ((DOELGROEPEN as Record<string, string>)[id] ?? id);
  const md = dekkingMarkdown(rapport, label);
  if (args.out) {
    const paden = schrijf(args.out, {
      'dekking.md': md,
      'dekking.csv': dekkingCsv(rapport),
      'dekking.json': JSON.stringify(rapport, null, 2),
    });
    console.log(`Geschreven: ${paden.join(', ')}`);
  } else if (args.json) console.log(JSON.stringify(rapport, null, 2));
  else if (args.csv) process.stdout.write(dekkingCsv(rapport));
  else console.log(md);
}
