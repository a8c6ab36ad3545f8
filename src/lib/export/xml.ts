/**
 * A small typed XML writer for the sitemap and the Atom feeds: elements with attributes and
 * text, with escaping done in one place. Characters XML 1.0 does not allow are dropped.
 */

// Control characters other than tab, newline and carriage return are not allowed in XML 1.0,
// nor are lone surrogates and U+FFFE/U+FFFF.
/* eslint-disable no-control-regex -- these control characters are exactly what must be removed */
const INVALID_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/* eslint-enable no-control-regex */

/** Text safe for XML content and attribute values (&, <, >, " and ' escaped). */
export function escapeXml(text: string): string {
  return text
    .replace(INVALID_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

export interface XmlElement {
  name: string;
  attributes?: Record<string, string | undefined>;
  /** Text (escaped when written) or child elements. */
  children?: string | readonly (XmlElement | undefined)[];
}

/** Shorthand: el('title', { type: 'text' }, 'Hallo'). */
export function el(
  name: string,
  attributes: Record<string, string | undefined> = {},
  children: string | readonly (XmlElement | undefined)[] = [],
): XmlElement {
  return { name, attributes, children };
}

function attributesText(attributes: Record<string, string | undefined> = {}): string {
  return Object.entries(attributes)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([key, value]) => ` ${key}="${escapeXml(value)}"`)
    .join('');
}

function write(element: XmlElement, depth: number): string {
  const indent = '  '.repeat(depth);
  const open = `${indent}<${element.name}${attributesText(element.attributes)}`;
  const children = element.children ?? [];
  if (typeof children === 'string') return `${open}>${escapeXml(children)}</${element.name}>`;
  const present = children.filter((child): child is XmlElement => child !== undefined);
  if (present.length === 0) return `${open}/>`;
  return `${open}>\n${present.map((child) => write(child, depth + 1)).join('\n')}\n${indent}</${element.name}>`;
}

/** A complete XML document with declaration, indented two spaces, ending with a newline. */
export function xmlDocument(root: XmlElement): string {
  return `<?xml version="1.0" encoding="utf-8"?>\n${write(root, 0)}\n`;
}
