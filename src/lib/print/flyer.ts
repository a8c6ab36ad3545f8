/**
 * What fits on a flyer: at most two A4 pages, so every list is capped and the rest is counted
 * ("en nog 4 andere activiteiten: kijk op de website"). Pure functions, no content access.
 */

/** How much a flyer shows at most. Chosen so the fullest kern in the content fits two A4 pages. */
export const FLYER_LIMITS = {
  /** Meeting places described in full. */
  plekken: 2,
  /** Activities listed under one meeting place. */
  activiteitenPerPlek: 4,
  /** Lines in the week overview, over all days together. */
  week: 10,
  /** Services (hulp en diensten). */
  diensten: 5,
  /** Information products and meetings. */
  informatie: 3,
} as const;

export interface Capped<T> {
  shown: T[];
  /** How many were left out. */
  rest: number;
}

/** The first `max` items and how many more there are. */
export function cap<T>(items: readonly T[], max: number): Capped<T> {
  const limit = Math.max(0, Math.floor(max));
  return { shown: items.slice(0, limit), rest: Math.max(0, items.length - limit) };
}

/**
 * Caps a week overview (entries grouped per day) at `max` lines in total. Lines are taken round
 * by round, one per day, so every day with activities keeps at least one line while there is room,
 * instead of Monday filling the flyer. Days keep their order and each day its own order; days left
 * without lines are dropped.
 */
export function capWeek<G extends { entries: readonly unknown[] }>(
  groups: readonly G[],
  max: number,
): { groups: G[]; rest: number } {
  const taken = groups.map(() => 0);
  let room = Math.max(0, Math.floor(max));
  let progress = true;
  while (room > 0 && progress) {
    progress = false;
    groups.forEach((group, index) => {
      if (room > 0 && (taken[index] ?? 0) < group.entries.length) {
        taken[index] = (taken[index] ?? 0) + 1;
        room -= 1;
        progress = true;
      }
    });
  }
  const total = groups.reduce((sum, group) => sum + group.entries.length, 0);
  const kept = taken.reduce((sum, n) => sum + n, 0);
  return {
    groups: groups
      .map((group, index) => ({ ...group, entries: group.entries.slice(0, taken[index] ?? 0) }))
      .filter((group) => group.entries.length > 0),
    rest: total - kept,
  };
}
