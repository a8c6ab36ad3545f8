/**
 * What an import would do, without touching the disk: which rows become new files, which
 * update an entry, which are rejected and why (row, column, Dutch explanation), and which
 * fields were changed by hand since the last import (conflicts: reported, never overwritten).
 *
 * Idempotent: the state (content/.import-state.json) keeps a fingerprint of every field as
 * last imported. A field is updated only when the file still holds the last imported value.
 */
import { ID_PATROON } from '../../schema/pieces.ts';
import { checkEntry } from '../validation/entry.ts';
import { formatPath } from '../validation/paths.ts';
import { closeMatches, toId } from '../validation/suggest.ts';
import { validatorSchemas } from '../validation/validate.ts';
import type { CsvRij } from './csv.ts';
import { leesBestand, maakBestand, vingerafdruk, werkBij } from './entry-file.ts';
import { LAYOUTS, kolomVoorVeld, type ImportCollectie } from './layouts.ts';
import { rijNaarData } from './rijen.ts';

export const BESCHRIJVING = '_beschrijving';

export interface ImportState {
  versie: 1;
  /** Key `collectie/id`: fingerprints of the imported values per field. */
  entries: Record<string, { velden: Record<string, string> }>;
}

export interface Afgewezen {
  rij: number;
  kolom?: string;
  bericht: string;
}

export interface Conflict {
  rij: number;
  id: string;
  veld: string;
  bericht: string;
}

export interface Actie {
  soort: 'nieuw' | 'bijwerken';
  rij: number;
  id: string;
  /** Path relative to the content folder. */
  pad: string;
  tekst: string;
  velden: string[];
}

export interface ImportContext {
  collectie: ImportCollectie;
  /** Existing entries of this collection: id → path and text. */
  bestaande: Map<string, { pad: string; tekst: string }>;
  /** Ids per collection that references may point to. */
  ids: Record<string, Set<string>>;
  /** The folder a new entry goes in, e.g. `activiteiten/den-helder` (from its data). */
  mapVoor: (data: Record<string, unknown>) => string;
  state: ImportState;
  vandaag: string;
}

export interface ImportPlan {
  acties: Actie[];
  ongewijzigd: number;
  afgewezen: Afgewezen[];
  conflicten: Conflict[];
  state: ImportState;
  onbekendeKolommen: string[];
  ontbrekendeKolommen: string[];
}

/** Checks the header: unknown columns (with a suggestion) and missing required ones. */
export function controleerKolommen(collectie: ImportCollectie, kolommen: readonly string[]) {
  const bekend = LAYOUTS[collectie].map((k) => k.naam);
  const onbekend = kolommen.filter((k) => k && !bekend.includes(k));
  const ontbrekend = LAYOUTS[collectie].filter((k) => k.verplicht && !kolommen.includes(k.naam)).map((k) => k.naam);
  const berichten = [
    ...onbekend.map((k) => {
      const s = closeMatches(k, bekend, 1);
      return `De kolom '${k}' kennen we niet${s.length ? `. Bedoel je '${s[0]}'?` : '.'} Kijk in docs/import/${collectie}.csv welke kolommen er zijn.`;
    }),
    ...ontbrekend.map(
      (k) => `De kolom '${k}' ontbreekt. Die is verplicht; voeg hem toe (kijk in docs/import/${collectie}.csv).`,
    ),
  ];
  return { onbekend, ontbrekend, berichten };
}

