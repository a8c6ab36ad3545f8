import { describe, expect, it } from 'vitest';
import { cardBadges, cardFacts } from '../../src/lib/entry/card.ts';
import { chooseContact } from '../../src/lib/entry/contact.ts';
import { formatAddress, mapSearchUrl, mapUrl } from '../../src/lib/entry/address.ts';
import {
  describeArea,
  describePeriod,
  formatDateLong,
  joinNl,
  participationLines,
  titleWithPlace,
} from '../../src/lib/entry/text.ts';
import { entryTrail, singlePlace } from '../../src/lib/entry/trail.ts';

describe('entry contact', () => {
  const organisatie = { naam: 'Welzijn Kop', contact: { telefoon: '0223 123456' } };

  it('an entry with its own contact shows its own details', () => {
    expect(chooseContact({ email: 'taal@example.org' }, organisatie)).toEqual({
      contact: { email: 'taal@example.org' },
    });
  });

  it('an entry without contact shows the organisation details and says whose they are', () => {
    expect(chooseContact(undefined, organisatie)).toEqual({ contact: { telefoon: '0223 123456' }, van: 'Welzijn Kop' });
  });

  it('a contact with only an explanation counts as no contact', () => {
    expect(chooseContact({ toelichting: 'Kom gerust langs' }, organisatie)?.van).toBe('Welzijn Kop');
  });

  it('an entry without contact and without organisation has no contact at all', () => {
    expect(chooseContact(undefined)).toBeUndefined();
  });
});

describe('entry map link', () => {
  it('a location links to OpenStreetMap with a marker on its point', () => {
    expect(mapUrl({ lat: 52.958, lon: 4.759 })).toBe(
      'https://www.openstreetmap.org/?mlat=52.958&mlon=4.759#map=17/52.958/4.759',
    );
  });

  it('a location without coordinates links to a search for its address', () => {
    expect(mapSearchUrl({ straat: 'Dorpsstraat 1', postcode: '1791 AA', plaats: 'Den Burg' })).toBe(
      'https://www.openstreetmap.org/search?query=Dorpsstraat%201%2C%201791%20AA%20Den%20Burg',
    );
  });

  it('coordinates are rounded to six decimals', () => {
    expect(mapUrl({ lat: 52.12345678, lon: 4.98765432 }, 15)).toBe(
      'https://www.openstreetmap.org/?mlat=52.123457&mlon=4.987654#map=15/52.123457/4.987654',
    );
  });
});

describe('entry breadcrumbs', () => {
  const gemeente = { id: 'den-helder', naam: 'Den Helder' };
  const kern = { id: 'julianadorp', naam: 'Julianadorp' };

  it('an entry in a known kern gets Home, gemeente, kern and itself', () => {
    expect(entryTrail({ gemeente, kern }, 'Koffieochtend')).toEqual([
      { label: 'Home', href: '/' },
      { label: 'Den Helder', href: '/den-helder/' },
      { label: 'Julianadorp', href: '/den-helder/julianadorp/' },
      { label: 'Koffieochtend' },
    ]);
  });

  it('an entry for a whole gemeente stops at the gemeente', () => {
    expect(entryTrail({ gemeente }, 'Digi-hulplijn').map((c) => c.label)).toEqual([
      'Home',
      'Den Helder',
      'Digi-hulplijn',
    ]);
  });

  it('a regional entry gets only Home and itself', () => {
    expect(entryTrail({}, 'Online hulp')).toEqual([{ label: 'Home', href: '/' }, { label: 'Online hulp' }]);
  });

  it('an area of one kern points at that kern and its gemeente', () => {
    expect(singlePlace({ kernen: [{ id: 'den-burg', gemeente: 'texel' }] })).toEqual({
      gemeente: 'texel',
      kern: 'den-burg',
    });
  });

  it('an area of one kern that also names its own gemeente still points at the kern', () => {
    expect(singlePlace({ gemeenten: ['texel'], kernen: [{ id: 'den-burg', gemeente: 'texel' }] })).toEqual({
      gemeente: 'texel',
      kern: 'den-burg',
    });
  });

  it('an area of one gemeente points at the gemeente', () => {
    expect(singlePlace({ gemeenten: ['schagen'] })).toEqual({ gemeente: 'schagen' });
  });

  it('a regional area or an area of several places has no single place', () => {
    expect(singlePlace({ regio: true, gemeenten: ['texel'] })).toBeUndefined();
    expect(singlePlace({ gemeenten: ['texel', 'schagen'] })).toBeUndefined();
    expect(singlePlace({ gemeenten: ['den-helder'], kernen: [{ id: 'den-burg', gemeente: 'texel' }] })).toBeUndefined();
  });
});

