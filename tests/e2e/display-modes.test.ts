/**
 * The site in the display settings people use: 400% zoom (a 1280 px window at 400% is 320 CSS
 * pixels wide), forced colours (Windows contrast themes) and reduced motion. One page of every type.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useBrowser, visit } from '../support/browser.ts';
import { onePagePerType } from '../support/page-types.ts';

const browser = useBrowser();
const types = onePagePerType({ except: ['admin'] }).map(([type, built]) => [type, built.path] as const);

/** What a focused element looks like: tag, outline and border as computed. */
interface FocusLook {
  what: string;
  outlineStyle: string;
  outlineWidth: number;
}

async function focusLook(page: Page): Promise<FocusLook | undefined> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return undefined;
    const style = getComputedStyle(el);
    return {
      what: `${el.tagName.toLowerCase()} ${(el.textContent ?? '').trim().slice(0, 30)}`,
      outlineStyle: style.outlineStyle,
      outlineWidth: parseFloat(style.outlineWidth),
    };
  });
}

describe('zoom to 400% (320 CSS pixels wide)', () => {
  test.each(types)('a %s page (%s) does not scroll sideways', async (_type, sitePath) => {
    const page = await browser.newPage({ viewport: { width: 320, height: 640 } });
    await visit(page, sitePath);
    const { scrollWidth, clientWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
    }));
    expect(scrollWidth, `${sitePath} is ${String(scrollWidth)}px wide`).toBeLessThanOrEqual(clientWidth);
  });
});

describe('forced colours', () => {
  test.each(types)('on a %s page (%s) every focused element keeps a visible outline', async (_type, sitePath) => {
    const page = await browser.newPage({ forcedColors: 'active' });
    await visit(page, sitePath);
    expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true);
    const invisible: string[] = [];
    let focused = 0;
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      const look = await focusLook(page);
      if (!look) continue;
      focused++;
      if (look.outlineStyle === 'none' || look.outlineWidth < 2)
        invisible.push(`${look.what}: outline ${look.outlineStyle} ${String(look.outlineWidth)}px`);
    }
    expect(focused).toBeGreaterThan(0);
    expect(invisible).toEqual([]);
  });

  test('buttons and form fields keep a visible edge in forced colours', async () => {
    const page = await browser.newPage({ forcedColors: 'active' });
    await visit(page, '/zoeken/');
    const edgeless = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('button, input:not([type="hidden"]), select, textarea')]
        .filter((el) => el.getClientRects().length > 0)
        // Native checkboxes and radio buttons are drawn by the system in forced colours, with a
        // visible edge but no CSS border; only restyled ones (appearance: none) need a border.
        .filter(
          (el) => !(el.matches('[type="checkbox"], [type="radio"]') && getComputedStyle(el).appearance !== 'none'),
        )
        .filter((el) => {
          const s = getComputedStyle(el);
          const edges = ['Top', 'Right', 'Bottom', 'Left'] as const;
          const visible = (side: (typeof edges)[number]) =>
            s.getPropertyValue(`border-${side.toLowerCase()}-style`) !== 'none' &&
            parseFloat(s.getPropertyValue(`border-${side.toLowerCase()}-width`)) > 0;
          return !edges.some(visible);
        })
        .map((el) => el.outerHTML.slice(0, 80)),
    );
    expect(edgeless, edgeless.join('\n')).toEqual([]);
  });
});

describe('reduced motion', () => {
  test.each(types)('a %s page (%s) has no animation or transition when motion is reduced', async (_type, sitePath) => {
    const page = await browser.newPage({ reducedMotion: 'reduce' });
    await visit(page, sitePath);
    const moving = await page.evaluate(() => {
      const seconds = (value: string) =>
        Math.max(...value.split(',').map((v) => (v.trim().endsWith('ms') ? parseFloat(v) / 1000 : parseFloat(v))));
      return [
        ...document.querySelectorAll<HTMLElement>('a, button, input, select, summary, [tabindex], details, dialog'),
      ]
        .map((el) => ({ el, s: getComputedStyle(el) }))
        .filter(
          ({ s }) =>
            seconds(s.transitionDuration) > 0.01 || (s.animationName !== 'none' && seconds(s.animationDuration) > 0.01),
        )
        .map(({ el }) => el.outerHTML.slice(0, 80));
    });
    expect(moving).toEqual([]);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('auto');
  });

  test('without the setting, the site may scroll smoothly, so the check above can fail', async () => {
    const page = await browser.newPage({ reducedMotion: 'no-preference' });
    await visit(page, '/');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('smooth');
  });
});
