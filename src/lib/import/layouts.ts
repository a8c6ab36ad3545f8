/**
 * The documented column layouts of the spreadsheet import, one per collection (templates in
 * docs/import/). A layout turns one row into entry data; values are converted here and then
 * checked by the same schema as every other entry. Also used by `npm run new` (its flags are
 * these column names).
 */
import { leesBedrag, leesDatum, leesGetal, leesJaNee, leesLijst, leesTijd, type Uitkomst } from './values.ts';

export type ImportCollectie = 'activiteiten' | 'locaties';
export const IMPORT_COLLECTIES: readonly ImportCollectie[] = ['activiteiten', 'locaties'];

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
};

export interface CelFout {
  kolom: string;
  bericht: string;
}

export interface RijData {
  data: Record<string, unknown>;
  beschrijving: string;
  fouten: CelFout[];
}

/** Turns the cells of one row into entry data; unreadable cells become errors for their column. */
export function rijNaarData(collectie: ImportCollectie, w: Record<string, string>, vandaag: string): RijData {
  const fouten: CelFout[] = [];
  const cel = (naam: string) => (w[naam] ?? '').trim();
  const lees = <T>(naam: string, f: (c: string) => Uitkomst<T>): T | undefined => {
    const c = cel(naam);
    if (c === '') return undefined;
    const u = f(c);
    if (u.ok) return u.waarde;
    fouten.push({ kolom: naam, bericht: u.bericht });
    return undefined;
  };
  const tekst = (naam: string) => cel(naam) || undefined;
  const data: Record<string, unknown> = {};
  const zet = (veld: string, waarde: unknown) => {
    if (waarde !== undefined && !(Array.isArray(waarde) && waarde.length === 0)) data[veld] = waarde;
  };
  const contact = () => {
    const c = { telefoon: tekst('telefoon'), email: tekst('email'), website: tekst('website') };
    return Object.values(c).some(Boolean) ? Object.fromEntries(Object.entries(c).filter(([, v]) => v)) : undefined;
  };

  zet('naam', tekst('naam'));
  if (collectie === 'activiteiten') {
    zet('samenvatting', tekst('samenvatting'));
    zet('thema', leesLijst(cel('thema')));
    zet('doelgroep', leesLijst(cel('doelgroep')));
    zet('locatie', tekst('locatie'));
    zet('organisatie', tekst('organisatie'));
    const blok: Record<string, unknown> = {};
    const zetBlok = (veld: string, waarde: unknown) => {
      if (waarde !== undefined && !(Array.isArray(waarde) && waarde.length === 0)) blok[veld] = waarde;
    };
    zetBlok('herhaling', tekst('herhaling')?.toLowerCase());
    zetBlok('dagen', leesLijst(cel('dagen')));
    zetBlok(
      'weken',
      leesLijst(cel('weken')).map((x) => (/^-?\d+$/.test(x) ? Number(x) : x)),
    );
    zetBlok('datum', lees('datum', leesDatum));
    zetBlok('einddatum', lees('einddatum', leesDatum));
    zetBlok('van', lees('van', leesTijd));
    zetBlok('tot', lees('tot', leesTijd));
    zetBlok('tot_en_met', lees('tot_en_met', leesDatum));
    zet('wanneer', [blok]);
    const kosten: Record<string, unknown> = {};
    if (cel('kosten')) kosten.soort = cel('kosten').toLowerCase().replace(/\s+/g, '-');
    const bedrag = lees('bedrag', leesBedrag);
    if (bedrag !== undefined) kosten.bedrag = bedrag;
    if (Object.keys(kosten).length > 0) data.kosten = kosten;
    zet('inloop', lees('inloop', leesJaNee));
    zet('aanmelden', tekst('aanmelden'));
    zet('contact', contact());
  } else {
    zet('soort', tekst('soort')?.toLowerCase());
    zet('samenvatting', tekst('samenvatting'));
    zet('kern', tekst('kern'));
    if (cel('straat') || cel('postcode') || cel('plaats'))
      data.adres = { straat: cel('straat'), postcode: cel('postcode').toUpperCase(), plaats: cel('plaats') };
    const lat = lees('lat', leesGetal);
    const lon = lees('lon', leesGetal);
    if (lat !== undefined && lon !== undefined) data.ligging = { lat, lon };
    else if (lat !== undefined || lon !== undefined)
      fouten.push({
        kolom: lat === undefined ? 'lat' : 'lon',
        bericht: 'Vul lat en lon allebei in, of laat ze allebei leeg.',
      });
    zet('ontmoetingsplek', lees('ontmoetingsplek', leesJaNee));
    zet('rolstoel', tekst('rolstoel')?.toLowerCase());
    zet('organisatie', tekst('organisatie'));
    zet('contact', contact());
  }
  zet('gecontroleerd', lees('gecontroleerd', leesDatum) ?? (cel('gecontroleerd') ? undefined : vandaag));
  zet('eigenaar', tekst('eigenaar'));
  zet('bron', tekst('bron'));
  zet('voorbeeld', lees('voorbeeld', leesJaNee));
  return { data, beschrijving: cel('beschrijving'), fouten };
}

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
  }
  if (delen[0] === 'contact') return 'telefoon';
  return delen[0] ?? '';
}
