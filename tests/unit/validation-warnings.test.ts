/**
 * Warnings for what is allowed but unwise: they name the file, line and field, never count as
 * errors, and leave the valid fixture clean.
 */
import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { readContentTree, validateContent, type BronBestand } from '../../src/lib/validation/index.ts';

let basis: BronBestand[];
beforeAll(async () => {
  basis = await readContentTree('tests/fixtures/valid');
});

async function metBestand(pad: string, vervang: (tekst: string) => string, bron = pad) {
  const tekst = await readFile(`tests/fixtures/valid/${bron}`, 'utf8');
  const bestanden = [...basis.filter((b) => b.pad !== pad), { pad, inhoud: vervang(tekst) }];
  return validateContent(bestanden, { map: 'c' });
}

describe('warnings for allowed but unwise content', () => {
  it('a place without wheelchair information gets a warning, not an error', async () => {
    const r = await metBestand('locaties/buurtkamer-julianadorp.md', (t) => t.replace('rolstoel: ja\n', ''));
    expect(r.fouten).toBe(0);
    expect(r.problemen).toEqual([
      expect.objectContaining({ ernst: 'waarschuwing', soort: 'rolstoel-onbekend', veld: 'rolstoel', regel: 2 }),
    ]);
  });

  it('a mobile number in a contact field is flagged on its line', async () => {
    const r = await metBestand('organisaties/welzijn-den-helder.md', (t) =>
      t.replace(/telefoon: .*/, 'telefoon: "06-12345678"'),
    );
    const p = r.problemen.find((x) => x.soort === 'privenummer');
    expect(p).toMatchObject({ ernst: 'waarschuwing', veld: 'contact.telefoon' });
    expect(p?.regel).toBeGreaterThan(1);
    expect(p?.bericht).toContain('privénummer');
  });

  it('a private e-mail address in the description is flagged with its line', async () => {
    const r = await metBestand(
      'activiteiten/koffieochtend-julianadorp.md',
      (t) => `${t.trimEnd()}\n\nMail Ria: ria.bakker@gmail.com\n`,
    );
    const p = r.problemen.find((x) => x.soort === 'prive-email');
    expect(p?.bericht).toContain('ria.bakker@gmail.com');
    expect(p?.regel).toBe(28);
  });

  it('a course without a last date gets a reminder to fill in tot_en_met', async () => {
    const r = await metBestand('activiteiten/koffieochtend-julianadorp.md', (t) =>
      t.replace(/^naam: .*/m, 'naam: Cursus Valpreventie'),
    );
    expect(r.problemen.map((p) => p.soort)).toContain('tot-en-met-ontbreekt');
    expect(r.problemen.find((p) => p.soort === 'tot-en-met-ontbreekt')?.veld).toBe('wanneer[0].tot_en_met');
  });

  it('an information meeting without an end date is flagged', async () => {
    const r = await metBestand('informatie/webinar-rondkomen.md', (t) =>
      t.replace('soort: webinar', 'soort: informatiebijeenkomst'),
    );
    expect(r.problemen).toEqual([expect.objectContaining({ soort: 'einddatum-ontbreekt', veld: 'tot' })]);
  });

  it('a description far above B1 is flagged at the start of the text', async () => {
    const moeilijk =
      'Deze laagdrempelige voorziening faciliteert de maatschappelijke participatie van inwoners met een ondersteuningsbehoefte door middel van gestructureerde en methodisch verantwoorde ontmoetingsactiviteiten in de directe woonomgeving. ';
    const r = await metBestand('activiteiten/koffieochtend-julianadorp.md', (t) =>
      t.replace(/\n---\n[\s\S]*$/, `\n---\n\n${moeilijk.repeat(3)}\n`),
    );
    const p = r.problemen.find((x) => x.soort === 'niet-b1');
    expect(p?.ernst).toBe('waarschuwing');
    expect(p?.bericht).toContain('taalniveau B1');
  });

  it('a file with errors gets no warnings on top, so the editor fixes the errors first', async () => {
    const r = await metBestand('locaties/buurtkamer-julianadorp.md', (t) =>
      t.replace('rolstoel: ja\n', '').replace('soort: buurtkamer', 'soort: kroeg'),
    );
    expect(r.fouten).toBe(1);
    expect(r.waarschuwingen).toBe(0);
  });
});
