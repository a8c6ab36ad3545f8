import { describe, expect, test } from 'vitest';
import {
  plaatsen,
  plaatsTekst,
  weekdagen,
  zoekFilters,
  zoekMeta,
  type Regio,
  type ZoekInvoer,
} from '../../src/lib/search/index-data.ts';

const denHelder = { id: 'den-helder', naam: 'Den Helder' };
const texel = { id: 'texel', naam: 'Texel' };
const regio: Regio = {
  kernen: [
    { id: 'julianadorp', naam: 'Julianadorp', gemeente: denHelder },
    { id: 'huisduinen', naam: 'Huisduinen', gemeente: denHelder },
    { id: 'den-burg', naam: 'Den Burg', gemeente: texel },
  ],
};
const julianadorp = regio.kernen[0]!;
const woorden = { heel: 'heel {naam}', regio: 'de hele regio', en: 'en' };

const koffie: ZoekInvoer = {
  soort: 'activiteit',
  titel: 'Koffieochtend',
  samenvatting: 'Samen koffie drinken.',
  bereik: { soort: 'kern', kernen: [julianadorp] },
  thema: ['ontmoeten'],
  doelgroep: ['iedereen'],
  wanneer: [{ herhaling: 'wekelijks', dagen: ['di', 'ma'], van: '09:30', tot: '11:30' }],
  wanneerTekst: 'elke maandag en dinsdag van 9.30 tot 11.30 uur',
  gratis: true,
  inloop: true,
  rolstoel: false,
};

describe('search filters of a page', () => {
  test('an activity carries its kern, gemeente, kind, topics, weekdays and flags', () => {
    expect(zoekFilters(koffie, regio)).toEqual({
      gemeente: ['den-helder'],
      kern: ['julianadorp'],
      soort: ['activiteit'],
      thema: ['ontmoeten'],
      doelgroep: ['iedereen'],
      weekdag: ['ma', 'di'],
      gratis: ['ja'],
      inloop: ['ja'],
    });
  });

  test('a service for a whole gemeente carries every kern of that gemeente', () => {
    const bereik = { soort: 'gebied', regio: false, gemeenten: [denHelder], kernen: [] } as const;
    expect(plaatsen(bereik, regio)).toEqual({ kernen: ['julianadorp', 'huisduinen'], gemeenten: ['den-helder'] });
  });

  test('a regional service carries every kern and gemeente', () => {
    const bereik = { soort: 'gebied', regio: true, gemeenten: [], kernen: [] } as const;
    expect(plaatsen(bereik, regio).kernen).toEqual(['julianadorp', 'huisduinen', 'den-burg']);
    expect(plaatsen(bereik, regio).gemeenten).toEqual(['den-helder', 'texel']);
  });

  test('a service for one kern elsewhere adds that kern and its gemeente', () => {
    const bereik = { soort: 'gebied', regio: false, gemeenten: [denHelder], kernen: [regio.kernen[2]!] } as const;
    expect(plaatsen(bereik, regio)).toEqual({
      kernen: ['den-burg', 'julianadorp', 'huisduinen'],
      gemeenten: ['den-helder', 'texel'],
    });
  });

  test('only online, by phone and at home count as channels', () => {
    const dienst: ZoekInvoer = { ...koffie, soort: 'dienst', kanalen: ['op-locatie', 'online', 'aan-huis'] };
    expect(zoekFilters(dienst, regio).kanaal).toEqual(['online', 'aan-huis']);
  });

  test('a one-off date gives its weekday, Monday first', () => {
    expect(
      weekdagen([
        { herhaling: 'eenmalig', datum: '2026-11-29', van: '10:00', tot: '12:00' },
        { herhaling: 'wekelijks', dagen: ['vr'], van: '10:00', tot: '12:00' },
      ]),
    ).toEqual(['vr', 'zo']);
  });
});

describe('search metadata of a page', () => {
  test('a result shows its title, kind, place, when and summary', () => {
    expect(zoekMeta(koffie, { soort: 'Activiteit', plaats: 'Julianadorp' })).toEqual({
      title: 'Koffieochtend',
      soort: 'Activiteit',
      plaats: 'Julianadorp',
      wanneer: 'elke maandag en dinsdag van 9.30 tot 11.30 uur',
      samenvatting: 'Samen koffie drinken.',
    });
  });

  test('empty values are left out', () => {
    const meta = zoekMeta(
      { ...koffie, wanneerTekst: undefined, samenvatting: undefined },
      { soort: 'Activiteit', plaats: '' },
    );
    expect(Object.keys(meta)).toEqual(['title', 'soort']);
  });

  test('the place reads as a Dutch phrase', () => {
    expect(plaatsTekst({ soort: 'gebied', regio: true, gemeenten: [], kernen: [] }, woorden)).toBe('de hele regio');
    expect(plaatsTekst({ soort: 'gebied', regio: false, gemeenten: [texel], kernen: [julianadorp] }, woorden)).toBe(
      'heel Texel en Julianadorp',
    );
  });
});
