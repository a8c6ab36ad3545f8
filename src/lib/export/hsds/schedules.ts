/**
 * HSDS schedules from our schedule blocks. The recurrence comes from the site's own plan
 * (src/lib/schedule: toRRule), so the export, the iCalendar files and the pages agree.
 *
 * Mapping of one block (RFC 5545 terms; HSDS 3.0 allows FREQ WEEKLY and MONTHLY only):
 * - wekelijks / tweewekelijks: freq WEEKLY, interval 1 or 2, byday "TU,TH";
 * - maandelijks: freq MONTHLY, byday "1TU,-1FR";
 * - eenmalig on one day: no freq; dtstart = valid_from = valid_to = that day;
 * - eenmalig over several days (daily from datum to einddatum): freq WEEKLY with byday = the
 *   weekdays of that period and until = einddatum, which is the same set of days;
 * - dtstart is the first occurrence, until the last possible day (tot_en_met), wkst always MO;
 * - opens_at / closes_at are Dutch local times (HH:MM, Europe/Amsterdam; no UTC offset, because
 *   it changes with daylight saving time). HSDS has no field for cancelled days (EXDATE): they
 *   are named in `description`, and the exact RFC 5545 text is in the activity's .ics file.
 */
import { addDays, daysBetween, weekdayOf } from '../../schedule/dates.ts';
import { describeBlock } from '../../schedule/describe.ts';
import { RFC_DAY } from '../../schedule/plan.ts';
import { toRRule } from '../../schedule/to-rrule.ts';
import type { Tijdblok } from '../../schedule/types.ts';
import { stableId } from '../ids.ts';
import { capitalize, compact, type Owner } from './parts.ts';
import type { HsdsSchedule } from './types.ts';

export type ScheduleLink = { service_id: string; service_at_location_id?: string } | { location_id: string };

export interface ScheduleOptions {
  /** A page or file that lists each session (schedule_link). */
  link?: string | undefined;
  /** How to attend, in plain Dutch (attending_type). */
  attending?: string | undefined;
}

/** RFC 5545 weekday codes of the days from `from` to `to` (at most one week), Monday first. */
export function weekdaysBetween(from: string, to: string): string[] {
  const length = Math.min(daysBetween(from, to), 6);
  const codes = new Set<string>();
  for (let i = 0; i <= length; i++) codes.add(RFC_DAY[weekdayOf(addDays(from, i))]);
  return ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'].filter((code) => codes.has(code));
}

/** The recurrence fields of one block. */
function recurrence(block: Tijdblok): Partial<HsdsSchedule> {
  const { plan } = toRRule(block);
  if (!plan.dtstart) {
    // A rule that never matches (its end lies before its first day): only the validity is known.
    return compact({ valid_from: block.datum, valid_to: block.tot_en_met ?? block.einddatum });
  }
  if (!plan.freq) return { valid_from: plan.dtstart, valid_to: plan.dtstart, dtstart: plan.dtstart };
  if (plan.freq === 'DAILY') {
    const last = plan.until ?? plan.dtstart;
    return {
      valid_from: plan.dtstart,
      valid_to: last,
      dtstart: plan.dtstart,
      until: last,
      wkst: 'MO',
      freq: 'WEEKLY',
      interval: 1,
      byday: weekdaysBetween(plan.dtstart, last).join(','),
    };
  }
  return compact({
    valid_from: block.datum,
    valid_to: block.tot_en_met,
    dtstart: plan.dtstart,
    until: plan.until,
    wkst: 'MO' as const,
    freq: plan.freq,
    interval: plan.interval,
    byday: plan.byday.join(','),
  });
}

/** One HSDS schedule per block, ids `<collection>/<id>#schedule-<n>` (n = block index). */
export function scheduleRows(
  owner: Owner,
  link: ScheduleLink,
  blocks: readonly Tijdblok[] | undefined,
  options: ScheduleOptions = {},
  part = 'schedule',
): HsdsSchedule[] {
  return (blocks ?? []).map((block, index) =>
    compact({
      id: stableId(owner.collection, owner.id, `${part}-${index}`),
      ...link,
      ...recurrence(block),
      description: `${capitalize(describeBlock(block))}.`,
      opens_at: block.van,
      closes_at: block.tot,
      schedule_link: options.link,
      attending_type: options.attending,
      notes: block.toelichting,
    }),
  );
}
