/**
 * The spreadsheet import with bad input: wrong columns, encodings, delimiters, date formats,
 * empty rows, duplicate ids and unknown references. Each gives a clear message; valid rows are
 * kept; nothing invalid slips in. Also: importing twice changes nothing, and hand edits win.
 */
import { describe, expect, it } from 'vitest';
import { decodeer, leesCsv, scheidingsteken } from '../../src/lib/import/csv.ts';
import { leesBestand } from '../../src/lib/import/entry-file.ts';
import { leesDatum, leesTijd } from '../../src/lib/import/values.ts';
import { controleerKolommen, planImport, type ImportContext, type ImportState } from '../../src/lib/import/plan.ts';

const KOP =
  'naam;samenvatting;thema;doelgroep;locatie;organisatie;herhaling;dagen;datum;van;tot;kosten;inloop;eigenaar;bron;beschrijving';
const RIJ = (naam: string, extra: Partial<Record<string, string>> = {}) => {
  const w = {
    naam,
    samenvatting: 'Elke week samen koffie drinken.',
    thema: 'ontmoeten',
    doelgroep: 'iedereen',
    locatie: 'buurtkamer-julianadorp',
    organisatie: 'welzijn-den-helder',
    herhaling: 'wekelijks',
    dagen: 'di',
    datum: '',
    van: '9:30',
    tot: '11:30',
    kosten: 'gratis',
    inloop: 'ja',
    eigenaar: 'Welzijn Den Helder',
    bron: 'Activiteitenlijst',
    beschrijving: 'Kom gezellig langs.',
    ...extra,
  };
  return KOP.split(';')
    .map((k) => w[k as keyof typeof w] ?? '')
    .join(';');
};
const bytes = (tekst: string) => new TextEncoder().encode(tekst);

function context(
  state: ImportState = { versie: 1, entries: {} },
  bestaande = new Map<string, { pad: string; tekst: string }>(),
): ImportContext {
  return {
    collectie: 'activiteiten',
    bestaande,
    ids: {
      locaties: new Set(['buurtkamer-julianadorp']),
      organisaties: new Set(['welzijn-den-helder']),
    },
    mapVoor: () => 'activiteiten/den-helder',
    state,
    vandaag: '2026-11-20',
  };
}

describe('reading the file', () => {
  it('reads UTF-8 with a byte-order mark and drops the mark', () => {
    const r = decodeer(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes('naam\nCafé')]));
    expect(r).toEqual({ tekst: 'naam\nCafé', codering: 'utf-8-bom' });
  });

  it('falls back to Windows-1252 for an Excel export', () => {
    const r = decodeer(new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x80]));
    expect(r).toEqual({ tekst: 'Café €', codering: 'windows-1252' });
  });

  it('detects semicolon, comma and tab separated files, ignoring separators in quotes', () => {
    expect(scheidingsteken('naam;thema\n')).toBe(';');
    expect(scheidingsteken('naam,"a;b;c"\n')).toBe(',');
    expect(scheidingsteken('naam\tthema\n')).toBe('\t');
  });

  it('skips and counts empty rows and keeps the spreadsheet row numbers', () => {
    const csv = leesCsv(bytes(`${KOP}\n${RIJ('Koffie')}\n;;;;\n\n${RIJ('Thee')}\n`));
    expect(csv.legeRijen).toBe(2);
    expect(csv.rijen.map((r) => r.rij)).toEqual([2, 5]);
    expect(csv.rijen[1]?.waarden.naam).toBe('Thee');
  });
});

describe('cell values', () => {
  it('reads Dutch and ISO dates to the same date', () => {
    expect(leesDatum('3-4-2026')).toEqual({ ok: true, waarde: '2026-04-03' });
    expect(leesDatum('2026-04-03')).toEqual({ ok: true, waarde: '2026-04-03' });
    expect(leesDatum('03/04/2026')).toEqual({ ok: true, waarde: '2026-04-03' });
  });

  it('explains a date that does not exist or is not a date', () => {
    expect(leesDatum('31-2-2026')).toMatchObject({ ok: false, bericht: expect.stringContaining('bestaat niet') });
    expect(leesDatum('volgende week')).toMatchObject({ ok: false, bericht: expect.stringContaining('3-4-2026') });
  });

  it('reads times as people type them', () => {
    expect(leesTijd('9.30')).toEqual({ ok: true, waarde: '09:30' });
    expect(leesTijd('25:00').ok).toBe(false);
  });
});

describe('columns', () => {
  it('names an unknown column with a suggestion and every missing required one', () => {
    const r = controleerKolommen('activiteiten', ['naam', 'samenvating', 'thema']);
    expect(r.berichten.join('\n')).toContain("De kolom 'samenvating' kennen we niet. Bedoel je 'samenvatting'?");
    expect(r.ontbrekend).toContain('locatie');
    expect(r.ontbrekend).not.toContain('naam');
  });
});

