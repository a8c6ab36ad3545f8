/**
 * The short web address printed under a QR code: host and path, no scheme, no trailing slash
 * ("wegwijzer.example.org/texel/den-burg"). Someone without a phone camera types it in; the
 * server adds the slash back.
 */
export function shortUrl(pagePath: string, site: string | URL): string {
  const url = new URL(pagePath, site);
  const path = url.pathname.replace(/\/+$/, '');
  return `${url.host}${path}${url.search}${url.hash}`;
}
