/**
 * Coverage for the programme team ("meten is weten"), from the content alone and in aggregate:
 * which kernen lack a meeting place, which lack any local offer for a topic or target group,
 * and per gemeente the share of entries checked in time. Shared by `npm run report:coverage`
 * and the page /dekking/.
 *
 * "Local offer" for a kern: an activity at a location in the kern, or a service or information
 * product with the kern in its werkgebied or at a location there. Offers for a whole gemeente
 * or the region are counted separately (`ookGemeenteBreed`), so a gap stays visible.
 */
import { isVerouderd } from '../freshness.ts';
import type { RapportEntry, RapportInvoer } from './entries.ts';

export interface KernDekking {
  kern: string;
  naam: string;
  gemeente: string;
  ontmoetingsplek: boolean;
  /** Local offers (activities, services, information) in or for this kern. */
  aanbod: number;
  themaZonder: string[];
  doelgroepZonder: string[];
}

export interface GemeenteDekking {
  gemeente: string;
  naam: string;
  kernen: number;
  kernenZonderOntmoetingsplek: number;
  entries: number;
  opTijd: number;
  /** Share checked in time, 0..1 (1 when there are no entries). */
  aandeelOpTijd: number;
}

export interface DekkingRapport {
  peildatum: string;
  kernen: KernDekking[];
  gemeenten: GemeenteDekking[];
  /** Per topic: kernen without a local offer. */
  themaGaten: { thema: string; kernen: number }[];
  doelgroepGaten: { doelgroep: string; kernen: number }[];
  totaal: {
    kernen: number;
    kernenZonderOntmoetingsplek: number;
    entries: number;
    opTijd: number;
    aandeelOpTijd: number;
  };
}

const OFFER = new Set(['activiteiten', 'diensten', 'informatie']);

export function dekkingRapport(
  invoer: RapportInvoer,
  entries: readonly RapportEntry[],
  peildatum: string,
  vocab: { themas: readonly string[]; doelgroepen: readonly string[] },
): DekkingRapport {
  const idVan = (r: string | { id: string }) => (typeof r === 'string' ? r : r.id);
  const metPlek = new Set(
    invoer.locaties.filter((l) => l.data.ontmoetingsplek || l.data.huis_van_de_kern).map((l) => idVan(l.data.kern)),
  );
  const aanbod = entries.filter((e) => OFFER.has(e.collectie));
  const kernen: KernDekking[] = invoer.kernen
    .map((k) => {
      const lokaal = aanbod.filter((e) => e.kernen.includes(k.id));
      const themas = new Set(lokaal.flatMap((e) => e.thema));
      const doelgroepen = new Set(lokaal.flatMap((e) => e.doelgroep));
      // An offer "voor iedereen" serves every target group.
      const iedereen = doelgroepen.has('iedereen');
      return {
        kern: k.id,
        naam: k.data.naam,
        gemeente: idVan(k.data.gemeente),
        ontmoetingsplek: metPlek.has(k.id),
        aanbod: lokaal.length,
        themaZonder: vocab.themas.filter((t) => !themas.has(t)),
        doelgroepZonder: iedereen ? [] : vocab.doelgroepen.filter((d) => !doelgroepen.has(d)),
      };
    })
    .sort((a, b) => a.naam.localeCompare(b.naam, 'nl'));

  const aandeel = (opTijd: number, n: number) => (n === 0 ? 1 : opTijd / n);
  const opTijd = (lijst: readonly RapportEntry[]) =>
    lijst.filter((e) => !isVerouderd(e.collectie, e.gecontroleerd, peildatum)).length;
  const gemeenten = invoer.gemeenten
    .map((g) => {
      const eigen = entries.filter((e) => !e.regio && e.gemeenten.includes(g.id));
      const ks = kernen.filter((k) => k.gemeente === g.id);
      const t = opTijd(eigen);
      return {
        gemeente: g.id,
        naam: g.data.naam,
        kernen: ks.length,
        kernenZonderOntmoetingsplek: ks.filter((k) => !k.ontmoetingsplek).length,
        entries: eigen.length,
        opTijd: t,
        aandeelOpTijd: aandeel(t, eigen.length),
      };
    })
    .sort((a, b) => a.naam.localeCompare(b.naam, 'nl'));

  const t = opTijd(entries);
  return {
    peildatum,
    kernen,
    gemeenten,
    themaGaten: vocab.themas.map((thema) => ({
      thema,
      kernen: kernen.filter((k) => k.themaZonder.includes(thema)).length,
    })),
    doelgroepGaten: vocab.doelgroepen.map((doelgroep) => ({
      doelgroep,
      kernen: kernen.filter((k) => k.doelgroepZonder.includes(doelgroep)).length,
    })),
    totaal: {
      kernen: kernen.length,
      kernenZonderOntmoetingsplek: kernen.filter((k) => !k.ontmoetingsplek).length,
      entries: entries.length,
      opTijd: t,
      aandeelOpTijd: aandeel(t, entries.length),
    },
  };
}

