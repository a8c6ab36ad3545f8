/**
 * Paper and passing on (issue 5): the flyer PDFs made by `npm run flyers` (run here once for the
 * built dist/), the print stylesheet, the shortlist "Mijn lijstje" and the share buttons.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import jsQR from 'jsqr';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { renderFlyers, summary, type FlyerRun } from '../../scripts/flyers.ts';
import { listFlyers } from '../../scripts/lib/flyer-files.ts';
import { LIJSTJE_MAX } from '../../src/lib/lijstje/ids.ts';
import { LIJSTJE_STORAGE_KEY, SITE_URL } from '../../src/lib/site.ts';
import { detailUrl, flyerPdfUrl, flyerUrl, kernUrl, lijstjeUrl, printQrUrl } from '../../src/lib/urls.ts';
import { checkA11y, formatViolations } from '../support/axe.ts';
import { recordRequests, siteUrl, useBrowser, visit } from '../support/browser.ts';
import { CONTENT_DIR } from '../support/built.ts';
import { loadContent } from '../support/load-content.ts';

const chromium = useBrowser();
const content = await loadContent(CONTENT_DIR);
const tmp = mkdtempSync(path.join(tmpdir(), 'wegwijzer-paper-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
let run: FlyerRun;
/** The machines are busy: give the page's scripts time before a poll gives up. */
const POLL = { timeout: 15_000 };

// `npm test` runs `npm run flyers` after the build (the link check needs the PDFs too); when the
// browser tests run on their own against a build without PDFs, render them here once.
beforeAll(async () => {
  const distDir = inject('distDir');
  if (listFlyers(distDir).every((flyer) => existsSync(path.join(distDir, flyer.pdf)))) {
    run = { count: listFlyers(distDir).length, totalMs: 0, renderMs: [], totalBytes: 0 };
  } else {
    run = await renderFlyers(distDir);
    console.log(summary(run));
  }
}, 600_000);

const pdfFile = (distDir: string, kernId: string): string => path.join(distDir, flyerPdfUrl(kernId));
const pdfInfo = (file: string): string => execFileSync('pdfinfo', [file], { encoding: 'utf8' });
const pages = (info: string): number => Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
const pdfText = (file: string): string =>
  execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');

/** Every QR code found on the pages of a PDF (rendered at 150 dpi as PPM, decoded with jsQR). */
function qrCodesIn(file: string): string[] {
  const prefix = path.join(tmp, path.basename(file, '.pdf'));
  execFileSync('pdftoppm', ['-r', '150', file, prefix]);
  const found: string[] = [];
  for (let n = 1; n <= 2; n++) {
    let ppm: Buffer;
    try {
      ppm = readFileSync(`${prefix}-${String(n)}.ppm`);
    } catch {
      continue;
    }
    // P6 header: "P6\n<w> <h>\n255\n", then RGB bytes.
    const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.subarray(0, 40).toString('latin1'));
    if (!header) continue;
    const [width, height] = [Number(header[1]), Number(header[2])];
    const rgb = ppm.subarray(header[0].length);
    const rgba = new Uint8ClampedArray(width * height * 4);
    for (let i = 0, j = 0; i < width * height; i++, j += 3) {
      rgba[i * 4] = rgb[j] ?? 255;
      rgba[i * 4 + 1] = rgb[j + 1] ?? 255;
      rgba[i * 4 + 2] = rgb[j + 2] ?? 255;
      rgba[i * 4 + 3] = 255;
    }
    const code = jsQR(rgba, width, height);
    if (code) found.push(code.data);
  }
  return found;
}

const ownMeetingPlaces = (kernId: string) =>
  content.locaties.filter((l) => l.data.kern.id === kernId && (l.data.huis_van_de_kern || l.data.ontmoetingsplek));

