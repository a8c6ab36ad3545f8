/**
 * The schemas without Astro: references are plain id strings tagged with the target collection
 * (`meta({ verwijzing })`), so tools outside the Astro runtime — the validator, the field
 * documentation, the CMS check, importers — can use the very same definitions.
 */
import { z } from 'astro/zod';
import { makeSchemas, type CollectieNaam } from './collections.ts';

export const plainRef = (collection: CollectieNaam) => z.string().meta({ verwijzing: collection });

export const plainSchemas = makeSchemas(plainRef);
