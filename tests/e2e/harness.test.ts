/**
 * Checks on the test harness itself, so a green accessibility or privacy gate means something:
 * axe must find a known violation, and the request log must catch a request to another host.
 */
import { describe, expect, test } from 'vitest';
import { checkA11y, formatViolations } from '../support/axe.ts';
import { recordRequests, siteUrl, useBrowser } from '../support/browser.ts';

const chromium = useBrowser();

describe('the test harness', () => {
  test('axe reports an image without alternative text, with a readable message', async () => {
    const page = await chromium.newPage();
    await page.setContent('<!doctype html><html lang="nl"><title>t</title><main><img src="data:,x"></main></html>');
    const violations = await checkA11y(page);
    expect(violations.map((violation) => violation.id)).toContain('image-alt');
    const message = formatViolations(violations, 'a test page');
    expect(message).toMatch(/violations? on a test page/);
    expect(message).toContain('image-alt');
    expect(message).toContain('<img src="data:,x">');
  });

  test('axe skips a rule only when a reason is given', async () => {
    const page = await chromium.newPage();
    await page.setContent('<!doctype html><html lang="nl"><title>t</title><main><img src="data:,x"></main></html>');
    await expect(checkA11y(page, { disabledRules: { 'image-alt': ' ' } })).rejects.toThrow(/needs a reason/);
    const violations = await checkA11y(page, { disabledRules: { 'image-alt': 'harness self-test' } });
    expect(violations.map((violation) => violation.id)).not.toContain('image-alt');
  });

  test('the request log lists a request to another host as external', async () => {
    const page = await chromium.newPage();
    // Abort it in the browser, so the test itself never reaches outside.
    await page.context().route(/example\.invalid/, (route) => route.abort());
    const requests = recordRequests(page.context());
    await page.goto(siteUrl('/'));
    expect(requests.urls).toContain(siteUrl('/'));
    // Our pages' Content-Security-Policy would block the request before it is made, so the
    // attempt comes from a document without one: the log must catch it all the same.
    await page.setContent('<!doctype html><title>t</title><img alt="" src="https://example.invalid/tracker.gif">');
    expect(requests.external()).toEqual(['https://example.invalid/tracker.gif']);
  });
});
