/**
 * Headless Debian Chromium, driven by playwright-core, for the browser tests.
 *
 * Use `useBrowser()` at the top of a test file: it launches Chromium once for the file and
 * closes it afterwards. Playwright gives every launch a fresh temporary user-data dir and removes
 * it on close. Never downloads a browser: the executable is /usr/bin/chromium (or CHROMIUM_PATH).
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/lib/chromium.ts';

export { CHROMIUM_ARGS, CHROMIUM_PATH };

/** Launches Chromium with the project's flags. Prefer `useBrowser()` in test files. */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}. Install Debian's package (apt-get install -y chromium) ` +
        'or point CHROMIUM_PATH at a Chromium binary. The tests never download a browser.',
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_ARGS],
  });
}

export interface BrowserHandle {
  /** The browser launched for this file (only valid inside tests and hooks). */
  readonly browser: Browser;
  /** A page in a fresh context (no shared cookies or storage), closed with the browser. */
  newPage(options?: BrowserContextOptions): Promise<Page>;
}

/** Launches Chromium once for the current test file (beforeAll) and closes it (afterAll). */
export function useBrowser(): BrowserHandle {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  const handle: BrowserHandle = {
    get browser(): Browser {
      if (!browser) throw new Error('The browser is not running: use it inside a test or hook.');
      return browser;
    },
    async newPage(options?: BrowserContextOptions): Promise<Page> {
      const context = await handle.browser.newContext({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam', ...options });
      return context.newPage();
    },
  };
  return handle;
}

/** The served site's base URL (from the browser project's global setup), with trailing slash. */
export function baseUrl(): string {
  return inject('baseUrl');
}

/** Absolute URL on the served site for a site path like `/` or `/kern/den-burg/`. */
export function siteUrl(sitePath = '/'): string {
  return new URL(sitePath.replace(/^\/+/, ''), baseUrl()).href;
}

export interface RequestLog {
  /** Every request URL seen so far, in order (including failed and blocked ones). */
  readonly urls: readonly string[];
  /** The URLs whose host is not 127.0.0.1 (data: and blob: URLs never leave the browser and are not listed). */
  external(): string[];
  /** Stops recording. */
  stop(): void;
}

/** Whether a URL stays on this machine: 127.0.0.1, or a scheme that never touches the network. */
export function isLocalUrl(url: string): boolean {
  const parsed = new URL(url);
  if (['data:', 'blob:', 'about:'].includes(parsed.protocol)) return true;
  return parsed.hostname === '127.0.0.1';
}

/**
 * Records every request made in a browser context, so tests can assert that nothing left
 * 127.0.0.1. Start it before navigating. With playwright-core 1.65 and Debian Chromium this
 * includes requests made by dedicated Web Workers (such as Pagefind's search worker). For bytes
 * transferred, count on the server side (`createServer({ onResponse })` in scripts/serve.ts):
 * the browser does not see compressed sizes reliably.
 */
export function recordRequests(target: BrowserContext | Page): RequestLog {
  const context = 'context' in target ? target.context() : target;
  const urls: string[] = [];
  const listener = (request: { url(): string }): void => {
    urls.push(request.url());
  };
  context.on('request', listener);
  return {
    urls,
    external: () => urls.filter((url) => !isLocalUrl(url)),
    stop: () => {
      context.off('request', listener);
    },
  };
}

/** Navigates to a site path and waits for the load event; fails on an HTTP error status. */
export async function visit(page: Page, sitePath: string): Promise<void> {
  const response = await page.goto(siteUrl(sitePath), { waitUntil: 'load' });
  if (!response) throw new Error(`No response for ${sitePath}`);
  if (response.status() >= 400) throw new Error(`${sitePath} answered HTTP ${String(response.status())}`);
}
