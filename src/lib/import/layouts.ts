/**
 * The documented column layouts of the spreadsheet import, one per collection (templates in
 * docs/import/). A layout turns one row into entry data; values are converted here and then
 * checked by the same schema as every other entry (src/lib/import/rijen.ts turns cells into
 * data). Also used by `npm run new` (its flags are these column names).
 */

/** Collections with a spreadsheet layout. Gemeenten and kernen are reference data: no import. */
export type ImportCollectie = 'activiteiten' | 'locaties' | 'diensten' | 'organisaties' | 'informatie';
export const IMPORT_COLLECTIES: readonly ImportCollectie[] = [
  'activiteiten',
  'locaties',
  'diensten',
  'organisaties',
  'informatie',
];

export interface Kolom {
  naam: string;
  verplicht: boolean;
  uitleg: string;
  voorbeeld: string;
}

const k = (naam: string, verplicht: boolean, uitleg: string, voorbeeld: string): Kolom => ({
  naam,
  verplicht,
  uitleg,
  voorbeeld,
});

const BEHEER: Kolom[] = [
  k('eigenaar', true, 'Wie dit bijhoudt: een organisatie of functie', 'Welzijn Den Helder'),
  k('bron', true, 'Waar de informatie vandaan komt', 'Activiteitenlijst buurtkamer'),
  k('gecontroleerd', false, 'Datum van controle (leeg: vandaag)', '3-4-2026'),
  k('voorbeeld', false, 'ja als het verzonnen voorbeeldinhoud is', 'nee'),
  k('beschrijving', true, 'Een paar korte zinnen in gewone taal', 'Kom gezellig langs voor koffie.'),
];
const WERKGEBIED: Kolom[] = [
  k('regio', false, 'ja als het voor de hele Kop van Noord-Holland is', 'nee'),
  k('gemeenten', false, "Id's van gemeenten, gescheiden door komma's", 'den-helder'),
  k('kernen', false, "Id's van kernen of wijken, gescheiden door komma's", ''),
];
const KOSTEN: Kolom[] = [
  k('kosten', true, 'gratis, betaald of vrijwillige-bijdrage', 'gratis'),
  k('bedrag', false, 'Bedrag in euro bij betaald', ''),
];
const CONTACT: Kolom[] = [
  k('telefoon', false, 'Telefoon van de organisatie of functie', '0223 – 12 34 56'),
  k('email', false, 'E-mail van de organisatie of functie', 'info@voorbeeld.nl'),
  k('website', false, 'Webadres', 'https://www.voorbeeld.nl'),
];

