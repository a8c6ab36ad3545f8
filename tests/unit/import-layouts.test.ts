/**
 * The spreadsheet layouts for diensten, organisaties and informatie with bad input: a wrong
 * column, an unknown organisation (with a suggestion), Dutch dates, a missing service area.
 * Plus: every template in docs/import/ has exactly its layout's columns, and new entries land in
 * the folder of their gemeente.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { leesBestand } from '../../src/lib/import/entry-file.ts';
import { leesCsv } from '../../src/lib/import/csv.ts';
import { IMPORT_COLLECTIES, LAYOUTS, type ImportCollectie } from '../../src/lib/import/layouts.ts';
import { mapVoorNieuw } from '../../src/lib/import/map.ts';
import { controleerKolommen, planImport, type ImportContext } from '../../src/lib/import/plan.ts';

const bytes = (tekst: string) => new TextEncoder().encode(tekst);

const GELDIG: Record<'diensten' | 'organisaties' | 'informatie', Record<string, string>> = {
  diensten: {
    naam: 'Hulp bij geldzaken',
    samenvatting: 'Samen je post en je geld op orde brengen.',
    thema: 'geld',
    doelgroep: 'iedereen',
    organisatie: 'welzijn-den-helder',
    gemeenten: 'den-helder',
    kanalen: 'telefoon, aan-huis',
    toegang: 'zelf-bellen',
    kosten: 'gratis',
    eigenaar: 'Welzijn Den Helder',
    bron: 'Dienstenlijst',
    beschrijving: 'Een vrijwilliger komt bij je thuis.',
  },
  organisaties: {
    naam: 'Vrijwilligers Julianadorp',
    soort: 'vrijwilligers',
    samenvatting: 'Vrijwilligers die helpen in Julianadorp.',
    telefoon: '0223 – 12 34 56',
    gemeenten: 'den-helder',
    eigenaar: 'Vrijwilligers Julianadorp',
    bron: 'Ledenlijst',
    beschrijving: 'Wij helpen buren met kleine klussen.',
  },
  informatie: {
    naam: 'Webinar: grip op je geld',
    samenvatting: 'Een uur lang tips om rond te komen.',
    thema: 'geld',
    doelgroep: 'iedereen',
    soort: 'webinar',
    organisatie: 'welzijn-den-helder',
    regio: 'ja',
    van: '3-4-2026',
    link: 'https://www.voorbeeld.nl/webinar',
    eigenaar: 'Welzijn Den Helder',
    bron: 'Programma',
    beschrijving: 'Je kijkt thuis mee en kunt vragen stellen.',
  },
};

/** A semicolon CSV with the layout's columns and one row per given set of cells. */
function csv(collectie: keyof typeof GELDIG, ...rijen: Partial<Record<string, string>>[]): string {
  const kolommen = LAYOUTS[collectie].map((k) => k.naam);
  const regels = rijen.map((r) => kolommen.map((k) => ({ ...GELDIG[collectie], ...r })[k] ?? '').join(';'));
  return [kolommen.join(';'), ...regels].join('\n');
}

function context(collectie: ImportCollectie): ImportContext {
  return {
    collectie,
    bestaande: new Map(),
    ids: {
      gemeenten: new Set(['den-helder', 'texel']),
      kernen: new Set(['julianadorp', 'den-burg']),
      locaties: new Set(['buurtkamer-julianadorp']),
      organisaties: new Set(['welzijn-den-helder']),
    },
    mapVoor: () => collectie,
    state: { versie: 1, entries: {} },
    vandaag: '2026-11-20',
  };
}

const plan = (collectie: keyof typeof GELDIG, ...rijen: Partial<Record<string, string>>[]) =>
  planImport(leesCsv(bytes(csv(collectie, ...rijen))).rijen, context(collectie));

describe('every import template', () => {
  it('has a layout for the five collections editors add to, not for reference data', () => {
    expect([...IMPORT_COLLECTIES].sort()).toEqual([
      'activiteiten',
      'diensten',
      'informatie',
      'locaties',
      'organisaties',
    ]);
  });

  for (const c of IMPORT_COLLECTIES) {
    it(`docs/import/${c}.csv has exactly the columns of its layout`, () => {
      const kop = readFileSync(`docs/import/${c}.csv`, 'utf8').split('\n')[0]!.split(';');
      expect(kop).toEqual(LAYOUTS[c].map((k) => k.naam));
    });
  }
});

describe('diensten', () => {
  it('turns a valid row into a valid service with lists and a service area', () => {
    const p = plan('diensten', {});
    expect(p.afgewezen).toEqual([]);
    const data = leesBestand(p.acties[0]!.tekst)!.data;
    expect(data).toMatchObject({
      kanalen: ['telefoon', 'aan-huis'],
      werkgebied: { gemeenten: ['den-helder'] },
      kosten: { soort: 'gratis' },
      gecontroleerd: '2026-11-20',
    });
  });

  it('names a misspelt column with a suggestion', () => {
    const r = controleerKolommen('diensten', [...LAYOUTS.diensten.map((k) => k.naam), 'kanaal']);
    expect(r.berichten).toEqual([expect.stringContaining("De kolom 'kanaal' kennen we niet. Bedoel je 'kanalen'?")]);
  });

  it('rejects an unknown organisation with a suggestion, and keeps the valid row', () => {
    const p = plan('diensten', { naam: 'Geldhulp één' }, { naam: 'Geldhulp twee', organisatie: 'welzijn-denhelder' });
    expect(p.acties.map((a) => a.id)).toEqual(['geldhulp-een']);
    expect(p.afgewezen).toEqual([
      {
        rij: 3,
        kolom: 'organisatie',
        bericht: "'welzijn-denhelder' staat niet in organisaties. Bedoel je 'welzijn-den-helder'?",
      },
    ]);
  });

  it('rejects a row without a service area, pointing at the regio column', () => {
    const p = plan('diensten', { gemeenten: '' });
    expect(p.acties).toEqual([]);
    expect(p.afgewezen[0]).toMatchObject({ rij: 2, kolom: 'regio' });
  });

  it('reads gecontroleerd written as 3-4-2026', () => {
    const p = plan('diensten', { gecontroleerd: '3-4-2026' });
    expect(leesBestand(p.acties[0]!.tekst)!.data.gecontroleerd).toBe('2026-04-03');
  });
});

