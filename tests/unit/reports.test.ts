/** Freshness and coverage reports over the valid fixture, and the "Klopt er iets niet?" links. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { githubMeldUrl, mailMeldUrl } from '../../src/lib/editing/report-link.ts';
import { dekkingCsv, dekkingRapport } from '../../src/lib/reports/coverage.ts';
import { naarRapportEntries } from '../../src/lib/reports/entries.ts';
import { versheidCsv, versheidMarkdown, versheidRapport } from '../../src/lib/reports/freshness.ts';
import { DOELGROEPEN, THEMAS } from '../../src/lib/vocabulary.ts';
import { VALID_FIXTURE, loadContent } from '../support/load-content.ts';

const invoer = await loadContent(VALID_FIXTURE);
const entries = naarRapportEntries(invoer);
const vocab = { themas: Object.keys(THEMAS), doelgroepen: Object.keys(DOELGROEPEN) };

describe('report entries', () => {
  it('place an activity in the kern and gemeente of its location', () => {
    const a = entries.find((e) => e.collectie === 'activiteiten')!;
    expect(a).toMatchObject({ kernen: ['julianadorp'], gemeenten: ['den-helder'], regio: false });
  });

  it('mark a regional offer as regio and for every gemeente', () => {
    const i = entries.find((e) => e.collectie === 'informatie')!;
    expect(i.regio).toBe(true);
    expect(i.gemeenten).toEqual(['den-helder']);
  });
});

describe('the freshness report', () => {
  it('lists nothing when everything was checked recently', () => {
    const r = versheidRapport(entries, '2026-12-01');
    expect(r.verouderd).toBe(0);
    expect(versheidMarkdown(r)).toContain(`Alles is op tijd gecontroleerd: ${entries.length} onderdelen.`);
  });

  it('groups stale entries by owner and kern a year later', () => {
    const r = versheidRapport(entries, '2027-11-01', (id) => (id === 'julianadorp' ? 'Julianadorp' : id));
    expect(r.verouderd).toBe(entries.length);
    expect(r.perEigenaar.map((g) => [g.eigenaar, g.aantal])).toEqual([
      ['Gemeente Den Helder', 1],
      ['Redactie De Wegwijzer', 4],
      ['Welzijn Den Helder (voorbeeld)', 3],
    ]);
    const kernen = r.perEigenaar[2]!.perKern.map((k) => k.kern);
    expect(kernen).toContain('Julianadorp');
    const csv = versheidCsv(r).trim().split('\n');
    expect(csv[0]).toBe('eigenaar,kern,collectie,id,naam,gecontroleerd,controle_voor,dagen_te_laat');
    expect(csv).toHaveLength(entries.length + 1);
  });

  it('counts only entries past their own interval', () => {
    // Activities (6 months) are stale on 2027-05-01; kernen and gemeenten (12 months) not yet.
    const r = versheidRapport(entries, '2027-05-01');
    const collecties = new Set(
      r.perEigenaar.flatMap((g) => g.perKern.flatMap((k) => k.entries.map((e) => e.collectie))),
    );
    expect(collecties.has('activiteiten')).toBe(true);
    expect(collecties.has('kernen')).toBe(false);
  });
});

describe('the coverage report', () => {
  const r = dekkingRapport(invoer, entries, '2026-12-01', vocab);

  it('finds the kern without a meeting place', () => {
    expect(r.kernen.filter((k) => !k.ontmoetingsplek).map((k) => k.kern)).toEqual(['huisduinen']);
    expect(r.totaal.kernenZonderOntmoetingsplek).toBe(1);
  });

  it('lists topics without a local offer per kern, ignoring regional offers', () => {
    const julianadorp = r.kernen.find((k) => k.kern === 'julianadorp')!;
    expect(julianadorp.themaZonder).not.toContain('ontmoeten');
    expect(julianadorp.themaZonder).toContain('geld');
    expect(r.themaGaten.find((g) => g.thema === 'geld')?.kernen).toBe(2);
  });

  it('gives the share checked in time per gemeente', () => {
    expect(r.gemeenten).toEqual([
      expect.objectContaining({ gemeente: 'den-helder', kernen: 2, kernenZonderOntmoetingsplek: 1, aandeelOpTijd: 1 }),
    ]);
    const later = dekkingRapport(invoer, entries, '2027-06-01', vocab);
    expect(later.totaal.aandeelOpTijd).toBeLessThan(1);
  });

  it('writes one CSV row per kern', () => {
    expect(dekkingCsv(r).trim().split('\n')).toHaveLength(1 + r.kernen.length);
  });
});

describe('"Klopt er iets niet?" links', () => {
  const onderdeel = {
    collectie: 'activiteiten',
    id: 'koffie',
    naam: 'Koffie & thee',
    url: 'https://x.example/activiteiten/koffie/',
  };

  it('open the issue form pre-filled with the entry', () => {
    const url = new URL(githubMeldUrl('https://github.com/o/r/', onderdeel));
    expect(url.pathname).toBe('/o/r/issues/new');
    expect(url.searchParams.get('template')).toBe('er-klopt-iets-niet.yml');
    expect(url.searchParams.get('title')).toBe('Klopt niet: Koffie & thee');
    expect(url.searchParams.get('pagina')).toBe(onderdeel.url);
  });

  it('fall back to an e-mail with the page in the body', () => {
    const mail = mailMeldUrl('wegwijzer@example.org', onderdeel);
    expect(mail.startsWith('mailto:wegwijzer@example.org?subject=')).toBe(true);
    expect(decodeURIComponent(mail)).toContain(`Pagina: ${onderdeel.url}`);
    expect(mail).not.toContain('+');
  });

  it('fill fields that exist in the issue form', () => {
    const form = parse(readFileSync('.github/ISSUE_TEMPLATE/er-klopt-iets-niet.yml', 'utf8')) as {
      body: { id?: string }[];
    };
    const ids = form.body.map((b) => b.id).filter(Boolean);
    const url = new URL(githubMeldUrl('https://github.com/o/r', onderdeel));
    for (const key of url.searchParams.keys()) if (key !== 'template' && key !== 'title') expect(ids).toContain(key);
  });
});
