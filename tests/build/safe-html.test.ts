/**
 * No built page contains a construct that could run code or load something from elsewhere
 * (inline scripts, event handlers, javascript: URLs, frames, <style>, ...). Together with the
 * Content-Security-Policy this keeps every page safe, whatever editors write.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { dangerousConstructs } from '../support/dangerous-html.ts';
import { builtPages } from '../support/site.ts';

/** Findings allowed on one page, each with its reason (docs/quality.md repeats them). */
const ALLOWED: Readonly<Record<string, string>> = {
  '/admin/: <style> element':
    'The Decap CMS page (public/admin/index.html) hides its fallback text with a few lines of CSS; it is written by hand, never from content, and gets its own header policy (docs/quality.md).',
};

describe('safe HTML', () => {
  test('no built page holds an inline script, event handler, javascript: URL, frame or style', () => {
    const found = builtPages()
      .flatMap((page) => dangerousConstructs(readFileSync(page.file, 'utf8')).map((what) => `${page.path}: ${what}`))
      .filter((finding) => !ALLOWED[finding]);
    expect(found).toEqual([]);
  });

  test('the check finds each kind of dangerous construct', () => {
    const html = `<p onclick="x()">a</p><script>alert(1)</script><a href=" JaVaScRiPt:alert(1)">b</a>
      <iframe src="https://example.org/"></iframe><style>p{}</style><svg><script>1</script></svg>
      <script src="https://cdn.example.org/x.js"></script><p style="color:red">c</p>
      <meta http-equiv="refresh" content="0;url=https://example.org/"><script type="application/ld+json">{}</script>`;
    expect(dangerousConstructs(html)).toEqual([
      'onclick= on <p>',
      'inline <script>',
      'javascript: URL in href= on <a>',
      '<iframe> element',
      '<style> element',
      '<script> inside <svg>',
      '<script src="https://cdn.example.org/x.js"> from elsewhere',
      'style= on <p>',
      '<meta http-equiv="refresh">',
    ]);
  });
});
