import { describe, expect, it } from 'vitest';
import { entryUrl, median } from '../../scripts/bench/dev-incremental.ts';
import { meetsTargets, summarize } from '../../scripts/bench/lighthouse.ts';
import {
  brotliSize,
  bytesByKind,
  checkBudget,
  endOfSection,
  firstScreen,
  pageKindOf,
} from '../../scripts/bench/page-budget.ts';

describe('page bytes', () => {
  it('sorts responses into HTML, CSS, JS and other', () => {
    expect(pageKindOf('/den-helder/')).toBe('html');
    expect(pageKindOf('/404.html')).toBe('html');
    expect(pageKindOf('/_astro/opener.abc.js')).toBe('js');
    expect(pageKindOf('/_astro/base.abc.css')).toBe('css');
    expect(pageKindOf('/favicon.svg')).toBe('other');
    expect(
      bytesByKind([
        { path: '/', bytes: 100 },
        { path: '/a.css', bytes: 20 },
        { path: '/a.js', bytes: 5 },
        { path: '/b.js', bytes: 7 },
      ]),
    ).toEqual({ html: 100, css: 20, js: 12, other: 0, total: 132 });
  });

  it('checks the 50 KB total and 15 KB JavaScript budget', () => {
    const ok = checkBudget({ html: 10_000, css: 5_000, js: 15 * 1024, other: 0, total: 30_000 });
    expect(ok.map((line) => line.ok)).toEqual([true, true]);
    const over = checkBudget({ html: 0, css: 0, js: 15 * 1024 + 1, other: 0, total: 50 * 1024 + 1 });
    expect(over.map((line) => line.ok)).toEqual([false, false]);
  });

  it('finds the end of a section, nested sections included', () => {
    const html = '<main><section aria-labelledby="plekken"><section>x</section>y</section><section>z</section></main>';
    const end = endOfSection(html, 'aria-labelledby="plekken"');
    expect(html.slice(0, end)).toBe('<main><section aria-labelledby="plekken"><section>x</section>y</section>');
    expect(endOfSection(html, 'aria-labelledby="nergens"')).toBeUndefined();
  });

  it('measures the first screen as the compressed prefix up to that section', () => {
    const filler = Array.from({ length: 2000 }, (_, i) => `<p>regel ${i * 7919}</p>`).join('');
    const html = `<h1>Kern</h1><section aria-labelledby="plekken">Het Huis</section>${filler}`;
    const screen = firstScreen(html, 'aria-labelledby="plekken"');
    expect(screen?.rawPrefix).toBe(html.indexOf(filler));
    expect(screen?.compressedPrefix).toBe(brotliSize(html.slice(0, html.indexOf(filler))));
    expect(screen?.compressedPrefix).toBeLessThan(screen?.compressedWhole ?? 0);
    expect(screen?.ok).toBe(true);
    expect(firstScreen('<p>geen secties</p>', 'aria-labelledby="plekken"')).toBeUndefined();
  });
});

describe('Lighthouse summary', () => {
  const lhr = {
    categories: {
      performance: { score: 0.97, auditRefs: [{ id: 'largest-contentful-paint', weight: 25 }] },
      accessibility: { score: 1, auditRefs: [{ id: 'color-contrast', weight: 7 }] },
      'best-practices': { score: 0.96, auditRefs: [{ id: 'errors-in-console', weight: 1 }] },
      seo: {
        score: 1,
        auditRefs: [
          { id: 'document-title', weight: 1 },
          { id: 'structured-data', weight: 0 },
        ],
      },
    },
    audits: {
      'largest-contentful-paint': { score: 0.9, numericValue: 2100 },
      'color-contrast': { score: 1 },
      'errors-in-console': { score: 0 },
      'document-title': { score: 1 },
      'structured-data': { score: null },
      'first-contentful-paint': { score: 1, numericValue: 900 },
    },
  };

  it('rounds scores to 0–100 and lists weighted audits below full score', () => {
    const summary = summarize(lhr);
    expect(summary.scores).toEqual({ performance: 97, accessibility: 100, 'best-practices': 96, seo: 100 });
    expect(summary.failing).toEqual(['best-practices:errors-in-console', 'performance:largest-contentful-paint']);
    expect(summary.metrics).toEqual({ fcpMs: 900, lcpMs: 2100 });
  });

  it('meets the targets only with ≥ 95 performance and 100 for the rest', () => {
    expect(meetsTargets({ scores: { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 } })).toBe(
      true,
    );
    expect(meetsTargets(summarize(lhr))).toBe(false);
    expect(meetsTargets({ scores: { performance: 100 } })).toBe(false);
  });
});

describe('dev incremental', () => {
  it('takes the median of the tries', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(Number.isNaN(median([]))).toBe(true);
  });

  it('maps an entry file to its detail page', () => {
    expect(entryUrl('activiteiten/den-helder/koffie-ochtend.md')).toBe('/activiteiten/koffie-ochtend/');
  });
});
