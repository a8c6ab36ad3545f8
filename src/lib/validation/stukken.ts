/**
 * Recognises the named schema pieces of `pieces.ts` (date, time, phone, ...) at a field path, so
 * a problem gets a precise kind (`ongeldige-datum`, `ongeldig-rooster`, ...) for tools and tests.
 */
import type { z } from 'astro/zod';
import {
  contact,
  datum,
  email,
  ligging,
  postcode,
  rooster,
  telefoon,
  tijd,
  tijdblok,
  webadres,
} from '../../schema/pieces.ts';
import type { VeldPad } from './paths.ts';

export type StukNaam =
  'datum' | 'tijd' | 'ligging' | 'telefoon' | 'email' | 'webadres' | 'tijdblok' | 'rooster' | 'postcode' | 'contact';

type Def = { type: string; innerType?: z.ZodType; element?: z.ZodType; shape?: Record<string, z.ZodType> };
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

// `.describe()` clones a schema but keeps its definition object, so definitions identify pieces.
const STUKKEN = new Map<unknown, StukNaam>([
  [defOf(datum), 'datum'],
  [defOf(tijd), 'tijd'],
  [defOf(ligging), 'ligging'],
  [defOf(telefoon), 'telefoon'],
  [defOf(email), 'email'],
  [defOf(webadres), 'webadres'],
  [defOf(tijdblok), 'tijdblok'],
  [defOf(rooster), 'rooster'],
  [defOf(postcode), 'postcode'],
  [defOf(contact), 'contact'],
]);

const WRAPPERS = new Set(['optional', 'default', 'prefault', 'nullable', 'readonly', 'catch']);

function peel(schema: z.ZodType): { stuk: StukNaam | undefined; inner: z.ZodType } {
  let current = schema;
  for (;;) {
    const stuk = STUKKEN.get(defOf(current));
    if (stuk) return { stuk, inner: current };
    const def = defOf(current);
    if (!WRAPPERS.has(def.type) || !def.innerType) return { stuk: undefined, inner: current };
    current = def.innerType;
  }
}

export interface GevondenStuk {
  naam: StukNaam;
  /** How many path segments deep the piece sits: `path.length` for the field itself. */
  diepte: number;
  schema: z.ZodType;
}

/** The named pieces on the way to `path`, outermost first (e.g. rooster, tijdblok, tijd). */
export function stukkenOp(schema: z.ZodType, path: VeldPad): GevondenStuk[] {
  const found: GevondenStuk[] = [];
  let { stuk, inner } = peel(schema);
  if (stuk) found.push({ naam: stuk, diepte: 0, schema: inner });
  for (const [i, segment] of path.entries()) {
    const def = defOf(inner);
    let next: z.ZodType | undefined;
    if (typeof segment === 'number' && def.type === 'array') next = def.element;
    else if (typeof segment === 'string' && def.type === 'object') next = def.shape?.[segment];
    else if (def.type === 'pipe') return found;
    if (!next) return found;
    ({ stuk, inner } = peel(next));
    if (stuk) found.push({ naam: stuk, diepte: i + 1, schema: inner });
  }
  return found;
}
