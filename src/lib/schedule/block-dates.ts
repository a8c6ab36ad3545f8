/**
 * The dates of one block, from rrule, with a per-build memory. rrule costs tens of µs per step,
 * and one activity shows up on many pages (its own, its kern's week, its location, topic pages),
 * each asking for nearly the same weeks. The first question about a block computes a window of
 * WINDOW_WEEKS weeks from the Monday of the asked day; later questions inside that window are
 * answered from it. Anything outside goes to rrule directly. Blocks with the same rule share one
 * computation (planDates in plan.ts).
 */
import { addDays, mondayOfWeek, utcDateKey } from './dates.ts';
import { cachedPlan, floating, planDates, planFrom, setFrom } from './plan.ts';
import type { DateKey, Tijdblok } from './types.ts';

/** 27 weeks: the 26 weeks the detail pages embed, plus the rest of the week they start in. */
export const WINDOW_WEEKS = 27;

/** How far ahead a "next date" search looks: a schedule with nothing in 20 years is over. */
const LOOKAHEAD_DAYS = 20 * 366;

interface Window {
  from: DateKey;
  to: DateKey;
  dates: readonly DateKey[];
}

const windows = new WeakMap<Tijdblok, Window>();

function fromRRule(block: Tijdblok, from: DateKey, to: DateKey): readonly DateKey[] {
  const plan = planFrom(block, from);
  return plan ? planDates(plan, from, to) : [];
}

function windowFor(block: Tijdblok, from: DateKey, to: DateKey): Window | undefined {
  let window = windows.get(block);
  if (!window) {
    const start = mondayOfWeek(from);
    const end = addDays(start, WINDOW_WEEKS * 7 - 1);
    if (to > end) return undefined;
    window = { from: start, to: end, dates: fromRRule(block, start, end) };
    windows.set(block, window);
  }
  return window.from <= from && to <= window.to ? window : undefined;
}

/** The block's dates from `from` to `to`, both included, in order (cancelled days left out). */
export function blockDates(block: Tijdblok, from: DateKey, to: DateKey): DateKey[] {
  const window = windowFor(block, from, to);
  return window ? window.dates.filter((date) => date >= from && date <= to) : [...fromRRule(block, from, to)];
}

/** The block's first `n` dates on or after `from`, in order (fewer when the schedule ends). */
export function nextBlockDates(block: Tijdblok, from: DateKey, n: number): DateKey[] {
  if (n <= 0) return [];
  const window = windows.get(block);
  if (window && window.from <= from && from <= window.to) {
    const dates = window.dates.filter((date) => date >= from).slice(0, n);
    if (dates.length === n) return dates;
  }
  const set = setFrom(block, from);
  if (!set) return [];
  const until = floating(addDays(from, LOOKAHEAD_DAYS));
  return set.between(floating(from), until, true, (_date, count) => count < n).map(utcDateKey);
}

/** True when the block has a date after `date`. A repeating block without an end always has. */
export function hasDatesAfter(block: Tijdblok, date: DateKey): boolean {
  const plan = cachedPlan(block);
  if (!plan.dtstart) return false;
  if (plan.freq && !plan.until) return true;
  return nextBlockDates(block, addDays(date, 1), 1).length > 0;
}
