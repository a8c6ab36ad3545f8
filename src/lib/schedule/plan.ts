/**
 * The recurrence plan of one block: the RFC 5545 pieces (FREQ, INTERVAL, BYDAY, UNTIL, WKST,
 * EXDATE) and its first occurrence, in one structure that both the date maths (occurrences.ts)
 * and the exports (to-rrule.ts: iCalendar, HSDS) read. One plan, so what the site shows and what
 * the feeds say can never differ.
 *
 * Choices, in RFC 5545 terms:
 * - wekelijks: FREQ=WEEKLY;BYDAY=TU,TH. tweewekelijks: FREQ=WEEKLY;INTERVAL=2;WKST=MO, weeks
 *   counted from the week of `datum` (Monday to Sunday weeks, as in the Netherlands).
 * - maandelijks: FREQ=MONTHLY;BYDAY=<week><day> for every combination of `weken` and `dagen`
 *   (weken [1,3] + dagen [di] → BYDAY=1TU,3TU; -1 means the last one of the month).
 * - eenmalig: a single date; with `einddatum` it is FREQ=DAILY until that day, so a three-day
 *   event gives one occurrence per day, each from `van` to `tot` (a festival open 10 to 17 each
 *   day, not one 55-hour event).
 * - `tot_en_met` is UNTIL, inclusive: an occurrence on that day still happens.
 * - `behalve` are EXDATEs at the block's start time.
 * - DTSTART is the first real occurrence, never a date that does not match the rule (RFC 5545
 *   counts DTSTART as an occurrence even when it does not match; rrule does not, so we avoid
 *   the difference). It is the first occurrence on or after `datum`, or, without `datum`, on or
 *   after the fixed anchor RECURRENCE_ANCHOR. The anchor is a constant, so a schedule never
 *   depends on the day the site was built.
 */
import { boundedMemo } from '../memo.ts';
import { WEEKDAGEN, type WeekdagId } from '../vocabulary.ts';
import { parseDateKey, utcDateKey } from './dates.ts';
import { RRule, RRuleSet, type RRuleOptions } from './rrule-lib.ts';
import type { DateKey, Tijdblok, TimeKey } from './types.ts';

/** First possible occurrence of a recurring block without `datum`: Monday 1 January 2024. */
export const RECURRENCE_ANCHOR: DateKey = '2024-01-01';

/** RFC 5545 weekday codes of the Dutch weekday ids. */
export const RFC_DAY: Record<WeekdagId, 'MO' | 'TU' | 'WE' | 'TH' | 'FR' | 'SA' | 'SU'> = {
  ma: 'MO',
  di: 'TU',
  wo: 'WE',
  do: 'TH',
  vr: 'FR',
  za: 'SA',
  zo: 'SU',
};

const DAY_ORDER = Object.keys(WEEKDAGEN) as WeekdagId[];

export interface RecurrencePlan {
  /** RFC 5545 FREQ; undefined for a single date (no RRULE at all). */
  freq?: 'DAILY' | 'WEEKLY' | 'MONTHLY';
  /** RFC 5545 INTERVAL (1 or 2). */
  interval: number;
  /** RFC 5545 BYDAY values in order, e.g. ['TU', 'TH'] or ['1TU', '3TU', '-1FR']. */
  byday: string[];
  /** First occurrence (DTSTART), or undefined when the block never happens. */
  dtstart?: DateKey;
  /** Last day (UNTIL, inclusive), if any. */
  until?: DateKey;
  /** Cancelled days (EXDATE), sorted, without duplicates. */
  exdates: DateKey[];
  /** Wall-clock start and end in Amsterdam. */
  start: TimeKey;
  end: TimeKey;
}

/**
 * rrule works on "floating" times here: the Amsterdam wall-clock time stored as if it were UTC.
 * Recurrence then never sees a daylight-saving change; real instants are made in zone.ts.
 */
