/**
 * "Zet op mijn lijstje" on entry pages. Without JavaScript the link opens /lijstje/ with just this
 * entry; with it, the button adds or removes the entry from the stored list and says so.
 */
import { addItem, hasItem, LIJSTJE_MAX, parseKey, removeItem } from '../../lib/lijstje/ids.ts';
import { bewaarLijstje, leesLijstje } from './lijstje-store.ts';

for (const blok of document.querySelectorAll<HTMLElement>('[data-lijstje]')) {
  const item = parseKey(blok.dataset['lijstje'] ?? '');
  const knop = blok.querySelector<HTMLButtonElement>('[data-lijstje-knop]');
  const fallback = blok.querySelector<HTMLElement>('[data-lijstje-fallback]');
  const bekijk = blok.querySelector<HTMLElement>('[data-lijstje-bekijk]');
  const status = blok.querySelector<HTMLElement>('[data-lijstje-status]');
  if (!item || !knop || !fallback || !bekijk || !status) continue;
  const tekst = {
    zetOp: blok.dataset['zetOp'] ?? '',
    staatOp: blok.dataset['staatOp'] ?? '',
    toegevoegd: blok.dataset['toegevoegd'] ?? '',
    weggehaald: blok.dataset['weggehaald'] ?? '',
    vol: blok.dataset['vol'] ?? '',
  };
  const toon = (): void => {
    const op = hasItem(leesLijstje(), item);
    knop.textContent = op ? tekst.staatOp : tekst.zetOp;
    knop.setAttribute('aria-pressed', String(op));
    bekijk.hidden = !op;
  };
  fallback.hidden = true;
  knop.hidden = false;
  toon();
  knop.addEventListener('click', () => {
    const lijst = leesLijstje();
    if (hasItem(lijst, item)) {
      bewaarLijstje(removeItem(lijst, item));
      status.textContent = tekst.weggehaald;
    } else if (lijst.length >= LIJSTJE_MAX) {
      status.textContent = tekst.vol;
    } else {
      bewaarLijstje(addItem(lijst, item));
      status.textContent = tekst.toegevoegd;
    }
    toon();
  });
}
