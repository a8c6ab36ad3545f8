/**
 * Front matter records for the place collections (gemeenten, kernen) and the shared fields every
 * synthetic entry carries: freshness, owner, source, the demo flag, and fictional contacts.
 */
import { addDays } from './schedule.ts';
import type { GemeentePlace, KernPlace } from './places.ts';
import type { Random } from './random.ts';

export const REDACTIE = 'Redactie De Wegwijzer';

/** gecontroleerd / eigenaar / bron / voorbeeld. About a quarter is older than half a year (stale). */
export function beheer(random: Random, today: string, eigenaar: string, seed: number): Record<string, unknown> {
  const age = random.chance(0.75) ? random.int(0, 180) : random.int(181, 500);
  return {
    gecontroleerd: addDays(today, -age),
    eigenaar,
    bron: `Synthetische testinhoud (seed ${seed})`,
    voorbeeld: true,
  };
}

/** A fictional number in the gemeente's area code: "0223 – 00 12 34" (subscriber numbers starting 00 are not issued). */
export function telefoon(random: Random, netnummer: string): string {
  const two = () => String(random.int(0, 99)).padStart(2, '0');
  return `0${netnummer} – 00 ${two()} ${two()}`;
}

export function contact(
  random: Random,
  id: string,
  netnummer: string,
  parts: { telefoon: number; email: number; website: number },
): Record<string, string> {
  const result: Record<string, string> = {};
  if (random.chance(parts.telefoon)) result['telefoon'] = telefoon(random, netnummer);
  if (random.chance(parts.email)) result['email'] = `${id}@example.org`;
  if (random.chance(parts.website) || Object.keys(result).length === 0)
    result['website'] = `https://example.org/${id}/`;
  return result;
}

export function gemeenteRecord(
  random: Random,
  gemeente: GemeentePlace,
  today: string,
  seed: number,
): Record<string, unknown> {
  return {
    naam: gemeente.naam,
    cbs_code: gemeente.cbsCode,
    website: gemeente.website,
    loket: {
      naam: `Sociaal Team ${gemeente.naam}`,
      uitleg:
        'Heb je een vraag over geld, zorg, opvoeden, wonen of meedoen? Het Sociaal Team denkt met je mee, bij jou thuis of op het wijksteunpunt.',
      contact: {
        telefoon: `14 0${gemeente.netnummer}`,
        website: gemeente.website,
        toelichting: 'Bel op werkdagen van 9.00 tot 17.00 uur.',
      },
    },
    ...beheer(random, today, REDACTIE, seed),
  };
}

const KERN_ZINNEN = [
  'Er is een actief verenigingsleven.',
  'Veel activiteiten zijn in het dorpshuis of de buurtkamer.',
  'Bewoners kennen elkaar en helpen elkaar graag.',
  'Er zijn scholen, een sportpark en een paar winkels.',
  'In de zomer komen er veel toeristen.',
  'Je vindt er ruimte, rust en een sterke gemeenschap.',
  'De bus verbindt het met de grotere plaatsen in de buurt.',
];

export function kernRecord(
  random: Random,
  kern: KernPlace,
  gemeente: GemeentePlace,
  buren: string[],
  today: string,
  seed: number,
): Record<string, unknown> {
  const wat = kern.soort === 'wijk' ? `een wijk van ${kern.plaats}` : `een dorp in de gemeente ${gemeente.naam}`;
  return {
    naam: kern.naam,
    gemeente: gemeente.id,
    soort: kern.soort,
    ligging: { lat: kern.lat, lon: kern.lon },
    intro: `${kern.naam} is ${wat}. ${random.pick(KERN_ZINNEN)}`,
    buren,
    ...beheer(random, today, REDACTIE, seed),
  };
}
