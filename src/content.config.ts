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

function collectie<N extends CollectieNaam>(name: N) {
  return defineCollection({
    loader: glob({ pattern: '**/*.md', base: `${CONTENT_DIR}/${name}`, generateId: ({ entry }) => idFromPath(entry) }),
    schema: schemas[name],
  });
}

export const collections = {
  gemeenten: collectie('gemeenten'),
  kernen: collectie('kernen'),
  locaties: collectie('locaties'),
  organisaties: collectie('organisaties'),
  activiteiten: collectie('activiteiten'),
  diensten: collectie('diensten'),
  informatie: collectie('informatie'),
} satisfies Record<CollectieNaam, unknown>;
