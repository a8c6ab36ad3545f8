/**
 * "Today" for the build: the site-wide build date (src/lib/build-date.ts, WEGWIJZER_DATUM or
 * the Amsterdam date). The HTML is correct for that day; the browser script corrects it afterwards.
 */
import { peildatum } from '../build-date.ts';
import type { DateKey } from './types.ts';

export function buildToday(env: Record<string, string | undefined> = process.env, now: Date = new Date()): DateKey {
  return peildatum(env, now);
}