export const LAYOUTS: Record<ImportCollectie, Kolom[]> = {
  activiteiten: [
    k('id', false, 'Vaste naam van het bestand (leeg: gemaakt van de naam)', 'koffieochtend-de-schakel'),
    k('naam', true, 'Naam zoals mensen het kennen', 'Koffieochtend'),
    k('samenvatting', true, 'Eén korte zin', 'Elke dinsdag samen koffie drinken.'),
    k('thema', true, "Thema's, gescheiden door komma's", 'ontmoeten'),
    k('doelgroep', true, "Doelgroepen, gescheiden door komma's", 'iedereen'),
    k('locatie', true, 'Id van de plek', 'buurtkamer-de-schakel'),
    k('organisatie', true, 'Id van de organisatie', 'welzijn-den-helder'),
    k('herhaling', true, 'eenmalig, wekelijks, tweewekelijks of maandelijks', 'wekelijks'),
    k('dagen', false, 'Weekdagen: ma, di, wo, do, vr, za, zo', 'di'),
    k('weken', false, 'Bij maandelijks: 1, 2, 3, 4 of -1 (laatste)', ''),
    k('datum', false, 'Bij eenmalig de datum; anders de eerste keer', ''),
    k('einddatum', false, 'Bij eenmalig: laatste dag als het meer dagen duurt', ''),
    k('van', true, 'Begintijd', '9:30'),
    k('tot', true, 'Eindtijd', '11:30'),
    k('tot_en_met', false, 'Laatste keer van een herhaling', ''),
    k('kosten', true, 'gratis, betaald of vrijwillige-bijdrage', 'gratis'),
    k('bedrag', false, 'Bedrag in euro bij betaald', ''),
    k('inloop', true, 'ja als je zonder aanmelden binnen kunt lopen', 'ja'),
    k('aanmelden', false, 'Hoe je je aanmeldt (nodig als inloop nee is)', ''),
    ...CONTACT,
    ...BEHEER,
  ],
  locaties: [
    k('id', false, 'Vaste naam van het bestand (leeg: gemaakt van de naam)', 'buurtkamer-de-schakel'),
    k('naam', true, 'Naam van de plek', 'Buurtkamer De Schakel'),
    k('soort', true, 'Soort plek, bijvoorbeeld buurtkamer of dorpshuis', 'buurtkamer'),
    k('samenvatting', true, 'Eén korte zin', 'Een huiskamer in de wijk.'),
    k('kern', true, 'Id van de kern of wijk', 'julianadorp'),
    k('straat', true, 'Straat en huisnummer', 'Voorbeeldstraat 1'),
    k('postcode', true, 'Postcode', '1787 AA'),
    k('plaats', true, 'Plaats', 'Julianadorp'),
    k('lat', false, 'Breedtegraad', '52,897'),
    k('lon', false, 'Lengtegraad', '4,728'),
    k('ontmoetingsplek', false, 'ja als je hier zomaar binnen kunt lopen', 'ja'),
    k('rolstoel', false, 'ja, deels of nee', 'ja'),
    k('organisatie', false, 'Id van de organisatie die de plek beheert', 'welzijn-den-helder'),
    ...CONTACT,
    ...BEHEER,
  ],
  diensten: [
    k('id', false, 'Vaste naam van het bestand (leeg: gemaakt van de naam)', 'geldhulp-den-helder'),
    k('naam', true, 'Naam zoals mensen het kennen', 'Hulp bij geldzaken'),
    k('samenvatting', true, 'Eén korte zin', 'Samen je post en je geld op orde brengen.'),
    k('thema', true, "Thema's, gescheiden door komma's", 'geld'),
    k('doelgroep', true, "Doelgroepen, gescheiden door komma's", 'iedereen'),
    k('organisatie', true, 'Id van de organisatie', 'welzijnsorganisatie-den-helder'),
    ...WERKGEBIED,
    k('kanalen', true, "op-locatie, online, telefoon of aan-huis, gescheiden door komma's", 'telefoon, aan-huis'),
    k('locaties', false, "Id's van vaste plekken, gescheiden door komma's", ''),
    k('toegang', true, 'inloop, zelf-bellen, zelf-aanmelden, via-huisarts, via-wijkteam of online', 'zelf-bellen'),
    k('toegang_uitleg', false, 'Hoe je begint', 'Bel en vertel waar je mee zit.'),
    ...KOSTEN,
    ...CONTACT,
    ...BEHEER,
  ],
  organisaties: [
    k('id', false, 'Vaste naam van het bestand (leeg: gemaakt van de naam)', 'welzijn-den-helder'),
    k('naam', true, 'Naam van de organisatie', 'Welzijn Den Helder'),
    k('soort', true, 'Soort organisatie, bijvoorbeeld welzijn, gemeente of bibliotheek', 'welzijn'),
    k('samenvatting', true, 'Eén korte zin: wat doet de organisatie?', 'Welzijnswerk in alle wijken van Den Helder.'),
    k('gemeenten', false, "Id's van gemeenten waar ze werken (leeg: de hele regio)", 'den-helder'),
    ...CONTACT,
    ...BEHEER,
  ],
  informatie: [
    k('id', false, 'Vaste naam van het bestand (leeg: gemaakt van de naam)', 'webinar-geld-den-helder'),
    k('naam', true, 'Naam zoals mensen het kennen', 'Webinar: grip op je geld'),
    k('samenvatting', true, 'Eén korte zin', 'Een uur lang tips om rond te komen.'),
    k('thema', true, "Thema's, gescheiden door komma's", 'geld'),
    k('doelgroep', true, "Doelgroepen, gescheiden door komma's", 'iedereen'),
    k('soort', true, 'informatiepakket, webinar, informatiebijeenkomst, flyer of campagne', 'webinar'),
    k('organisatie', true, 'Id van de organisatie', 'welzijnsorganisatie-den-helder'),
    ...WERKGEBIED,
    k('van', true, 'Vanaf wanneer het er is, of de datum van de bijeenkomst', '3-4-2026'),
    k('tot', false, 'Tot wanneer het er is (leeg: blijft beschikbaar)', ''),
    k('locatie', false, 'Id van de plek van een bijeenkomst', ''),
    k('link', false, 'Webadres om te kijken, te downloaden of je aan te melden', 'https://www.voorbeeld.nl'),
    k('kosten', false, 'gratis, betaald of vrijwillige-bijdrage', ''),
    k('bedrag', false, 'Bedrag in euro bij betaald', ''),
    ...BEHEER,
  ],
};

/** The column an editor should look at for a problem in field path `veld` (e.g. `wanneer[0].van`). */
export function kolomVoorVeld(collectie: ImportCollectie, veld: string): string {
  const namen = new Set(LAYOUTS[collectie].map((c) => c.naam));
  const delen = veld
    .replace(/\[\d+\]/g, '')
    .split('.')
    .filter(Boolean);
  for (let i = delen.length - 1; i >= 0; i--) {
    const d = delen[i]!;
    if (namen.has(d)) return d;
    if (d === 'soort' && delen[i - 1] === 'kosten') return 'kosten';
    if (d === 'adres') return 'straat';
    if (d === 'ligging') return 'lat';
    if (d === 'wanneer') return 'herhaling';
    if (d === 'werkgebied') return 'regio';
  }
  if (delen[0] === 'contact') return 'telefoon';
  return delen[0] ?? '';
}