export function planImport(rijen: readonly CsvRij[], ctx: ImportContext): ImportPlan {
  const schema = validatorSchemas()[ctx.collectie];
  const state: ImportState = { versie: 1, entries: { ...ctx.state.entries } };
  const plan: ImportPlan = {
    acties: [],
    ongewijzigd: 0,
    afgewezen: [],
    conflicten: [],
    state,
    onbekendeKolommen: [],
    ontbrekendeKolommen: [],
  };
  const gezien = new Map<string, number>();
  const ids = { ...ctx.ids, [ctx.collectie]: new Set([...(ctx.ids[ctx.collectie] ?? []), ...ctx.bestaande.keys()]) };

  // Ids of this sheet may be referenced by other rows only after they pass; collect them first.
  for (const rij of rijen) {
    const { rij: nr, waarden } = rij;
    const { data, beschrijving, fouten } = rijNaarData(ctx.collectie, waarden, ctx.vandaag);
    const afwijzen = (kolom: string | undefined, bericht: string) =>
      plan.afgewezen.push({ rij: nr, ...(kolom ? { kolom } : {}), bericht });
    const id = (waarden.id ?? '').trim() || toId(String(data.naam ?? ''));
    if (!ID_PATROON.test(id)) {
      afwijzen(
        'id',
        `'${id}' kan geen id zijn. Gebruik kleine letters, cijfers en streepjes, bijvoorbeeld koffieochtend-de-schakel.`,
      );
      continue;
    }
    if (gezien.has(id)) {
      afwijzen('id', `De id '${id}' staat ook al in rij ${gezien.get(id)}. Elke rij moet een eigen id hebben.`);
      continue;
    }
    gezien.set(id, nr);
    if (fouten.length > 0) {
      for (const f of fouten) afwijzen(f.kolom, f.bericht);
      continue;
    }
    const tekst = maakBestand(data, beschrijving);
    const check = checkEntry(tekst, ctx.collectie, schema);
    const refFouten = check.verwijzingen
      .filter((v) => !ids[v.naar]?.has(v.id))
      .map((v) => {
        const s = closeMatches(v.id, ids[v.naar] ?? [], 3);
        return {
          kolom: kolomVoorVeld(ctx.collectie, formatPath(v.pad)),
          bericht: `'${v.id}' staat niet in ${v.naar}.${s.length ? ` Bedoel je ${s.map((x) => `'${x}'`).join(' of ')}?` : ''}`,
        };
      });
    if (check.problemen.length > 0 || refFouten.length > 0) {
      for (const p of check.problemen) afwijzen(p.veld ? kolomVoorVeld(ctx.collectie, p.veld) : undefined, p.bericht);
      for (const f of refFouten) afwijzen(f.kolom, f.bericht);
      continue;
    }

    const sleutel = `${ctx.collectie}/${id}`;
    const nieuw: Record<string, unknown> = { ...data, [BESCHRIJVING]: beschrijving };
    const datumUitKolom = Boolean((waarden.gecontroleerd ?? '').trim());
    const bestaand = ctx.bestaande.get(id);
    if (!bestaand) {
      const pad = `${ctx.mapVoor(data)}/${id}.md`;
      plan.acties.push({ soort: 'nieuw', rij: nr, id, pad, tekst, velden: Object.keys(data) });
      state.entries[sleutel] = {
        velden: Object.fromEntries(Object.entries(nieuw).map(([k, v]) => [k, vingerafdruk(v)])),
      };
      continue;
    }
    const vorige = ctx.state.entries[sleutel];
    if (!vorige) {
      afwijzen(
        'id',
        `Er is al een bestand ${bestaand.pad} met id '${id}' dat niet uit een import komt. Geef deze rij een andere id, of pas dat bestand zelf aan.`,
      );
      continue;
    }
    const huidig = leesBestand(bestaand.tekst);
    if (!huidig) {
      afwijzen(undefined, `${bestaand.pad} heeft geen gegevens bovenaan; herstel dat bestand eerst.`);
      continue;
    }
    const nu: Record<string, unknown> = { ...huidig.data, [BESCHRIJVING]: huidig.beschrijving };
    const velden = new Set([...Object.keys(nieuw), ...Object.keys(vorige.velden)]);
    const wijzig: Record<string, unknown> = {};
    const nieuweVelden = { ...vorige.velden };
    for (const veld of velden) {
      if (veld === 'gecontroleerd' && !datumUitKolom) continue;
      const nw = vingerafdruk(nieuw[veld]);
      const cur = vingerafdruk(nu[veld]);
      if (nw === cur) {
        nieuweVelden[veld] = nw;
        continue;
      }
      if (cur === (vorige.velden[veld] ?? vingerafdruk(undefined))) {
        wijzig[veld] = nieuw[veld];
        nieuweVelden[veld] = nw;
      } else {
        plan.conflicten.push({
          rij: nr,
          id,
          veld: veld === BESCHRIJVING ? 'beschrijving' : veld,
          bericht: `Het veld '${veld === BESCHRIJVING ? 'beschrijving' : veld}' in ${bestaand.pad} is met de hand veranderd sinds de vorige import. De import laat het staan. Neem de nieuwe waarde zelf over als die klopt.`,
        });
      }
    }
    state.entries[sleutel] = { velden: nieuweVelden };
    if (Object.keys(wijzig).length === 0) {
      plan.ongewijzigd++;
      continue;
    }
    if (!datumUitKolom) wijzig.gecontroleerd = ctx.vandaag;
    const { [BESCHRIJVING]: body, ...yamlVelden } = wijzig;
    const bijgewerkt = werkBij(bestaand.tekst, yamlVelden, body === undefined ? undefined : String(body));
    plan.acties.push({
      soort: 'bijwerken',
      rij: nr,
      id,
      pad: bestaand.pad,
      tekst: bijgewerkt,
      velden: Object.keys(wijzig),
    });
  }
  return plan;
}
