/**
 * Astro content collections over the top-level `content/` folder: one markdown file per entry,
 * the file name (without folders) is the entry's id. The schemas live in `src/schema/`; here they
 * get Astro's `reference()`, so a reference to a missing entry fails the build.
 */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { makeSchemas, type CollectieNaam } from './schema/collections.ts';
import { idFromPath } from './schema/ids.ts';

const schemas = makeSchemas((collection) => reference(collection));

/** The content folder; tests and the benchmark point this at fixture or synthetic content. */
const CONTENT_DIR = process.env.WEGWIJZER_CONTENT ?? './content';

/** The loader for one collection: every markdown file below `content/<name>/`. */
function loader(name: CollectieNaam) {
  return glob({ pattern: '**/*.md', base: `${CONTENT_DIR}/${name}`, generateId: ({ entry }) => idFromPath(entry) });
}

// Each collection is defined with its own schema object (not through a generic helper that looks
// the schema up by name): that is what lets TypeScript infer typed `data` for getCollection().
export const collections = {
  gemeenten: defineCollection({ loader: loader('gemeenten'), schema: schemas.gemeenten }),
  kernen: defineCollection({ loader: loader('kernen'), schema: schemas.kernen }),
  locaties: defineCollection({ loader: loader('locaties'), schema: schemas.locaties }),
  organisaties: defineCollection({ loader: loader('organisaties'), schema: schemas.organisaties }),
  activiteiten: defineCollection({ loader: loader('activiteiten'), schema: schemas.activiteiten }),
  diensten: defineCollection({ loader: loader('diensten'), schema: schemas.diensten }),
  informatie: defineCollection({ loader: loader('informatie'), schema: schemas.informatie }),
} satisfies Record<CollectieNaam, unknown>;
