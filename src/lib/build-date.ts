/**
 * The build date: the one input of a build that does not come from the content. Freshness
 * notices, reports, flyers and the "next dates" in the HTML are all computed relative to it, and
 * the browser script corrects dates for the visitor's own today afterwards.
 *
 * It is `WEGWIJZER_DATUM` (YYYY-MM-DD) when set, else today in Europe/Amsterdam. Two builds of
 * the same content on the same day (or with the same WEGWIJZER_DATUM) are byte-identical; the
 * reproducible-build check pins it. The clock is the default on purpose: a site rebuilt every
 * night shows current next dates and freshness notices even to visitors without JavaScript.
 */
import { todayInAmsterdam } from './schedule/zone.ts';

const DATUM = /^\d{4}-\d{2}-\d{2}$/;

export interface BronnenVoorDatum {
  env?: string | undefined;
  /** Today according to the clock, as YYYY-MM-DD in Amsterdam. */
  klok: string;
}

/** Picks the build date: the pinned date from the environment, else the clock. Pure. */
export function kiesPeildatum(bronnen: BronnenVoorDatum): string {
  const env = bronnen.env?.trim();
  if (env) {
    if (!DATUM.test(env) || Number.isNaN(Date.parse(env))) {
      throw new Error(`WEGWIJZER_DATUM moet een datum zijn als 2026-03-03, niet "${env}".`);
    }
    return env;
  }
  return bronnen.klok;
}

// The clock's Amsterdam date, kept for the minute it was read in: every page of a build asks, and
// formatting a date in a time zone is costly enough to show up at 10,000 pages.
let klokCache: { minuut: number; datum: string } | undefined;

function klokDatum(now: Date): string {
  const minuut = Math.floor(now.getTime() / 60_000);
  if (klokCache?.minuut !== minuut) klokCache = { minuut, datum: todayInAmsterdam(now) };
  return klokCache.datum;
}

/** The build date of this process (YYYY-MM-DD). */
export function peildatum(env: Record<string, string | undefined> = process.env, now: Date = new Date()): string {
  return kiesPeildatum({ env: env['WEGWIJZER_DATUM'], klok: klokDatum(now) });
}
