/**
 * Names for organisations, places and streets. Everything is invented; nothing names a person.
 */
import type { LocatieSoortId } from '../../../src/lib/vocabulary.ts';

type OrganisatieSoortId =
  | 'gemeente'
  | 'welzijn'
  | 'bibliotheek'
  | 'zorg'
  | 'onderwijs'
  | 'sport'
  | 'wonen'
  | 'werk'
  | 'vrijwilligers'
  | 'samenwerking'
  | 'anders';

export interface OrganisatieSjabloon {
  /** Slots: {gemeente}, {kern}, {naam}. */
  naam: string;
  soort: OrganisatieSoortId;
  /** Where it works: one kern, one gemeente, or the whole region. */
  schaal: 'kern' | 'gemeente' | 'regio';
  samenvatting: string;
  /** Location kinds this organisation typically runs. */
  plekken: readonly LocatieSoortId[];
  gewicht: number;
}

export const ORGANISATIE_SJABLONEN: readonly OrganisatieSjabloon[] = [
  {
    naam: 'Welzijn {gemeente}',
    soort: 'welzijn',
    schaal: 'gemeente',
    samenvatting: 'Welzijnsorganisatie met buurtkamers, ouderenwerk, jongerenwerk en vrijwilligers in {gemeente}.',
    plekken: ['buurtkamer', 'wijksteunpunt', 'wijkcentrum', 'jongerenpunt'],
    gewicht: 3,
  },
  {
    naam: 'Stichting Dorpshuis {kern}',
    soort: 'vrijwilligers',
    schaal: 'kern',
    samenvatting: 'Vrijwilligers houden het dorpshuis van {kern} open voor clubs, feesten en ontmoeting.',
    plekken: ['dorpshuis'],
    gewicht: 4,
  },
  {
    naam: 'Bibliotheek {gemeente}',
    soort: 'bibliotheek',
    schaal: 'gemeente',
    samenvatting: 'Boeken lenen, leren en ontmoeten, met een Taalhuis en een Digicafé.',
    plekken: ['bibliotheek'],
    gewicht: 1,
  },
  {
    naam: 'Sportvereniging {naam} {kern}',
    soort: 'sport',
    schaal: 'kern',
    samenvatting: 'Sportclub in {kern} met voetbal, gym en sporten voor iedereen.',
    plekken: ['sportclub'],
    gewicht: 3,
  },
  {
    naam: 'Kindcentrum {naam}',
    soort: 'onderwijs',
    schaal: 'kern',
    samenvatting: 'School, opvang en peuterwerk onder één dak in {kern}.',
    plekken: ['kindcentrum', 'school'],
    gewicht: 3,
  },
  {
    naam: 'Vrijwilligerspunt {gemeente}',
    soort: 'vrijwilligers',
    schaal: 'gemeente',
    samenvatting: 'Brengt vrijwilligers en organisaties in {gemeente} bij elkaar.',
    plekken: ['wijkcentrum'],
    gewicht: 1,
  },
  {
    naam: 'Financieel Fit {gemeente}',
    soort: 'samenwerking',
    schaal: 'gemeente',
    samenvatting: 'Samenwerking van gemeente, woningcorporatie, bank en vrijwilligers voor grip op geld.',
    plekken: ['wijksteunpunt', 'bibliotheek'],
    gewicht: 1,
  },
  {
    naam: 'Sociaal Team {gemeente}',
    soort: 'gemeente',
    schaal: 'gemeente',
    samenvatting: 'Het sociale team van de gemeente: één plek voor vragen over zorg, geld en meedoen.',
    plekken: ['gemeentehuis', 'wijksteunpunt'],
    gewicht: 1,
  },
  {
    naam: 'Zorgcentrum {naam}',
    soort: 'zorg',
    schaal: 'kern',
    samenvatting: 'Wonen met zorg in {kern}, met een restaurant en activiteiten die open zijn voor de buurt.',
    plekken: ['zorgcentrum'],
    gewicht: 2,
  },
  {
    naam: 'Gezondheidscentrum {kern}',
    soort: 'zorg',
    schaal: 'kern',
    samenvatting: 'Huisartsen, fysiotherapie en praktijkondersteuners in {kern}.',
    plekken: ['gezondheidscentrum'],
    gewicht: 2,
  },
  {
    naam: 'Woonstichting {naam}',
    soort: 'wonen',
    schaal: 'gemeente',
    samenvatting: 'Woningcorporatie met huurwoningen en buurtbeheer in {gemeente}.',
    plekken: ['buurtkamer'],
    gewicht: 1,
  },
  {
    naam: 'Werkpunt {gemeente}',
    soort: 'werk',
    schaal: 'gemeente',
    samenvatting: 'Hulp bij werk zoeken, leren en ondernemen in {gemeente}.',
    plekken: ['gemeentehuis'],
    gewicht: 1,
  },
  {
    naam: 'Buurtvereniging {naam}',
    soort: 'vrijwilligers',
    schaal: 'kern',
    samenvatting: 'Bewoners van {kern} organiseren samen activiteiten voor de buurt.',
    plekken: ['buurtkamer', 'buitenlocatie'],
    gewicht: 3,
  },
  {
    naam: 'Jongerenwerk {gemeente}',
    soort: 'welzijn',
    schaal: 'gemeente',
    samenvatting: 'Jongerenwerkers in de wijken en online, voor jongeren van 10 tot 23 jaar.',
    plekken: ['jongerenpunt'],
    gewicht: 1,
  },
  {
    naam: 'Steunpunt Mantelzorg {gemeente}',
    soort: 'welzijn',
    schaal: 'gemeente',
    samenvatting: 'Informatie, advies en ontmoeting voor mantelzorgers in {gemeente}.',
    plekken: ['wijkcentrum'],
    gewicht: 1,
  },
  {
    naam: 'Kerkelijke gemeente {kern}',
    soort: 'anders',
    schaal: 'kern',
    samenvatting: 'Geloofsgemeenschap in {kern} die haar gebouw openstelt voor ontmoeting.',
    plekken: ['kerk'],
    gewicht: 1,
  },
  {
    naam: 'Stichting Samen {kern}',
    soort: 'vrijwilligers',
    schaal: 'kern',
    samenvatting: 'Vrijwilligers die omzien naar elkaar in {kern}: koffie, vervoer en klussen.',
    plekken: ['buurtkamer', 'dorpshuis'],
    gewicht: 2,
  },
  {
    naam: 'Regionaal Werkcentrum Noordkop',
    soort: 'werk',
    schaal: 'regio',
    samenvatting: 'Eén loket voor werkzoekenden, werkenden, werkgevers en zelfstandigen in de Kop.',
    plekken: [],
    gewicht: 0.2,
  },
  {
    naam: 'Stichting Taal Noordkop',
    soort: 'samenwerking',
    schaal: 'regio',
    samenvatting: 'Taalhuizen, taalvrijwilligers en inburgering in de hele regio.',
    plekken: ['bibliotheek'],
    gewicht: 0.2,
  },
];

