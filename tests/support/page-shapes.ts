/**
 * Grouping built pages by their structure, so the slow axe gate can check one page of each
 * structure instead of all 470. Two pages share a shape when they have the same page type and the
 * same set of element kinds: tag, classes, and which accessibility-relevant attributes are present
 * (role, aria-*, alt, lang, tabindex, href, for, id), plus whether the element holds any text.
 * What differs between pages of one shape is text and attribute values, and those are checked on
 * every page without a browser: html-validate (`tests/build/html-validate.test.ts`) requires link
 * texts, alt texts, labels, unique ids and non-empty headings on every built page.
 */
import { readFileSync } from 'node:fs';
import { pageType } from './page-types.ts';
import type { BuiltPage } from './site.ts';

const START_TAG = /<([a-z][a-z0-9-]*)\b((?:[^>"']|"[^"]*"|'[^']*')*)>([^<]*)/gi;
const ATTRIBUTE_NAME = /\s([a-z][a-z0-9:-]*)(?=[\s=/]|$)/gi;
const RELEVANT_ATTRIBUTE = /^(?:role|aria-.*|alt|lang|tabindex|href|for|id)$/;

/** The element kinds of an HTML document, as one sorted string; equal strings mean the same shape. */
export function pageShape(html: string): string {
  const kinds = new Set<string>();
  for (const [, tag = '', attributes = '', textAfter = ''] of html.matchAll(START_TAG)) {
    // Attribute values are cut out first, so text inside a value never looks like a name.
    const names = attributes.replace(/"[^"]*"|'[^']*'/g, '');
    const classes = (/\sclass=(?:"([^"]*)"|'([^']*)')/i.exec(attributes)?.slice(1).join('') ?? '')
      .split(/\s+/)
      .filter(Boolean)
      .sort();
    const relevant = [...names.matchAll(ATTRIBUTE_NAME)]
      .map(([, name = '']) => name.toLowerCase())
      .filter((name) => RELEVANT_ATTRIBUTE.test(name))
      .sort();
    const text = textAfter.trim() === '' ? '' : '+text';
    kinds.add(`${tag.toLowerCase()}.${classes.join('.')}[${relevant.join(',')}]${text}`);
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
