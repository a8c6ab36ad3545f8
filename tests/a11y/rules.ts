/**
 * The one list of axe rules switched off for the whole site, each with the reason a reviewer can
 * judge. docs/quality.md repeats it; a test checks that both agree. Keep it empty if you can.
 */
export const DISABLED_AXE_RULES: Readonly<Record<string, string>> = {};
