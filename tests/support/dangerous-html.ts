/**
 * Finds constructs in built HTML that could run code or load something from elsewhere: inline
 * scripts, scripts from other hosts, event-handler attributes, javascript:/data: URLs, frames,
 * objects, <style>, style attributes, <base>, meta refresh and scripts inside SVG. Parsed with
 * parse5, so it sees what a browser sees, not what a regular expression guesses.
 */
import { elementsOf } from '../../scripts/lib/html-elements.ts';

/** Script types a browser does not execute: data blocks (JSON-LD, JSON). */
const DATA_SCRIPT_TYPES = new Set(['application/ld+json', 'application/json']);
const FORBIDDEN_ELEMENTS = new Set(['iframe', 'frame', 'frameset', 'object', 'embed', 'style', 'base', 'applet']);
const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'action',
  'formaction',
  'xlink:href',
  'data',
  'poster',
  'srcset',
  'background',
]);

/** A URL as a browser reads its scheme: without leading spaces and control characters, lower case. */
function scheme(url: string): string {
  const visible = [...url].filter((char) => char.charCodeAt(0) > 0x20).join('');
  return visible.toLowerCase().split(':')[0] ?? '';
}

function isLocal(url: string): boolean {
  return url.startsWith('/') && !url.startsWith('//');
}

/** Every dangerous construct in a document, described in one line each. */
export function dangerousConstructs(html: string): string[] {
  const found: string[] = [];
  for (const [element, ancestors] of elementsOf(html)) {
    const tag = element.tagName;
    const attr = (name: string) => element.attrs.find((a) => a.name === name)?.value;
    if (FORBIDDEN_ELEMENTS.has(tag)) found.push(`<${tag}> element`);
    if (tag === 'meta' && attr('http-equiv')?.toLowerCase() === 'refresh') found.push('<meta http-equiv="refresh">');
    if (tag === 'script') {
      const src = attr('src');
      const type = (attr('type') ?? '').toLowerCase();
      if (ancestors.includes('svg')) found.push('<script> inside <svg>');
      else if (src === undefined && !DATA_SCRIPT_TYPES.has(type)) found.push('inline <script>');
      else if (src !== undefined && !isLocal(src)) found.push(`<script src="${src}"> from elsewhere`);
    }
    if (tag === 'foreignobject') found.push('<foreignObject> in SVG');
    for (const { name, value } of element.attrs) {
      if (name.startsWith('on')) found.push(`${name}= on <${tag}>`);
      if (name === 'style') found.push(`style= on <${tag}>`);
      if (URL_ATTRIBUTES.has(name) && ['javascript', 'data', 'vbscript'].includes(scheme(value)))
        found.push(`${scheme(value)}: URL in ${name}= on <${tag}>`);
    }
  }
  return found;
}
