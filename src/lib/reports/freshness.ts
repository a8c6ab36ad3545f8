/**
 * `npm run report:freshness`: entries past their review interval, grouped by owner and kern,
 * as data (JSON for the monthly workflow), Markdown and CSV.
 */
import { controleVoor, dagenTussen, isVerouderd } from '../freshness.ts';
import type { RapportEntry } from './entries.ts';

export interface VerouderdEntry {
  collectie: string;
  id: string;
  naam: string;
  eigenaar: string;
  gecontroleerd: string;
  /** The date it should have been checked again. */
  controleVoor: string;
  dagenTeLaat: number;
  /** The kern it is in or for; "" when it is for a gemeente or the region. */
  kern: string;
}

export interface EigenaarGroep {
  eigenaar: string;
  aantal: number;
  perKern: { kern: string; entries: VerouderdEntry[] }[];
}

export interface VersheidRapport {
  peildatum: string;
  totaal: number;
  verouderd: number;
  perEigenaar: EigenaarGroep[];
}

const nl = (a: string, b: string) => a.localeCompare(b, 'nl');

/** All stale entries on `peildatum`, grouped by owner, then kern (names resolved by `kernNaam`). */
export function versheidRapport(
  entries: readonly RapportEntry[],
  peildatum: string,
  kernNaam: (id: string) => string = (id) => id,
): VersheidRapport {
  const oud: VerouderdEntry[] = entries
    .filter((e) => isVerouderd(e.collectie, e.gecontroleerd, peildatum))
    .map((e) => {
      const voor = controleVoor(e.collectie, e.gecontroleerd);
      return {
        collectie: e.collectie,
        id: e.id,
        naam: e.naam,
        eigenaar: e.eigenaar,
        gecontroleerd: e.gecontroleerd,
        controleVoor: voor,
        dagenTeLaat: dagenTussen(voor, peildatum),
        kern: e.kernen.length === 1 ? kernNaam(e.kernen[0]!) : e.kernen.map(kernNaam).join(', '),
      };
    });
  const perEigenaar = new Map<string, VerouderdEntry[]>();
  for (const e of oud) perEigenaar.set(e.eigenaar, [...(perEigenaar.get(e.eigenaar) ?? []), e]);
  return {
    peildatum,
    totaal: entries.length,
    verouderd: oud.length,
    perEigenaar: [...perEigenaar.entries()]
      .sort(([a], [b]) => nl(a, b))
      .map(([eigenaar, lijst]) => {
        const perKern = new Map<string, VerouderdEntry[]>();
        for (const e of lijst) perKern.set(e.kern, [...(perKern.get(e.kern) ?? []), e]);
        return {
          eigenaar,
          aantal: lijst.length,
          perKern: [...perKern.entries()]
            .sort(([a], [b]) => nl(a, b))
            .map(([kern, es]) => ({ kern, entries: es.sort((x, y) => nl(x.naam, y.naam)) })),
        };
      }),
  };
}

/** The Markdown body for one owner (also the text of the monthly "Controle nodig" issue). */
export function eigenaarMarkdown(groep: EigenaarGroep): string {
  const regels = [`### ${groep.eigenaar} (${groep.aantal})`, ''];
  for (const { kern, entries } of groep.perKern) {
    regels.push(`**${kern || 'Gemeente of regio'}**`, '');
    for (const e of entries)
      regels.push(
        `- [ ] ${e.naam} — \`${e.collectie}/${e.id}\` — gecontroleerd op ${e.gecontroleerd} (controle was nodig vóór ${e.controleVoor})`,
      );
    regels.push('');
  }
  return regels.join('\n');
}

export function versheidMarkdown(r: VersheidRapport): string {
  const kop = [
    `# Controle nodig (peildatum ${r.peildatum})`,
    '',
    r.verouderd === 0
      ? `Alles is op tijd gecontroleerd: ${r.totaal} onderdelen.`
      : `${r.verouderd} van de ${r.totaal} onderdelen zijn te lang niet gecontroleerd. Open het bestand, kijk of alles nog klopt en zet \`gecontroleerd\` op de datum van vandaag.`,
    '',
  ];
  return [...kop, ...r.perEigenaar.map(eigenaarMarkdown)].join('\n');
}

const csvVeld = (v: string | number) => {
  const s = String(v);
  return /[",;\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

export function versheidCsv(r: VersheidRapport): string {
  const kop = ['eigenaar', 'kern', 'collectie', 'id', 'naam', 'gecontroleerd', 'controle_voor', 'dagen_te_laat'];
  const rijen = r.perEigenaar.flatMap((g) =>
    g.perKern.flatMap(({ entries }) =>
      entries.map((e) => [
        e.eigenaar,
        e.kern,
        e.collectie,
        e.id,
        e.naam,
        e.gecontroleerd,
        e.controleVoor,
        e.dagenTeLaat,
      ]),
    ),
  );
  return [kop, ...rijen].map((rij) => rij.map(csvVeld).join(',')).join('\n') + '\n';
}
