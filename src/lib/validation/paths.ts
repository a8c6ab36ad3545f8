/** Field paths as editors read them. */

export type VeldPad = readonly PropertyKey[];

/** `['wanneer', 0, 'van']` → `wanneer[0].van`. */
export function formatPath(path: VeldPad): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out;
}

/** The value at `path` inside `data`; undefined when the path leads nowhere. */
export function valueAt(data: unknown, path: VeldPad): unknown {
  let current = data;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[segment];
  }
  return current;
}
