import { describe, expect, it } from 'vitest';
import { checkA11y, formatViolations } from '../support/axe.ts';
import { recordRequests, useBrowser, visit } from '../support/browser.ts';
import { isTileUrl, openMap, routeTiles } from './map-support.ts';

const KERN = '/den-helder/den-helder-centrum/';
const GEMEENTE = '/den-helder/';
const PLEK = '/plekken/het-trefpunt/';

// Files that only the open map may load: the map module, React, Leaflet, their CSS.
const MAP_FILES = /\/_astro\/(mount|cluster|client|styles|cluster-styles)\.[^/]+\.(js|css)$/;

describe('the map before it is opened', () => {
  const chromium = useBrowser();

  it('a kern page loads no map code, no map CSS and no tiles until the map is opened', async () => {
    const page = await chromium.newPage();
    const tiles = await routeTiles(page.context());
    const log = recordRequests(page);
    await visit(page, KERN);
    await page.waitForLoadState('networkidle');
    expect(log.urls.filter((url) => MAP_FILES.test(url))).toEqual([]);
    expect(tiles.requests).toEqual([]);
    expect(log.external()).toEqual([]);
    const leafletInDom = await page.evaluate(
      () => 'L' in window || document.querySelector('.leaflet-container') !== null,
    );
    expect(leafletInDom).toBe(false);

    await openMap(page);
    expect(log.urls.some((url) => MAP_FILES.test(url))).toBe(true);
    expect(tiles.requests.length).toBeGreaterThan(0);
    expect(tiles.requests.every(isTileUrl)).toBe(true);
  });

  it('without JavaScript every place shows its address and a link to an external map', async () => {
    const page = await chromium.newPage({ javaScriptEnabled: false });
    await visit(page, KERN);
    const items = page.locator('[data-kaart-lijst] > li');
    expect(await items.count()).toBeGreaterThan(1);
    for (const item of await items.all()) {
      await expect.poll(() => item.getByRole('link', { name: /Open in een kaart-app/ }).isVisible()).toBe(true);
      const href = await item.getByRole('link', { name: /Open in een kaart-app/ }).getAttribute('href');
      expect(href).toMatch(/^https:\/\/www\.openstreetmap\.org\//);
      expect(await item.textContent()).toMatch(/\d{4} [A-Z]{2} /);
    }
    expect(await page.getByRole('button', { name: 'Toon op de kaart' }).isVisible()).toBe(false);
  });
});

describe('the open map', () => {
  const chromium = useBrowser();

  it('shows one numbered marker per place with coordinates, named like its list item', async () => {
    const page = await chromium.newPage();
    await routeTiles(page.context());
    await visit(page, KERN);
    await openMap(page);
    const list = await page.$$eval('[data-kaart-lijst] > li[data-lat]', (items) =>
      items.map((li) => `${li.querySelector('.ww-kaart__nr')?.textContent?.trim() ?? ''}: ${li.dataset['naam'] ?? ''}`),
    );
    const markers = await page.$$eval('[data-kaart-map] .ww-marker', (els) =>
      els.map((el) => ({
        nr: el.querySelector('[aria-hidden]')?.textContent ?? '',
        name: el.querySelector('.ww-visually-hidden')?.textContent ?? '',
        role: el.getAttribute('role'),
        tabindex: el.getAttribute('tabindex'),
      })),
    );
    expect(markers.map((m) => m.name).sort()).toEqual([...list].sort());
    expect(markers.every((m) => m.name.startsWith(`${m.nr}: `))).toBe(true);
    expect(markers.every((m) => m.role === 'button' && m.tabindex === '0')).toBe(true);
  });

  it('a marker is reached with Tab and selected with Enter or Space, which highlights its list item', async () => {
    const page = await chromium.newPage();
    await routeTiles(page.context());
    await visit(page, KERN);
    await openMap(page);
    await page.getByRole('link', { name: 'Sla de kaart over' }).focus();
    const focusedMarkerName = () =>
      page.evaluate(() =>
        document.activeElement?.classList.contains('ww-marker')
          ? (document.activeElement.querySelector('.ww-visually-hidden')?.textContent ?? null)
          : null,
      );
    let name: string | null = null;
    for (let i = 0; i < 10 && !name; i++) {
      await page.keyboard.press('Tab');
      name = await focusedMarkerName();
    }
    expect(name).toMatch(/^\d+: /);
    await page.keyboard.press('Enter');
    const chosen = page.locator('[data-kaart-lijst] > li.is-gekozen');
    await expect.poll(() => chosen.count()).toBe(1);
    expect(await page.locator('[data-kaart-gekozen]').textContent()).toContain(name ?? '?');

    await page.keyboard.press('Tab');
    const second = await focusedMarkerName();
    expect(second).toMatch(/^\d+: /);
    await page.keyboard.press(' ');
    await expect.poll(() => page.locator('[data-kaart-gekozen]').textContent()).toContain(second ?? '?');
    expect(await page.locator('.ww-marker.is-gekozen').count()).toBe(1);
  });

  it('"Wijs aan op de kaart" in the list selects that place on the map', async () => {
    const page = await chromium.newPage();
    await routeTiles(page.context());
    await visit(page, KERN);
    await openMap(page);
    const item = page.locator('[data-kaart-lijst] > li[data-lat]').nth(1);
    const naam = await item.getAttribute('data-naam');
    await item.getByRole('button', { name: /Wijs aan op de kaart/ }).click();
    await expect.poll(() => page.locator('.ww-marker.is-gekozen').textContent()).toContain(naam ?? '?');
    expect(await item.getAttribute('class')).toContain('is-gekozen');
  });

  it('has a heading, a skip link to the list and Dutch zoom buttons', async () => {
    const page = await chromium.newPage();
    await routeTiles(page.context());
    await visit(page, KERN);
    await openMap(page);
    expect(await page.getByRole('heading', { name: 'Kaart', exact: true }).isVisible()).toBe(true);
    const skip = page.getByRole('link', { name: 'Sla de kaart over' });
    const target = (await skip.getAttribute('href')) ?? '';
    expect(await page.locator(`${target}[data-kaart-lijst]`).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Inzoomen' }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Uitzoomen' }).count()).toBe(1);
  });

  it('with reduced motion the map zooms and fades without animation', async () => {
    const page = await chromium.newPage({ reducedMotion: 'reduce' });
    await routeTiles(page.context());
    await visit(page, KERN);
    await openMap(page);
    expect(await page.locator('[data-kaart-map].leaflet-fade-anim').count()).toBe(0);
    expect(await page.locator('[data-kaart-map] .ww-marker.leaflet-zoom-animated').count()).toBe(0);
    const normal = await chromium.newPage();
    await routeTiles(normal.context());
    await visit(normal, KERN);
    await openMap(normal);
    expect(await normal.locator('[data-kaart-map].leaflet-fade-anim').count()).toBe(1);
    expect(await normal.locator('[data-kaart-map] .ww-marker.leaflet-zoom-animated').count()).toBeGreaterThan(0);
  });

  it('the gemeente map groups markers into clusters that open with the keyboard', async () => {
    const page = await chromium.newPage();
    await routeTiles(page.context());
    await visit(page, GEMEENTE);
    await openMap(page);
    const cluster = page.locator('[data-kaart-map] .marker-cluster').first();
    await cluster.waitFor();
    expect(await cluster.textContent()).toMatch(/\d+ plekken\. Kies om in te zoomen\./);
    const before = await page.locator('[data-kaart-map] .ww-marker').count();
    await cluster.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[data-kaart-map] .ww-marker').count()).toBeGreaterThan(before);
  });

  it('a location page shows its own place as the single marker', async () => {
    const page = await chromium.newPage();
    await routeTiles(page.context());
    await visit(page, PLEK);
    await openMap(page);
    expect(await page.locator('[data-kaart-map] .ww-marker').count()).toBe(1);
  });

  it('services for a whole area are in their own block, never pins in the list', async () => {
    const page = await chromium.newPage();
    await visit(page, KERN);
    const block = page.locator('[data-kaart-gebiedsblok]', { hasText: 'Online en telefonisch' });
    expect(await block.count()).toBe(1);
    const services = await block.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(services.length).toBeGreaterThan(0);
    expect(services.every((href) => href?.startsWith('/diensten/'))).toBe(true);
    const listLinks = await page
      .locator('[data-kaart-lijst] a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(listLinks.some((href) => href?.startsWith('/diensten/'))).toBe(false);
  });

  it('when tiles fail to load, the map says so in Dutch and the list keeps working', async () => {
    const page = await chromium.newPage();
    await routeTiles(page.context(), 500);
    await visit(page, KERN);
    await openMap(page);
    const message = page.locator('[data-kaart-fout]');
    await message.waitFor();
    expect(await message.textContent()).toContain('De kaart laadt nu niet goed');
    expect(await message.getAttribute('role')).toBe('alert');
    const first = page.locator('[data-kaart-lijst] > li a').first();
    expect(await first.isVisible()).toBe(true);
  });

  it('axe finds no accessibility problems on a kern page and a gemeente page with the map open', async () => {
    for (const path of [KERN, GEMEENTE]) {
      const page = await chromium.newPage();
      await routeTiles(page.context());
      await visit(page, path);
      await openMap(page);
      const violations = await checkA11y(page);
      expect(violations, formatViolations(violations, path)).toEqual([]);
    }
  });
});
