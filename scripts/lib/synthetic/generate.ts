/**
 * The synthetic content generator: N entries (organisaties, locaties, activiteiten, diensten,
 * informatie) spread over the region's kernen, plus the gemeenten and kernen themselves, as
 * markdown files that pass the content schemas. Same options, same bytes.
 *
 * `generateSynthetic` yields files one by one, so 100,000 entries never sit in memory as text;
 * only the small records that other entries refer to (organisations, locations) are kept.
 */
import { activiteiten, diensten, informatie } from './build-aanbod.ts';
import { locaties, organisaties } from './build-plekken.ts';
import { append, contentFile, emptyRegistry, type Context, type GeneratedFile } from './context.ts';
import {
  addSyntheticPlaces,
  nearestKernen,
  regionPlaces,
  type GemeentePlace,
  type KernPlace,
  type Places,
} from './places.ts';
import { createRandom, derive, weightedPicker } from './random.ts';
import { gemeenteRecord, kernRecord } from './records.ts';

export type { GeneratedFile } from './context.ts';

export const DEFAULT_SEED = 20261101;
/** The reference day schedules are built around, unless the caller passes one. */
export const DEFAULT_TODAY = '2026-11-01';
/** Above this many entries the default is national scale: invented gemeenten and kernen. */
export const NATIONAL_THRESHOLD = 20_000;
/** National scale: about 40 entries per kern (≈100,000 entries over ≈2,500 woonplaatsen). */
export const ENTRIES_PER_KERN = 40;

export interface SyntheticOptions {
  /** Number of entries, not counting gemeenten and kernen. At least 5. */
  count: number;
  seed?: number;
  /** YYYY-MM-DD: one-off dates fall after it, freshness dates before it. */
  today?: string;
  /** 'region': the 57 kernen of the CSV; 'scaled': extra invented places (default above NATIONAL_THRESHOLD). */
  places?: 'region' | 'scaled';
  /** Scaled mode only: how many kernen in total (default count / ENTRIES_PER_KERN). */
  kernen?: number;
  /** Contents of scripts/data/kernen.csv. */
  kernenCsv: string;
}

export interface Counts {
  organisaties: number;
  locaties: number;
  activiteiten: number;
  diensten: number;
  informatie: number;
}

/** How N entries split over the collections: mostly activities, then services and places. */
export function planCounts(count: number): Counts {
  if (!Number.isInteger(count) || count < 5) throw new Error(`count must be an integer of at least 5 (got ${count})`);
  const organisaties = Math.max(1, Math.round(count * 0.06));
  const locaties = Math.max(1, Math.round(count * 0.14));
  const diensten = Math.max(1, Math.round(count * 0.2));
  const informatie = Math.max(1, Math.round(count * 0.08));
  return {
    organisaties,
    locaties,
    diensten,
    informatie,
    activiteiten: count - organisaties - locaties - diensten - informatie,
  };
}

/** The places for a run: the region, grown with invented places at national scale. */
export function placesFor(options: SyntheticOptions): Places {
  const region = regionPlaces(options.kernenCsv);
  const mode = options.places ?? (options.count > NATIONAL_THRESHOLD ? 'scaled' : 'region');
  if (mode === 'region') return region;
  const target = Math.max(region.kernen.length, options.kernen ?? Math.round(options.count / ENTRIES_PER_KERN));
  return addSyntheticPlaces(region, target, createRandom(derive(options.seed ?? DEFAULT_SEED, 'places')));
}

/** Every file of a synthetic content tree, in a stable order. */
export function* generateSynthetic(options: SyntheticOptions): Generator<GeneratedFile> {
  const seed = options.seed ?? DEFAULT_SEED;
  const today = options.today ?? DEFAULT_TODAY;
  const counts = planCounts(options.count);
  const { gemeenten, kernen } = placesFor(options);
  const gemeenteById = new Map(gemeenten.map((g) => [g.id, g]));
  const kernenByGemeente = new Map<string, KernPlace[]>();
  for (const k of kernen) append(kernenByGemeente, k.gemeente, k);
  const ctx: Context = {
    seed,
    today,
    gemeenten,
    kernen,
    gemeenteOf: (kern) => gemeenteById.get(kern.gemeente) as GemeentePlace,
    kernenByGemeente,
    pickKern: weightedPicker(
      kernen,
      kernen.map((k) => k.gewicht),
    ),
  };

  // Each collection draws from its own stream, so adding a field to one leaves the others as they were.
  const random = createRandom(derive(seed, 'plaatsen'));
  for (const g of gemeenten)
    yield contentFile('gemeenten', g.id, undefined, gemeenteRecord(random, g, today, seed), '');
  for (const k of kernen) {
    const buren = nearestKernen(k, kernenByGemeente.get(k.gemeente) ?? [], 3);
    yield contentFile('kernen', k.id, k.gemeente, kernRecord(random, k, ctx.gemeenteOf(k), buren, today, seed), '');
  }
  const registry = emptyRegistry();
  const stream = (label: string) => createRandom(derive(seed, label));
  yield* organisaties(ctx, registry, stream('organisaties'), counts.organisaties);
  yield* locaties(ctx, registry, stream('locaties'), counts.locaties);
  yield* activiteiten(ctx, registry, stream('activiteiten'), counts.activiteiten);
  yield* diensten(ctx, registry, stream('diensten'), counts.diensten);
  yield* informatie(ctx, registry, stream('informatie'), counts.informatie);
}
