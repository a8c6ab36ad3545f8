/**
 * Grouping built pages by their structure, so the slow axe gate can check one page of each
 * structure instead of all of them. Two pages share a shape when they have the same page type and the
 * same set of element kinds: tag, classes, which accessibility-relevant attributes are present
 * (RELEVANT_ATTRIBUTE below), and whether text directly follows the start tag. Pages of one shape
 * differ in texts and attribute values. html-validate (`tests/build/html-validate.test.ts`)
 * checks on every built page what depends on those most: link texts, alt texts, labels, unique
 * ids, non-empty headings. Not covered for the pages left out: colour contrast or target size that
 * depend on where an element sits (the shape is a set, not a tree) and on the length of its text,
 * and content that scripts build after loading. docs/quality.md lists these limits.
 */
import { readFileSync } from 'node:fs';
import { pageType } from './page-types.ts';
import type { BuiltPage } from './site.ts';

const START_TAG = /<([a-z][a-z0-9-]*)\b((?:[^>"']|"[^"]*"|'[^']*')*)>([^<]*)/gi;
const ATTRIBUTE = /([^\s"'=<>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
/** Attributes whose presence changes what axe checks or how: roles, names, visibility, relations. */
const RELEVANT_ATTRIBUTE =
  /^(?:role|aria-.*|alt|lang|tabindex|href|for|id|hidden|inert|disabled|type|title|scope|headers|open)$/;
/** Comments, and the raw text of scripts and styles, are no markup: cut out before scanning. */
const NOT_MARKUP = /<!--[\s\S]*?-->|(<(script|style)\b[^>]*>)[\s\S]*?<\/\2\s*>/gi;

/**
 * The element kinds of an HTML document, as one sorted string; equal strings mean the same shape.
 * A kind is an element's tag, its classes, which relevant attributes it has, and whether text
 * directly follows its start tag (text inside a child element counts for the child).
 */
export function pageShape(html: string): string {
  const kinds = new Set<string>();
  const markup = html.replace(NOT_MARKUP, (_, startTag?: string, name?: string) =>
    startTag ? `${startTag}</${name ?? ''}>` : '',
  );
  for (const [, tag = '', attributes = '', textAfter = ''] of markup.matchAll(START_TAG)) {
    const classes: string[] = [];
    const relevant: string[] = [];
    for (const [, rawName = '', ...values] of attributes.matchAll(ATTRIBUTE)) {
      const name = rawName.toLowerCase();
      if (name === 'class') classes.push(...(values.find((v) => v !== undefined) ?? '').split(/\s+/).filter(Boolean));
      else if (RELEVANT_ATTRIBUTE.test(name)) relevant.push(name);
    }
    const text = textAfter.replace(/&nbsp;|&#160;/g, ' ').trim() === '' ? '' : '+text';
    kinds.add(`${tag.toLowerCase()}.${classes.sort().join('.')}[${relevant.sort().join(',')}]${text}`);
  }
  return [...kinds].sort().join(' ');
}

/**
 * One page of every (page type, shape), the largest of its group: more content gives axe more to
 * find. Sorted by site path; each page carries how many pages its shape stands for.
 */
export function onePagePerShape(
  pages: readonly BuiltPage[],
  read: (page: BuiltPage) => string = (page) => readFileSync(page.file, 'utf8'),
): (BuiltPage & { standsFor: number })[] {
  const groups = new Map<string, { page: BuiltPage; size: number; count: number }>();
  for (const page of pages) {
    const html = read(page);
    const key = `${pageType(page.path)}\n${pageShape(html)}`;
    const group = groups.get(key);
    if (!group) groups.set(key, { page, size: html.length, count: 1 });
    else {
      group.count++;
      if (html.length > group.size) Object.assign(group, { page, size: html.length });
    }
  }
  return [...groups.values()]
    .map(({ page, count }) => ({ ...page, standsFor: count }))
    .sort((a, b) => a.path.localeCompare(b.path));
}
