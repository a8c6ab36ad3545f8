/**
 * The only map code a page loads up front (a few hundred bytes). It shows the buttons that need
 * JavaScript and waits for a click. "Toon op de kaart" imports the map module (React, Leaflet and
 * its CSS) and only then does the browser ask a tile server for anything: a click, not scrolling,
 * because loading tiles is a request to another party that the person should choose, and costs
 * data on a cheap phone. "Gebruik mijn locatie" and the kern choice import the small sorting module.
 */
import { tekstenVan } from './texts.ts';

interface MapHandle {
  show(): void;
}

function setUp(section: HTMLElement): void {
  for (const el of section.querySelectorAll<HTMLElement>('[data-kaart-js]')) el.hidden = false;
  const teksten = tekstenVan(section);
  const button = section.querySelector<HTMLButtonElement>('[data-kaart-open]');
  const area = section.querySelector<HTMLElement>('[data-kaart-gebied]');
  let handle: Promise<MapHandle> | undefined;

  button?.addEventListener('click', () => {
    if (!area) return;
    const open = button.getAttribute('aria-expanded') !== 'true';
    button.setAttribute('aria-expanded', String(open));
    button.textContent = open ? teksten.sluit : teksten.open;
    area.hidden = !open;
    for (const wijs of section.querySelectorAll<HTMLElement>('[data-kaart-wijs]')) wijs.hidden = !open;
    if (!open) return;
    if (handle) void handle.then((map) => map.show());
    else handle = import('./mount.tsx').then(({ mountMap }) => mountMap(section, teksten));
  });

  const near = () => import('./near.ts');
  section.querySelector('[data-kaart-locatie]')?.addEventListener('click', () => {
    void near().then(({ sortFromMyLocation }) => sortFromMyLocation(section, teksten));
  });
  section.querySelector<HTMLSelectElement>('[data-kaart-start]')?.addEventListener('change', (event) => {
    const select = event.currentTarget as HTMLSelectElement;
    void near().then(({ sortFromKern }) => sortFromKern(section, teksten, select));
  });
}

for (const section of document.querySelectorAll<HTMLElement>('[data-kaart]')) setUp(section);
