/**
 * The validator over tests/fixtures/broken: one file per kind of problem, all reported in one
 * run, each naming the file, the line and the field in plain Dutch.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { validateContentDir, type Probleem, type Rapport } from '../../src/lib/validation/index.ts';

const MAP = 'tests/fixtures/broken';
let rapport: Rapport;

beforeAll(async () => {
  rapport = await validateContentDir(MAP, { map: MAP });
});

function problemenIn(bestand: string): Probleem[] {
  return rapport.problemen.filter((p) => p.bestand === `${MAP}/${bestand}`);
}

/** The only problem in a file that was made to have exactly one. */
function enigeProbleem(bestand: string): Probleem {
  const gevonden = problemenIn(bestand);
  expect(gevonden, `problemen in ${bestand}: ${JSON.stringify(gevonden, null, 2)}`).toHaveLength(1);
  return gevonden[0]!;
}

describe('each kind of bad input gets a clear Dutch message', () => {
  it('a missing required field names the field and says what to fill in, from its description', () => {
    const p = enigeProbleem('activiteiten/veld-ontbreekt.md');
    expect(p).toMatchObject({ soort: 'veld-ontbreekt', veld: 'kosten', ernst: 'fout' });
    expect(p.bericht).toContain("Het veld 'kosten' ontbreekt. Vul in: Wat het kost.");
    expect(p.bericht).toContain('soort (verplicht)');
  });

  it('a wrong type says what belongs there and what is there now', () => {
    const p = enigeProbleem('activiteiten/verkeerd-type.md');
    expect(p).toMatchObject({ soort: 'verkeerd-type', veld: 'inloop', regel: 18 });
    expect(p.bericht).toContain('Hier hoort true (ja) of false (nee)');
    expect(p.bericht).toContain("Nu staat er: 'ja'");
  });

  it('an unknown field suggests the field that was meant, at the line of the typo', () => {
    const p = enigeProbleem('activiteiten/onbekend-veld.md');
    expect(p).toMatchObject({ soort: 'onbekend-veld', veld: 'wanneer[0].begintijd', regel: 12 });
    expect(p.bericht).toBe("Onbekend veld 'begintijd'. Bedoel je 'van'? Verander 'begintijd' in 'van'.");
  });

  it('a date that does not exist is caught even though YAML would quietly move it to March', () => {
    const p = enigeProbleem('activiteiten/ongeldige-datum.md');
    expect(p).toMatchObject({ soort: 'ongeldige-datum', veld: 'gecontroleerd', regel: 19 });
    expect(p.bericht).toContain('Deze datum bestaat niet');
    expect(p.bericht).toContain('2026-02-30');
  });

  it('a time written the Dutch way (9.30) asks for uu:mm, without a second message about the end time', () => {
    const p = enigeProbleem('activiteiten/ongeldige-tijd.md');
    expect(p).toMatchObject({ soort: 'ongeldige-tijd', veld: 'wanneer[0].van', regel: 12 });
    expect(p.bericht).toContain('uu:mm');
  });

  it('a schedule that ends before it starts is an invalid schedule', () => {
    const p = enigeProbleem('activiteiten/rooster-tot-voor-van.md');
    expect(p).toMatchObject({ soort: 'ongeldig-rooster', veld: 'wanneer[0].tot', regel: 13 });
    expect(p.bericht).toContain('De eindtijd (08:00) moet later zijn dan de begintijd (09:30)');
  });

  it('a monthly schedule without weken says which week of the month is missing', () => {
    const p = enigeProbleem('activiteiten/rooster-maandelijks-zonder-weken.md');
    expect(p).toMatchObject({ soort: 'ongeldig-rooster', veld: 'wanneer[0].weken' });
    expect(p.bericht).toContain('Bij herhaling: maandelijks hoort welke week van de maand');
  });

  it('an every-other-week schedule without a first date asks for that date', () => {
    const p = enigeProbleem('activiteiten/rooster-tweewekelijks-zonder-datum.md');
    expect(p).toMatchObject({ soort: 'ongeldig-rooster', veld: 'wanneer[0].datum' });
    expect(p.bericht).toContain('tweewekelijks hoort de datum van de eerste keer');
  });

  it('a reference to a location that does not exist names the collection and the close match', () => {
    const p = enigeProbleem('activiteiten/onbekende-locatie.md');
    expect(p).toMatchObject({ soort: 'verwijzing-onbekend', veld: 'locatie', regel: 7 });
    expect(p.bericht).toContain("Er is geen locatie met de naam 'buurtkamer-juliandorp' (in de map locaties)");
    expect(p.bericht).toContain("Bedoel je 'buurtkamer-julianadorp'?");
  });

  it('a reference to a kern that does not exist suggests the kern that was meant', () => {
    const p = enigeProbleem('locaties/onbekende-kern.md');
    expect(p).toMatchObject({ soort: 'verwijzing-onbekend', veld: 'kern', regel: 5 });
    expect(p.bericht).toContain("Bedoel je 'julianadorp'?");
  });

  it('coordinates outside the region (lat and lon swapped) are reported at the ligging line', () => {
    const p = enigeProbleem('locaties/buiten-de-regio.md');
    expect(p).toMatchObject({ soort: 'buiten-de-regio', veld: 'ligging', regel: 10 });
    expect(p.bericht).toContain('Dit punt ligt niet in de Kop van Noord-Holland');
  });

  it('a value outside a closed list suggests the nearest one and lists all choices with their Dutch labels', () => {
    const p = enigeProbleem('locaties/onbekende-soort.md');
    expect(p).toMatchObject({ soort: 'ongeldige-keuze', veld: 'soort', regel: 3 });
    expect(p.bericht).toContain("'buurthuis' is geen keuze bij soort. Bedoel je 'buurtkamer'?");
    expect(p.bericht).toContain('kerk (Kerk of gebedshuis)');
  });

  it('a web address without https:// is an invalid URL', () => {
    const p = enigeProbleem('organisaties/ongeldig-webadres.md');
    expect(p).toMatchObject({ soort: 'ongeldig-webadres', veld: 'contact.website', regel: 8 });
    expect(p.bericht).toContain('Begin met https://');
  });

  it('an e-mail address without a domain ending is invalid', () => {
    const p = enigeProbleem('organisaties/ongeldig-email.md');
    expect(p).toMatchObject({ soort: 'ongeldig-email', veld: 'contact.email', regel: 7 });
    expect(p.bericht).toContain('Dit is geen geldig e-mailadres');
  });

  it('a phone number with too few digits is invalid', () => {
    const p = enigeProbleem('organisaties/ongeldig-telefoon.md');
    expect(p).toMatchObject({ soort: 'ongeldig-telefoonnummer', veld: 'contact.telefoon', regel: 6 });
    expect(p.bericht).toContain('Dit is geen geldig telefoonnummer');
  });

  it('the same id in two folders of one collection is reported at both files', () => {
    for (const bestand of ['diensten/digi-hulplijn.md', 'diensten/oud/digi-hulplijn.md']) {
      const p = enigeProbleem(bestand);
      expect(p.soort).toBe('dubbel-id');
      expect(p.bericht).toContain("Er is nog een bestand met de naam 'digi-hulplijn' in diensten");
    }
  });

  it('an information product without a description asks for one, at the closing --- line', () => {
    const p = enigeProbleem('informatie/zonder-beschrijving.md');
    expect(p).toMatchObject({ soort: 'beschrijving-ontbreekt', regel: 23 });
    expect(p.bericht).toContain('De beschrijving ontbreekt');
  });

  it('a YAML syntax error names the line and explains the usual cause', () => {
    const p = enigeProbleem('activiteiten/yaml-fout.md');
    expect(p).toMatchObject({ soort: 'yaml-fout', regel: 2 });
    expect(p.bericht).toContain('De opmaak (YAML) klopt niet');
    expect(p.bericht).toContain('Zet de hele tekst tussen aanhalingstekens');
  });

  it('a file name that is not a valid id proposes a valid one', () => {
    const p = enigeProbleem('activiteiten/Koffie Ochtend.md');
    expect(p.soort).toBe('ongeldige-bestandsnaam');
    expect(p.bericht).toContain('koffie-ochtend.md');
  });

  it('a file that is not markdown gets a warning instead of being skipped silently', () => {
    const p = enigeProbleem('activiteiten/notities.txt');
    expect(p).toMatchObject({ ernst: 'waarschuwing', soort: 'geen-markdown' });
  });

  it('an entry in a folder that is not a collection is an error with the folder that was meant', () => {
    const p = enigeProbleem('activiteit/wandelen.md');
    expect(p).toMatchObject({ ernst: 'fout', soort: 'onbekende-map' });
    expect(p.bericht).toContain("Bedoel je 'activiteiten'?");
  });
});

