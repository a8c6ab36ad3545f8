/** Writing and updating entry files for the import and `npm run new`, keeping hand edits intact. */
import { createHash } from 'node:crypto';
import { parseDocument, stringify } from 'yaml';
import { splitFrontmatter } from '../validation/frontmatter.ts';

/** A new entry file: YAML frontmatter, then the description. */
export function maakBestand(data: Record<string, unknown>, beschrijving: string): string {
  // Times are quoted, as editors are asked to write them ("09:30"), so no YAML reader can take them for numbers.
  const yaml = stringify(data, { lineWidth: 0 })
    .trimEnd()
    .replace(/^(\s*(?:- )?(?:van|tot): )(\d{2}:\d{2})$/gm, '$1"$2"');
  return `---\n${yaml}\n---\n\n${beschrijving.trim()}\n`;
}

/** Reads the data and description of an existing file (undefined when it has no frontmatter). */
export function leesBestand(tekst: string): { data: Record<string, unknown>; beschrijving: string } | undefined {
  const split = splitFrontmatter(tekst);
  if (!split.ok) return undefined;
  const data = (parseDocument(split.deel.yaml).toJS() ?? {}) as Record<string, unknown>;
  // YAML dates become Date objects; compare them as the plain text editors write.
  for (const [k, v] of Object.entries(data)) if (v instanceof Date) data[k] = v.toISOString().slice(0, 10);
  return { data, beschrijving: split.deel.body.trim() };
}

/**
 * Sets top-level fields (undefined removes) and optionally the description, keeping comments,
 * order and every other field of the file as the editor left them.
 */
export function werkBij(tekst: string, velden: Record<string, unknown>, beschrijving?: string): string {
  const split = splitFrontmatter(tekst);
  if (!split.ok) throw new Error('Bestand zonder gegevens');
  const doc = parseDocument(split.deel.yaml);
  for (const [k, v] of Object.entries(velden)) {
    if (v === undefined) doc.delete(k);
    else doc.set(k, doc.createNode(v));
  }
  const body = beschrijving !== undefined ? `\n${beschrijving.trim()}\n` : split.deel.body.replace(/^\n/, '');
  return `---\n${doc.toString({ lineWidth: 0 }).trimEnd()}\n---\n${body.startsWith('\n') ? body : `\n${body}`}`;
}

function stabiel(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stabiel).join(',')}]`;
  if (value && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stabiel((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(value ?? null);
}

/** A short fingerprint of a field value, for the import state. */
export function vingerafdruk(value: unknown): string {
  return createHash('sha256').update(stabiel(value)).digest('hex').slice(0, 16);
}