export function floating(date: DateKey, time: TimeKey = '00:00'): Date {
  const { year, month, day } = parseDateKey(date);
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  return new Date(Date.UTC(year, month - 1, day, hour, minute));
}

function sortedDays(days: readonly WeekdagId[]): WeekdagId[] {
  return DAY_ORDER.filter((day) => days.includes(day));
}

/** The BYDAY values of a block, in a stable order (weeks as written, days Monday first). */
function bydayOf(block: Tijdblok): string[] {
  const days = sortedDays(block.dagen ?? []);
  if (block.herhaling === 'maandelijks') {
    const weeks = [...new Set(block.weken ?? [])].sort((a, b) => (a === -1 ? 5 : a) - (b === -1 ? 5 : b));
    return weeks.flatMap((week) => days.map((day) => `${week}${RFC_DAY[day]}`));
  }
  if (block.herhaling === 'eenmalig') return [];
  return days.map((day) => RFC_DAY[day]);
}

const FREQ_OF = { eenmalig: 'DAILY', wekelijks: 'WEEKLY', tweewekelijks: 'WEEKLY', maandelijks: 'MONTHLY' } as const;

/** The rrule options of a block, starting at `start` (before the first occurrence is known). */
function rruleOptions(
  block: Tijdblok,
  start: DateKey,
  byday: string[],
  until: DateKey | undefined,
): Partial<RRuleOptions> {
  const single = block.herhaling === 'eenmalig' && !block.einddatum;
  return {
    freq: RRule[FREQ_OF[block.herhaling]],
    interval: block.herhaling === 'tweewekelijks' ? 2 : 1,
    wkst: RRule.MO,
    dtstart: floating(start, block.van),
    ...(single ? { count: 1 } : {}),
    ...(until ? { until: floating(until, block.van) } : {}),
    ...(byday.length > 0 ? { byweekday: byday.map(toRRuleWeekday) } : {}),
  };
}

function toRRuleWeekday(code: string) {
  const match = /^(-?\d)?([A-Z]{2})$/.exec(code);
  const day = RRule[(match?.[2] ?? 'MO') as 'MO'];
  return match?.[1] ? day.nth(Number(match[1])) : day;
}

function untilOf(block: Tijdblok): DateKey | undefined {
  const ends = [block.herhaling === 'eenmalig' ? (block.einddatum ?? block.datum) : undefined, block.tot_en_met].filter(
    (d): d is string => d !== undefined,
  );
  return ends.sort()[0];
}

/** The recurrence plan of a block (see the module comment for the RFC 5545 choices). */
export function planOf(block: Tijdblok): RecurrencePlan {
  const byday = bydayOf(block);
  const until = untilOf(block);
  const first = new RRule(rruleOptions(block, block.datum ?? RECURRENCE_ANCHOR, byday, until)).after(
    floating(block.datum ?? RECURRENCE_ANCHOR),
    true,
  );
  const isSingle = block.herhaling === 'eenmalig' && (!block.einddatum || block.einddatum === block.datum);
  const freq = isSingle ? undefined : FREQ_OF[block.herhaling];
  return {
    ...(freq ? { freq } : {}),
    interval: block.herhaling === 'tweewekelijks' ? 2 : 1,
    byday,
    ...(first ? { dtstart: utcDateKey(first) } : {}),
    ...(until && freq ? { until } : {}),
    exdates: [...new Set(block.behalve ?? [])].sort(),
    start: block.van,
    end: block.tot,
  };
}

/** A compiled rule set (floating times) of a plan; undefined when the block never happens. */
export function compilePlan(plan: RecurrencePlan): RRuleSet | undefined {
  if (!plan.dtstart) return undefined;
  const set = new RRuleSet();
  const options: Partial<RRuleOptions> = plan.freq
    ? {
        freq: RRule[plan.freq],
        interval: plan.interval,
        wkst: RRule.MO,
        dtstart: floating(plan.dtstart, plan.start),
        ...(plan.until ? { until: floating(plan.until, plan.start) } : {}),
        ...(plan.byday.length > 0 ? { byweekday: plan.byday.map(toRRuleWeekday) } : {}),
      }
    : { freq: RRule.DAILY, count: 1, dtstart: floating(plan.dtstart, plan.start) };
  set.rrule(new RRule(options));
  for (const date of plan.exdates) set.exdate(floating(date, plan.start));
  return set;
}

