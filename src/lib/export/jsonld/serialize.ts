/**
 * JSON-LD as the text of a <script type="application/ld+json"> element. JSON may contain "</script>"
 * or "<!--" inside strings; escaping <, > and & as \u003c, \u003e and \u0026 keeps the script
 * element closed where it should be, and the JSON value unchanged.
 */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
