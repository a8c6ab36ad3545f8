/**
 * Which flyer pages the build made and the PDF each becomes: dist/flyer/<kern>/index.html →
 * flyers/<kern>.pdf, dist/flyer/<gemeente>/<thema>/index.html → flyers/<gemeente>-<thema>.pdf
 * (the names of flyerPdfUrl and themaFlyerPdfUrl in src/lib/urls.ts).
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { flyerPdfUrl, themaFlyerPdfUrl } from '../../src/lib/urls.ts';

export interface FlyerFile {
  /** Site path of the flyer page, e.g. /flyer/den-burg/ */
  page: string;
  /** Site path of its PDF, e.g. /flyers/den-burg.pdf */
  pdf: string;
}

/** The flyer for a page path's segments under /flyer/, or undefined for other depths. */
export function flyerFor(segments: readonly string[]): FlyerFile | undefined {
  const [a, b] = segments;
  if (segments.length === 1 && a) return { page: `/flyer/${a}/`, pdf: flyerPdfUrl(a) };
  if (segments.length === 2 && a && b) return { page: `/flyer/${a}/${b}/`, pdf: themaFlyerPdfUrl(a, b) };
  return undefined;
}

/** Every flyer page in a built site, kern flyers and topic flyers, sorted by page path. */
export function listFlyers(distDir: string): FlyerFile[] {
  const root = path.join(distDir, 'flyer');
  const found: FlyerFile[] = [];
  const walk = (segments: string[]): void => {
    const dir = path.join(root, ...segments);
    if (segments.length > 0 && existsSync(path.join(dir, 'index.html'))) {
      const flyer = flyerFor(segments);
      if (flyer) found.push(flyer);
    }
    if (segments.length >= 2) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk([...segments, entry.name]);
    }
  };
  if (existsSync(root)) walk([]);
  return found.sort((x, y) => x.page.localeCompare(y.page));
}
