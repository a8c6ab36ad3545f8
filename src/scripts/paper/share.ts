/**
 * Share buttons without third-party scripts. The e-mail and WhatsApp links work without
 * JavaScript; this adds "Kopieer de link" (Clipboard API; when that fails the link is shown in a
 * field and selected) and the phone's own share sheet where the browser offers navigator.share.
 */
for (const blok of document.querySelectorAll<HTMLElement>('[data-delen]')) {
  const url = blok.dataset['url'] ?? window.location.href;
  const titel = blok.dataset['titel'] ?? document.title;
  const kopieer = blok.querySelector<HTMLButtonElement>('[data-delen-kopieer]');
  const native = blok.querySelector<HTMLButtonElement>('[data-delen-native]');
  const veld = blok.querySelector<HTMLElement>('[data-delen-veld]');
  const input = veld?.querySelector('input');
  const status = blok.querySelector<HTMLElement>('[data-delen-status]');
  if (kopieer && status) {
    kopieer.hidden = false;
    kopieer.addEventListener('click', () => {
      const fallback = (): void => {
        if (veld && input) {
          veld.hidden = false;
          input.focus();
          input.select();
        }
        status.textContent = blok.dataset['mislukt'] ?? '';
      };
      if (!navigator.clipboard) {
        fallback();
        return;
      }
      navigator.clipboard.writeText(url).then(() => {
        status.textContent = blok.dataset['gekopieerd'] ?? '';
      }, fallback);
    });
  }
  if (native && typeof navigator.share === 'function') {
    native.hidden = false;
    native.addEventListener('click', () => {
      navigator.share({ title: titel, url }).catch(() => {
        // Cancelled by the user, or not allowed: nothing to do.
      });
    });
  }
}