describe('all problems come in one run', () => {
  it('reports every broken file at once, sorted by file and line, with a summary', () => {
    const bestanden = new Set(rapport.problemen.filter((p) => p.ernst === 'fout').map((p) => p.bestand));
    expect(bestanden.size).toBe(21);
    expect(rapport).toMatchObject({
      fouten: 21,
      waarschuwingen: 1,
      bestandenMetFouten: 21,
      bestandenInOrde: 5,
      aantalBestanden: 25,
    });
    const volgorde = rapport.problemen.map((p) => `${p.bestand}:${String(p.regel ?? 0).padStart(4, '0')}`);
    expect(volgorde).toEqual([...volgorde].sort());
  });

  it('the valid entries next to the broken ones have no problems', () => {
    for (const bestand of [
      'gemeenten/den-helder.md',
      'kernen/julianadorp.md',
      'kernen/huisduinen.md',
      'organisaties/welzijn-den-helder.md',
      'locaties/buurtkamer-julianadorp.md',
    ]) {
      expect(problemenIn(bestand), bestand).toEqual([]);
    }
  });

  it('every message is Dutch: none carries an English zod or YAML text outside the technical note', () => {
    for (const p of rapport.problemen) {
      const zonderTechniek = p.bericht.replace(/\(Technisch: [^)]*\)/, '');
      expect(zonderTechniek, p.bestand).not.toMatch(/\b(Invalid|Expected|Required|Unrecognized|received)\b/);
    }
  });
});
