/**
 * Mounts the map of one map section: a React root with the Leaflet map, created on the first
 * click on "Toon op de kaart". Imported dynamically by opener.ts, so React, Leaflet and Leaflet's
 * CSS (a link added here) travel with this chunk and never reach pages where nobody opens the map.
 */
import mapCss from './styles.css?url';
import { loadStylesheet } from './stylesheet.ts';
import { createRoot } from 'react-dom/client';
import { MapView, type MapPlace } from './MapView.tsx';
import type { KaartTeksten } from './texts.ts';

/** The places with coordinates, read from the server-rendered list (the list is the source). */
function placesOf(section: HTMLElement): MapPlace[] {
  const places: MapPlace[] = [];
  for (const li of section.querySelectorAll<HTMLElement>('[data-kaart-lijst] > li')) {
    const { plek, nr, naam, adres, href, lat, lon } = li.dataset;
    if (!plek || !nr || !naam || !lat || !lon) continue;
    places.push({
      id: plek,
      nr: Number(nr),
      naam,
      adres: adres ?? '',
      href: href ?? '',
      lat: Number(lat),
      lon: Number(lon),
    });
  }
  return places;
}

/** Highlights the list item of the place chosen on the map. */
function highlight(section: HTMLElement, id: string): void {
  for (const li of section.querySelectorAll<HTMLElement>('[data-kaart-lijst] > li')) {
    li.classList.toggle('is-gekozen', li.dataset['plek'] === id);
  }
}

export async function mountMap(section: HTMLElement, teksten: KaartTeksten): Promise<{ show(): void }> {
  await loadStylesheet(mapCss);
  const root = section.querySelector<HTMLElement>('[data-kaart-root]');
  if (!root) return { show: () => undefined };
  const bridge = new EventTarget();
  // "Wijs aan op de kaart" in the list selects the place's marker.
  for (const button of section.querySelectorAll<HTMLElement>('[data-kaart-wijs]')) {
    button.addEventListener('click', () => {
      const id = button.closest<HTMLElement>('li')?.dataset['plek'];
      if (!id) return;
      highlight(section, id);
      bridge.dispatchEvent(new CustomEvent<string>('kies', { detail: id }));
    });
  }
  const headingId = section.querySelector('[data-kaart-gebied] h3')?.id ?? '';
  createRoot(root).render(
    <MapView
      places={placesOf(section)}
      cluster={section.dataset['cluster'] === 'true'}
      zoom={Number(section.dataset['zoom'] ?? 16)}
      headingId={headingId}
      teksten={teksten}
      bridge={bridge}
      onSelect={(id) => highlight(section, id)}
    />,
  );
  return { show: () => bridge.dispatchEvent(new Event('toon')) };
}
