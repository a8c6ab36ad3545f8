/** The id of an entry is its file name without folders and extension: `texel/foo.md` → `foo`. */
export function idFromPath(path: string): string {
  const file = path.split('/').pop() ?? path;
  return file.replace(/\.md$/, '');
}
