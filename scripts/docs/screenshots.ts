/**
 * `npm run docs:screenshots`: the pictures in CONTRIBUTING.md, from the real built site.
 * Serves dist/ (run `npm run build` first; wrap in `flock /tmp/build.lock` on shared machines),
 * opens Debian's Chromium at phone width and saves small clipped PNGs into docs/img/:
 * the top of a kern page, the "Klopt er iets niet?" block of an activity, /dekking/, and the
 * output of `npm run check:content` rendered as a terminal. Each PNG must stay under 150 KB.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../lib/chromium.ts';
import { startServer } from '../serve.ts';
import { terminalHtml } from './terminal-html.ts';

const DIST = process.argv[2] ?? 'dist';
const UIT = 'docs/img';
const BREEDTE = 390;
const MAX_BYTES = 150 * 1024;

/** The pages to photograph: a path and how much of the top, or which element, to keep. */
const OPNAMES: { bestand: string; pad: string; element?: string; hoogte?: number }[] = [
  { bestand: 'kern-pagina.png', pad: 'texel/den-burg/', hoogte: 700 },
  { bestand: 'klopt-er-iets-niet.png', pad: 'activiteiten/koffie-inloop-den-burg/', element: '.report-problem' },
  { bestand: 'dekking.png', pad: 'dekking/', hoogte: 760 },
];

async function foto(page: Page, bestand: string, opties: { element?: string; hoogte?: number }): Promise<void> {
  const pad = join(UIT, bestand);
  if (opties.element) {
    const el = page.locator(opties.element).first();
    await el.scrollIntoViewIfNeeded();
    await el.screenshot({ path: pad });
  } else {
    await page.screenshot({ path: pad, clip: { x: 0, y: 0, width: BREEDTE, height: opties.hoogte ?? 700 } });
  }
  const bytes = statSync(pad).size;
  if (bytes > MAX_BYTES) throw new Error(`${pad} is ${Math.round(bytes / 1024)} KB, more than 150 KB.`);
  console.log(`${pad}: ${Math.round(bytes / 1024)} KB`);
}

/** The validator's output for a content folder (exit code 1 still has useful output). */
function controleUitvoer(dir: string): string {
  try {
    return execFileSync(process.execPath, ['scripts/check-content.ts', '--dir', dir], { encoding: 'utf8' });
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string };
    return `${e.stdout ?? ''}${e.stderr ?? ''}`;
  }
}

async function main(): Promise<void> {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error(`${DIST}/index.html is missing: run npm run build first.`);
  mkdirSync(UIT, { recursive: true });
  const server = await startServer({ root: DIST, brotliQuality: 1 });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: [...CHROMIUM_ARGS] });
  try {
    const page = await browser.newPage({ viewport: { width: BREEDTE, height: 844 }, reducedMotion: 'reduce' });
    for (const o of OPNAMES) {
      await page.goto(new URL(o.pad, server.url).href, { waitUntil: 'networkidle' });
      await foto(page, o.bestand, o);
    }
    // The sample content: warnings and the closing summary. A broken fixture: what errors look like.
    await page.setViewportSize({ width: 640, height: 400 });
    await page.setContent(terminalHtml('npm run check:content', controleUitvoer('content'), 5, 3));
    await foto(page, 'check-content.png', { element: '.terminal' });
    const fouten = controleUitvoer('tests/fixtures/broken').replaceAll('tests/fixtures/broken/', 'content/');
    await page.setContent(terminalHtml('npm run check:content', fouten, 14, 3));
    await foto(page, 'check-content-fouten.png', { element: '.terminal' });
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