export const EIGENNAMEN = [
  'De Schakel',
  'De Brug',
  'Het Anker',
  'De Wieken',
  'De Linde',
  'Het Trefpunt',
  'De Kompasroos',
  'De Vuurtoren',
  'Het Baken',
  'De Zeester',
  'De Horizon',
  'De Klaproos',
  'Het Kruispunt',
  'De Meeuw',
  'Het Dijkhuis',
  'De Boet',
  'De Kaap',
  'De Zandloper',
  'De Wadden',
  'De Duinroos',
  'De Tulp',
  'Het Kompas',
  'De Eendracht',
  'De Sluis',
  'De Molen',
  'De Polderkamer',
  'De Ontmoeting',
  'Het Klaverblad',
  'De Regenboog',
  'De Springplank',
  'De Vlinder',
  'Het Palet',
  'De Lindeboom',
  'Het Veerhuis',
  'De Strandjutter',
  'De Schelp',
  'Het Zwaluwnest',
  'De Kwartel',
  'De Hoeksteen',
  'De Korenschoof',
  'Het Wapen',
  'De Vlasbloem',
  'De Bolder',
  'Het Waddenhuis',
  'De Zilvermeeuw',
  'De Tweemaster',
  'Het Zeepaard',
  'De Windvang',
  'De Kiekendief',
  'De Grutto',
];

