/**
 * A block as RFC 5545 text, for the iCalendar feed and the HSDS export. The strings come from the
 * same plan the site's dates come from (plan.ts), in this exact form:
 *
 *   DTSTART;TZID=Europe/Amsterdam:20260303T093000
 *   DTEND;TZID=Europe/Amsterdam:20260303T113000
 *   RRULE:FREQ=WEEKLY;INTERVAL=2;WKST=MO;BYDAY=TU;UNTIL=20270629T073000Z
 *   EXDATE;TZID=Europe/Amsterdam:20261229T093000,20270112T093000
 *
 * - DTSTART/DTEND: the first occurrence, local time with TZID (the feed must carry a VTIMEZONE for
 *   Europe/Amsterdam), so the time stays 9.30 on both sides of a daylight-saving change.
 * - RRULE: FREQ first; INTERVAL only when 2; WKST=MO only with INTERVAL=2 (where it changes which
 *   days belong to a week); BYDAY as in plan.ts; UNTIL in UTC as RFC 5545 requires with a TZID
 *   start, at the start time on the `tot_en_met` day, so that day is still included.
 * - No RRULE for a single date; no EXDATE line without cancelled days.
 * - A block whose rule matches no day at all (`tot_en_met` before the first matching day) has
 *   `empty: true` and no lines: leave it out of feeds. A first day that is cancelled stays DTSTART
 *   and is listed in EXDATE, which RFC 5545 allows.
 */
import { memoByObject } from '../memo.ts';
import { TIME_ZONE, toUtcBasic } from './zone.ts';
import { cachedPlan, type RecurrencePlan } from './plan.ts';
import type { DateKey, Tijdblok, TimeKey } from './types.ts';

export interface RRuleText {
  /** True when the block has no occurrence at all; the strings below are then empty. */
  empty: boolean;
  dtstart: string;
  dtend: string;
  /** The RRULE line, or undefined for a one-off date. */
  rrule?: string;
  /** The EXDATE line, or undefined without cancelled days. */
  exdate?: string;
  /** The lines above in the order a VEVENT lists them. */
  readonly lines: readonly string[];
  /** The structured plan, for exports that want fields (HSDS schedule: freq, interval, byday, until, ...). */
  plan: RecurrencePlan;
}

/** '2026-03-03', '09:30' → '20260303T093000' (local time, used with TZID). */
function localBasic(date: DateKey, time: TimeKey): string {
  return `${date.replace(/-/g, '')}T${time.replace(':', '')}00`;
}

function toRRuleFresh(block: Tijdblok): RRuleText {
  const plan = cachedPlan(block);
  if (!plan.dtstart) return { empty: true, dtstart: '', dtend: '', lines: [], plan };
  const dtstart = `DTSTART;TZID=${TIME_ZONE}:${localBasic(plan.dtstart, plan.start)}`;
  const dtend = `DTEND;TZID=${TIME_ZONE}:${localBasic(plan.dtstart, plan.end)}`;
  let rrule: string | undefined;
  if (plan.freq) {
    const parts = [`FREQ=${plan.freq}`];
    if (plan.interval !== 1) parts.push(`INTERVAL=${plan.interval}`, 'WKST=MO');
    if (plan.byday.length > 0) parts.push(`BYDAY=${plan.byday.join(',')}`);
    if (plan.until) parts.push(`UNTIL=${toUtcBasic(plan.until, plan.start)}`);
    rrule = `RRULE:${parts.join(';')}`;
  }
  const exdate =
    plan.exdates.length > 0
      ? `EXDATE;TZID=${TIME_ZONE}:${plan.exdates.map((date) => localBasic(date, plan.start)).join(',')}`
      : undefined;
  const lines = [dtstart, dtend, rrule, exdate].filter((line): line is string => line !== undefined);
  return { empty: false, dtstart, dtend, ...(rrule ? { rrule } : {}), ...(exdate ? { exdate } : {}), lines, plan };
}

// Cached per block object: the same block is asked for by its page (JSON-LD), the calendar files,
// the open data and the calendar links on cards. Callers share the answer and must not change it.
const rules = memoByObject(toRRuleFresh);

/** The RFC 5545 DTSTART/DTEND/RRULE/EXDATE text of a block (format in the module comment). */
export function toRRule(block: Tijdblok): RRuleText {
  return rules(block);
}
