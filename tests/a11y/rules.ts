import type { BrowserContext } from 'playwright-core';

/**
 * The one list of axe rules switched off for the whole site, each with the reason a reviewer can
 * judge. docs/quality.md repeats it; a test checks that both agree. Keep it empty if you can.
 */
export const DISABLED_AXE_RULES: Readonly<Record<string, string>> = {};

/**
 * Scripts of third-party interfaces that are blocked while axe runs, each with its reason, so axe
 * judges the markup our own code renders. docs/quality.md repeats this list.
 */
export const BLOCKED_THIRD_PARTY_SCRIPTS: readonly { pattern: string; reason: string }[] = [
  {
    pattern: '**/admin/*.js',
    reason:
      'Decap CMS draws the editors-only interface at /admin/ (behind a GitHub login); its own styles, ' +
      'such as the grey "Loading configuration..." text, are upstream code we do not control. Our /admin/ ' +
      'page itself, with its Dutch fallback text, is still checked.',
  },
];

/** Blocks the scripts above in a browser context (call before the first visit). */
export async function blockThirdPartyScripts(context: BrowserContext): Promise<void> {
  for (const { pattern } of BLOCKED_THIRD_PARTY_SCRIPTS) {
    await context.route(pattern, (route) => route.abort());
  }
}
