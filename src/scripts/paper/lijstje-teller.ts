/** "Mijn lijstje (3)" in the header: the count of the stored shortlist, kept up to date. */
import { LIJSTJE_EVENT, leesLijstje } from './lijstje-store.ts';

function toon(): void {
  const aantal = leesLijstje().length;
  for (const link of document.querySelectorAll<HTMLElement>('[data-lijstje-teller]')) {
    const basis = link.dataset['basis'] ?? link.textContent;
    link.dataset['basis'] = basis;
    link.textContent = aantal > 0 ? `${basis} (${String(aantal)})` : basis;
  }
}

toon();
document.addEventListener(LIJSTJE_EVENT, toon);
window.addEventListener('storage', toon);
