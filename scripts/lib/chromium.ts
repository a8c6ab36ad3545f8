/**
 * Where Debian's Chromium lives and the flags it runs with, shared by the browser tests
 * (tests/support/browser.ts) and the scripts that drive Chromium (scripts/flyers.ts).
 */

/** Never downloads a browser: the executable is /usr/bin/chromium (or CHROMIUM_PATH). */
export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/**
 * Flags from the developers' guide. The background-networking ones stop Chromium from calling
 * outside hosts on its own, which would otherwise pollute "no external request" assertions.
 */
export const CHROMIUM_ARGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
