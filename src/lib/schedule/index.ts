/**
 * Schedule maths for the build (pages, feeds, exports). The browser script imports the
 * rrule-free modules (view.ts, upcoming.ts, dates.ts, format.ts, zone.ts) directly, never this file.
 */
export type { DateKey, Occurrence, Tijdblok, TimeKey } from './types.ts';
export { addDays, daysBetween, mondayOfWeek, WEEK_ORDER, weekdayOf } from './dates.ts';
export {
  capitalize,
  formatDateNl,
  formatDateShortNl,
  formatTimeNl,
  listNl,
  periodEnds,
  sentence,
  type DateFormatOptions,
} from './format.ts';
export { TIME_ZONE, toAmsterdamIso, todayInAmsterdam } from './zone.ts';
export { RECURRENCE_ANCHOR, planOf, RFC_DAY, type RecurrencePlan } from './plan.ts';
export { toRRule, type RRuleText } from './to-rrule.ts';
export { compareOccurrences, nextOccurrences, occurrences } from './occurrences.ts';
export { describeBlock, describeSchedule, mergeBlocksByDay, type DescribeOptions } from './describe.ts';
export {
  byWeekday,
  thisWeek,
  type Scheduled,
  type Week,
  type WeekDay,
  type WeekdayEntry,
  type WeekdayGroup,
} from './week.ts';
export { packSchedule, packWeeks, type ScheduleHorizon } from './pack.ts';
export {
  keepUsedItems,
  upcoming,
  weekFrom,
  type PackedOccurrences,
  type SlimOccurrence,
  type SlimWeek,
  type Upcoming,
} from './upcoming.ts';
export { buildToday } from './today.ts';
export { scheduleLabels } from './labels.ts';
export {
  nextDatesView,
  weekView,
  type DateLine,
  type NextDatesView,
  type ScheduleLabels,
  type WeekDayView,
  type WeekEntryView,
  type WeekItem,
  type WeekView,
} from './view.ts';
