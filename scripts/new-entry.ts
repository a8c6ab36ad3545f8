/**
 * `npm run new -- <collectie> [--naam "..." --locatie ... ]`: makes a new entry file.
 * Asks (in Dutch) for every required field that is not given as a flag, when run in a terminal;
 * without a terminal (tests, scripts) the flags must be complete. Flags are the import's column
 * names (docs/import/README.md). Validates with the same validator before writing, sets
 * `gecontroleerd` to today and refuses an id that already exists.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { inhoudsmapVan } from '../src/lib/validation/read.ts';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { IMPORT_COLLECTIES, LAYOUTS, type ImportCollectie } from '../src/lib/import/layouts.ts';
import { mapVoorNieuw } from '../src/lib/import/map.ts';
import { planImport } from '../src/lib/import/plan.ts';
import { toId } from '../src/lib/validation/suggest.ts';
import { contentIndex, vandaag } from './lib/content-index.ts';

const HULP = `Maak een nieuw onderdeel voor De Wegwijzer.

Gebruik: npm run new -- <${IMPORT_COLLECTIES.join('|')}> [--veld waarde ...] [--dir content]

Voorbeeld:
  npm run new -- activiteiten --naam "Koffieochtend" --samenvatting "Elke dinsdag samen koffie drinken." \\
    --thema ontmoeten --doelgroep iedereen --locatie buurtkamer-julianadorp --organisatie welzijn-den-helder \\
    --herhaling wekelijks --dagen di --van 9:30 --tot 11:30 --kosten gratis --inloop ja \\
    --eigenaar "Welzijn Den Helder" --bron "Activiteitenlijst" --beschrijving "Kom gezellig langs."

Zonder velden stelt het programma vragen. Welke velden er zijn: docs/import/README.md.`;

async function main(): Promise<number> {
  const [collectieArg, ...rest] = process.argv.slice(2);
  if (!collectieArg || collectieArg === '--help' || !IMPORT_COLLECTIES.includes(collectieArg as ImportCollectie)) {
    console.log(HULP);
    return collectieArg === '--help' ? 0 : 2;
  }
  const collectie = collectieArg as ImportCollectie;
  const kolommen = LAYOUTS[collectie];
  let values: Record<string, string | undefined>;
  try {
    values = parseArgs({
      args: rest,
      options: Object.fromEntries([...kolommen.map((k) => [k.naam, { type: 'string' }]), ['dir', { type: 'string' }]]),
    }).values as Record<string, string | undefined>;
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${HULP}`);
    return 2;
  }
  const dir = inhoudsmapVan(process.cwd(), process.env, values.dir);
  const waarden: Record<string, string> = {};
  for (const k of kolommen) if (values[k.naam] !== undefined) waarden[k.naam] = values[k.naam]!;

  const ontbreekt = kolommen.filter((k) => k.verplicht && !waarden[k.naam]);
  if (ontbreekt.length > 0) {
    if (!process.stdin.isTTY) {
      console.error(`Deze velden ontbreken: ${ontbreekt.map((k) => `--${k.naam}`).join(', ')}.`);
      return 2;
    }
    const rl = createInterface({ input: process.stdin, output: process.stdout });
    console.log(
      `Nieuw onderdeel in ${collectie}. Beantwoord de vragen; Enter zonder antwoord slaat een niet-verplicht veld over.\n`,
    );
    for (const k of kolommen) {
      if (waarden[k.naam] || k.naam === 'gecontroleerd') continue;
      const antwoord = (
        await rl.question(
          `${k.naam}${k.verplicht ? '' : ' (mag leeg)'} — ${k.uitleg}\n  bijvoorbeeld: ${k.voorbeeld || '-'}\n> `,
        )
      ).trim();
      if (antwoord) waarden[k.naam] = antwoord;
    }
    rl.close();
  }
  waarden.gecontroleerd = values.gecontroleerd ?? vandaag();

  const index = await contentIndex(dir);
  const id = waarden.id || toId(waarden.naam ?? '');
  const bestaand = index.paden[collectie].get(id);
  if (bestaand) {
    console.error(`Er is al een bestand met de id '${id}': content/${bestaand}. Kies een andere naam of geef --id op.`);
    return 1;
  }
  const plan = planImport([{ rij: 1, waarden: { ...waarden, id } }], {
    collectie,
    bestaande: new Map(),
    ids: index.ids,
    state: { versie: 1, entries: {} },
    vandaag: waarden.gecontroleerd,
    mapVoor: (data) => mapVoorNieuw(collectie, data, index),
  });
  if (plan.afgewezen.length > 0) {
    console.error('Het bestand is niet gemaakt. Dit klopt nog niet:');
    for (const f of plan.afgewezen) console.error(`  ${f.kolom ? `--${f.kolom}: ` : ''}${f.bericht}`);
    return 1;
  }
  const actie = plan.acties[0]!;
  const pad = join(dir, actie.pad);
  await mkdir(dirname(pad), { recursive: true });
  await writeFile(pad, actie.tekst, { flag: 'wx' });
  console.log(`Gemaakt: ${relative(process.cwd(), pad)}. Draai nu npm run check:content en stuur je wijziging in.`);
  return 0;
}

process.exitCode = await main();