describe('flyers as PDF', () => {
  test('npm run flyers has made a PDF for every kern and every topic flyer', () => {
    expect(run.count).toBeGreaterThanOrEqual(content.kernen.length);
    const distDir = inject('distDir');
    for (const kern of content.kernen) expect(existsSync(pdfFile(distDir, kern.id)), kern.id).toBe(true);
  });

  test('every kern flyer is A4, at most two pages, and names the kern and its meeting place', () => {
    const distDir = inject('distDir');
    const problems: string[] = [];
    for (const kern of content.kernen) {
      const file = pdfFile(distDir, kern.id);
      const info = pdfInfo(file);
      if (!/Page size:\s+59[45]\.\d+ x 841\.\d+ pts \(A4\)/.test(info)) problems.push(`${kern.id}: not A4`);
      if (pages(info) > 2) problems.push(`${kern.id}: ${String(pages(info))} pages`);
      const text = pdfText(file);
      if (!text.includes(`De Wegwijzer van ${kern.data.naam}`)) problems.push(`${kern.id}: no title`);
      const own = ownMeetingPlaces(kern.id);
      const names = own.flatMap((l) => [
        l.data.naam,
        ...(l.data.huis_van_de_kern ? [`Het Huis van ${kern.data.naam}`] : []),
      ]);
      if (own.length > 0 && !names.some((naam) => text.includes(naam)))
        problems.push(`${kern.id}: meeting place missing (${names.join(' / ')})`);
      if (own.length === 0 && !text.includes('nog geen vaste ontmoetingsplek'))
        problems.push(`${kern.id}: says nothing about a meeting place`);
    }
    expect(problems).toEqual([]);
  });

  test('the QR code on a kern flyer opens the live kern page', () => {
    const kern =
      content.kernen.find((k) => ownMeetingPlaces(k.id).some((l) => l.data.huis_van_de_kern)) ?? content.kernen[0]!;
    const codes = qrCodesIn(pdfFile(inject('distDir'), kern.id));
    expect(codes).toContain(new URL(kernUrl(kern.data.gemeente.id, kern.id), SITE_URL).href);
  });

  test('the flyer page is not indexed and passes axe', async () => {
    const kern = content.kernen[0]!;
    const page = await chromium.newPage();
    await visit(page, flyerUrl(kern.id));
    expect(await page.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex');
    expect(await page.locator('[data-pagefind-body]').count()).toBe(0);
    await expect.poll(() => page.getByRole('button', { name: 'Print deze flyer' }).isVisible(), POLL).toBe(true);
    const violations = await checkA11y(page);
    expect(violations, formatViolations(violations, flyerUrl(kern.id))).toEqual([]);
  });
});

describe('print stylesheet', () => {
  test('on paper a kern page has no navigation or buttons, and shows its QR code and short address', async () => {
    const kern = content.kernen[0]!;
    const sitePath = kernUrl(kern.data.gemeente.id, kern.id);
    const page = await chromium.newPage();
    const log = recordRequests(page);
    await visit(page, sitePath);
    // On screen the QR image is never fetched: it is lazy and hidden.
    expect(log.urls.some((url) => url.endsWith(printQrUrl(sitePath)))).toBe(false);
    expect(await page.locator('.ww-print-voet').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.ww-site-nav').isVisible()).toBe(false);
    expect(await page.locator('.ww-delen').isVisible()).toBe(false);
    expect(await page.locator('.ww-print-voet').isVisible()).toBe(true);
    expect(await page.locator('.ww-print-voet').innerText()).toContain(
      `${new URL(SITE_URL).host}${sitePath.replace(/\/$/, '')}`,
    );
  });

  test('every page that prints a QR code has its SVG file', () => {
    const distDir = inject('distDir');
    const kern = content.kernen[0]!;
    const svg = readFileSync(path.join(distDir, printQrUrl(kernUrl(kern.data.gemeente.id, kern.id))), 'utf8');
    expect(svg.startsWith('<svg')).toBe(true);
  });
});

describe('Mijn lijstje', () => {
  const activiteiten = content.activiteiten.slice(0, 5);

  test('adding from an entry page puts it on the list, in the URL, and it survives a reload', async () => {
    const page = await chromium.newPage();
    const eerste = activiteiten[0]!;
    await visit(page, detailUrl('activiteiten', eerste.id));
    await page.getByRole('button', { name: 'Zet op mijn lijstje' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Staat op je lijstje' }).count(), POLL).toBe(1);
    expect(await page.locator('[data-lijstje-teller]').innerText()).toBe('Mijn lijstje (1)');
    await page.locator('[data-lijstje-teller]').click();
    await page.waitForURL(/\/lijstje\/\?ids=a\./);
    await expect.poll(() => page.locator('.ww-lijstje__item h2').first().innerText(), POLL).toBe(eerste.data.naam);
    await page.reload();
    await expect.poll(() => page.locator('.ww-lijstje__item h2').first().innerText(), POLL).toBe(eerste.data.naam);
  });

  test('a shared link shows the same list in a fresh browser and reports what no longer exists', async () => {
    const ids = `${activiteiten.map((a) => `a.${a.id}`).join(',')},a.bestaat-niet-meer`;
    const page = await chromium.newPage();
    await visit(page, lijstjeUrl(ids));
    await expect.poll(() => page.locator('.ww-lijstje__item').count(), POLL).toBe(6);
    const titels = await page.locator('.ww-lijstje__item h2').allInnerTexts();
    expect(titels.slice(0, 5)).toEqual(activiteiten.map((a) => a.data.naam));
    expect(titels[5]).toBe('Dit aanbod staat niet meer op de site.');
    expect(await page.locator('.ww-lijstje__item').first().innerText()).toMatch(/Wanneer[\s\S]*Waar[\s\S]*Kosten/);
    expect(await page.evaluate((key) => localStorage.getItem(key), LIJSTJE_STORAGE_KEY)).toContain('a.');
    const violations = await checkA11y(page);
    expect(violations, formatViolations(violations, '/lijstje/')).toEqual([]);
  });

  test('a full list (the maximum number of offers) prints on one A4 page', async () => {
    const vol = content.activiteiten.slice(-LIJSTJE_MAX);
    const page = await chromium.newPage();
    await visit(page, lijstjeUrl(vol.map((a) => `a.${a.id}`).join(',')));
    await expect.poll(() => page.locator('.ww-lijstje__item').count(), POLL).toBe(LIJSTJE_MAX);
    const file = path.join(tmp, 'lijstje.pdf');
    writeFileSync(file, await page.pdf({ format: 'A4', preferCSSPageSize: true }));
    expect(pages(pdfInfo(file))).toBe(1);
  });

  test('the list shows as a QR code that opens the same list', async () => {
    const page = await chromium.newPage();
    const ids = activiteiten
      .slice(0, 2)
      .map((a) => `a.${a.id}`)
      .join(',');
    await visit(page, lijstjeUrl(ids));
    await page.getByRole('button', { name: 'Toon als QR-code' }).click();
    await expect.poll(() => page.locator('[data-lijstje-qrcode] svg').count(), POLL).toBe(1);
    const png = await page.locator('[data-lijstje-qrcode] svg').screenshot({ type: 'png' });
    const file = path.join(tmp, 'lijstje-qr.png');
    writeFileSync(file, png);
    // Decode in a blank page: the site's Content-Security-Policy allows no data: images.
    const blank = await chromium.newPage();
    const { data, width, height } = await blank.evaluate(async (b64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.naturalWidth;
      canvas.height = img.naturalHeight;
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      return {
        data: Array.from(ctx.getImageData(0, 0, canvas.width, canvas.height).data),
        width: canvas.width,
        height: canvas.height,
      };
    }, png.toString('base64'));
    const decoded = jsQR(new Uint8ClampedArray(data), width, height)?.data ?? '';
    expect(new URL(decoded).searchParams.get('ids')).toBe(ids);
  });
});

describe('share buttons', () => {
  test('e-mail and WhatsApp work as plain links; copy and native share only appear with JavaScript', async () => {
    const a = content.activiteiten[0]!;
    const page = await chromium.newPage({ javaScriptEnabled: false });
    await visit(page, detailUrl('activiteiten', a.id));
    const url = new URL(detailUrl('activiteiten', a.id), SITE_URL).href;
    const mail = await page.getByRole('link', { name: 'Stuur per e-mail' }).getAttribute('href');
    expect(mail).toMatch(/^mailto:\?subject=/);
    expect(decodeURIComponent(mail ?? '')).toContain(url);
    const wa = await page.getByRole('link', { name: 'Stuur via WhatsApp' }).getAttribute('href');
    expect(wa?.startsWith('https://wa.me/?text=')).toBe(true);
    expect(decodeURIComponent(wa ?? '')).toContain(url);
    expect(await page.getByRole('button', { name: 'Kopieer de link' }).count()).toBe(0);
    // Without JavaScript "Zet op mijn lijstje" is a link to a list with just this entry.
    expect(await page.getByRole('link', { name: 'Zet op mijn lijstje' }).getAttribute('href')).toBe(
      lijstjeUrl(`a.${a.id}`),
    );
  });

  test('Kopieer de link puts the page address on the clipboard', async () => {
    const a = content.activiteiten[0]!;
    const page = await chromium.newPage({ permissions: ['clipboard-read', 'clipboard-write'] });
    await visit(page, detailUrl('activiteiten', a.id));
    await page.getByRole('button', { name: 'Kopieer de link' }).click();
    await expect.poll(() => page.locator('[data-delen-status]').innerText(), POLL).toBe('De link is gekopieerd.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      new URL(detailUrl('activiteiten', a.id), SITE_URL).href,
    );
  });

  test('a kern page links to its flyer PDF, which exists', async () => {
    const kern = content.kernen[0]!;
    const page = await chromium.newPage();
    await visit(page, kernUrl(kern.data.gemeente.id, kern.id));
    expect(await page.getByRole('link', { name: 'Download de flyer (PDF)' }).getAttribute('href')).toBe(
      flyerPdfUrl(kern.id),
    );
    const response = await page.request.get(siteUrl(flyerPdfUrl(kern.id)));
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('application/pdf');
  });
});
