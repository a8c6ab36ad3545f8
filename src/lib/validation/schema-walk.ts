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

/** Where the references inside a schema are; `null` for a part without any. */
type Plan =
  | { soort: 'ref'; naar: CollectieNaam }
  | { soort: 'lijst'; item: Plan }
  | { soort: 'object'; velden: [string, Plan][] }
  | null;

const plannen = new WeakMap<z.ZodType, Plan>();

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
