/** How editors call one entry of each collection, for messages ("Er is geen kern ..."). */
import type { CollectieNaam } from '../../schema/collections.ts';

export const ENKELVOUD: Record<CollectieNaam, string> = {
  gemeenten: 'gemeente',
  kernen: 'kern of wijk',
  locaties: 'locatie',
  organisaties: 'organisatie',
  activiteiten: 'activiteit',
  diensten: 'dienst',
  informatie: 'informatieproduct',
};

/** An example id per collection, to show what a reference looks like. */
export const VOORBEELD_ID: Record<CollectieNaam, string> = {
  gemeenten: 'den-helder',
  kernen: 'julianadorp',
  locaties: 'buurtkamer-de-schakel',
  organisaties: 'bibliotheek-kop-van-noord-holland',
  activiteiten: 'koffieochtend-de-schakel',
  diensten: 'digi-hulplijn',
  informatie: 'webinar-rondkomen',
};
