import { describe, expect, test } from 'vitest';
import { onePagePerShape, pageShape } from '../support/page-shapes.ts';

const card = (name: string, href: string, extra = ''): string =>
  `<main><article class="entry-card"${extra}><h3><a href="${href}">${name}</a></h3><p>Elke week</p></article></main>`;

describe('pageShape', () => {
  test('pages that differ only in texts and attribute values share a shape', () => {
    expect(pageShape(card('Koffie-ochtend', '/a/'))).toBe(pageShape(card('Samen eten in de buurtkamer', '/b/')));
    expect(pageShape('<img src="a.png" alt="Een bank">')).toBe(pageShape('<img src="b.png" alt="Een tafel">'));
  });

  test('a new class, role, aria attribute, missing alt, or a link with no text directly inside makes another shape', () => {
    const base = pageShape(card('Koffie', '/a/'));
    expect(pageShape(card('Koffie', '/a/', ' role="listitem"'))).not.toBe(base);
    expect(pageShape(card('Koffie', '/a/', ' aria-current="page"'))).not.toBe(base);
    expect(pageShape(card('Koffie', '/a/').replace('entry-card', 'entry-card entry-card--past'))).not.toBe(base);
    expect(pageShape(card('', '/a/'))).not.toBe(base);
    expect(pageShape('<img src="a.png">')).not.toBe(pageShape('<img src="a.png" alt="Een bank">'));
  });

  test('the order of classes and repeated elements do not matter; words inside values are no attributes', () => {
    expect(pageShape('<p class="a b">x</p><p class="a b">y</p>')).toBe(pageShape('<p class="b a">z</p>'));
    expect(pageShape('<p title="zie aria-label en role">x</p>')).toBe(pageShape('<p title="iets anders">x</p>'));
    expect(pageShape('<p data-x="a > b">x</p>')).toBe(pageShape('<p data-x="c">x</p>'));
    expect(pageShape(`<p data-x="a class='b'" class="c">x</p>`)).toBe(pageShape('<p class="c">x</p>'));
  });

  test('reads attributes without a value, in capitals or single quotes, and self-closing tags', () => {
    expect(pageShape('<details open><summary>Meer</summary></details>')).not.toBe(
      pageShape('<details><summary>Meer</summary></details>'),
    );
    expect(pageShape('<P CLASS="a" ARIA-HIDDEN="true">x</P>')).toBe(pageShape(`<p class='a' aria-hidden='true'>x</p>`));
    expect(pageShape('<input type="checkbox" id="k"/>')).toBe(pageShape('<input type="radio" id="j" />'));
    expect(pageShape('<p hidden>x</p>')).not.toBe(pageShape('<p>x</p>'));
  });

  test('comments and the insides of scripts and styles are no markup', () => {
    const plain = pageShape('<script type="module" src="/a.js"></script><main><p>x</p></main>');
    expect(
      pageShape('<!-- <nav role="navigation"> --><script type="module" src="/a.js"></script><main><p>x</p></main>'),
    ).toBe(plain);
    const script = (code: string): string => pageShape(`<script type="module">${code}</script><main><p>x</p></main>`);
    expect(script(`const s = "<nav role='x'>"; const q = '"';`)).toBe(script('let x = 1;'));
    expect(pageShape('<style>p::after { content: "<b class=x>" }</style><p>x</p>')).toBe(
      pageShape('<style>p { color: red }</style><p>x</p>'),
    );
  });
});

describe('onePagePerShape', () => {
  const html: Record<string, string> = {
    '/activiteiten/kort/': card('Koffie', '/a/'),
    '/activiteiten/lang/': card('Koffie-ochtend met een lange naam', '/a/'),
    '/activiteiten/anders/': card('Koffie', '/a/', ' aria-describedby="x"'),
    '/diensten/zelfde-html/': card('Koffie', '/a/'),
  };
  const pages = Object.keys(html).map((path) => ({ path, file: `${path}index.html` }));
  const picked = onePagePerShape(pages, (page) => html[page.path] ?? '');

  test('keeps the largest page of each shape and says how many it stands for', () => {
    expect(picked.map((p) => [p.path, p.standsFor])).toEqual([
      ['/activiteiten/anders/', 1],
      ['/activiteiten/lang/', 2],
      ['/diensten/zelfde-html/', 1],
    ]);
  });

  test('never lets one page stand for a page of another type', () => {
    expect(picked.some((p) => p.path.startsWith('/diensten/'))).toBe(true);
  });
});
