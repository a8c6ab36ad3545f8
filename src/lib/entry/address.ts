/** Postal addresses and map links for locations. */

export interface Adres {
  straat: string;
  postcode: string;
  plaats: string;
}

export interface Punt {
  lat: number;
  lon: number;
}

/** One line, as the Dutch write an address: "Stationsstraat 12, 1781 AB Den Helder". */
export function formatAddress(adres: Adres): string {
  return `${adres.straat.trim()}, ${adres.postcode.trim()} ${adres.plaats.trim()}`;
}

/**
 * A plain link to OpenStreetMap with a marker on the point. Opening it is the visitor's choice;
 * the page itself makes no request to a map server. Phones offer to open it in a map app.
 */
export function mapUrl(punt: Punt, zoom = 17): string {
  const lat = round(punt.lat);
  const lon = round(punt.lon);
  return `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lon}#map=${zoom}/${lat}/${lon}`;
}

/**
 * A plain link that searches OpenStreetMap for the address, for places without coordinates.
 * Like `mapUrl`, nothing is loaded until the visitor opens it.
 */
export function mapSearchUrl(adres: Adres): string {
  return `https://www.openstreetmap.org/search?query=${encodeURIComponent(formatAddress(adres))}`;
}

// Six decimals is about 10 cm: more precision only makes the link longer.
function round(value: number): string {
  return String(Math.round(value * 1e6) / 1e6);
}
