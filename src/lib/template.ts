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
