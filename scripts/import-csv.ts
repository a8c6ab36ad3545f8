/**
 * `npm run import -- <bestand.csv> [--collectie activiteiten] [--dry-run] [--dir content]`
 *
 * Imports a spreadsheet (CSV from Excel, LibreOffice or Google Sheets) into entry files. Column
 * layouts and templates: docs/import/. Every rejected row is listed with row, column and reason;
 * nothing is written for a rejected row. Importing the same sheet again changes nothing; changed
 * rows update their entry; a field changed by hand since the last import is reported, not
 * overwritten (state in <dir>/.import-state.json). Exit code 1 when rows were rejected.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { inhoudsmapVan } from '../src/lib/validation/read.ts';
import { parseArgs } from 'node:util';
import { leesCsv } from '../src/lib/import/csv.ts';
import { IMPORT_COLLECTIES, type ImportCollectie } from '../src/lib/import/layouts.ts';
import { mapVoorNieuw } from '../src/lib/import/map.ts';
import { controleerKolommen, planImport, type ImportState } from '../src/lib/import/plan.ts';
import { contentIndex, vandaag } from './lib/content-index.ts';

const HULP = `Zet een spreadsheet (CSV) om in bestanden voor De Wegwijzer.

Gebruik: npm run import -- <bestand.csv> [--collectie ${IMPORT_COLLECTIES.join('|')}] [--dry-run] [--dir content]

  --collectie   welke soort er in het bestand staat (standaard: uit de bestandsnaam)
  --dry-run     laat zien wat er zou gebeuren, maar schrijf niets
  --dir         de map met inhoud (standaard: content)
  --datum       de datum voor gecontroleerd als die kolom leeg is (standaard: vandaag)`;

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        collectie: { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
        dir: { type: 'string' },
        datum: { type: 'string' },
        help: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${HULP}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help || positionals.length !== 1) {
    console.log(HULP);
    return values.help ? 0 : 2;
  }
  const bestand = resolve(positionals[0]!);
  if (!existsSync(bestand)) {
    console.error(`Het bestand ${positionals[0]} bestaat niet.`);
    return 2;
  }
  const collectie = (values.collectie ?? IMPORT_COLLECTIES.find((c) => basename(bestand).toLowerCase().includes(c))) as
    ImportCollectie | undefined;
  if (!collectie || !IMPORT_COLLECTIES.includes(collectie)) {
    console.error(
      `Zeg welke soort er in het bestand staat: --collectie ${IMPORT_COLLECTIES.join(' of --collectie ')}.`,
    );
    return 2;
  }
  const dir = inhoudsmapVan(process.cwd(), process.env, values.dir);
  const csv = leesCsv(readFileSync(bestand));
  console.log(
    `${basename(bestand)}: ${csv.rijen.length} rijen, ${csv.legeRijen} lege rijen overgeslagen (tekens: ${csv.codering}, scheidingsteken: '${csv.scheiding === '\t' ? 'tab' : csv.scheiding}').`,
  );
  const kolommen = controleerKolommen(collectie, csv.kolommen);
  if (kolommen.berichten.length > 0) {
    console.error(
      ['\nDe kolommen kloppen niet. Er is niets ingelezen.', ...kolommen.berichten.map((b) => `  ${b}`)].join('\n'),
    );
    return 1;
  }

  const index = await contentIndex(dir);
  const statePad = join(dir, '.import-state.json');
  const state: ImportState = existsSync(statePad)
    ? (JSON.parse(readFileSync(statePad, 'utf8')) as ImportState)
    : { versie: 1, entries: {} };
  const bestaande = new Map<string, { pad: string; tekst: string }>();
  for (const [id, pad] of index.paden[collectie]) bestaande.set(id, { pad, tekst: await index.leesTekst(pad) });
  const plan = planImport(csv.rijen, {
    collectie,
    bestaande,
    ids: index.ids,
    state,
    vandaag: values.datum ?? vandaag(),
    mapVoor: (data) => mapVoorNieuw(collectie, data, index),
  });

  for (const a of plan.acties)
    console.log(
      `  rij ${a.rij}: ${a.soort === 'nieuw' ? 'nieuw' : 'bijgewerkt'} ${a.pad}${a.soort === 'bijwerken' ? ` (${a.velden.join(', ')})` : ''}`,
    );
  if (plan.afgewezen.length > 0) {
    console.log('\nDeze rijen zijn niet ingelezen:');
    for (const f of plan.afgewezen) console.log(`  rij ${f.rij}${f.kolom ? `, kolom '${f.kolom}'` : ''}: ${f.bericht}`);
  }
  if (plan.conflicten.length > 0) {
    console.log('\nMet de hand veranderd, niet overschreven:');
    for (const c of plan.conflicten) console.log(`  rij ${c.rij}: ${c.bericht}`);
  }
  const nieuw = plan.acties.filter((a) => a.soort === 'nieuw').length;
  const afgewezenRijen = new Set(plan.afgewezen.map((f) => f.rij)).size;
  console.log(
    `\nSamenvatting: ${nieuw} nieuw, ${plan.acties.length - nieuw} bijgewerkt, ${plan.ongewijzigd} ongewijzigd, ${afgewezenRijen} afgewezen, ${plan.conflicten.length} conflicten, ${csv.legeRijen} lege rijen.`,
  );
  if (values['dry-run']) {
    console.log('Proefrun (--dry-run): er is niets geschreven.');
  } else {
    for (const a of plan.acties) {
      const pad = join(dir, a.pad);
      await mkdir(dirname(pad), { recursive: true });
      await writeFile(pad, a.tekst);
    }
    if (plan.acties.length > 0 || !existsSync(statePad))
      await writeFile(statePad, `${JSON.stringify(plan.state, null, 2)}\n`);
    if (plan.acties.length > 0)
      console.log(`Geschreven in ${relative(process.cwd(), dir) || '.'}/. Draai nu npm run check:content.`);
  }
  return afgewezenRijen > 0 ? 1 : 0;
}

process.exitCode = await main();
