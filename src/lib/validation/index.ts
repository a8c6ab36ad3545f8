/** The content validator: `validateContentDir` for scripts and the build, pure parts for tests. */
import { readContentTree } from './read.ts';
import type { Rapport } from './types.ts';
import { validateContent, type ValidatieOpties } from './validate.ts';

export { countEntries, displayDir, inhoudsmapVan, listFiles, readContentTree } from './read.ts';
export {
  formatBouwRapport,
  formatBouwSamenvatting,
  formatGeenInhoudsmap,
  formatRapport,
  formatSamenvatting,
  formatTelling,
} from './report.ts';
export type { BronBestand, Probleem, Rapport } from './types.ts';
export { checkContent, validateContent, validatorSchemas, type GeldigeEntry } from './validate.ts';

/** Reads and validates the content folder `dir`; `opties.map` is how it is named in messages. */
export async function validateContentDir(dir: string, opties: ValidatieOpties = {}): Promise<Rapport> {
  return validateContent(await readContentTree(dir), opties);
}
