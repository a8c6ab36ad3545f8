/**
 * What the per-collection builders share: the places of the run, the organisations and locations
 * created so far (other entries refer to them), and small helpers for ids and files.
 */
import type { LocatieSoortId } from '../../../src/lib/vocabulary.ts';
import type { KostenKeuze } from './catalog-activiteiten.ts';
import { markdownFile } from './frontmatter.ts';
import { slugify, type GemeentePlace, type KernPlace } from './places.ts';
import type { Random } from './random.ts';

export interface GeneratedFile {
  collection: 'gemeenten' | 'kernen' | 'organisaties' | 'locaties' | 'activiteiten' | 'diensten' | 'informatie';
  id: string;
  /** Relative to the content folder, e.g. `activiteiten/texel/koffieochtend-den-burg.md`. */
  path: string;
  content: string;
}

export interface Org {
  id: string;
  naam: string;
  /** undefined: a regional organisation. */
  gemeente: string | undefined;
  plekken: readonly LocatieSoortId[];
}

export interface Loc {
  id: string;
  naam: string;
  soort: LocatieSoortId;
  kern: KernPlace;
  /** "Dorpsstraat 12, 1781 AB Den Helder" */
  adres: string;
  org: Org | undefined;
}

export interface Context {
  seed: number;
  today: string;
  gemeenten: readonly GemeentePlace[];
  kernen: readonly KernPlace[];
  gemeenteOf: (kern: KernPlace) => GemeentePlace;
  kernenByGemeente: ReadonlyMap<string, KernPlace[]>;
  /** A kern, weighted by size. */
  pickKern: (random: Random) => KernPlace;
}

/** Organisations and locations written so far, indexed for the entries that refer to them. */
export interface Registry {
  orgs: Org[];
  orgsByGemeente: Map<string, Org[]>;
  regionalOrgs: Org[];
  locsByKern: Map<string, Loc[]>;
  locsByGemeente: Map<string, Loc[]>;
}

export function emptyRegistry(): Registry {
  return { orgs: [], orgsByGemeente: new Map(), regionalOrgs: [], locsByKern: new Map(), locsByGemeente: new Map() };
}

/** An organisation in the gemeente, preferably one that runs this kind of place; else a regional one. */
export function orgFor(random: Random, registry: Registry, gemeente: string, soort?: LocatieSoortId): Org {
  const local = registry.orgsByGemeente.get(gemeente) ?? [];
  const fitting = soort ? local.filter((o) => o.plekken.includes(soort)) : [];
  if (fitting.length > 0) return random.pick(fitting);
  if (local.length > 0) return random.pick(local);
  return random.pick(registry.regionalOrgs.length > 0 ? registry.regionalOrgs : registry.orgs);
}

/** Ids unique within a collection: a second "koffieochtend-den-burg" becomes "koffieochtend-den-burg-2". */
export function uniqueIds(): (base: string) => string {
  const seen = new Map<string, number>();
  return (base) => {
    const slug = slugify(base).slice(0, 80).replace(/-+$/, '');
    const n = (seen.get(slug) ?? 0) + 1;
    seen.set(slug, n);
    return n === 1 ? slug : `${slug}-${n}`;
  };
}

export function append<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function kostenRecord(keuze: KostenKeuze): { soort: string; bedrag?: number } {
  return keuze[0] === 'betaald' ? { soort: 'betaald', bedrag: keuze[1] } : { soort: keuze[0] };
}

/** A content file in `<collection>/<folder>/<id>.md` (folders only group; the id is the file name). */
export function contentFile(
  collection: GeneratedFile['collection'],
  id: string,
  folder: string | undefined,
  data: Record<string, unknown>,
  body: string,
): GeneratedFile {
  return {
    collection,
    id,
    path: `${collection}/${folder ? `${folder}/` : ''}${id}.md`,
    content: markdownFile(data, body),
  };
}
