/**
 * Reads the zod schemas back as documentation for editors: every field with whether it is
 * required, what kind of value it takes (in Dutch) and its `.describe()` text. CONTRIBUTING.md's
 * field reference is generated from this, so the docs cannot drift from the schema.
 */
import type { z } from 'astro/zod';

export interface VeldDoc {
  /** Dotted path as an editor writes it, e.g. `wanneer[].van`. */
  pad: string;
  verplicht: boolean;
  /** The kind of value in plain Dutch, e.g. "tekst", "datum", "lijst van keuzes". */
  soort: string;
  uitleg: string;
  /** Allowed values of a closed vocabulary. */
  keuzes?: string[];
  /** True when the choices are numbers (stored unquoted, e.g. `weken: [1, -1]`). */
  getallen?: true;
  /** Target collection of a reference. */
  verwijzing?: string;
}

// Zod 4 keeps its definition under `_zod.def`; only the parts read here are typed.
interface Def {
  type: string;
  innerType?: Schema;
  in?: Schema;
  out?: Schema;
  element?: Schema;
  shape?: Record<string, Schema>;
  entries?: Record<string, string>;
  values?: unknown[];
  options?: Schema[];
  format?: string;
  checks?: { _zod: { def: { check: string; format?: string; pattern?: RegExp } } }[];
}
interface Schema {
  _zod: { def: Def };
  description?: string;
  meta(): Record<string, unknown> | undefined;
}

const asSchema = (schema: z.ZodType): Schema => schema as unknown as Schema;

/** Strip wrappers that do not change what an editor writes (optional, default, preprocess). */
function unwrap(schema: Schema): {
  inner: Schema;
  optional: boolean;
  description?: string;
  meta?: Record<string, unknown>;
} {
  let current = schema;
  let optional = false;
  let description = schema.description;
  let meta = schema.meta();
  for (;;) {
    const def = current._zod.def;
    if (def.type === 'optional' || def.type === 'default') {
      optional = true;
    } else if (def.type !== 'pipe') {
      break;
    }
    const next = def.type === 'pipe' ? (def.out ?? def.in) : def.innerType;
    if (!next) break;
    current = next;
    description ??= current.description;
    meta ??= current.meta();
  }
  return { inner: current, optional, ...(description ? { description } : {}), ...(meta ? { meta } : {}) };
}

function kindOf(
  schema: Schema,
  meta: Record<string, unknown> | undefined,
): Pick<VeldDoc, 'soort' | 'keuzes' | 'verwijzing' | 'getallen'> {
  const def = schema._zod.def;
  if (typeof meta?.verwijzing === 'string') return { soort: 'verwijzing', verwijzing: meta.verwijzing };
  switch (def.type) {
    case 'string': {
      const formats = [
        def.format ?? '',
        ...(def.checks ?? []).map((c) => c._zod.def.pattern?.source ?? c._zod.def.format ?? ''),
      ];
      if (formats.some((f) => f.includes('\\d{4}-\\d{2}-\\d{2}'))) return { soort: 'datum (jjjj-mm-dd)' };
      if (formats.some((f) => f.includes('[0-5]\\d$'))) return { soort: 'tijd ("uu:mm")' };
      if (formats.includes('email')) return { soort: 'e-mailadres' };
      if (formats.includes('url')) return { soort: 'webadres' };
      return { soort: 'tekst' };
    }
    case 'url':
      return { soort: 'webadres' };
    case 'email':
      return { soort: 'e-mailadres' };
    case 'number':
      return { soort: 'getal' };
    case 'boolean':
      return { soort: 'ja/nee (true of false)' };
    case 'enum':
      return { soort: 'keuze', keuzes: Object.values(def.entries ?? {}) };
    case 'union': {
      const values = (def.options ?? []).flatMap((o) => o._zod.def.values ?? []);
      const getallen = values.length > 0 && values.every((v) => typeof v === 'number');
      return { soort: 'keuze', keuzes: values.map(String), ...(getallen ? { getallen: true as const } : {}) };
    }
    case 'object':
      return { soort: 'groep velden' };
    case 'array':
      return { soort: 'lijst' };
    default:
      return { soort: def.type };
  }
}

/** All fields of an object schema, depth first, with nested objects and lists of objects expanded. */
export function veldDocs(schema: z.ZodType, prefix = ''): VeldDoc[] {
  const { inner } = unwrap(asSchema(schema));
  const shape = inner._zod.def.shape ?? {};
  const docs: VeldDoc[] = [];
  for (const [name, field] of Object.entries(shape)) {
    const path = prefix + name;
    const { inner: value, optional, description, meta } = unwrap(field);
    const kind = kindOf(value, meta);
    let element: ReturnType<typeof unwrap> | undefined;
    if (value._zod.def.type === 'array' && value._zod.def.element) {
      element = unwrap(value._zod.def.element);
      const elementKind = kindOf(element.inner, element.meta);
      kind.soort = `lijst van ${elementKind.soort === 'groep velden' ? 'groepen velden' : elementKind.soort === 'keuze' ? 'keuzes' : elementKind.soort}`;
      if (elementKind.keuzes) kind.keuzes = elementKind.keuzes;
      if (elementKind.verwijzing) kind.verwijzing = elementKind.verwijzing;
      if (elementKind.getallen) kind.getallen = true;
    }
    docs.push({ pad: path, verplicht: !optional, uitleg: description ?? '', ...kind });
    if (value._zod.def.type === 'object') docs.push(...veldDocs(value as unknown as z.ZodType, `${path}.`));
    if (element && element.inner._zod.def.type === 'object') {
      docs.push(...veldDocs(element.inner as unknown as z.ZodType, `${path}[].`));
    }
  }
  return docs;
}

/** A Markdown table of the fields, for CONTRIBUTING.md. */
export function veldTabel(docs: VeldDoc[]): string {
  const escape = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const rows = docs.map((d) => {
    const soort = d.verwijzing ? `${d.soort} naar ${d.verwijzing}` : d.soort;
    const keuzes = d.keuzes ? ` Kies uit: ${d.keuzes.map((k) => `\`${k}\``).join(', ')}.` : '';
    return `| \`${d.pad}\` | ${d.verplicht ? 'ja' : 'nee'} | ${escape(soort)} | ${escape(d.uitleg + keuzes)} |`;
  });
  return ['| veld | verplicht | soort | uitleg |', '| --- | --- | --- | --- |', ...rows].join('\n');
}
