/**
 * What the exporters read: all entries of all collections, as the query layer gives them
 * (`alles()` in src/data/content.ts), plus lookups by id. Tests build the same shape from a
 * fixture folder, so every exporter is a pure function of its input.
 */
import type {
  Activiteit,
  Alles,
  Dienst,
  Gemeente,
  Informatie,
  Kern,
  Locatie,
  Organisatie,
} from '../../data/content.ts';

export type { Activiteit, Alles, Dienst, Gemeente, Informatie, Kern, Locatie, Organisatie };

/** Lookups by id; every getter throws on an unknown id (the build fails instead of dropping data). */
export interface Index {
  gemeente(id: string): Gemeente;
  kern(id: string): Kern;
  locatie(id: string): Locatie;
  organisatie(id: string): Organisatie;
  activiteit(id: string): Activiteit;
  dienst(id: string): Dienst;
  informatie(id: string): Informatie;
}

function lookup<T extends { id: string }>(entries: readonly T[], what: string): (id: string) => T {
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  return (id) => {
    const found = byId.get(id);
    if (!found) throw new Error(`Export: no ${what} with id "${id}".`);
    return found;
  };
}

const indexes = new WeakMap<Alles, Index>();

/** The lookups of one content set (cached per set). */
export function indexOf(alles: Alles): Index {
  let index = indexes.get(alles);
  if (!index) {
    index = {
      gemeente: lookup(alles.gemeenten, 'gemeente'),
      kern: lookup(alles.kernen, 'kern'),
      locatie: lookup(alles.locaties, 'locatie'),
      organisatie: lookup(alles.organisaties, 'organisatie'),
      activiteit: lookup(alles.activiteiten, 'activiteit'),
      dienst: lookup(alles.diensten, 'dienst'),
      informatie: lookup(alles.informatie, 'informatie'),
    };
    indexes.set(alles, index);
  }
  return index;
}

/** The description of an entry: its markdown body, or the summary when the body is empty. */
export function descriptionOf(entry: {
  body?: string | undefined;
  data: { samenvatting?: string };
}): string | undefined {
  const body = entry.body?.trim();
  return body ? body : entry.data.samenvatting;
}

/** Compare by id (the code-point order, the same on every machine). */
export function byId<T extends { id: string }>(a: T, b: T): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** A copy of the entries, sorted by id: exports never depend on the order files were read. */
export function sortedById<T extends { id: string }>(entries: readonly T[]): T[] {
  return [...entries].sort(byId);
}

const perKern = new WeakMap<Alles, Map<string, Activiteit[]>>();

/**
 * All activities at locations in a kern, sorted by id. Grouped once per content set: the kern
 * calendars, the open-data page and every kern page ask for their kern, and a scan of all
 * activities per kern grew with kernen × activities (hours at national scale).
 */
export function activiteitenInKern(alles: Alles, kernId: string): Activiteit[] {
  let groups = perKern.get(alles);
  if (!groups) {
    const index = indexOf(alles);
    groups = Map.groupBy(sortedById(alles.activiteiten), (a) => index.locatie(a.data.locatie.id).data.kern.id);
    perKern.set(alles, groups);
  }
  return [...(groups.get(kernId) ?? [])];
}
