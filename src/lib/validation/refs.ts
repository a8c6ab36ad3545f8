/**
 * References for the stand-alone validator: a plain id check, registered so the validator can
 * find every reference in an entry and check afterwards that its target exists (all at once,
 * with suggestions), instead of Astro's `reference()`, which stops at the first missing one.
 */
import { z } from 'astro/zod';
import type { CollectieNaam } from '../../schema/collections.ts';
import { ID_PATROON } from '../../schema/pieces.ts';
import { ENKELVOUD, VOORBEELD_ID } from './collectie-namen.ts';

const VERWIJZINGEN = z.registry<{ naar: CollectieNaam }>();

/** A reference to an entry of `naar`: its id, the file name without `.md`. */
export function idRef(naar: CollectieNaam): z.ZodType {
  const uitleg = `Schrijf hier de naam van een ${ENKELVOUD[naar]}: de bestandsnaam zonder .md, bijvoorbeeld ${VOORBEELD_ID[naar]}.`;
  const schema = z
    .string({ error: uitleg })
    .regex(ID_PATROON, { error: `${uitleg} Alleen kleine letters, cijfers en streepjes.` });
  VERWIJZINGEN.add(schema, { naar });
  return schema;
}

/** The collection a schema refers to, if it is a reference made by `idRef`. */
export function verwijstNaar(schema: z.ZodType): CollectieNaam | undefined {
  return VERWIJZINGEN.get(schema)?.naar;
}
