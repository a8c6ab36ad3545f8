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
