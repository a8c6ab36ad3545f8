/**
 * The kernen of the search page's kern filter, per gemeente. Up to KERNEN_OP_PAGINA kernen
 * the page carries them as options; with more (2,500 kernen at 100,000 entries: 60 KB of the
 * page) it carries an empty list, and the search script fills it from /data/zoek-kernen.json once
 * the search starts. Both come from the same data, in this shape.
 */

export interface ZoekKern {
  id: string;
  naam: string;
}

export interface ZoekGemeente {
  id: string;
  naam: string;
  kernen: ZoekKern[];
}

const isNaamMetId = (value: unknown): value is ZoekKern =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as Record<string, unknown>)['id'] === 'string' &&
  typeof (value as Record<string, unknown>)['naam'] === 'string';

/** The list as the browser reads it; anything malformed is left out rather than shown. */
export function leesZoekGemeenten(json: unknown): ZoekGemeente[] {
  if (!Array.isArray(json)) return [];
  return json.filter(isNaamMetId).map((gemeente) => {
    const kernen = (gemeente as { kernen?: unknown }).kernen;
    return {
      id: gemeente.id,
      naam: gemeente.naam,
      kernen: Array.isArray(kernen) ? kernen.filter(isNaamMetId).map(({ id, naam }) => ({ id, naam })) : [],
    };
  });
}
