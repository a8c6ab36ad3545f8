/**
 * Sorts the files of a content folder into entries (markdown files in a collection folder) and
 * everything else, with a message for every file the site would not show: nothing is skipped
 * without saying so.
 */
import { COLLECTIES, type CollectieNaam } from '../../schema/collections.ts';
import { idFromPath } from '../../schema/ids.ts';
import { ID_PATROON } from '../../schema/pieces.ts';
import { closeMatches, toId } from './suggest.ts';
import type { Ernst } from './types.ts';

export interface EntryBestand {
  pad: string;
  collectie: CollectieNaam;
  id: string;
}

export interface BestandsProbleem {
  pad: string;
  ernst: Ernst;
  soort: string;
  bericht: string;
}

export interface Indeling {
  entries: EntryBestand[];
  problemen: BestandsProbleem[];
}

/** Files that may sit in the content folder without being an entry. */
const STIL = new Set(['.gitkeep']);
const ROOT_TOEGESTAAN = new Set(['README.md']);
// Files meant as entries but with another extension: the site would skip them, so that is an error.
const LIJKT_MARKDOWN = /\.(md|markdown|mdx|mdown)$/i;

function isCollectie(name: string): name is CollectieNaam {
  return (COLLECTIES as readonly string[]).includes(name);
}

/** Decides for each path (relative to the content folder) whether it is an entry. */
export function deelIn(paden: readonly string[]): Indeling {
  const entries: EntryBestand[] = [];
  const problemen: BestandsProbleem[] = [];
  const fout = (pad: string, soort: string, bericht: string) => problemen.push({ pad, ernst: 'fout', soort, bericht });
  const let_op = (pad: string, soort: string, bericht: string) =>
    problemen.push({ pad, ernst: 'waarschuwing', soort, bericht });

  for (const pad of paden) {
    const delen = pad.split('/');
    const naam = delen.at(-1) ?? pad;
    if (STIL.has(naam)) continue;
    if (delen.length === 1 && ROOT_TOEGESTAAN.has(naam)) continue;
    const isMd = naam.endsWith('.md');

    if (delen.some((d) => d.startsWith('.'))) {
      const ernst = isMd ? fout : let_op;
      ernst(
        pad,
        'verborgen-bestand',
        'Dit bestand of deze map begint met een punt. Zulke bestanden worden overgeslagen. Haal de punt weg als het op de site hoort, of verwijder het.',
      );
      continue;
    }
    const [map] = delen;
    if (delen.length === 1) {
      const ernst = isMd ? fout : let_op;
      ernst(
        pad,
        'buiten-collectie',
        `Dit bestand staat los in de map met inhoud en komt niet op de site. Zet het in een van deze mappen: ${COLLECTIES.join(', ')}.`,
      );
      continue;
    }
    if (map === undefined || !isCollectie(map)) {
      const bedoel = closeMatches(map ?? '', COLLECTIES, 1);
      const vraag = bedoel.length > 0 ? ` Bedoel je '${bedoel[0]}'?` : '';
      const ernst = isMd || LIJKT_MARKDOWN.test(naam) ? fout : let_op;
      ernst(
        pad,
        'onbekende-map',
        `De map '${map}' hoort niet bij de inhoud van de Wegwijzer, dus dit bestand komt niet op de site.${vraag} Mappen die kunnen: ${COLLECTIES.join(', ')}.`,
      );
      continue;
    }
    if (!isMd) {
      if (LIJKT_MARKDOWN.test(naam)) {
        fout(
          pad,
          'verkeerde-extensie',
          `Dit bestand eindigt niet op .md en komt daarom niet op de site. Noem het ${naam.replace(/\.[^.]+$/, '')}.md.`,
        );
      } else {
        let_op(
          pad,
          'geen-markdown',
          'Dit is geen .md-bestand, dus de Wegwijzer gebruikt het niet. Hoort het hier niet? Verwijder het dan. Afbeeldingen horen niet in deze map.',
        );
      }
      continue;
    }
    const id = idFromPath(pad);
    if (!ID_PATROON.test(id)) {
      const beter = toId(id) || 'naam-van-het-aanbod';
      fout(
        pad,
        'ongeldige-bestandsnaam',
        `De bestandsnaam '${naam}' kan niet: gebruik alleen kleine letters, cijfers en streepjes (geen spaties, hoofdletters of andere tekens). Noem het bestand bijvoorbeeld ${beter}.md.`,
      );
    }
    entries.push({ pad, collectie: map, id });
  }
  return { entries, problemen };
}