interface Compiled {
  plan: RecurrencePlan;
  /** The rule set from the real DTSTART, built on first use (most queries use `setFrom`). */
  set?: RRuleSet | undefined;
}

const compiled = new WeakMap<Tijdblok, Compiled>();

function entryOf(block: Tijdblok): Compiled {
  let entry = compiled.get(block);
  if (!entry) {
    entry = { plan: planOf(block) };
    compiled.set(block, entry);
  }
  return entry;
}

/** The recurrence plan of a block, cached per block object (pages ask for the same block often). */
export function cachedPlan(block: Tijdblok): RecurrencePlan {
  return entryOf(block).plan;
}

/** The rule set of a block from its real DTSTART, cached; undefined when it never happens. */
export function fullSet(block: Tijdblok): RRuleSet | undefined {
  const entry = entryOf(block);
  if (!('set' in entry)) entry.set = compilePlan(entry.plan);
  return entry.set;
}

/**
 * The plan to ask about the dates on or after `from`. rrule walks every step from DTSTART (tens
 * of µs each), so a weekly rule anchored in 2024 would walk a hundred weeks for every query. For
 * rules whose later dates do not depend on where they start (every week, the n-th weekday of every
 * month, every day) DTSTART moves up to `from`; rrule still decides every date. Every other week
 * keeps its own DTSTART, because its weeks are counted from there. Undefined when the block never
 * happens.
 */
export function planFrom(
  block: Tijdblok,
  from: DateKey,
  options: { withoutExceptions?: boolean } = {},
): RecurrencePlan | undefined {
  const plan = cachedPlan(block);
  if (!plan.dtstart) return undefined;
  const movable = plan.freq !== undefined && plan.interval === 1 && plan.dtstart < from;
  if (!movable && !options.withoutExceptions) return plan;
  return { ...plan, ...(movable ? { dtstart: from } : {}), ...(options.withoutExceptions ? { exdates: [] } : {}) };
}

/** A rule set for the dates on or after `from` (see planFrom); undefined when the block never happens. */
export function setFrom(
  block: Tijdblok,
  from: DateKey,
  options: { withoutExceptions?: boolean } = {},
): RRuleSet | undefined {
  const plan = planFrom(block, from, options);
  if (!plan) return undefined;
  return plan === cachedPlan(block) ? fullSet(block) : compilePlan(plan);
}

/**
 * What decides a plan's dates: everything but the times of day. Every occurrence, UNTIL and EXDATE
 * sits at the block's own start time, and a range always covers whole days (00:00 to 23:59), so
 * the start time never changes which days fall in a range.
 */
function ruleKey(plan: RecurrencePlan): string {
  return [
    plan.freq ?? '',
    plan.interval,
    plan.byday.join(','),
    plan.dtstart ?? '',
    plan.until ?? '',
    plan.exdates.join(','),
  ].join('|');
}

/**
 * Remembered answers of planDates. A build has far fewer different rules than blocks (every
 * Tuesday, the first Monday of the month), so most questions are answered without rrule.
 */
const rememberedDates = boundedMemo<string, readonly DateKey[]>(50_000);

/**
 * The days of `plan` from `from` to `to` (both included), in order, cancelled days left out. The
 * same rule asked about the same range gives the same (shared, frozen) list.
 */
export function planDates(plan: RecurrencePlan, from: DateKey, to: DateKey): readonly DateKey[] {
  return rememberedDates(`${ruleKey(plan)}|${from}|${to}`, () => {
    const set = compilePlan(plan);
    return Object.freeze(set ? set.between(floating(from), floating(to, '23:59'), true).map(utcDateKey) : []);
  });
}
