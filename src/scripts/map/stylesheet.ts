/**
 * Adds a stylesheet link and waits until it has loaded. The map's CSS is imported with `?url`
 * rather than as a CSS module: Astro adds CSS imported anywhere in a page's scripts (also behind
 * a dynamic import) to the page's <head>, and the map's CSS must stay off pages until the map opens.
 */
export function loadStylesheet(href: string): Promise<void> {
  const existing = document.querySelector(`link[rel="stylesheet"][href="${CSS.escape(href)}"]`);
  if (existing) return Promise.resolve();
  return new Promise((resolve) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    // Resolve on error too: the map still works unstyled, and the list never depends on it.
    link.addEventListener('load', () => resolve(), { once: true });
    link.addEventListener('error', () => resolve(), { once: true });
    document.head.append(link);
  });
}
