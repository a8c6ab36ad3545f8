/**
 * A markdown file with YAML front matter, written by a tiny emitter for the plain data the
 * generator produces (strings, numbers, booleans, arrays and nested objects). It is about ten
 * times faster than a general YAML library, which matters at 100,000 files.
 *
 * Every string is double-quoted (JSON string syntax is valid YAML), so times ("09:30"), codes
 * ("0400") and dates are never re-typed by a YAML parser. Undefined fields are left out.
 */

type Value = string | number | boolean | undefined | Value[] | { [key: string]: Value };

function scalar(value: string | number | boolean): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' && !Number.isFinite(value)) throw new Error(`Cannot write ${value} as YAML`);
  return String(value);
}

function isPlainObject(value: Value): value is { [key: string]: Value } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Lines for a mapping at `indent` spaces. */
function mapping(object: { [key: string]: Value }, indent: string): string[] {
  const lines: string[] = [];
  for (const [key, value] of Object.entries(object)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) {
      if (value.length === 0) lines.push(`${indent}${key}: []`);
      else lines.push(`${indent}${key}:`, ...sequence(value, `${indent}  `));
    } else if (isPlainObject(value)) {
      lines.push(`${indent}${key}:`, ...mapping(value, `${indent}  `));
    } else {
      lines.push(`${indent}${key}: ${scalar(value)}`);
    }
  }
  return lines;
}

/** Lines for a sequence at `indent` spaces ("- item"; objects continue on the dash line). */
function sequence(items: Value[], indent: string): string[] {
  const lines: string[] = [];
  for (const item of items) {
    if (item === undefined) continue;
    if (isPlainObject(item)) {
      const inner = mapping(item, `${indent}  `);
      if (inner.length === 0) lines.push(`${indent}- {}`);
      else lines.push(`${indent}- ${(inner[0] as string).trimStart()}`, ...inner.slice(1));
    } else if (Array.isArray(item)) {
      throw new Error('Nested sequences are not used in content files');
    } else {
      lines.push(`${indent}- ${scalar(item)}`);
    }
  }
  return lines;
}

/** The YAML text (without the --- fences) of a front matter record. */
export function frontmatterYaml(data: Record<string, unknown>): string {
  const lines = mapping(data as { [key: string]: Value }, '');
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}

export function markdownFile(data: Record<string, unknown>, body: string): string {
  return `---\n${frontmatterYaml(data)}---\n${body.length > 0 ? `\n${body}` : ''}`;
}
