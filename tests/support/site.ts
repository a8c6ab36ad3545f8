/**
 * Helpers to inspect the built site in dist/ without a browser: which pages exist and what
 * their HTML says.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The build output folder (WEGWIJZER_DIST points the tests at another build, e.g. /tmp/q-dist). */
export const DIST_DIR = path.resolve(import.meta.dirname, '../..', process.env['WEGWIJZER_DIST'] ?? 'dist');

export interface BuiltPage {
  /** Absolute path of the HTML file. */
  file: string;
  /** The URL path the page is served at: `/`, `/kernen/den-burg/`, `/404.html`. */
  path: string;
}

/** Site path for an HTML file inside dist: `x/index.html` → `/x/`, `404.html` → `/404.html`. */
export function sitePathOf(file: string, distDir = DIST_DIR): string {
  const relative = path.relative(distDir, file).split(path.sep).join('/');
  if (relative === 'index.html') return '/';
  if (relative.endsWith('/index.html')) return `/${relative.slice(0, -'index.html'.length)}`;
  return `/${relative}`;
}

/** Every HTML page in dist, sorted by site path. Throws if dist has not been built. */
export function builtPages(distDir = DIST_DIR): BuiltPage[] {
  if (!existsSync(path.join(distDir, 'index.html'))) {
    throw new Error(`No built site in ${distDir}: run \`npm run build\` first.`);
  }
  const pages: BuiltPage[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile() && entry.name.endsWith('.html'))
        pages.push({ file: full, path: sitePathOf(full, distDir) });
    }
  };
  walk(distDir);
  return pages.sort((a, b) => a.path.localeCompare(b.path));
}

/** The built pages whose site path starts with `prefix` (e.g. `/activiteiten/`), excluding the prefix page itself. */
export function pagesUnder(prefix: string, distDir = DIST_DIR): BuiltPage[] {
  return builtPages(distDir).filter((page) => page.path.startsWith(prefix) && page.path !== prefix);
}

/** The HTML file that serves a site path (`/` → dist/index.html, `/x/` → dist/x/index.html). */
export function fileForPath(sitePath: string, distDir = DIST_DIR): string {
  const relative = sitePath.replace(/^\/+/, '');
  return path.join(distDir, relative === '' || relative.endsWith('/') ? `${relative}index.html` : relative);
}

/** The built HTML of a site path. Throws with the path in the message if there is no such page. */
export function readBuiltHtml(sitePath: string, distDir = DIST_DIR): string {
  const file = fileForPath(sitePath, distDir);
  if (!existsSync(file)) throw new Error(`No built page for ${sitePath} (expected ${file}).`);
  return readFileSync(file, 'utf8');
}
