import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { haversineKm } from '../../src/lib/geo.ts';
import { START_KERNEN_DICHTBIJ } from '../../src/lib/overview-limits.ts';
import { useBrowser, visit } from '../support/browser.ts';
import { loadContent } from '../support/load-content.ts';
import { routeTiles } from './map-support.ts';

const KERN = '/den-helder/den-helder-centrum/';
const NBSP = '\u00a0';

const listOrder = (page: import('playwright-core').Page) =>
  page.$$eval('[data-kaart-lijst] > li', (items) => items.map((li) => li.dataset['plek'] ?? ''));

describe('"Wat is er bij mij in de buurt?"', () => {
  const chromium = useBrowser();

  it('with permission, sorts the list by distance from my location and shows the distances', async () => {
    // Find the last place in the list, then stand right next to it.
    const probe = await chromium.newPage();
    await visit(probe, KERN);
    const before = await listOrder(probe);
    const last = probe.locator('[data-kaart-lijst] > li[data-lat]').last();
    const target = await last.getAttribute('data-plek');
    const latitude = Number(await last.getAttribute('data-lat'));
    const longitude = Number(await last.getAttribute('data-lon'));
    await probe.context().close();
    expect(before[0]).not.toBe(target);

    const page = await chromium.newPage({ geolocation: { latitude, longitude }, permissions: ['geolocation'] });
    const tiles = await routeTiles(page.context());
    await visit(page, KERN);
    await page.getByRole('button', { name: 'Gebruik mijn locatie' }).click();
    await expect.poll(() => listOrder(page)).not.toEqual(before);
    const after = await listOrder(page);
    expect(after[0]).toBe(target);
    expect([...after].sort()).toEqual([...before].sort());
    expect(await page.locator('[data-kaart-lijst] > li').first().locator('[data-afstand]').textContent()).toBe(
      `100${NBSP}m`,
    );
    const distances = await page.$$eval('[data-kaart-lijst] > li[data-lat] [data-afstand]', (els) =>
      els.map((el) => el.textContent),
    );
    expect(distances.every((d) => /^\d+(,\d)?\u00a0(m|km)$/.test(d))).toBe(true);
    expect(await page.getByRole('status').filter({ hasText: 'jouw locatie' }).count()).toBe(1);
    // Sorting needs no map: nothing was asked of a tile server.
    expect(tiles.requests).toEqual([]);
  });

  it('when permission is refused, says so in Dutch and keeps the list as it was', async () => {
    const page = await chromium.newPage();
    await visit(page, KERN);
    const before = await listOrder(page);
    await page.getByRole('button', { name: 'Gebruik mijn locatie' }).click();
    const status = page.locator('[data-kaart-dichtbij-status]');
    await expect.poll(() => status.textContent()).toContain('Je locatie wordt niet gebruikt');
    expect(await listOrder(page)).toEqual(before);
    expect(await page.locator('[data-kaart-lijst] > li a').first().isVisible()).toBe(true);
  });

  it('choosing a kern sorts the list from that kern', async () => {
    const page = await chromium.newPage();
    await visit(page, KERN);
    await page.getByLabel('Of kies een dorp of wijk').selectOption({ label: 'Den Burg' });
    const status = page.locator('[data-kaart-dichtbij-status]');
    await expect.poll(() => status.textContent()).toContain('vanaf Den Burg');
    const distances = await page.$$eval('[data-kaart-lijst] > li[data-lat] [data-afstand]', (els) =>
      els.map((el) => Number((el.textContent ?? '').replace(/\u00a0km$/, '').replace(',', '.'))),
    );
    expect(distances.length).toBeGreaterThan(1);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
  });

  it(`offers the kernen of the own gemeente and the ${String(START_KERNEN_DICHTBIJ)} nearest others as a starting point`, async () => {
    const { kernen } = await loadContent(path.resolve(import.meta.dirname, '../../content'));
    const kern = kernen.find((k) => k.id === 'den-helder-centrum');
    if (!kern) throw new Error('den-helder-centrum is missing from the sample');
    const nearest = [...kernen]
      .sort((a, b) => haversineKm(kern.data.ligging, a.data.ligging) - haversineKm(kern.data.ligging, b.data.ligging))
      .slice(0, START_KERNEN_DICHTBIJ);
    const expected = kernen.filter((k) => k.data.gemeente.id === kern.data.gemeente.id || nearest.includes(k));
    // The sample has more kernen than that, so some must be left out for the rule to show.
    expect(expected.length).toBeLessThan(kernen.length);

    const page = await chromium.newPage();
    await visit(page, KERN);
    const offered = await page.$$eval('[data-kaart-start] option', (options) =>
      options.map((o) => (o as HTMLOptionElement).value).filter(Boolean),
    );
    expect(offered.sort()).toEqual(expected.map((k) => k.id).sort());
  });
});
