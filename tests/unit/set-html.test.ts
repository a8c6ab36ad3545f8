/**
 * Astro escapes every `{expression}` in a template; only `set:html` (and `is:raw`) puts a string
 * into the page unescaped. Each use in src/ is listed here with the reason it is safe, so a new
 * one fails this test until someone has thought about it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { jsonLdText } from '../../src/lib/export/jsonld/serialize.ts';

const src = path.resolve(import.meta.dirname, '../../src');

const ALLOWED: Readonly<Record<string, string>> = {
  'components/seo/JsonLd.astro':
    'JSON-LD data block; jsonLdText() escapes <, > and & as \\u003c etc., so content cannot close the <script>.',
  'components/map/PlacesWithMap.astro':
    'A JSON data block with interface texts from src/lib/i18n.ts only, never content.',
  'pages/zoeken.astro': 'A JSON data block with interface texts from src/lib/i18n.ts only, never content.',
  'components/flyer/FlyerSheet.astro': 'The QR code SVG drawn by src/lib/qr.ts from a URL of our own site.',
  'components/entry/EntryHeader.astro':
    'Re-inserts the already rendered (and escaped) HTML of the component’s own "acties" slot.',
};

function astroFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return astroFiles(full);
    return /\.(astro|tsx?|jsx?|mdx?)$/.test(entry.name) ? [full] : [];
  });
}

describe('unescaped HTML in templates', () => {
  test('set:html and is:raw are used only where this test says why it is safe', () => {
    const uses = astroFiles(src)
      .filter((file) => /set:html|is:raw|dangerouslySetInnerHTML/.test(readFileSync(file, 'utf8')))
      .map((file) => path.relative(src, file).split(path.sep).join('/'));
    expect(uses.filter((file) => !ALLOWED[file])).toEqual([]);
  });

  test('JSON-LD escapes < so content cannot end the script element', () => {
    const text = jsonLdText({ name: '</script><script>alert(1)</script><!--' });
    expect(text).not.toMatch(/<|>/);
    expect(JSON.parse(text)).toEqual({ name: '</script><script>alert(1)</script><!--' });
  });
});
