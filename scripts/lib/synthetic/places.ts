/**
 * The places synthetic content is spread over: the region's four gemeenten and their kernen (from
 * `scripts/data/kernen.csv`, a copy of shared/region/kernen.csv), and, for national-scale runs,
 * extra invented gemeenten and kernen.
 *
 * Invented places stay inside REGIO_GRENZEN, because the schema's `ligging` refinement rejects
 * anything outside the Kop van Noord-Holland. That makes the map crowded (thousands of kernen in a
 * 70 × 55 km box), but it exercises exactly the same code paths; a real national data set would
 * widen REGIO_GRENZEN instead.
 */
import { REGIO_GRENZEN } from '../../../src/schema/pieces.ts';
import type { Random } from './random.ts';

export interface GemeentePlace {
  id: string;
  naam: string;
  cbsCode: string;
  /** Phone area code without the leading 0, e.g. "223". */
  netnummer: string;
  /** First digits of the gemeente's postcodes, e.g. 1780; kernen count up from here. */
  postcodeBasis: number;
  website: string;
  synthetic: boolean;
}

export interface KernPlace {
  id: string;
  naam: string;
  gemeente: string;
  soort: 'woonkern' | 'wijk';
  lat: number;
  lon: number;
  /** The town name on letters (a wijk's post goes to its town). */
  plaats: string;
  postcode: number;
  /** Relative size: how much of the content lands here. */
  gewicht: number;
  synthetic: boolean;
}

export interface Places {
  gemeenten: GemeentePlace[];
  kernen: KernPlace[];
}

/** A file-name id: lower case, no accents, dashes between words ("'t Zand" → "t-zand"). */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Facts about the four real gemeenten that the CSV does not carry. */
const REGION_GEMEENTEN: Record<string, { netnummer: string; postcodeBasis: number; website: string; plaats?: string }> =
  {
    'Den Helder': { netnummer: '223', postcodeBasis: 1780, website: 'https://www.denhelder.nl', plaats: 'Den Helder' },
    'Hollands Kroon': { netnummer: '227', postcodeBasis: 1760, website: 'https://www.hollandskroon.nl' },
    Schagen: { netnummer: '224', postcodeBasis: 1740, website: 'https://www.schagen.nl' },
    Texel: { netnummer: '222', postcodeBasis: 1790, website: 'https://www.texel.nl' },
  };

/** Larger kernen get more of the content (a rough stand-in for population). */
const LARGE_KERNEN = new Set([
  'Den Helder Centrum',
  'Nieuw-Den Helder',
  'De Schooten',
  'Julianadorp',
  'Tuindorp',
  'Schagen',
  'Den Burg',
  'Anna Paulowna',
  'Middenmeer',
  'Wieringerwerf',
  'Hippolytushoef',
  'Warmenhuizen',
  'Tuitjenhorn',
]);

/** Parse the region CSV (header: gemeente,cbs_code,name,kind,lat,lon,confidence). */
export function parseKernenCsv(
  csv: string,
): { gemeente: string; cbsCode: string; naam: string; soort: 'woonkern' | 'wijk'; lat: number; lon: number }[] {
  const lines = csv.trim().split(/\r?\n/);
  const header = lines.shift()?.split(',') ?? [];
  const col = (name: string) => {
    const i = header.indexOf(name);
    if (i < 0) throw new Error(`kernen.csv has no column "${name}"`);
    return i;
  };
  const [g, c, n, k, la, lo] = ['gemeente', 'cbs_code', 'name', 'kind', 'lat', 'lon'].map(col) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  return lines.map((line) => {
    const cells = line.split(',');
    const soort = cells[k];
    if (soort !== 'woonkern' && soort !== 'wijk') throw new Error(`kernen.csv: unknown kind "${soort}" in "${line}"`);
    return {
      gemeente: cells[g] ?? '',
      cbsCode: cells[c] ?? '',
      naam: cells[n] ?? '',
      soort,
      lat: Number(cells[la]),
      lon: Number(cells[lo]),
    };
  });
}

/** The real region: four gemeenten and their kernen, in CSV order. */
export function regionPlaces(csv: string): Places {
  const rows = parseKernenCsv(csv);
  const gemeenten: GemeentePlace[] = [];
  const kernen: KernPlace[] = [];
  const kernIndex = new Map<string, number>();
  for (const row of rows) {
    const facts = REGION_GEMEENTEN[row.gemeente];
    if (!facts) throw new Error(`kernen.csv: unknown gemeente "${row.gemeente}"`);
    const gemeenteId = slugify(row.gemeente);
    if (!gemeenten.some((x) => x.id === gemeenteId)) {
      gemeenten.push({ id: gemeenteId, naam: row.gemeente, cbsCode: row.cbsCode, ...facts, synthetic: false });
    }
    const index = kernIndex.get(gemeenteId) ?? 0;
    kernIndex.set(gemeenteId, index + 1);
    kernen.push({
      id: slugify(row.naam),
      naam: row.naam,
      gemeente: gemeenteId,
      soort: row.soort,
      lat: row.lat,
      lon: row.lon,
      plaats: row.soort === 'wijk' ? (facts.plaats ?? row.gemeente) : row.naam,
      postcode: facts.postcodeBasis + (index % 10),
      gewicht: LARGE_KERNEN.has(row.naam) ? 4 : 1,
      synthetic: false,
    });
  }
  return { gemeenten, kernen };
}

