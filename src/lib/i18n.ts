/**
 * All interface text, Dutch (B1), read through `t()`. Keys are dotted and grouped by feature.
 * Placeholders are written {name}. Plurals use `tn()` with Intl.PluralRules('nl').
 */
const nl = {
  'site.naam': 'De Wegwijzer van de Kop',
  'site.kern': 'De Wegwijzer van {kern}',
  'site.huisVan': 'Het Huis van {kern}',
  'label.voorbeeld': 'Voorbeeld',
  'label.zoeken': 'Zoeken',
  'label.kaart': 'Kaart',
  'label.mijnLijstje': 'Mijn lijstje',
  'label.printen': 'Printen',
  'label.kloptNiet': 'Klopt er iets niet?',
  'nav.skip': 'Naar de inhoud',
  'nav.home': 'Home',
  // Entry detail pages and cards
  'entry.en': 'en',
  'entry.voorbeeld.uitleg': 'Dit is een voorbeeld. Adres, tijden en contactgegevens zijn verzonnen. Gebruik ze niet.',
  'entry.soort.activiteit': 'Activiteit',
  'entry.soort.dienst': 'Hulp en diensten',
  'entry.soort.plek': 'Plek',
  'entry.soort.organisatie': 'Organisatie',
  'entry.soort.informatie': 'Informatie',
  'entry.over': 'Wat is het?',
  'entry.wanneer': 'Wanneer?',
  'entry.wanneer.bereikbaar': 'Wanneer kun je terecht?',
  'entry.wanneer.later': 'Je ziet hier binnenkort ook de volgende datums.',
  'entry.waar': 'Waar?',
  'entry.adres': 'Adres',
  'entry.kaartLink': 'Open in een kaart-app',
  'entry.kaartLink.uitleg': '(opent OpenStreetMap)',
  'entry.rolstoel': 'Rolstoel',
  'entry.toegankelijkheid': 'Toegankelijkheid',
  'entry.toegankelijkheid.onbekend': 'We weten nog niet of je hier met een rolstoel goed binnenkomt. Bel gerust om het te vragen.',
  'entry.kosten': 'Wat kost het?',
  'entry.deelname': 'Hoe doe je mee?',
  'entry.deelname.inloop': 'Je kunt zo binnenlopen. Aanmelden hoeft niet.',
  'entry.deelname.aanmelden': 'Meld je eerst aan.',
  'entry.deelname.zonderVerwijzing': 'Je hebt geen verwijzing nodig.',
  'entry.deelname.metVerwijzing': 'Je huisarts of het wijkteam kan je aanmelden.',
  'entry.badge.inloop': 'Inloop',
  'entry.toegang': 'Hoe begin je?',
  'entry.kanalen': 'Hoe werkt het?',
  'entry.kanalen.plekken': 'Hier kun je terecht:',
  'entry.gebied': 'Voor welk gebied?',
  'entry.gebied.regio': 'Voor de hele regio: Den Helder, Hollands Kroon, Schagen en Texel',
  'entry.gebied.heel': 'heel {naam}',
  'entry.gebied.voor': 'Voor {lijst}',
  'entry.contact': 'Contact',
  'entry.contact.van': 'Dit zijn de gegevens van {naam}.',
  'entry.contact.telefoon': 'Telefoon',
  'entry.contact.email': 'E-mail',
  'entry.contact.website': 'Website',
  'entry.contact.geen': 'Er zijn nog geen contactgegevens.',
  'entry.organisator': 'Wie organiseert het?',
  'entry.aanbieder': 'Wie biedt het aan?',
  'entry.beheerder': 'Wie beheert deze plek?',
  'entry.voorWie': 'Voor wie?',
  'entry.themas': "Thema's",
  'entry.positieveGezondheid': 'Positieve Gezondheid',
  'entry.positieveGezondheid.uitleg': 'Dit past bij deze gebieden van je leven:',
  'entry.gecontroleerd': 'Gecontroleerd op {datum}',
  'entry.eigenaar': 'Bijgehouden door {eigenaar}',
  'entry.bron': 'Bron: {bron}',
  'entry.huisVan.uitleg': 'Dit is de vaste ontmoetingsplek van {kern}.',
  'entry.ontmoetingsplek': 'Hier kun je zomaar binnenlopen om mensen te ontmoeten.',
  'entry.openingstijden': 'Openingstijden',
  'entry.plek.activiteiten': 'Wat is hier te doen?',
  'entry.plek.diensten': 'Hulp en diensten op deze plek',
  'entry.plek.informatie': 'Informatie en bijeenkomsten hier',
  'entry.plek.leeg': 'Er staan nog geen activiteiten op deze plek in de Wegwijzer.',
  'entry.organisatie.werkgebied': 'Waar werkt deze organisatie?',
  'entry.organisatie.activiteiten': 'Activiteiten',
  'entry.organisatie.diensten': 'Hulp en diensten',
  'entry.organisatie.plekken': 'Plekken',
  'entry.organisatie.informatie': 'Informatie en bijeenkomsten',
  'entry.organisatie.leeg': 'Van deze organisatie staat nog niets anders in de Wegwijzer.',
  'entry.informatie.soort': 'Soort',
  'entry.informatie.periode': 'Wanneer is het er?',
  'entry.informatie.link': 'Bekijk het of meld je aan',
  'entry.periode.vanaf': 'Vanaf {van}',
  'entry.periode.op': 'Op {datum}',
  'entry.periode.vanTot': 'Van {van} tot en met {tot}',
  'entry.kern': 'De Wegwijzer van {kern}',
} as const satisfies Record<string, string>;

export type Sleutel = keyof typeof nl;

/** The Dutch text for `key`, with {placeholders} filled in. */
export function t(key: Sleutel, values: Record<string, string | number> = {}): string {
  return nl[key].replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
}

const plural = new Intl.PluralRules('nl');

/** Pick the singular or plural form by count: tn(3, 'activiteit', 'activiteiten') → "3 activiteiten". */
export function tn(count: number, one: string, other: string): string {
  return `${count} ${plural.select(count) === 'one' ? one : other}`;
}
