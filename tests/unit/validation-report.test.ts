/** The Dutch report and the checks across entries (duplicates, references) on small in-memory trees. */
import { describe, expect, it } from 'vitest';
import { formatRapport, formatSamenvatting, validateContent, type Rapport } from '../../src/lib/validation/index.ts';

const gemeente = `---
naam: Den Helder
cbs_code: "0400"
website: https://www.denhelder.nl
loket:
  naam: Sociaal Wijkteam
  uitleg: Het wijkteam denkt met je mee.
  contact: { telefoon: "14 0223" }
gecontroleerd: 2026-11-01
eigenaar: Redactie
bron: Test
---
`;

const kern = (naam: string, gemeenteId: string) => `---
naam: ${naam}
gemeente: ${gemeenteId}
soort: woonkern
ligging: { lat: 52.9, lon: 4.73 }
intro: Een dorp om te testen, met genoeg tekst.
gecontroleerd: 2026-11-01
eigenaar: Redactie
bron: Test
---
`;

const leeg: Omit<Rapport, 'problemen'> = {
  aantalBestanden: 0,
  perCollectie: { gemeenten: 0, kernen: 0, locaties: 0, organisaties: 0, activiteiten: 0, diensten: 0, informatie: 0 },
  fouten: 0,
  waarschuwingen: 0,
  bestandenMetFouten: 0,
  bestandenInOrde: 0,
};

describe('checks across entries', () => {
  it('two ids that differ only in capitals are reported as the same id', () => {
    const rapport = validateContent([
      { pad: 'gemeenten/den-helder.md', inhoud: gemeente },
      { pad: 'kernen/julianadorp.md', inhoud: kern('Julianadorp', 'den-helder') },
      { pad: 'kernen/oud/Julianadorp.md', inhoud: kern('Julianadorp', 'den-helder') },
    ]);
    expect(rapport.problemen.filter((p) => p.soort === 'dubbel-id').map((p) => p.bestand)).toEqual([
      'content/kernen/julianadorp.md',
      'content/kernen/oud/Julianadorp.md',
    ]);
  });

  it('a reference to an entry of another collection says what it is', () => {
    const rapport = validateContent([
      { pad: 'gemeenten/den-helder.md', inhoud: gemeente },
      { pad: 'kernen/julianadorp.md', inhoud: kern('Julianadorp', 'den-helder') },
      { pad: 'kernen/huisduinen.md', inhoud: kern('Huisduinen', 'julianadorp') },
    ]);
    expect(rapport.problemen).toHaveLength(1);
    const [p] = rapport.problemen;
    expect(p).toMatchObject({
      soort: 'verwijzing-onbekend',
      veld: 'gemeente',
      regel: 3,
      bestand: 'content/kernen/huisduinen.md',
    });
    expect(p?.bericht).toContain("Er is geen gemeente met de naam 'julianadorp' (in de map gemeenten).");
    expect(p?.bericht).toContain("'julianadorp' is een kern of wijk, geen gemeente.");
  });

  it('a broken reference is reported together with the other problems of the same entry', () => {
    const rapport = validateContent([
      { pad: 'gemeenten/den-helder.md', inhoud: gemeente },
      {
        pad: 'kernen/julianadorp.md',
        inhoud: kern('Julianadorp', 'den-heldr').replace('soort: woonkern', 'soort: dorp'),
      },
    ]);
    expect(rapport.problemen.map((p) => p.soort).sort()).toEqual(['ongeldige-keuze', 'verwijzing-onbekend']);
  });

  it('a number written without quotes where text belongs asks for quotes', () => {
    const rapport = validateContent([
      { pad: 'gemeenten/den-helder.md', inhoud: gemeente.replace('cbs_code: "0400"', 'cbs_code: 0400') },
    ]);
    expect(rapport.problemen).toHaveLength(1);
    expect(rapport.problemen[0]).toMatchObject({ soort: 'verkeerd-type', veld: 'cbs_code', regel: 3 });
    expect(rapport.problemen[0]?.bericht).toContain('Zet de waarde tussen aanhalingstekens');
  });

  it('a file without frontmatter gets one clear message instead of a list of missing fields', () => {
    const rapport = validateContent([{ pad: 'gemeenten/texel.md', inhoud: 'Texel is een eiland.\n' }]);
    expect(rapport.problemen).toHaveLength(1);
    expect(rapport.problemen[0]).toMatchObject({ soort: 'geen-gegevens', regel: 1 });
  });
});

describe('the report', () => {
  it('sums up problems and files that are fine in Dutch, with singular and plural', () => {
    expect(
      formatSamenvatting({
        ...leeg,
        problemen: [],
        fouten: 3,
        bestandenMetFouten: 2,
        bestandenInOrde: 245,
        aantalBestanden: 247,
      }),
    ).toBe('3 problemen in 2 bestanden; 245 bestanden zijn in orde.');
    expect(
      formatSamenvatting({
        ...leeg,
        problemen: [],
        fouten: 1,
        bestandenMetFouten: 1,
        bestandenInOrde: 1,
        waarschuwingen: 1,
      }),
    ).toBe(
      '1 probleem in 1 bestand; 1 bestand is in orde. Daarnaast 1 waarschuwing: geen fout, maar kijk er wel naar.',
    );
  });

  it('groups problems under their file and names line and field', () => {
    const tekst = formatRapport({
      ...leeg,
      fouten: 1,
      bestandenMetFouten: 1,
      problemen: [
        {
          ernst: 'fout',
          soort: 'ongeldige-tijd',
          bestand: 'content/activiteiten/yoga.md',
          regel: 12,
          veld: 'wanneer[0].van',
          bericht: 'Schrijf de tijd als uu:mm.',
        },
      ],
    });
    expect(tekst).toContain(
      "content/activiteiten/yoga.md\n  regel 12, veld 'wanneer[0].van': Schrijf de tijd als uu:mm.",
    );
    expect(tekst).toContain('Gevonden per map: gemeenten 0, kernen 0');
  });
});