describe('organisaties', () => {
  it('turns a valid row into a valid organisation', () => {
    const p = plan('organisaties', {});
    expect(p.afgewezen).toEqual([]);
    expect(leesBestand(p.acties[0]!.tekst)!.data).toMatchObject({
      soort: 'vrijwilligers',
      contact: { telefoon: '0223 – 12 34 56' },
      gemeenten: ['den-helder'],
    });
  });

  it('names a misspelt column with a suggestion', () => {
    const r = controleerKolommen('organisaties', ['naam', 'soort', 'samenvatting', 'eigenaar', 'bron', 'beschrijvng']);
    expect(r.berichten.join('\n')).toContain("De kolom 'beschrijvng' kennen we niet. Bedoel je 'beschrijving'?");
    expect(r.ontbrekend).toEqual(['beschrijving']);
  });

  it('rejects an unknown gemeente with a suggestion and a row without any contact', () => {
    const p = plan('organisaties', { gemeenten: 'den-heldr' }, { naam: 'Zonder contact', telefoon: '' });
    expect(p.acties).toEqual([]);
    expect(p.afgewezen).toEqual([
      { rij: 2, kolom: 'gemeenten', bericht: "'den-heldr' staat niet in gemeenten. Bedoel je 'den-helder'?" },
      expect.objectContaining({ rij: 3, kolom: 'telefoon' }),
    ]);
  });

  it('explains a gecontroleerd date that does not exist', () => {
    const p = plan('organisaties', { gecontroleerd: '31-4-2026' });
    expect(p.afgewezen).toEqual([
      { rij: 2, kolom: 'gecontroleerd', bericht: "'31-4-2026' bestaat niet. Controleer de dag en de maand." },
    ]);
  });
});

describe('informatie', () => {
  it('reads van written as 3-4-2026 and regio ja', () => {
    const p = plan('informatie', {});
    expect(p.afgewezen).toEqual([]);
    expect(leesBestand(p.acties[0]!.tekst)!.data).toMatchObject({ van: '2026-04-03', werkgebied: { regio: true } });
  });

  it('names a misspelt column with a suggestion', () => {
    const r = controleerKolommen('informatie', [...LAYOUTS.informatie.map((k) => k.naam), 'lnk']);
    expect(r.berichten.join('\n')).toContain("De kolom 'lnk' kennen we niet. Bedoel je 'link'?");
  });

  it('rejects an unknown organisation with a suggestion', () => {
    const p = plan('informatie', { organisatie: 'welzijn-den-heldr' });
    expect(p.afgewezen).toEqual([
      {
        rij: 2,
        kolom: 'organisatie',
        bericht: "'welzijn-den-heldr' staat niet in organisaties. Bedoel je 'welzijn-den-helder'?",
      },
    ]);
  });

  it('rejects an end date before the start date and a start date that is not a date', () => {
    const p = plan('informatie', { naam: 'Flyer één', tot: '1-3-2026' }, { naam: 'Flyer twee', van: 'volgend jaar' });
    expect(p.acties).toEqual([]);
    expect(p.afgewezen).toEqual([
      expect.objectContaining({ rij: 2, kolom: 'tot' }),
      { rij: 3, kolom: 'van', bericht: "'volgend jaar' is geen datum. Schrijf bijvoorbeeld 3-4-2026 of 2026-04-03." },
    ]);
  });
});

describe('the folder of a new entry', () => {
  const ligging = {
    gemeenteVanKern: new Map([
      ['julianadorp', 'den-helder'],
      ['den-burg', 'texel'],
    ]),
    kernVanLocatie: new Map([['buurtkamer-julianadorp', 'julianadorp']]),
  };

  it('is the gemeente of the kern, the location or the one gemeente served', () => {
    expect(mapVoorNieuw('locaties', { kern: 'den-burg' }, ligging)).toBe('locaties/texel');
    expect(mapVoorNieuw('activiteiten', { locatie: 'buurtkamer-julianadorp' }, ligging)).toBe(
      'activiteiten/den-helder',
    );
    expect(mapVoorNieuw('diensten', { werkgebied: { kernen: ['julianadorp'] } }, ligging)).toBe('diensten/den-helder');
    expect(mapVoorNieuw('informatie', { werkgebied: { gemeenten: ['texel'] } }, ligging)).toBe('informatie/texel');
  });

  it('is regio for the whole region or several gemeenten, and flat for organisations', () => {
    expect(mapVoorNieuw('diensten', { werkgebied: { regio: true } }, ligging)).toBe('diensten/regio');
    expect(mapVoorNieuw('informatie', { werkgebied: { kernen: ['julianadorp', 'den-burg'] } }, ligging)).toBe(
      'informatie/regio',
    );
    expect(mapVoorNieuw('organisaties', { gemeenten: ['texel'] }, ligging)).toBe('organisaties');
    expect(mapVoorNieuw('locaties', { kern: 'onbekend' }, ligging)).toBe('locaties');
  });
});
