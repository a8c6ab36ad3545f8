/**
 * Reads the frontmatter YAML with the `yaml` package, keeping the syntax tree and line numbers
 * so a problem in `wanneer[0].van` can name the line where an editor finds that field.
 * Options follow Astro's parser (js-yaml): YAML 1.2 core schema plus timestamps and merge keys.
 */
import { LineCounter, isMap, isPair, isScalar, isSeq, parseDocument, visit, type Document, type Node } from 'yaml';
import type { VeldPad } from './paths.ts';
import { yamlFoutNaarNederlands } from './yaml-errors.ts';

export interface YamlFout {
  regel: number;
  bericht: string;
}

/** Finds the line of a field: `sleutel` is the line of its name, `waarde` where the value starts. */
export type Zoeker = (path: VeldPad, waar?: 'sleutel' | 'waarde') => number | undefined;

export type YamlResultaat = { ok: true; data: unknown; regelVan: Zoeker } | { ok: false; fouten: YamlFout[] };

function startOf(node: unknown): number | undefined {
  const range = (node as Node | null | undefined)?.range;
  return range ? range[0] : undefined;
}

function locator(doc: Document, lines: LineCounter, eersteRegel: number): Zoeker {
  const toLine = (offset: number | undefined) =>
    offset === undefined ? undefined : eersteRegel + lines.linePos(offset).line - 1;
  return (path, waar = 'waarde') => {
    let current: unknown = doc.contents;
    let lastLine = toLine(startOf(current));
    let keyLine: number | undefined;
    for (const segment of path) {
      keyLine = undefined;
      if (isMap(current)) {
        const pair = current.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(segment));
        if (!pair) return lastLine;
        keyLine = toLine(startOf(pair.key));
        lastLine = keyLine ?? lastLine;
        current = pair.value;
      } else if (isSeq(current) && typeof segment === 'number') {
        const item = current.items[segment];
        if (item === undefined) return lastLine;
        current = item;
        lastLine = toLine(startOf(item)) ?? lastLine;
      } else {
        return lastLine;
      }
    }
    if (waar === 'sleutel' && keyLine !== undefined) return keyLine;
    return toLine(startOf(current)) ?? lastLine;
  };
}

/**
 * YAML turns 2026-02-30 into 2 March without a word (js-yaml in Astro does the same). Keep such
 * impossible dates as the text the editor wrote, so the date check can say what is wrong.
 */
function keepImpossibleDates(doc: Document, text: string): void {
  visit(doc, {
    Scalar(_key, node) {
      if (!(node.value instanceof Date) || !node.range) return;
      const source = text.slice(node.range[0], node.range[1]).trim();
      if (/^\d{4}-\d{2}-\d{2}$/.test(source) && node.value.toISOString().slice(0, 10) !== source) node.value = source;
    },
  });
}

/**
 * Parses the YAML of one frontmatter block. `eersteRegel` is the file line on which the YAML
 * text starts, so all reported lines are lines of the file.
 */
export function parseYaml(text: string, eersteRegel: number): YamlResultaat {
  const lines = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter: lines,
    prettyErrors: true,
    uniqueKeys: true,
    customTags: ['timestamp'],
    merge: true,
  });
  const toLine = (offset: number) => eersteRegel + lines.linePos(offset).line - 1;
  if (doc.errors.length > 0) {
    return {
      ok: false,
      fouten: doc.errors.map((e) => ({ regel: toLine(e.pos[0]), bericht: yamlFoutNaarNederlands(e.code, e.message) })),
    };
  }
  keepImpossibleDates(doc, text);
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    return { ok: false, fouten: [{ regel: eersteRegel, bericht: yamlFoutNaarNederlands('UNKNOWN', String(error)) }] };
  }
  return { ok: true, data, regelVan: locator(doc, lines, eersteRegel) };
}