const NAAM_BEGIN = [
  'Aal',
  'Berk',
  'Bloem',
  'Broek',
  'Dijk',
  'Eem',
  'Esch',
  'Gaast',
  'Goor',
  'Ham',
  'Heer',
  'Hol',
  'Hoog',
  'Kamer',
  'Laar',
  'Lin',
  'Mol',
  'Nier',
  'Ooster',
  'Riet',
  'Ros',
  'Sloot',
  'Steen',
  'Ter',
  'Vlie',
  'Wel',
  'Wester',
  'Wit',
  'Zand',
  'Zee',
  'Zwart',
  'Beem',
  'Brak',
  'Dal',
  'Eik',
  'Elst',
  'Gras',
  'Hazel',
  'Hei',
  'Kalk',
  'Klaver',
  'Lind',
  'Meer',
  'Noorder',
  'Olde',
  'Peel',
  'Ravens',
  'Schoor',
  'Vos',
  'Wolder',
  'Zuider',
  'Ave',
  'Bos',
  'Dorre',
  'Elle',
  'Hunze',
  'Kolder',
  'Marle',
];
const NAAM_EIND = [
  'dorp',
  'wijk',
  'veen',
  'broek',
  'horn',
  'meer',
  'dijk',
  'burg',
  'hoven',
  'wold',
  'rade',
  'loo',
  'koog',
  'waard',
  'zijl',
  'kerk',
  'hout',
  'beek',
  'sluis',
  'hem',
  'um',
  'ens',
  'voort',
  'sloot',
  'zand',
  'geest',
  'polder',
  'stede',
];
const NAAM_VOOR = ['', '', '', '', 'Nieuw-', 'Oud-', 'Sint ', 'Noord-', 'Zuid-', 'Groot-', 'Klein-', 'Oost-', 'West-'];

/** An invented, Dutch-sounding place name not in `taken` (which it extends). */
function inventName(random: Random, taken: Set<string>): string {
  for (let attempt = 0; attempt < 1000; attempt++) {
    const name = random.pick(NAAM_VOOR) + random.pick(NAAM_BEGIN) + random.pick(NAAM_EIND);
    if (!taken.has(slugify(name))) {
      taken.add(slugify(name));
      return name;
    }
  }
  throw new Error('Ran out of invented place names');
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/** Rounds a coordinate to 4 decimals (about 10 m), as editors would write it. */
export function round4(value: number): number {
  return Math.round(value * 10000) / 10000;
}

/**
 * Add invented gemeenten (about 7 kernen each, like the Netherlands' ~342 gemeenten and ~2,500
 * woonplaatsen) until there are `kernTarget` kernen in total. Ids never clash with the region's.
 */
export function addSyntheticPlaces(base: Places, kernTarget: number, random: Random): Places {
  const gemeenten = [...base.gemeenten];
  const kernen = [...base.kernen];
  const taken = new Set([...gemeenten.map((g) => g.id), ...kernen.map((k) => k.id)]);
  const usedCodes = new Set(gemeenten.map((g) => g.cbsCode));
  const margin = 0.02;
  let gemeenteIndex = 0;
  while (kernen.length < kernTarget) {
    const naam = inventName(random, taken);
    const newCode = () => String(random.int(1, 9999)).padStart(4, '0');
    let cbsCode = newCode();
    while (usedCodes.has(cbsCode)) cbsCode = newCode();
    usedCodes.add(cbsCode);
    const gemeente: GemeentePlace = {
      id: slugify(naam),
      naam,
      cbsCode,
      netnummer: String(random.int(100, 599)),
      postcodeBasis: 2000 + gemeenteIndex * 20,
      website: `https://www.${slugify(naam)}.example.org`,
      synthetic: true,
    };
    gemeenteIndex++;
    gemeenten.push(gemeente);
    const centre = {
      lat: REGIO_GRENZEN.minLat + margin + random.next() * (REGIO_GRENZEN.maxLat - REGIO_GRENZEN.minLat - 2 * margin),
      lon: REGIO_GRENZEN.minLon + margin + random.next() * (REGIO_GRENZEN.maxLon - REGIO_GRENZEN.minLon - 2 * margin),
    };
    const count = Math.min(random.int(3, 11), kernTarget - kernen.length);
    for (let i = 0; i < count; i++) {
      const kernNaam = i === 0 ? naam : inventName(random, taken);
      const id = i === 0 ? `${slugify(naam)}-centrum` : slugify(kernNaam);
      taken.add(id);
      kernen.push({
        id,
        naam: i === 0 ? `${naam} Centrum` : kernNaam,
        gemeente: gemeente.id,
        soort: i === 0 ? 'wijk' : 'woonkern',
        lat: round4(
          clamp(centre.lat + (random.next() - 0.5) * 0.1, REGIO_GRENZEN.minLat + 0.005, REGIO_GRENZEN.maxLat - 0.005),
        ),
        lon: round4(
          clamp(centre.lon + (random.next() - 0.5) * 0.14, REGIO_GRENZEN.minLon + 0.005, REGIO_GRENZEN.maxLon - 0.005),
        ),
        plaats: i === 0 ? naam : kernNaam,
        postcode: gemeente.postcodeBasis + (i % 20),
        gewicht: i === 0 ? 4 : random.int(1, 2),
        synthetic: true,
      });
    }
  }
  return { gemeenten, kernen };
}

/** Squared distance on a flat map, scaled for latitude ~53°: good enough to rank neighbours. */
function distance2(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const dLat = a.lat - b.lat;
  const dLon = (a.lon - b.lon) * 0.6;
  return dLat * dLat + dLon * dLon;
}

/** The ids of the `count` kernen nearest to `kern` (never itself), nearest first. */
export function nearestKernen(kern: KernPlace, all: readonly KernPlace[], count: number): string[] {
  return all
    .filter((other) => other.id !== kern.id)
    .map((other) => ({ id: other.id, d: distance2(kern, other) }))
    .sort((a, b) => a.d - b.d || a.id.localeCompare(b.id))
    .slice(0, count)
    .map((x) => x.id);
}
