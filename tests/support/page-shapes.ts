/**
 * Grouping built pages by their structure, so the slow axe gate can check one page of each
 * structure instead of all of them. Two pages share a shape when they have the same page type and
 * the same set of element kinds: tag, classes, which accessibility-relevant attributes are present
 * (RELEVANT_ATTRIBUTE below), and whether the element has text of its own. The HTML is read with
 * parse5, as a browser reads it. Pages of one shape differ in texts and attribute values;
 * html-validate (`tests/build/html-validate.test.ts`) checks on every built page what depends on
 * those most: link texts, alt texts, labels, unique ids, non-empty headings. Not covered for the
 * pages left out: colour contrast or target size that depend on where an element sits (the shape
 * is a set, not a tree) or on the length of its text, and content that scripts build after
 * loading. docs/quality.md lists these limits.
 */
import { readFileSync } from 'node:fs';
import { elementsOf } from '../../scripts/lib/html-elements.ts';
import { pageType } from './page-types.ts';
import type { BuiltPage } from './site.ts';

/** Attributes whose presence changes what axe checks or how: roles, names, visibility, relations. */
const RELEVANT_ATTRIBUTE =
  /^(?:role|aria-.*|alt|lang|tabindex|href|for|id|hidden|inert|disabled|type|title|scope|headers|open)$/;

/**
 * The element kinds of an HTML document, as one sorted string; equal strings mean the same shape.
 * A kind is an element's tag, its classes, which relevant attributes it has, and whether it has
 * text of its own (a text node directly inside it; text inside a child counts for the child).
 */
export function pageShape(html: string): string {
  const kinds = new Set<string>();
  for (const [element] of elementsOf(html)) {
    const classes = (element.attrs.find((a) => a.name === 'class')?.value ?? '').split(/\s+/).filter(Boolean);
    const relevant = element.attrs.map((a) => a.name).filter((name) => RELEVANT_ATTRIBUTE.test(name));
    const hasText = element.childNodes.some(
      (child) => child.nodeName === '#text' && 'value' in child && child.value.trim(),
    );
    kinds.add(`${element.tagName}.${classes.sort().join('.')}[${relevant.sort().join(',')}]${hasText ? '+text' : ''}`);
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
