/** The validation result as text for editors (Dutch) and as a summary line. */
import { COLLECTIES } from '../../schema/collections.ts';
import type { Probleem, Rapport } from './types.ts';

const meervoud = (n: number, een: string, meer: string) => `${n} ${n === 1 ? een : meer}`;

/** "3 problemen in 2 bestanden; 245 bestanden zijn in orde." (plus warnings, if any). */
export function formatSamenvatting(rapport: Rapport): string {
  const inOrde = `${meervoud(rapport.bestandenInOrde, 'bestand', 'bestanden')} ${rapport.bestandenInOrde === 1 ? 'is' : 'zijn'} in orde`;
  const hoofd =
    rapport.fouten === 0
      ? `Geen problemen: ${meervoud(rapport.aantalBestanden, 'bestand', 'bestanden')} gecontroleerd, alles is in orde.`
      : `${meervoud(rapport.fouten, 'probleem', 'problemen')} in ${meervoud(rapport.bestandenMetFouten, 'bestand', 'bestanden')}; ${inOrde}.`;
  if (rapport.waarschuwingen === 0) return hoofd;
  return `${hoofd} Daarnaast ${meervoud(rapport.waarschuwingen, 'waarschuwing', 'waarschuwingen')}: geen fout, maar kijk er wel naar.`;
}

/** "Per map: gemeenten 4, kernen 60, ...". */
export function formatTelling(rapport: Rapport): string {
  return `Gevonden per map: ${COLLECTIES.map((c) => `${c} ${rapport.perCollectie[c]}`).join(', ')}.`;
}

function regelTekst(p: Probleem): string {
  const plek = [p.regel !== undefined ? `regel ${p.regel}` : '', p.veld ? `veld '${p.veld}'` : '']
    .filter(Boolean)
    .join(', ');
  const prefix = p.ernst === 'waarschuwing' ? 'Let op: ' : '';
  return `  ${plek ? `${plek}: ` : ''}${prefix}${p.bericht}`;
}

/** The full report: problems grouped by file, then the summary and the counts. */
export function formatRapport(rapport: Rapport): string {
  const blokken: string[] = [];
  let huidig: string | undefined;
  let blok: string[] = [];
  for (const p of rapport.problemen) {
    if (p.bestand !== huidig) {
      if (blok.length > 0) blokken.push(blok.join('\n'));
      huidig = p.bestand;
      blok = [p.bestand];
    }
    blok.push(regelTekst(p));
  }
  if (blok.length > 0) blokken.push(blok.join('\n'));
  return [...blokken, formatSamenvatting(rapport), formatTelling(rapport)].join('\n\n');
}

/** What a build says when the content has errors: the full report, headed by what to do. */
export function formatBouwRapport(rapport: Rapport, map: string): string {
  return `De inhoud in ${map}/ heeft problemen. Los ze op en probeer het opnieuw.\n\n${formatRapport(rapport)}`;
}

/** The one line a build prints about the content: the summary, and where the full list is. */
export function formatBouwSamenvatting(rapport: Rapport): string {
  if (rapport.fouten > 0)
    return `${formatSamenvatting(rapport)} Zie de lijst hierboven, of draai npm run check:content.`;
  // Warnings do not stop a build; keep the build log short and point to the full list.
  const meer = rapport.waarschuwingen > 0 ? ' Draai npm run check:content voor de waarschuwingen.' : '';
  return `${formatSamenvatting(rapport)}${meer}`;
}

/** What a build says when the content folder is missing. */
export function formatGeenInhoudsmap(dir: string): string {
  return `De map met inhoud bestaat niet: ${dir}. Controleer WEGWIJZER_CONTENT.`;
}
