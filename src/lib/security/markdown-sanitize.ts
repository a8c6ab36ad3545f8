/**
 * The allow-list for HTML in editors' markdown. Editors' files arrive through pull requests and may
 * contain raw HTML; the markdown processor (Sätteri, astro.config.mjs) first parses that HTML into
 * real elements (its rawHtml feature) and then `sanitizeMarkdownHtml` keeps only what this schema
 * allows (hast-util-sanitize, the sanitiser GitHub-style markdown renderers use).
 *
 * Starting point: hast-util-sanitize's `defaultSchema` (GitHub's rules: no scripts, no event
 * handlers, no style, no iframes, ids prefixed with `user-content-`). Narrowed for this site:
 * - no images, videos or other embedded media: they would load files from other hosts, which
 *   breaks the privacy promise (no request leaves the site until the map is opened);
 * - no form controls (task-list checkboxes are not used on this site);
 * - links: http, https, mailto and tel only, so `javascript:` and `data:` URLs are dropped;
 * - elements whose text is not meant to be read (script, style, svg, math, template, ...) are
 *   removed with their content instead of being unwrapped.
 */
import { defaultSchema, sanitize } from 'hast-util-sanitize';
import type { Schema as SanitizeSchema } from 'hast-util-sanitize';
import type { Root } from 'hast';
import type { HastPluginDefinition, HastPluginEntry } from 'satteri';

/** Elements an editor may use, in markdown or as raw HTML. */
const TOEGESTAAN = [
  'a',
  'abbr',
  'b',
  'blockquote',
  'br',
  'code',
  'dd',
  'del',
  'details',
  'dl',
  'dt',
  'em',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'i',
  'ins',
  'kbd',
  'li',
  'ol',
  'p',
  'pre',
  'q',
  's',
  'section',
  'strong',
  'sub',
  'summary',
  'sup',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
] as const;

/** Elements dropped together with everything inside them. */
const MET_INHOUD_WEG = [
  'script',
  'style',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'svg',
  'math',
  'template',
  'noscript',
  'textarea',
  'select',
  'title',
  'head',
  'xmp',
  'noembed',
  'noframes',
  'plaintext',
] as const;

const defaults = defaultSchema;

/** The hast-util-sanitize schema used for every markdown body on the site. */
export const MARKDOWN_SCHEMA: SanitizeSchema = {
  ...defaults,
  tagNames: [...TOEGESTAAN],
  strip: [...MET_INHOUD_WEG],
  attributes: {
    ...defaults.attributes,
    abbr: ['title'],
    a: [...(defaults.attributes?.['a'] ?? []), 'title'],
    ol: ['start', 'reversed'],
    th: ['scope', 'colSpan', 'rowSpan'],
    td: ['colSpan', 'rowSpan'],
    // Only harmless attributes on every element: no class, no style, no event handlers.
    '*': ['lang', 'dir', 'title'],
  },
  protocols: {
    href: ['http', 'https', 'mailto', 'tel'],
    cite: ['http', 'https'],
  },
  required: {},
};

/**
 * Signs that a markdown body may produce something the allow-list changes. Kept broad on purpose:
 * raw HTML and autolinks, links, images, footnotes and task lists (brackets), tables, code
 * (indented code too, which the highlighter turns into styled markup), character references and
 * escapes, e-mail addresses, URLs that become links, tabs and other control characters (they
 * count as indentation or spacing), and level-1 headings (ATX and setext), also inside block
 * quotes and list items. The container prefix `[ >*+\-\d.)]*` is any mix of indentation, `>`
 * and list markers.
 */
const MAY_NEED_SANITIZING = [
  /[<[\]|`&\\@]/,
  /:\/\/|www\.|~~~/i,
  // eslint-disable-next-line no-control-regex -- control characters are what this looks for
  /[\x00-\x09\x0b\x0c\x0e-\x1f\x7f]/,
  /^ {4}/m,
  /^[ >*+\-\d.)]*[>*+\-.)] {4}/m,
  /^[ >*+\-\d.)]*#(?:\s|$)/m,
  /^[ >*+\-\d.)]*=+\s*$/m,
];

/**
 * Whether the sanitiser must see this markdown. Plain paragraphs, lists, emphasis and h2–h6
 * headings only ever give elements and attributes the schema allows, so for them the sanitiser
 * returned the same tree, after Sätteri had handed the whole tree to JavaScript and read it back
 * (5.7 s of the content sync at 10,000 entries; docs/benchmarks.md). Every body with a sign of
 * anything else still goes through it. tests/unit/markdown-sanitize.test.ts checks that skipping
 * changes nothing for the bodies this lets through.
 */
export function needsSanitizing(markdown: string): boolean {
  return MAY_NEED_SANITIZING.some((sign) => sign.test(markdown));
}

const sanitizer: HastPluginDefinition = {
  name: 'wegwijzer-sanitize',
  after(root, ctx) {
    ctx.replaceNode(root, sanitize(root as Root, MARKDOWN_SCHEMA) as Root);
  },
};

/**
 * Sätteri hast plugin: replaces the whole tree of a markdown body by its sanitised copy, once the
 * raw HTML has been parsed into elements. Runs on every body that may need it (needsSanitizing),
 * so nothing outside the allow-list reaches a page, whether it came from raw HTML or from
 * markdown syntax (images, a level-1 heading).
 */
export const sanitizeMarkdownHtml: HastPluginEntry = ({ source }) => (needsSanitizing(source) ? sanitizer : null);
