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