describe('rows', () => {
  it('turns a valid row into a valid entry file with the date from 3-4-2026', () => {
    const csv = leesCsv(
      bytes(`${KOP}\n${RIJ('Koffieochtend', { herhaling: 'eenmalig', dagen: '', datum: '3-4-2026' })}\n`),
    );
    const plan = planImport(csv.rijen, context());
    expect(plan.afgewezen).toEqual([]);
    expect(plan.acties).toHaveLength(1);
    expect(plan.acties[0]).toMatchObject({
      soort: 'nieuw',
      id: 'koffieochtend',
      pad: 'activiteiten/den-helder/koffieochtend.md',
    });
    const data = leesBestand(plan.acties[0]!.tekst)!.data;
    expect(data.wanneer).toEqual([{ herhaling: 'eenmalig', datum: '2026-04-03', van: '09:30', tot: '11:30' }]);
    expect(data.gecontroleerd).toBe('2026-11-20');
  });

  it('rejects a duplicate id, an unknown location and a bad time, and keeps the valid rows', () => {
    const csv = leesCsv(
      bytes(
        [
          KOP,
          RIJ('Koffie'),
          RIJ('Koffie'),
          RIJ('Wandelen', { locatie: 'buurtkamer-juliandorp' }),
          RIJ('Yoga', { van: 'morgen' }),
          RIJ('Thee'),
        ].join('\n'),
      ),
    );
    const plan = planImport(csv.rijen, context());
    expect(plan.acties.map((a) => a.id)).toEqual(['koffie', 'thee']);
    expect(plan.afgewezen).toEqual([
      { rij: 3, kolom: 'id', bericht: "De id 'koffie' staat ook al in rij 2. Elke rij moet een eigen id hebben." },
      {
        rij: 4,
        kolom: 'locatie',
        bericht: "'buurtkamer-juliandorp' staat niet in locaties. Bedoel je 'buurtkamer-julianadorp'?",
      },
      { rij: 5, kolom: 'van', bericht: "'morgen' is geen tijd. Schrijf bijvoorbeeld 9:30 of 14:00." },
    ]);
  });

  it('rejects a row the schema refuses, naming the column', () => {
    const csv = leesCsv(bytes(`${KOP}\n${RIJ('Koffie', { kosten: 'duur' })}\n`));
    const plan = planImport(csv.rijen, context());
    expect(plan.acties).toEqual([]);
    expect(plan.afgewezen[0]).toMatchObject({ rij: 2, kolom: 'kosten' });
  });

  it('refuses to take over a hand-made file with the same id', () => {
    const csv = leesCsv(bytes(`${KOP}\n${RIJ('Koffie')}\n`));
    const plan = planImport(
      csv.rijen,
      context(undefined, new Map([['koffie', { pad: 'activiteiten/koffie.md', tekst: '---\nnaam: x\n---\n' }]])),
    );
    expect(plan.acties).toEqual([]);
    expect(plan.afgewezen[0]?.bericht).toContain('dat niet uit een import komt');
  });
});

describe('importing again', () => {
  const eerste = () => {
    const csv = leesCsv(bytes(`${KOP}\n${RIJ('Koffie')}\n`));
    const plan = planImport(csv.rijen, context());
    const actie = plan.acties[0]!;
    return { plan, bestaande: new Map([['koffie', { pad: actie.pad, tekst: actie.tekst }]]) };
  };

  it('changes nothing when the same sheet is imported twice', () => {
    const { plan, bestaande } = eerste();
    const csv = leesCsv(bytes(`${KOP}\n${RIJ('Koffie')}\n`));
    const tweede = planImport(csv.rijen, { ...context(plan.state, bestaande), vandaag: '2026-12-01' });
    expect(tweede.acties).toEqual([]);
    expect(tweede.ongewijzigd).toBe(1);
    expect(tweede.conflicten).toEqual([]);
  });

  it('updates a changed row and sets gecontroleerd to today', () => {
    const { plan, bestaande } = eerste();
    const csv = leesCsv(bytes(`${KOP}\n${RIJ('Koffie', { van: '10:00', id: 'koffie' })}\n`));
    const tweede = planImport(csv.rijen, { ...context(plan.state, bestaande), vandaag: '2026-12-01' });
    expect(tweede.acties).toHaveLength(1);
    const data = leesBestand(tweede.acties[0]!.tekst)!.data as { wanneer: { van: string }[]; gecontroleerd: string };
    expect(data.wanneer[0]!.van).toBe('10:00');
    expect(data.gecontroleerd).toBe('2026-12-01');
  });

  it('reports a field changed by hand instead of overwriting it, and still updates the others', () => {
    const { plan, bestaande } = eerste();
    const handwerk = bestaande
      .get('koffie')!
      .tekst.replace('samenvatting: Elke week samen koffie drinken.', 'samenvatting: Met de hand verbeterd.');
    const csv = leesCsv(bytes(`${KOP}\n${RIJ('Koffie', { samenvatting: 'Nieuw uit de sheet.', tot: '12:00' })}\n`));
    const tweede = planImport(csv.rijen, context(plan.state, new Map([['koffie', { pad: 'x.md', tekst: handwerk }]])));
    expect(tweede.conflicten).toEqual([expect.objectContaining({ rij: 2, veld: 'samenvatting' })]);
    const data = leesBestand(tweede.acties[0]!.tekst)!.data as { samenvatting: string; wanneer: { tot: string }[] };
    expect(data.samenvatting).toBe('Met de hand verbeterd.');
    expect(data.wanneer[0]!.tot).toBe('12:00');
  });
});
