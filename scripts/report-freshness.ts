/**
 * `npm run report:freshness`: entries past their review interval, grouped by owner and kern.
 *
 *   npm run report:freshness                   # Markdown to stdout
 *   npm run report:freshness -- --csv          # CSV to stdout
 *   npm run report:freshness -- --json         # JSON (the monthly workflow reads this)
 *   npm run report:freshness -- --out rapport  # versheid.md, versheid.csv and versheid.json in rapport/
 *   npm run report:freshness -- --datum 2027-06-01
 */
import { peildatum } from '../src/lib/build-date.ts';
import { naarRapportEntries, type RapportInvoer } from '../src/lib/reports/entries.ts';
import { eigenaarMarkdown, versheidCsv, versheidMarkdown, versheidRapport } from '../src/lib/reports/freshness.ts';
import { laadContent } from './lib/load-content.ts';
import { leesArgs, schrijf } from './lib/report-args.ts';

const HULP = `Welke onderdelen moeten opnieuw gecontroleerd worden?

Gebruik: npm run report:freshness -- [--dir <map>] [--csv | --json] [--out <map>] [--datum jjjj-mm-dd]`;

const args = leesArgs(HULP);
if (args) {
  const { perCollectie, overgeslagen } = await laadContent(args.dir);
  const invoer = perCollectie as unknown as RapportInvoer;
  const entries = naarRapportEntries(invoer);
  const datum = args.datum ?? peildatum();
  const kernNamen = new Map(invoer.kernen.map((k) => [k.id, k.data.naam]));
  const rapport = versheidRapport(entries, datum, (id) => kernNamen.get(id) ?? id);
  const json = JSON.stringify(
    {
      ...rapport,
      overgeslagen,
      issues: rapport.perEigenaar.map((g) => ({ eigenaar: g.eigenaar, aantal: g.aantal, tekst: eigenaarMarkdown(g) })),
    },
    null,
    2,
  );
  if (args.out) {
    const paden = schrijf(args.out, {
      'versheid.md': versheidMarkdown(rapport),
      'versheid.csv': versheidCsv(rapport),
      'versheid.json': json,
    });
    console.log(`Geschreven: ${paden.join(', ')}`);
  } else if (args.json) console.log(json);
  else if (args.csv) process.stdout.write(versheidCsv(rapport));
  else console.log(versheidMarkdown(rapport));
  if (overgeslagen.length > 0 && !args.json)
    console.error(
      `Let op: ${overgeslagen.length} bestanden overgeslagen omdat ze fouten hebben. Draai npm run check:content.`,
    );
  if (!args.json && !args.csv)
    console.error(
      `Samenvatting: ${rapport.verouderd} van ${rapport.totaal} onderdelen te lang niet gecontroleerd, bij ${rapport.perEigenaar.length} eigenaren (peildatum ${datum}).`,
    );
}
