/**
 * The sanitiser of editors' markdown is skipped for bodies without any sign of HTML, links, code
 * and the like (needsSanitizing in src/lib/security/markdown-sanitize.ts). These tests render
 * markdown through Astro's own Sätteri pipeline with the site's features (rawHtml, GFM, smart
 * punctuation, Shiki highlighting, heading ids), once with the sanitiser forced on and once
 * without it, and check that every body the check lets through comes out the same, and that what
 * could change is caught. The attacks themselves are built into pages and run in Chromium by
 * tests/e2e/injection.test.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import type { HastPluginDefinition } from 'satteri';
import { sanitize } from 'hast-util-sanitize';
import type { Root } from 'hast';
import { beforeAll, describe, expect, it } from 'vitest';
import { MARKDOWN_SCHEMA, needsSanitizing } from '../../src/lib/security/markdown-sanitize.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

const alwaysSanitize: HastPluginDefinition = {
  name: 'test-sanitize',
  after(root, ctx) {
    ctx.replaceNode(root, sanitize(root as Root, MARKDOWN_SCHEMA) as Root);
  },
};

type Processor = Awaited<ReturnType<typeof createSatteriMarkdownProcessor>>;
const processors: { with?: Processor; without?: Processor } = {};

beforeAll(async () => {
  // As astro.config.mjs sets it up, with the sanitiser always on or always off.
  processors.with = await createSatteriMarkdownProcessor({
    features: { rawHtml: true },
    hastPlugins: [alwaysSanitize],
  });
  processors.without = await createSatteriMarkdownProcessor({ features: { rawHtml: true }, hastPlugins: [] });
});

async function html(markdown: string, sanitized: boolean): Promise<string> {
  const processor = sanitized ? processors.with : processors.without;
  if (!processor) throw new Error('processors not ready');
  return (await processor.render(markdown)).code;
}

/** The markdown bodies of the sample content (front matter removed). */
function sampleBodies(): string[] {
  const dir = path.join(ROOT, 'content');
  return (readdirSync(dir, { recursive: true }) as string[])
    .filter((file) => file.endsWith('.md'))
    .map((file) => readFileSync(path.join(dir, file), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, ''));
}

/** Seeded plain markdown: paragraphs, lists, emphasis, h2–h6, quotes, rules, punctuation. */
function plainDocuments(count: number, seed = 7): string[] {
  let state = seed;
  const next = (n: number): number => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state % n;
  };
  const words = [
    'koffie',
    'Samen',
    'wandelen',
    "'s middags",
    '"inloop"',
    'gratis!',
    'Let op:',
    'vrij-',
    'e.v.',
    '10.00',
    '€ 2,50',
    '(ook)',
    'ik...',
    '--',
    '*',
    '_',
    '**',
    '__',
    '~~',
    'Ĳsselmeer',
    'café',
    '#5',
  ];
  const lineStarts = [
    '',
    '',
    '',
    '- ',
    '* ',
    '1. ',
    '3) ',
    '## ',
    '### ',
    '###### ',
    '> ',
    '  - ',
    '---',
    '***',
    '> ## ',
    '- ### ',
    '> - ',
    '>> ',
    '  ',
    '   ',
    '',
  ];
  return Array.from({ length: count }, () => {
    const lines = Array.from({ length: 1 + next(8) }, () => {
      const text = Array.from({ length: 1 + next(9) }, () => words[next(words.length)]).join(' ');
      return `${lineStarts[next(lineStarts.length)] ?? ''}${text}${next(5) === 0 ? '  ' : ''}`;
    });
    return lines.join(next(2) === 0 ? '\n' : '\n\n');
  });
}

describe('needsSanitizing (the sanitiser is skipped only where it changes nothing)', () => {
  it('lets the plain bodies of the sample content through, and they render the same without it', async () => {
    const plain = sampleBodies().filter((body) => !needsSanitizing(body));
    expect(plain.length).toBeGreaterThan(100);
    for (const body of plain) expect(await html(body, false), body).toBe(await html(body, true));
  });

  it('renders 400 generated plain documents the same without the sanitiser', async () => {
    const documents = plainDocuments(400);
    const through = documents.filter((doc) => !needsSanitizing(doc));
    expect(through.length).toBeGreaterThan(300);
    for (const doc of through) expect(await html(doc, false), doc).toBe(await html(doc, true));
  });

  it('sends everything the allow-list changes to the sanitiser', async () => {
    const changed = [
      '<b onclick="x()">vet</b>',
      '<script>alert(1)</script>',
      '[klik](javascript:alert(1))',
      '![foto](https://example.org/a.png)',
      '# Kop van niveau 1',
      'Kop van niveau 1\n===',
      'Zie voetnoot.[^1]\n\n[^1]: Uitleg.',
      '- [ ] taak',
      '| a | b |\n| :- | -: |\n| 1 | 2 |',
      '    ingesprongen code',
      ' \tcode',
      '-     code in een lijst',
      '1.     code in een lijst',
      '>     code in een citaat',
      '-\t\tcode',
      '> # Kop in een citaat',
      '># Kop',
      '- # Kop in een lijst',
      '1) # Kop',
      '> Kop\n> ===',
    ];
    const same: string[] = [];
    for (const markdown of changed) {
      expect(needsSanitizing(markdown), markdown).toBe(true);
      if ((await html(markdown, false)) === (await html(markdown, true))) same.push(markdown);
    }
    // Each pair really differs, so these cases prove the comparison above can fail.
    expect(same).toEqual([]);
  });

  it('also sends code, URLs, e-mail addresses, references and escapes, to be safe', () => {
    const caught = [
      '`code`',
      '```js\nx\n```',
      '~~~\nx\n~~~',
      '\tmet een tab',
      '#\vKop',
      '#\fKop',
      'Kop\n===\f',
      'https://example.org',
      '<https://example.org>',
      'www.example.org',
      'ftp://example.org/bestand',
      'info@example.org',
      '&lt;b&gt;',
      '\\*geen nadruk\\*',
      '[tekst](https://example.org)',
    ];
    for (const markdown of caught) expect(needsSanitizing(markdown), markdown).toBe(true);
  });
});