const pct = (x: number) => `${Math.round(x * 100)}%`;

/** The coverage report as Markdown, with labels from `label`. */
export function dekkingMarkdown(
  r: DekkingRapport,
  label: (soort: 'thema' | 'doelgroep', id: string) => string,
): string {
  const regels = [
    `# Dekking van De Wegwijzer (peildatum ${r.peildatum})`,
    '',
    `- Kernen en wijken: ${r.totaal.kernen}, waarvan ${r.totaal.kernenZonderOntmoetingsplek} zonder ontmoetingsplek.`,
    `- Op tijd gecontroleerd: ${r.totaal.opTijd} van ${r.totaal.entries} onderdelen (${pct(r.totaal.aandeelOpTijd)}).`,
    '',
    '## Per gemeente',
    '',
    '| gemeente | kernen | zonder ontmoetingsplek | onderdelen | op tijd gecontroleerd |',
    '| --- | --- | --- | --- | --- |',
    ...r.gemeenten.map(
      (g) =>
        `| ${g.naam} | ${g.kernen} | ${g.kernenZonderOntmoetingsplek} | ${g.entries} | ${g.opTijd} (${pct(g.aandeelOpTijd)}) |`,
    ),
    '',
    '## Kernen zonder ontmoetingsplek',
    '',
    ...r.kernen
      .filter((k) => !k.ontmoetingsplek)
      .map((k) => `- ${k.naam} (${r.gemeenten.find((g) => g.gemeente === k.gemeente)?.naam ?? k.gemeente})`),
    '',
    '## Kernen zonder eigen aanbod, per thema',
    '',
    '| thema | kernen zonder aanbod |',
    '| --- | --- |',
    ...r.themaGaten.map((g) => `| ${label('thema', g.thema)} | ${g.kernen} |`),
    '',
    '## Kernen zonder eigen aanbod, per doelgroep',
    '',
    '| doelgroep | kernen zonder aanbod |',
    '| --- | --- |',
    ...r.doelgroepGaten.map((g) => `| ${label('doelgroep', g.doelgroep)} | ${g.kernen} |`),
    '',
  ];
  return regels.join('\n');
}

export function dekkingCsv(r: DekkingRapport): string {
  const rijen = [
    ['kern', 'naam', 'gemeente', 'ontmoetingsplek', 'aanbod', 'thema_zonder_aanbod', 'doelgroep_zonder_aanbod'],
    ...r.kernen.map((k) => [
      k.kern,
      k.naam,
      k.gemeente,
      k.ontmoetingsplek ? 'ja' : 'nee',
      String(k.aanbod),
      k.themaZonder.join(' '),
      k.doelgroepZonder.join(' '),
    ]),
  ];
  return (
    rijen.map((rij) => rij.map((v) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v)).join(',')).join('\n') +
    '\n'
  );
}
