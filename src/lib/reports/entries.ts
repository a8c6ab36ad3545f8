/**
 * The reports (freshness, coverage) work on one flat shape: every entry with its owner, check
 * date and the kernen and gemeenten it belongs to. `naarRapportEntries` derives that shape from
 * the query layer's `alles()` (pages) or the script loader (same shape), so the page /dekking/
 * and `npm run report:*` compute the same numbers.
 */
import type { CollectieNaam } from '../../schema/collections.ts';

/** A reference as Astro gives it (`{ collection, id }`) or as a plain id. */
type Ref = string | { id: string };
const idVan = (ref: Ref): string => (typeof ref === 'string' ? ref : ref.id);

interface Basis {
  id: string;
  data: { naam: string; gecontroleerd: string; eigenaar: string };
}
type Werkgebied = { regio?: boolean | undefined; gemeenten?: Ref[] | undefined; kernen?: Ref[] | undefined };

/** The collections as the reports need them; a structural subset of `Alles`. */
export interface RapportInvoer {
  gemeenten: Basis[];
  kernen: (Basis & { data: { gemeente: Ref } })[];
  locaties: (Basis & { data: { kern: Ref; ontmoetingsplek: boolean; huis_van_de_kern: boolean } })[];
  organisaties: (Basis & { data: { gemeenten: Ref[] } })[];
  activiteiten: (Basis & { data: { locatie: Ref; thema: string[]; doelgroep: string[] } })[];
  diensten: (Basis & { data: { werkgebied: Werkgebied; locaties: Ref[]; thema: string[]; doelgroep: string[] } })[];
  informatie: (Basis & {
    data: { werkgebied: Werkgebied; locatie?: Ref | undefined; thema: string[]; doelgroep: string[] };
  })[];
}

export interface RapportEntry {
  collectie: CollectieNaam;
  id: string;
  naam: string;
  gecontroleerd: string;
  eigenaar: string;
  /** Kernen this entry is in or explicitly for (not inherited from gemeente or region). */
  kernen: string[];
  /** Gemeenten this entry is in or for; every gemeente for a regional offer. */
  gemeenten: string[];
  /** True when the offer is for the whole region. */
  regio: boolean;
  thema: string[];
  doelgroep: string[];
}

const uniek = (lijst: string[]) => [...new Set(lijst)].sort();

/** Flattens all collections into report entries. */
export function naarRapportEntries(invoer: RapportInvoer): RapportEntry[] {
  const gemeenteVanKern = new Map(invoer.kernen.map((k) => [k.id, idVan(k.data.gemeente)]));
  const kernVanLocatie = new Map(invoer.locaties.map((l) => [l.id, idVan(l.data.kern)]));
  const alleGemeenten = invoer.gemeenten.map((g) => g.id);
  const gemeentenVan = (kernen: string[]) => kernen.flatMap((k) => gemeenteVanKern.get(k) ?? []);
  const basis = (collectie: CollectieNaam, e: Basis) => ({
    collectie,
    id: e.id,
    naam: e.data.naam,
    gecontroleerd: e.data.gecontroleerd,
    eigenaar: e.data.eigenaar,
  });
  const gebied = (w: Werkgebied, locatieIds: string[]) => {
    const kernen = uniek([...(w.kernen ?? []).map(idVan), ...locatieIds.flatMap((l) => kernVanLocatie.get(l) ?? [])]);
    const regio = w.regio === true;
    const gemeenten = regio ? alleGemeenten : uniek([...(w.gemeenten ?? []).map(idVan), ...gemeentenVan(kernen)]);
    return { kernen, gemeenten, regio };
  };

  return [
    ...invoer.gemeenten.map((g) => ({
      ...basis('gemeenten', g),
      kernen: [],
      gemeenten: [g.id],
      regio: false,
      thema: [],
      doelgroep: [],
    })),
    ...invoer.kernen.map((k) => ({
      ...basis('kernen', k),
      kernen: [k.id],
      gemeenten: [idVan(k.data.gemeente)],
      regio: false,
      thema: [],
      doelgroep: [],
    })),
    ...invoer.locaties.map((l) => {
      const kern = idVan(l.data.kern);
      return {
        ...basis('locaties', l),
        kernen: [kern],
        gemeenten: gemeentenVan([kern]),
        regio: false,
        thema: [],
        doelgroep: [],
      };
    }),
    ...invoer.organisaties.map((o) => ({
      ...basis('organisaties', o),
      kernen: [],
      gemeenten: o.data.gemeenten.length > 0 ? uniek(o.data.gemeenten.map(idVan)) : alleGemeenten,
      regio: o.data.gemeenten.length === 0,
      thema: [],
      doelgroep: [],
    })),
    ...invoer.activiteiten.map((a) => {
      const kernen = uniek([kernVanLocatie.get(idVan(a.data.locatie)) ?? ''].filter(Boolean));
      return {
        ...basis('activiteiten', a),
        kernen,
        gemeenten: uniek(gemeentenVan(kernen)),
        regio: false,
        thema: a.data.thema,
        doelgroep: a.data.doelgroep,
      };
    }),
    ...invoer.diensten.map((d) => ({
      ...basis('diensten', d),
      ...gebied(d.data.werkgebied, d.data.locaties.map(idVan)),
      thema: d.data.thema,
      doelgroep: d.data.doelgroep,
    })),
    ...invoer.informatie.map((i) => ({
      ...basis('informatie', i),
      ...gebied(i.data.werkgebied, i.data.locatie ? [idVan(i.data.locatie)] : []),
      thema: i.data.thema,
      doelgroep: i.data.doelgroep,
    })),
  ];
}
