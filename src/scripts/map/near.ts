/**
 * "Wat is er bij mij in de buurt?": sorts the list of places by distance and shows each distance.
 * The starting point is the browser's location (asked on a click; it never leaves the browser) or
 * the centre of a chosen kern. The numbers stay with their places, so they still match the map.
 */
import { sortByDistance } from '../../lib/map/places.ts';
import type { Punt } from '../../lib/geo.ts';
import { vul, type KaartTeksten } from './texts.ts';

function puntVan(el: HTMLElement): Punt | undefined {
  const lat = Number(el.dataset['lat']);
  const lon = Number(el.dataset['lon']);
  return el.dataset['lat'] && el.dataset['lon'] && Number.isFinite(lat) && Number.isFinite(lon)
    ? { lat, lon }
    : undefined;
}

/** Reorders the list items nearest first from `origin` and writes their distances. */
export function sortList(section: HTMLElement, origin: Punt): void {
  const list = section.querySelector<HTMLElement>('[data-kaart-lijst]');
  if (!list) return;
  const items = [...list.querySelectorAll<HTMLElement>(':scope > li')].map((el) => ({ el, punt: puntVan(el) }));
  for (const { item, afstand } of sortByDistance(items, origin)) {
    const label = item.el.querySelector('[data-afstand]');
    if (label) label.textContent = afstand ?? '';
    list.append(item.el);
  }
}

function melding(section: HTMLElement, text: string): void {
  const status = section.querySelector('[data-kaart-dichtbij-status]');
  if (status) status.textContent = text;
}

/** Asks the browser for the location (the person's explicit click) and sorts from there. */
export function sortFromMyLocation(section: HTMLElement, teksten: KaartTeksten): void {
  if (!('geolocation' in navigator)) {
    melding(section, teksten.mislukt);
    return;
  }
  melding(section, teksten.bezig);
  navigator.geolocation.getCurrentPosition(
    (position) => {
      sortList(section, { lat: position.coords.latitude, lon: position.coords.longitude });
      melding(section, teksten.klaar);
    },
    (error) => {
      melding(section, error.code === error.PERMISSION_DENIED ? teksten.geweigerd : teksten.mislukt);
    },
    { enableHighAccuracy: false, maximumAge: 300_000, timeout: 15_000 },
  );
}

/** Sorts from the centre of the kern chosen in the select. */
export function sortFromKern(section: HTMLElement, teksten: KaartTeksten, select: HTMLSelectElement): void {
  const option = select.selectedOptions[0];
  const punt = option ? puntVan(option) : undefined;
  if (!option || !punt) return;
  sortList(section, punt);
  melding(section, vul(teksten.vanaf, { kern: option.textContent.trim() }));
}
