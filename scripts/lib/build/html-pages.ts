/**
 * The HTML pages of a built site, as paths relative to it (`activiteiten/x/index.html`), for the
 * steps after `astro build`: scripts/build.ts lists them once (≈ 0.6 s at 10,000 pages) and hands
 * the list to the search index and the print QR codes. Leaves out what those steps write
 * themselves: the search index folders (pagefind/, pagefind-2/, …).
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';

function generatedByLaterSteps(relative: string): boolean {
  const top = relative.split(path.sep)[0] ?? '';
  return /^pagefind(-\d+)?$/.test(top);
}

export async function builtHtmlPages(outDir: string): Promise<string[]> {
  const entries = await readdir(outDir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => path.relative(outDir, path.join(e.parentPath, e.name)))
    .filter((relative) => !generatedByLaterSteps(relative))
    .sort();
}
