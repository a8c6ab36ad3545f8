/**
 * Fills {name} placeholders in a text; unknown placeholders stay visible so a missing value is
 * noticed rather than silently dropped. Dependency-free, so both the build (`t()`) and the small
 * browser scripts (schedule, search, map, shortlist) use this one function.
 */
export function fillTemplate(template: string, values: Readonly<Record<string, string | number>> = {}): string {
  // Most texts have no placeholder; the build fills millions of them, so skip the regex for those.
  if (!template.includes('{')) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : match,
  );
}

/**
 * The text before and after the placeholder {name} in a template, each filled in with `values`:
 * for marking up the words around a value (e.g. leaving them out of the search index while the
 * value stays in). Throws when the template has no {name}: that is a mistake in the code.
 */
export function aroundPlaceholder(
  template: string,
  name: string,
  values: Readonly<Record<string, string | number>> = {},
): { before: string; after: string } {
  const placeholder = `{${name}}`;
  const at = template.indexOf(placeholder);
  if (at < 0) throw new Error(`The text "${template}" has no placeholder ${placeholder}.`);
  return {
    before: fillTemplate(template.slice(0, at), values),
    after: fillTemplate(template.slice(at + placeholder.length), values),
  };
}