export const SPORTNAMEN = [
  'VIOS',
  'SVW',
  'Kwiek',
  'Olympia',
  'DTS',
  'Zeevogels',
  'Sparta',
  'Texelse Boys',
  'Succes',
  'Vitesse',
  'Kolping',
  'HOV',
  'Strijd',
  'Noordkop',
];

export const STRATEN = [
  'Dorpsstraat',
  'Kerkstraat',
  'Schoolstraat',
  'Molenweg',
  'Stationsweg',
  'Zeeweg',
  'Dijkweg',
  'Julianalaan',
  'Wilhelminastraat',
  'Beatrixstraat',
  'Prins Hendrikstraat',
  'Kanaalweg',
  'Polderweg',
  'Hoofdstraat',
  'Weststraat',
  'Oostdijk',
  'Havenweg',
  'Parkweg',
  'Lindenlaan',
  'Boslaan',
  'Tulpenstraat',
  'Narcissenlaan',
  'Duinweg',
  'Marktplein',
  'Brink',
  'Breewijd',
  'Middenweg',
  'Noorderweg',
  'Zuiderweg',
  'Sportlaan',
  'Landbouwstraat',
  'Vlietweg',
  'Koningstraat',
  'Nieuweweg',
  'Binnenhaven',
  'Loodsmansduin',
  'Sluisweg',
];

/** Naming pattern per location kind. Slots: {naam}, {kern}, {gemeente}, {sport}. */
export const LOCATIE_NAMEN: Record<LocatieSoortId, readonly string[]> = {
  buurtkamer: ['Buurtkamer {naam}', 'Buurtkamer {kern}', 'Huiskamer van de buurt {naam}'],
  wijksteunpunt: ['Wijksteunpunt {kern}', 'Wijksteunpunt {naam}'],
  wijkcentrum: ['Wijkcentrum {naam}', 'Buurthuis {naam}'],
  dorpshuis: ['Dorpshuis {naam}', 'Dorpshuis {kern}', 'Ontmoetingscentrum {naam}'],
  bibliotheek: ['Bibliotheek {kern}', 'Bibliotheekpunt {kern}'],
  kindcentrum: ['Kindcentrum {naam}', 'Integraal Kindcentrum {naam}'],
  school: ['Basisschool {naam}', 'Openbare basisschool {naam}'],
  sportclub: ['Sportpark {kern}', 'Sporthal {naam}', 'Clubhuis {sport}'],
  jongerenpunt: ['Jongerenpunt {kern}', 'Jongerencentrum {naam}'],
  zorgcentrum: ['Zorgcentrum {naam}', 'Woonzorgcentrum {naam}'],
  gemeentehuis: ['Gemeentehuis {gemeente}'],
  gezondheidscentrum: ['Gezondheidscentrum {kern}', 'Gezondheidshuis {naam}'],
  kerk: ['Dorpskerk {kern}', 'Kerkgebouw {naam}'],
  buitenlocatie: [
    'Verzamelpunt bij de molen',
    'Verzamelpunt parkeerplaats {naam}',
    'Start bij de kerk van {kern}',
    'Verzamelpunt dijkovergang {kern}',
  ],
  anders: ['Ontmoetingsruimte {naam}'],
};

/** Location kinds a kern's first (meeting) place is drawn from. */
export const ONTMOETINGSPLEK_SOORTEN: readonly LocatieSoortId[] = [
  'buurtkamer',
  'dorpshuis',
  'wijkcentrum',
  'wijksteunpunt',
];

/** How often each location kind occurs beyond a kern's first place. */
export const LOCATIE_GEWICHTEN: Readonly<Partial<Record<LocatieSoortId, number>>> = {
  buurtkamer: 4,
  dorpshuis: 3,
  wijkcentrum: 3,
  wijksteunpunt: 2,
  bibliotheek: 2,
  kindcentrum: 3,
  school: 2,
  sportclub: 3,
  jongerenpunt: 1,
  zorgcentrum: 2,
  gezondheidscentrum: 2,
  kerk: 2,
  buitenlocatie: 2,
  anders: 1,
};
