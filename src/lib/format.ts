/**
 * Display formats the way Dutch readers expect them (see TAAL.md): phone numbers, money and
 * distances. Pure functions; every page and flyer formats through here. Dates and addresses are
 * formatted in `src/lib/entry/text.ts` and `src/lib/entry/address.ts`.
 */

/** Non-breaking space: keeps "€ 2,50" and "3,2 km" on one line. */
const NBSP = '\u00a0';

/**
 * Area codes with two digits after the 0 (three characters). All other geographic numbers have
 * a four-character area code such as 0223. 085 and 088 are non-geographic but grouped the same.
 */
const SHORT_AREA_CODES = new Set([
  '010',
  '013',
  '015',
  '020',
  '023',
  '024',
  '026',
  '030',
  '033',
  '035',
  '036',
  '038',
  '040',
  '043',
  '045',
  '046',
  '050',
  '053',
  '055',
  '058',
  '070',
  '071',
  '072',
  '073',
  '074',
  '075',
  '076',
  '077',
  '078',
  '079',
  '085',
  '088',
]);

/** The digits of a phone number as written by an editor: spaces, dashes, brackets dropped; +31 → 0. */
function digitsOf(phone: string): string {
  return phone
    .replace(/[^\d+]/g, '')
    .replace(/^\+31/, '0')
    .replace(/^0031/, '0');
}

/** Split a run of digits into pairs, with a leading triple when the count is odd: 1234567 → 123 45 67. */
function pairs(digits: string): string {
  const head = digits.length % 2 === 1 ? digits.slice(0, 3) : digits.slice(0, 2);
  const rest = digits.slice(head.length).match(/\d\d/g) ?? [];
  return [head, ...rest].join(' ');
}

/**
 * A phone number for reading: "0223 – 12 34 56", "020 – 123 45 67", "06 – 12 34 56 78",
 * "0800 – 1234", "14 0223". Numbers it does not recognise are returned as written.
 */
export function formatPhone(phone: string): string {
  const digits = digitsOf(phone);
  if (/^140\d{2,3}$/.test(digits)) return `14 ${digits.slice(2)}`;
  if (/^0[89]00\d{4,7}$/.test(digits)) {
    const rest = digits.slice(4);
    return `${digits.slice(0, 4)} – ${rest.length === 4 ? rest : pairs(rest)}`;
  }
  if (!/^0[1-9]\d{8}$/.test(digits)) return phone.trim();
  if (digits.startsWith('06')) return `06 – ${pairs(digits.slice(2))}`;
  const areaLength = SHORT_AREA_CODES.has(digits.slice(0, 3)) ? 3 : 4;
  return `${digits.slice(0, areaLength)} – ${pairs(digits.slice(areaLength))}`;
}

/**
 * The href of a tel: link. Regular numbers get the international form (tel:+31223123456), so
 * they also work from a foreign phone; 14-numbers and 0800/0900 numbers only work inside the
 * Netherlands and keep their national form (tel:140223, tel:08001234).
 */
export function telHref(phone: string): string {
  const digits = digitsOf(phone);
  if (/^140\d{2,3}$/.test(digits) || /^0[89]00\d{4,7}$/.test(digits)) return `tel:${digits}`;
  if (/^0[1-9]\d{8}$/.test(digits)) return `tel:+31${digits.slice(1)}`;
  return `tel:${digits}`;
}

export interface Kosten {
  soort: 'gratis' | 'betaald' | 'vrijwillige-bijdrage';
  bedrag?: number | undefined;
  toelichting?: string | undefined;
}

// Created once: toLocaleString builds a new formatter on every call, which showed up in build
// profiles (thousands of cost labels per build).
const EURO_WHOLE = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 0, maximumFractionDigits: 2 });
const EURO_CENTS = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** An amount in euro: "€ 2,50"; whole amounts without cents: "€ 5". */
export function formatEuro(amount: number): string {
  const format = Number.isInteger(amount) ? EURO_WHOLE : EURO_CENTS;
  return `€${NBSP}${format.format(amount)}`;
}

/** What something costs, in words: "gratis", "€ 2,50", "vrijwillige bijdrage" or "vrijwillige bijdrage (€ 2)". */
export function formatKosten(kosten: Kosten): string {
  switch (kosten.soort) {
    case 'gratis':
      return 'gratis';
    case 'betaald':
      return kosten.bedrag === undefined ? 'betaald' : formatEuro(kosten.bedrag);
    case 'vrijwillige-bijdrage':
      return kosten.bedrag === undefined
        ? 'vrijwillige bijdrage'
        : `vrijwillige bijdrage (${formatEuro(kosten.bedrag)})`;
  }
}

/** A distance in kilometres for reading: "3,2 km", "12 km"; under a kilometre in metres: "800 m". */
export function formatAfstand(km: number): string {
  const tenths = Math.round(km * 10);
  if (tenths < 10) return `${Math.max(1, tenths) * 100}${NBSP}m`;
  if (km < 9.95) return `${(tenths / 10).toLocaleString('nl-NL', { minimumFractionDigits: 1 })}${NBSP}km`;
  return `${Math.round(km)}${NBSP}km`;
}
