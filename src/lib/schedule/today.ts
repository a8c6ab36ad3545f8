/**
 * "Today" for the build. The HTML is correct for the build day; the browser script corrects it
 * afterwards. WEGWIJZER_TODAY=2026-03-03 pins the day for reproducible builds and tests.
 */
import { parseDateKey } from './dates.ts';
import type { DateKey } from './types.ts';
import { todayInAmsterdam } from './zone.ts';

export function buildToday(env: Record<string, string | undefined> = process.env, now: Date = new Date()): DateKey {
  const pinned = env['WEGWIJZER_TODAY'];
  if (pinned) {
    parseDateKey(pinned);
    return pinned;
  }
  return todayInAmsterdam(now);
}
