/**
 * Links and anchors in built HTML, read with parse5 (a spec-compliant HTML parser, so what it sees
 * is what a browser sees). Used by the internal link test (tests/build/links.test.ts) and by
 * `npm run check:links:external`.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { elementsOf } from './html-elements.ts';

export interface FoundLink {
  /** The element and attribute the URL came from, e.g. `a[href]`. */
  where: string;
  /** The attribute value as written. */
  url: string;
}

export interface PageLinks {
  /** Every id (and `<a name>`) on the page: the anchors other links may point to. */
  ids: Set<string>;
  links: FoundLink[];
}

/** Attributes that hold a URL the browser follows or loads, per element. */
const URL_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  script: ['src'],
  img: ['src'],
  source: ['src'],
  iframe: ['src'],
  form: ['action'],
  use: ['href', 'xlink:href'],
};

/** The ids and outgoing URLs of one HTML document. */
export function pageLinks(html: string): PageLinks {
  const ids = new Set<string>();
  const links: FoundLink[] = [];
  for (const [element] of elementsOf(html)) {
    for (const attr of element.attrs) {
      if (attr.name === 'id' || (element.tagName === 'a' && attr.name === 'name')) ids.add(attr.value);
      if (URL_ATTRIBUTES[element.tagName]?.includes(attr.name)) {
        links.push({ where: `${element.tagName}[${attr.name}]`, url: attr.value });
      }
    }
  }
  return { ids, links };
}

export type Target =
  { kind: 'internal'; path: string; fragment: string } | { kind: 'external'; url: string } | { kind: 'other' };

/**
 * Classifies a URL found on the page at `pagePath`: internal (same site, also absolute URLs on
 * `siteOrigin`), external (http/https elsewhere) or other (mailto:, tel:, data:, ...).
 */
export function classify(url: string, pagePath: string, siteOrigin: string): Target {
  const base = new URL(pagePath, siteOrigin);
  let resolved: URL;
  try {
    resolved = new URL(url.trim(), base);
  } catch {
    return { kind: 'internal', path: url, fragment: '' };
  }
  if (resolved.origin === new URL(siteOrigin).origin) {
    return {
      kind: 'internal',
      path: decodeURIComponent(resolved.pathname),
      fragment: decodeURIComponent(resolved.hash.slice(1)),
    };
  }
  if (resolved.protocol === 'http:' || resolved.protocol === 'https:') return { kind: 'external', url: resolved.href };
  return { kind: 'other' };
}

/**
 * The file in `distDir` that serves a site path, as a static host would find it (`/x/` →
 * x/index.html, `/x` → x or x/index.html), or undefined when there is none.
 */
export function fileFor(sitePath: string, distDir: string): string | undefined {
  const relative = sitePath.replace(/^\/+/, '');
  const candidates =
    relative === '' || relative.endsWith('/') ? [`${relative}index.html`] : [relative, `${relative}/index.html`];
  for (const candidate of candidates) {
    const file = path.join(distDir, candidate);
    if (existsSync(file) && statSync(file).isFile()) return file;
  }
  return undefined;
}