describe('entry texts', () => {
  it('lists read as Dutch sentence parts', () => {
    expect(joinNl([])).toBe('');
    expect(joinNl(['Texel'])).toBe('Texel');
    expect(joinNl(['Texel', 'Schagen'])).toBe('Texel en Schagen');
    expect(joinNl(['Texel', 'Schagen', 'Den Helder'])).toBe('Texel, Schagen en Den Helder');
  });

  it('a page title adds the place, unless the name already mentions it', () => {
    expect(titleWithPlace('Koffieochtend', 'Julianadorp')).toBe('Koffieochtend in Julianadorp');
    expect(titleWithPlace('Het Huis van Anna Paulowna', 'Anna Paulowna')).toBe('Het Huis van Anna Paulowna');
    expect(titleWithPlace('Sporten in nieuw-den helder', 'Nieuw-Den Helder')).toBe('Sporten in nieuw-den helder');
  });

  it('a regional area names the whole region', () => {
    expect(describeArea({ regio: true })).toBe('Voor de hele regio: Den Helder, Hollands Kroon, Schagen en Texel');
  });

  it('an area of a gemeente and a kern names both', () => {
    expect(describeArea({ gemeenten: ['Den Helder'], kernen: ['Den Burg'] })).toBe('Voor heel Den Helder en Den Burg');
  });

  it('a walk-in activity says you can just walk in and need no referral', () => {
    expect(participationLines({ inloop: true, zonderVerwijzing: true })).toEqual([
      'Je kunt zo binnenlopen. Aanmelden hoeft niet.',
      'Je hebt geen verwijzing nodig.',
    ]);
  });

  it('a sign-up activity shows how to sign up, and who can sign you up', () => {
    expect(participationLines({ inloop: false, aanmelden: 'Bel de bibliotheek.', zonderVerwijzing: false })).toEqual([
      'Bel de bibliotheek.',
      'Je huisarts of het wijkteam kan je aanmelden.',
    ]);
  });

  it('a service only says whether you need a referral', () => {
    expect(participationLines({ zonderVerwijzing: true })).toEqual(['Je hebt geen verwijzing nodig.']);
  });

  it('a period reads as from, on, or from-to with long dates', () => {
    expect(describePeriod('2026-09-01', undefined, formatDateLong)).toBe('Vanaf 1 september 2026');
    expect(describePeriod('2026-11-10', '2026-11-10', formatDateLong)).toBe('Op 10 november 2026');
    expect(describePeriod('2026-09-01', '2027-08-31', formatDateLong)).toBe(
      'Van 1 september 2026 tot en met 31 augustus 2027',
    );
  });
});

describe('entry address and dates', () => {
  it('an address reads as street, postcode and place on one line', () => {
    expect(formatAddress({ straat: 'Stationsstraat 12', postcode: '1781 AB', plaats: 'Den Helder' })).toBe(
      'Stationsstraat 12, 1781 AB Den Helder',
    );
  });

  it('a checked date reads as day, month in words and year', () => {
    expect(formatDateLong('2026-10-14')).toBe('14 oktober 2026');
    expect(formatDateLong('2027-01-01')).toBe('1 januari 2027');
  });
});

describe('entry cards', () => {
  it('a card lists when, where and cost in that order, each starting with a capital', () => {
    expect(
      cardFacts({
        kosten: { soort: 'gratis' },
        waar: 'Buurtkamer De Schakel, Julianadorp',
        wanneer: 'elke dinsdag van 9.30 tot 11.30 uur',
      }),
    ).toEqual(['Elke dinsdag van 9.30 tot 11.30 uur', 'Buurtkamer De Schakel, Julianadorp', 'Gratis']);
  });

  it('a card leaves out facts that are not known', () => {
    expect(cardFacts({ kosten: { soort: 'betaald', bedrag: 2.5 } })).toEqual(['€\u00a02,50']);
    expect(cardFacts({})).toEqual([]);
  });

  it('a walk-in activity gets the Inloop badge before any other badge', () => {
    expect(cardBadges({ inloop: true, extra: ['Het Huis van Julianadorp'] })).toEqual([
      'Inloop',
      'Het Huis van Julianadorp',
    ]);
    expect(cardBadges({ inloop: false })).toEqual([]);
  });
});
