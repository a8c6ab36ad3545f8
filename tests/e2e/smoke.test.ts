import { describe, expect, test } from 'vitest';
import { checkA11y, formatViolations } from '../support/axe.ts';
import { recordRequests, useBrowser, visit } from '../support/browser.ts';

const chromium = useBrowser();

describe('the home page served from dist', () => {
  test('loads in Dutch with a title and one main heading', async () => {
    const page = await chromium.newPage();
    await visit(page, '/');
    expect(await page.locator('html').getAttribute('lang')).toBe('nl');
    expect((await page.title()).trim()).not.toBe('');
    expect(await page.locator('h1').count()).toBe(1);
    expect((await page.locator('h1').innerText()).trim()).not.toBe('');
  });

  test('makes no request outside 127.0.0.1', async () => {
    const page = await chromium.newPage();
    const requests = recordRequests(page.context());
    await visit(page, '/');
    await page.waitForLoadState('networkidle');
    expect(requests.urls.length).toBeGreaterThan(0);
    expect(requests.external()).toEqual([]);
  });

  test('has no WCAG 2.2 A/AA violations according to axe', async () => {
    const page = await chromium.newPage();
    await visit(page, '/');
    const violations = await checkA11y(page);
    expect(violations, formatViolations(violations, '/')).toEqual([]);
  });
});
