/**
 * Looks inside the zod schemas: which fields an object knows, the `.describe()` text of a field
 * (the editors' documentation), and where the references in an entry are. References may sit in
 * objects and arrays (and wrappers such as optional and default); a schema with one inside
 * another kind (a union, a record, …) is refused when first walked, see planVoor.
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

/** Where the references inside a schema are; `null` for a part without any. */
type Plan =
  | { soort: 'ref'; naar: CollectieNaam }
  | { soort: 'lijst'; item: Plan }
  | { soort: 'object'; velden: [string, Plan][] }
  | null;

const plannen = new WeakMap<z.ZodType, Plan>();

/** The schemas directly inside `def`, whatever its type (union options, record values, a lazy's result, …). */
function binnenIn(def: Record<string, unknown>): z.ZodType[] {
  const isSchema = (value: unknown): value is z.ZodType =>
    typeof value === 'object' && value !== null && '_zod' in value;
  const binnen: z.ZodType[] = [];
  for (const [key, value] of Object.entries(def)) {
    if (key === 'getter' && typeof value === 'function') binnen.push((value as () => z.ZodType)());
    else if (isSchema(value)) binnen.push(value);
    else if (Array.isArray(value)) binnen.push(...value.filter(isSchema));
    else if (key === 'shape' && value) binnen.push(...Object.values(value as Record<string, unknown>).filter(isSchema));
  }
  return binnen;
}

/** True when a reference (made by `idRef`) is anywhere inside `schema`. */
function bevatVerwijzing(schema: z.ZodType, gezien = new Set<z.ZodType>()): boolean {
  if (gezien.has(schema)) return false;
  gezien.add(schema);
  if (verwijstNaar(schema)) return true;
  return binnenIn(defOf(schema) as unknown as Record<string, unknown>).some((s) => bevatVerwijzing(s, gezien));
}

function planVoor(schema: z.ZodType): Plan {
  if (plannen.has(schema)) return plannen.get(schema)!;
  let plan: Plan = null;
  let current = schema;
  for (;;) {
    const naar = verwijstNaar(current);
    if (naar) {
      plan = { soort: 'ref', naar };
      break;
    }
    const def = defOf(current);
    if (WRAPPERS.has(def.type) && def.innerType) current = def.innerType;
    else if (def.type === 'pipe') current = (defOf(def.in!).type === 'transform' ? def.out : def.in)!;
    else {
      if (def.type === 'array' && def.element) {
        const item = planVoor(def.element);
        plan = item ? { soort: 'lijst', item } : null;
      } else if (def.type === 'object' && def.shape) {
        const velden = Object.entries(def.shape)
          .map(([key, s]): [string, Plan] => [key, planVoor(s)])
          .filter(([, p]) => p !== null);
        plan = velden.length > 0 ? { soort: 'object', velden } : null;
      } else if (bevatVerwijzing(current)) {
        // A reference the walk cannot reach would be neither checked nor handed over
        // (scripts/lib/load-alles.ts): refuse such a schema rather than skip it.
        throw new Error(
          `A reference inside a zod ${def.type} cannot be found by the content validator (schema-walk.ts): use objects and arrays around references.`,
        );
      }
      break;
    }
  }
  plannen.set(schema, plan);
  return plan;
}

function volg(plan: Plan, data: unknown, pad: PropertyKey[], uit: GevondenVerwijzing[]): void {
  if (plan === null) return;
  if (plan.soort === 'ref') {
    if (typeof data === 'string') uit.push({ naar: plan.naar, id: data, pad });
  } else if (plan.soort === 'lijst') {
    if (Array.isArray(data)) data.forEach((item, i) => volg(plan.item, item, [...pad, i], uit));
  } else if (data !== null && typeof data === 'object' && !Array.isArray(data)) {
    const record = data as Record<string, unknown>;
    for (const [key, sub] of plan.velden) if (key in record) volg(sub, record[key], [...pad, key], uit);
  }
}

/**
 * Every reference (made by `idRef`) in `data`, also in data that does not pass the schema, so
 * broken references are reported together with the entry's other problems.
 */
export function vindVerwijzingen(schema: z.ZodType, data: unknown): GevondenVerwijzing[] {
  const uit: GevondenVerwijzing[] = [];
  volg(planVoor(schema), data, [], uit);
  return uit;
}
