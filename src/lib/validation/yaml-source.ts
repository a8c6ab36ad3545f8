/**
 * Reads the frontmatter YAML. The data comes from js-yaml, the parser Astro itself uses, so the
 * validator sees exactly what the build sees (and it is ten times faster than a full syntax
 * tree). Line numbers and Dutch syntax errors come from the `yaml` package's syntax tree, which
 * is built only when a message needs a line.
 */
import jsyaml from 'js-yaml';
import { LineCounter, isMap, isPair, isScalar, isSeq, parseDocument, type Document, type Node } from 'yaml';
import { isRealDate } from '../../schema/pieces.ts';
import type { VeldPad } from './paths.ts';
import { yamlFoutNaarNederlands } from './yaml-errors.ts';

export interface YamlFout {
  regel: number;
  bericht: string;
}

/** Finds the line of a field: `sleutel` is the line of its name, `waarde` where the value starts. */
export type Zoeker = (path: VeldPad, waar?: 'sleutel' | 'waarde') => number | undefined;

export type YamlResultaat = { ok: true; data: unknown; regelVan: Zoeker } | { ok: false; fouten: YamlFout[] };

type TypeNaam = 'timestamp' | 'merge' | 'binary' | 'omap' | 'pairs' | 'set';
// js-yaml exports its built-in types as `types`; @types/js-yaml does not describe that export.
const { timestamp, merge, binary, omap, pairs, set } = (jsyaml as unknown as { types: Record<TypeNaam, jsyaml.Type> })
  .types;

// Astro's schema (js-yaml's default), except that an impossible date such as 2026-02-30 stays
// text: js-yaml would quietly turn it into 2 March, and the date check could not catch it.
const echteTijdstempel = new jsyaml.Type('tag:yaml.org,2002:timestamp', {
  kind: 'scalar',
  resolve: (data: string) => timestamp.resolve(data) && (!/^\d{4}-\d\d-\d\d$/.test(data) || isRealDate(data)),
  construct: (data: string): unknown => timestamp.construct(data),
  instanceOf: Date,
  represent: (object: object) => (object as Date).toISOString(),
});
const SCHEMA = jsyaml.CORE_SCHEMA.extend({ implicit: [echteTijdstempel, merge], explicit: [binary, omap, pairs, set] });

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

function syntaxTree(text: string) {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: true, uniqueKeys: true, merge: true });
  return { doc, lines };
}

/** A line finder that builds the syntax tree on its first use only. */
function lazyLocator(text: string, eersteRegel: number): Zoeker {
  let zoeker: Zoeker | undefined;
  return (path, waar) => {
    if (!zoeker) {
      const { doc, lines } = syntaxTree(text);
      zoeker = locator(doc, lines, eersteRegel);
    }
    return zoeker(path, waar);
  };
}

/** Dutch messages for YAML that js-yaml (and so Astro) cannot read. */
function syntaxErrors(text: string, eersteRegel: number, error: unknown): YamlFout[] {
  const { doc, lines } = syntaxTree(text);
  if (doc.errors.length > 0) {
    return doc.errors.map((e) => ({
      regel: eersteRegel + lines.linePos(e.pos[0]).line - 1,
      bericht: yamlFoutNaarNederlands(e.code, e.message),
    }));
  }
  // The two parsers disagree (rare, e.g. an alias to a missing anchor): use js-yaml's position.
  const mark = (error as { mark?: { line?: number } }).mark;
  const reason = (error as { reason?: string }).reason ?? String(error);
  return [{ regel: eersteRegel + (mark?.line ?? 0), bericht: yamlFoutNaarNederlands('ONBEKEND', reason) }];
}

/**
 * Parses the YAML of one frontmatter block. `eersteRegel` is the file line on which the YAML
 * text starts, so all reported lines are lines of the file.
 */
export function parseYaml(text: string, eersteRegel: number): YamlResultaat {
  let data: unknown;
  try {
    data = jsyaml.load(text, { schema: SCHEMA });
  } catch (error) {
    return { ok: false, fouten: syntaxErrors(text, eersteRegel, error) };
  }
  return { ok: true, data, regelVan: lazyLocator(text, eersteRegel) };
}
