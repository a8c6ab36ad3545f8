/**
 * The search page's only eager script (a few hundred bytes): it loads the search interface when
 * the page opens with a query in the URL, or as soon as the person focuses or uses the search
 * field or opens the filters. Until then no search code or index is downloaded.
 */
const root = document.querySelector<HTMLElement>('[data-zoek-app]');
const field = document.querySelector<HTMLInputElement>('#zoek-q');

if (root && field) {
  let started = false;
  const start = (): void => {
    if (started) return;
    started = true;
    void import('./app.ts').then(({ mountSearch }) => mountSearch(root, field));
  };
  root.hidden = false;
  document.querySelector('[data-zoek-nojs]')?.setAttribute('hidden', '');
  const params = new URLSearchParams(location.search);
  if ([...params.keys()].length > 0) start();
  field.addEventListener('focus', start, { once: true });
  field.addEventListener('input', start, { once: true });
  root.querySelector('details')?.addEventListener('toggle', start, { once: true });
}
