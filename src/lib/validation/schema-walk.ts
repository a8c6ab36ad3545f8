/**
 * Looks inside the zod schemas: which fields an object knows, the `.describe()` text of a field
 * (the editors' documentation), and where the references in an entry are.
 */
import type { z } from 'astro/zod';
import type { VeldPad } from './paths.ts';
import { verwijstNaar } from './refs.ts';
import type { CollectieNaam } from '../../schema/collections.ts';

interface Def {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  element?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  options?: z.ZodType[];
}

const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

const WRAPPERS = new Set(['optional', 'default', 'prefault', 'nullable', 'readonly', 'catch', 'nonoptional']);

export interface Veld {
  /** The schema without optional/default/preprocess wrappers. */
  schema: z.ZodType;
  /** The outermost `.describe()` text found on the way in. */
  beschrijving: string | undefined;
}

/** Peels wrappers (optional, default, preprocess pipes) and keeps the first description seen. */
export function unwrap(schema: z.ZodType): Veld {
  let current = schema;
  let beschrijving = current.description;
  for (;;) {
    const def = defOf(current);
    let next: z.ZodType | undefined;
    if (WRAPPERS.has(def.type)) next = def.innerType;
    else if (def.type === 'pipe') next = defOf(def.in!).type === 'transform' ? def.out : def.in;
    if (!next) return { schema: current, beschrijving };
    current = next;
    beschrijving ??= current.description;
  }
}

/** The field at `path` inside `schema`, or undefined when the schema has no such field. */
export function veldOp(schema: z.ZodType, path: VeldPad): Veld | undefined {
  let veld = unwrap(schema);
  for (const segment of path) {
    const def = defOf(veld.schema);
    if (typeof segment === 'number' && def.type === 'array' && def.element) veld = unwrap(def.element);
    else if (typeof segment === 'string' && def.type === 'object' && def.shape?.[segment])
      veld = unwrap(def.shape[segment]);
    else return undefined;
  }
  return veld;
}

/** The field names an object at `path` accepts, with whether each is required. */
export function bekendeVelden(schema: z.ZodType, path: VeldPad): { naam: string; verplicht: boolean }[] {
  const veld = veldOp(schema, path);
  if (!veld) return [];
  const def = defOf(veld.schema);
  if (def.type !== 'object' || !def.shape) return [];
  return Object.entries(def.shape).map(([naam, s]) => ({
    naam,
    verplicht: !WRAPPERS.has(defOf(s).type) || defOf(s).type === 'nonoptional',
  }));
}

export interface GevondenVerwijzing {
  naar: CollectieNaam;
  id: string;
  pad: PropertyKey[];
}

/** Every reference (made by `idRef`) in `data`, walking data and schema side by side. */
export function vindVerwijzingen(schema: z.ZodType, data: unknown, pad: PropertyKey[] = []): GevondenVerwijzing[] {
  let current = schema;
  for (;;) {
    const naar = verwijstNaar(current);
    if (naar) return typeof data === 'string' ? [{ naar, id: data, pad }] : [];
    const def = defOf(current);
    if (WRAPPERS.has(def.type) && def.innerType) current = def.innerType;
    else if (def.type === 'pipe') current = (defOf(def.in!).type === 'transform' ? def.out : def.in)!;
    else break;
  }
  const def = defOf(current);
  if (def.type === 'array' && def.element && Array.isArray(data)) {
    return data.flatMap((item, i) => vindVerwijzingen(def.element!, item, [...pad, i]));
  }
  if (def.type === 'object' && def.shape && data !== null && typeof data === 'object' && !Array.isArray(data)) {
    const record = data as Record<string, unknown>;
    return Object.entries(def.shape).flatMap(([key, s]) =>
      key in record ? vindVerwijzingen(s, record[key], [...pad, key]) : [],
    );
  }
  return [];
}
