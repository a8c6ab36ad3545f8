/**
 * The places each map shows, as numbered list items: the locations of a kern, of a gemeente, the
 * meeting places of the whole region, or one location. Also the kernen a person can choose as a
 * starting point for "nearest first". Reads through the query layer in content.ts.
 */
import { formatAddress, mapSearchUrl, mapUrl } from '../lib/entry/address.ts';
import { metRegioBeperkt, type MetBereik } from '../lib/grouping.ts';
import { t } from '../lib/i18n.ts';
import { gebiedsBlokken, nummer, type KaartPlek } from '../lib/map/places.ts';
import { startKernenBij } from '../lib/geo.ts';
import { REGIO_PER_GEBIEDSBLOK, START_KERNEN_DICHTBIJ } from '../lib/overview-limits.ts';
import { detailUrl } from '../lib/urls.ts';
import { alles, isOntmoetingsplek, type Dienst, type Gemeente, type Kern, type Locatie } from './content.ts';

/** A kern as a starting point for sorting by distance. */
export interface StartKern {
  id: string;
  naam: string;
  lat: number;
  lon: number;
}

/** Meeting places first ("Het Huis van" before others), then by name. */
const ontmoetenEerst = (a: Locatie, b: Locatie): number =>
  Number(b.data.huis_van_de_kern) - Number(a.data.huis_van_de_kern) ||
  Number(isOntmoetingsplek(b)) - Number(isOntmoetingsplek(a)) ||
  a.data.naam.localeCompare(b.data.naam, 'nl');

function plekVan(locatie: Locatie): Omit<KaartPlek, 'nr'> {
  const punt = locatie.data.ligging;
  return {
    id: locatie.id,
    naam: locatie.data.naam,
    adres: formatAddress(locatie.data.adres),
    href: detailUrl('locaties', locatie.id),
    kaartLink: punt ? mapUrl(punt) : mapSearchUrl(locatie.data.adres),
    punt: punt ? { lat: punt.lat, lon: punt.lon } : undefined,
  };
}

/** Numbered places for a list of locations, in the order given. */
export function kaartPlekken(locaties: readonly Locatie[]): KaartPlek[] {
  return nummer(locaties.map(plekVan));
}

/** Every location in a kern, meeting places first. */
export async function plekkenInKern(kern: Kern): Promise<KaartPlek[]> {
  const { locaties } = await alles();
  return kaartPlekken(locaties.filter((l) => l.data.kern.id === kern.id).sort(ontmoetenEerst));
}

/** Every location in a gemeente, meeting places first, then by name. */
export async function plekkenInGemeente(gemeente: Gemeente): Promise<KaartPlek[]> {
  const { locaties, kernen } = await alles();
  const inGemeente = new Set(kernen.filter((k) => k.data.gemeente.id === gemeente.id).map((k) => k.id));
  return kaartPlekken(locaties.filter((l) => inGemeente.has(l.data.kern.id)).sort(ontmoetenEerst));
}

/** The meeting places of the whole region ("Het Huis van" first), for the home page. */
export async function ontmoetingsplekkenInRegio(): Promise<KaartPlek[]> {
  const { locaties } = await alles();
  return kaartPlekken(locaties.filter(isOntmoetingsplek).sort(ontmoetenEerst));
}

const startKern = (k: Kern): StartKern => ({
  id: k.id,
  naam: k.data.naam,
  lat: k.data.ligging.lat,
  lon: k.data.ligging.lon,
});

/** Kernen to choose as a starting point, by name; optionally only those of one gemeente. */
export async function startKernen(gemeenteId?: string): Promise<StartKern[]> {
  const { kernen } = await alles();
  return kernen.filter((k) => gemeenteId === undefined || k.data.gemeente.id === gemeenteId).map(startKern);
}

/** Kernen to choose as a starting point on a kern's page: its own gemeente and the nearest others, by name. */
export async function startKernenRond(kern: Kern): Promise<StartKern[]> {
  const { kernen } = await alles();
  const opKaart = (k: Kern) => ({ id: k.id, gemeenteId: k.data.gemeente.id, punt: k.data.ligging, kern: k });
  return startKernenBij(opKaart(kern), kernen.map(opKaart), START_KERNEN_DICHTBIJ).map((k) => startKern(k.kern));
}

/** A block of area services as the map section shows it (see components/map/AreaServices.astro). */
export interface GebiedsBlokData {
  titel: string;
  uitleg: string;
  items: { naam: string; href: string }[];
}

const gebiedsDienst = (d: MetBereik<Dienst>) => ({
  bereik: d.bereik,
  kanalen: d.item.data.kanalen,
  locaties: d.item.data.locaties,
});
const dienstLink = (d: MetBereik<Dienst>) => ({ naam: d.item.data.naam, href: detailUrl('diensten', d.item.id) });

/** The blocks "Voor heel <gemeente>" (or "Voor de hele regio") and "Online en telefonisch"; empty ones left out. */
function maakBlokken(
  heelGebied: readonly MetBereik<Dienst>[],
  opAfstand: readonly MetBereik<Dienst>[],
  gemeenteNaam?: string,
): GebiedsBlokData[] {
  return [
    {
      titel: gemeenteNaam ? t('kaart.gebied.heel', { gemeente: gemeenteNaam }) : t('kaart.gebied.regio'),
      uitleg: t('kaart.gebied.uitleg'),
      items: heelGebied.map(dienstLink),
    },
    { titel: t('kaart.gebied.online'), uitleg: t('kaart.gebied.onlineUitleg'), items: opAfstand.map(dienstLink) },
  ].filter((blok) => blok.items.length > 0);
}

/**
 * The area blocks for a page: "Voor heel <gemeente>" (or "Voor de hele regio" without a gemeente)
 * and "Online en telefonisch". Empty blocks are left out.
 */
export function gebiedsBlokkenVoor(diensten: readonly MetBereik<Dienst>[], gemeenteNaam?: string): GebiedsBlokData[] {
  const blokken = gebiedsBlokken(diensten, gebiedsDienst);
  return maakBlokken(blokken.heelGebied, blokken.opAfstand, gemeenteNaam);
}

/**
 * The area blocks of a kern or gemeente page, each with at most REGIO_PER_GEBIEDSBLOK services for
 * the whole region; `regioWeggelaten` counts the regional ones left out (the page's lists of
 * services and the topic pages have them all).
 */
export function gebiedVoorPlaats(
  diensten: readonly MetBereik<Dienst>[],
  gemeenteNaam: string,
): { blokken: GebiedsBlokData[]; regioWeggelaten: number } {
  const blokken = gebiedsBlokken(diensten, gebiedsDienst);
  const heel = metRegioBeperkt(blokken.heelGebied, REGIO_PER_GEBIEDSBLOK);
  const afstand = metRegioBeperkt(blokken.opAfstand, REGIO_PER_GEBIEDSBLOK);
  return {
    blokken: maakBlokken(heel.items, afstand.items, gemeenteNaam),
    regioWeggelaten: heel.regioWeggelaten + afstand.regioWeggelaten,
  };
}

/** Services for the whole region, for the home page's area blocks. */
export async function regioDiensten(): Promise<MetBereik<Dienst>[]> {
  const { diensten } = await alles();
  return diensten.filter((d) => d.data.werkgebied.regio === true).map((item) => ({ item, bereik: 'regio' as const }));
}
