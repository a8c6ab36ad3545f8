/**
 * A schedule in plain Dutch (TAAL.md, B1): "elke dinsdag van 9.30 tot 11.30 uur", "om de week op
 * woensdag ...", "elke eerste en derde dinsdag van de maand ...", "op dinsdag 3 maart 2026 ...".
 * The text describes the pattern only, so it stays true between builds; concrete dates come from
 * occurrences.ts and the browser script.
 */
import { t, type Sleutel } from '../i18n.ts';
import { memoByObject } from '../memo.ts';
import { WEEKDAGEN, type WeekdagId } from '../vocabulary.ts';
import { WEEK_ORDER } from './dates.ts';
import { formatDateNl, formatTimeNl, listNl, periodEnds } from './format.ts';
import { cachedPlan, planDates, planFrom } from './plan.ts';
import type { DateKey, Tijdblok } from './types.ts';

/** More cancelled days than this are counted ("behalve op 5 dagen") instead of listed. */
const MAX_LISTED_EXCEPTIONS = 3;

const WEEK_WORD: Record<1 | 2 | 3 | 4 | -1, Sleutel> = {
  1: 'schedule.week.1',
  2: 'schedule.week.2',
  3: 'schedule.week.3',
  4: 'schedule.week.4',
  [-1]: 'schedule.week.laatste',
};

export interface DescribeOptions {
  /**
   * The day the text is for. With it, a start date still to come is mentioned ("vanaf 3 maart
   * 2026") and cancelled days in the past are left out. Without it, the text is timeless.
   */
  today?: DateKey;
}

function dayNames(days: readonly WeekdagId[]): string {
  return listNl(WEEK_ORDER.filter((day) => days.includes(day)).map((day) => WEEKDAGEN[day]));
}

function timeText(block: Tijdblok): string {
  return t('schedule.tijd', { van: formatTimeNl(block.van), tot: formatTimeNl(block.tot) });
}

/** "vrijdag 3 tot en met zondag 5 juli 2026": the first date only says what differs. */
function periodText(from: DateKey, to: DateKey): string {
  const ends = periodEnds(from, to);
  return t('schedule.periode', { van: ends.from, tot: ends.to });
}

/** "22 december, 29 december 2026 en 5 januari 2027": the year only where it changes. */
function dateList(dates: readonly DateKey[]): string {
  return listNl(
    dates.map((date, i) => {
      const next = dates[i + 1];
      const sameYearAsNext = next !== undefined && next.slice(0, 4) === date.slice(0, 4);
      return formatDateNl(date, { weekday: false, year: !sameYearAsNext });
    }),
  );
}

/** The pattern itself, without start, end or exceptions. */
function patternText(block: Tijdblok): string {
  const days = dayNames(block.dagen ?? []);
  switch (block.herhaling) {
    case 'wekelijks':
      return `${t('schedule.elke', { dagen: days })} ${timeText(block)}`;
    case 'tweewekelijks':
      return `${t('schedule.omDeWeek', { dagen: days })} ${timeText(block)}`;
    case 'maandelijks': {
      const weeks = [...new Set(block.weken ?? [])].sort((a, b) => (a === -1 ? 5 : a) - (b === -1 ? 5 : b));
      return `${t('schedule.maand', { weken: listNl(weeks.map((week) => t(WEEK_WORD[week]))), dagen: days })} ${timeText(block)}`;
    }
    case 'eenmalig': {
      const start = block.datum ?? '';
      if (block.einddatum && block.einddatum !== start) {
        return `${periodText(start, block.einddatum)}, ${t('schedule.elkeDag')} ${timeText(block)}`;
      }
      return `${t('schedule.op', { datum: formatDateNl(start) })} ${timeText(block)}`;
    }
  }
}

/** Cancelled days worth mentioning: days the pattern would have, not yet past. */
function relevantExceptions(block: Tijdblok, today: DateKey | undefined): DateKey[] {
  const exdates = cachedPlan(block).exdates.filter((date) => !today || date >= today);
  if (exdates.length === 0) return [];
  const first = exdates[0] as DateKey;
  const withoutExceptions = planFrom(block, first, { withoutExceptions: true });
  if (!withoutExceptions) return [];
  const last = exdates[exdates.length - 1] as DateKey;
  const scheduled = new Set(planDates(withoutExceptions, first, last));
  return exdates.filter((date) => scheduled.has(date));
}

function describeBlockFresh(block: Tijdblok, options: DescribeOptions): string {
  let text = patternText(block);
  if (block.herhaling !== 'eenmalig') {
    const bounds: string[] = [];
    if (block.datum && options.today && block.datum > options.today)
      bounds.push(t('schedule.vanaf', { datum: formatDateNl(block.datum, { weekday: false }) }));
    if (block.tot_en_met)
      bounds.push(t('schedule.totEnMet', { datum: formatDateNl(block.tot_en_met, { weekday: false }) }));
    if (bounds.length > 0) text += ` (${bounds.join(' ')})`;
  }
  const exceptions = relevantExceptions(block, options.today);
  if (exceptions.length > MAX_LISTED_EXCEPTIONS)
    text += `, ${t('schedule.nietOpAantal', { aantal: exceptions.length })}`;
  else if (exceptions.length > 0) text += `, ${t('schedule.nietOp', { datums: dateList(exceptions) })}`;
  return text;
}

// Cached per block object and day: the cancelled days cost rrule steps, and one block is described
// on many pages of a build (its own, cards, kern pages, search data, calendar, open data).
const blockTexts = memoByObject((block: Tijdblok, today: string) =>
  describeBlockFresh(block, today ? { today: today as DateKey } : {}),
);

/**
 * One block in plain Dutch, e.g. "elke eerste en derde dinsdag van de maand van 14.00 tot 16.00
 * uur (tot en met 30 juni 2027), niet op 29 december 2026". Starts in lower case.
 */
export function describeBlock(block: Tijdblok, options: DescribeOptions = {}): string {
  return blockTexts(block, options.today);
}

/**
 * Blocks that differ only in their days read as one ("elke dinsdag en donderdag ..."); the rest
 * keep their own order.
 */
export function mergeBlocksByDay(blocks: readonly Tijdblok[]): Tijdblok[] {
  const merged = new Map<string, Tijdblok>();
  for (const block of blocks) {
    const key = block.herhaling === 'eenmalig' ? `#${merged.size}` : JSON.stringify({ ...block, dagen: undefined });
    const earlier = merged.get(key);
    if (earlier)
      merged.set(key, { ...earlier, dagen: [...new Set([...(earlier.dagen ?? []), ...(block.dagen ?? [])])] });
    else merged.set(key, block);
  }
  return [...merged.values()];
}

const scheduleTexts = memoByObject((blocks: readonly Tijdblok[], today: string) =>
  listNl(mergeBlocksByDay(blocks).map((block) => blockTexts(block, today))),
);

/** A whole schedule in one phrase: "elke dinsdag van 9.30 tot 11.30 uur en elke donderdag ...". */
export function describeSchedule(blocks: readonly Tijdblok[], options: DescribeOptions = {}): string {
  return scheduleTexts(blocks, options.today);
}
