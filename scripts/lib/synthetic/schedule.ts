/**
 * Dates and schedules (`rooster` blocks) for synthetic entries: weekly, fortnightly, monthly and
 * one-off, relative to a reference day so the site has something "this week".
 */
import type { WeekdagId } from '../../../src/lib/vocabulary.ts';
import type { Dagdeel } from './catalog-activiteiten.ts';
import type { Random } from './random.ts';

export interface Tijdblok {
  herhaling: 'eenmalig' | 'wekelijks' | 'tweewekelijks' | 'maandelijks';
  dagen?: WeekdagId[];
  weken?: (1 | 2 | 3 | 4 | -1)[];
  datum?: string;
  van: string;
  tot: string;
  tot_en_met?: string;
  behalve?: string[];
  toelichting?: string;
}

/** Monday first, as WEEKDAGEN; index = (getUTCDay() + 6) % 7. */
export const WEEKDAG_IDS: readonly WeekdagId[] = ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'];

/** A YYYY-MM-DD date plus a number of days (UTC, so no time zone shifts). */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function weekdayOf(date: string): WeekdagId {
  return WEEKDAG_IDS[(new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7] as WeekdagId;
}

/** The first date on or after `date` that falls on `day`. */
export function nextWeekday(date: string, day: WeekdagId): string {
  const shift = (WEEKDAG_IDS.indexOf(day) - WEEKDAG_IDS.indexOf(weekdayOf(date)) + 7) % 7;
  return addDays(date, shift);
}

const TIJDEN: Record<Dagdeel, readonly (readonly [string, string])[]> = {
  ochtend: [
    ['09:00', '11:00'],
    ['09:30', '11:30'],
    ['10:00', '12:00'],
    ['10:00', '11:30'],
    ['09:30', '12:00'],
  ],
  middag: [
    ['13:30', '15:30'],
    ['14:00', '16:00'],
    ['14:00', '16:30'],
    ['13:00', '15:00'],
    ['15:00', '17:00'],
  ],
  avond: [
    ['19:00', '21:00'],
    ['19:30', '21:30'],
    ['18:30', '20:30'],
    ['19:00', '22:00'],
    ['20:00', '22:00'],
  ],
};

const TOELICHTINGEN = [
  'niet in de schoolvakanties',
  'ook in de zomer',
  'behalve op feestdagen',
  'in de zomer buiten als het mooi weer is',
];

/** Weekdays, weighted towards working days (weekends are rarer for these activities). */
function pickDay(random: Random): WeekdagId {
  return random.weighted(WEEKDAG_IDS, [5, 5, 5, 5, 4, 2, 0.5]);
}

/** A schedule for an activity: mostly weekly, some fortnightly, monthly or one-off. */
export function activiteitRooster(random: Random, today: string, dagdelen: readonly Dagdeel[]): Tijdblok[] {
  const [van, tot] = random.pick(TIJDEN[random.pick(dagdelen)]);
  const kind = random.weighted(['wekelijks', 'tweewekelijks', 'maandelijks', 'eenmalig'] as const, [50, 15, 20, 15]);
  const day = pickDay(random);
  const block: Tijdblok = { herhaling: kind, van, tot };
  if (kind === 'eenmalig') {
    block.datum = addDays(today, random.int(2, 90));
  } else {
    block.dagen = random.chance(0.12) && kind === 'wekelijks' ? sortDays([day, pickDay(random)]) : [day];
    if (kind === 'tweewekelijks')
      block.datum = nextWeekday(addDays(today, -random.int(0, 27)), block.dagen[0] as WeekdagId);
    if (kind === 'maandelijks') block.weken = random.chance(0.85) ? [random.pick([1, 2, 3, 4, -1] as const)] : [1, 3];
    if (random.chance(0.15)) block.tot_en_met = addDays(today, random.int(30, 240));
    if (random.chance(0.2)) block.behalve = [christmasWeek(today, block.dagen[0] as WeekdagId)];
    if (random.chance(0.25)) block.toelichting = random.pick(TOELICHTINGEN);
  }
  return random.chance(0.08) && kind === 'wekelijks' ? [block, secondBlock(random, block)] : [block];
}

/** Opening hours of a place or a phone line: working days, morning and sometimes afternoon. */
export function openingstijden(random: Random, weekend: boolean): Tijdblok[] {
  const days: WeekdagId[] = weekend
    ? ['ma', 'di', 'wo', 'do', 'vr', 'za']
    : random.pick([
        ['ma', 'di', 'wo', 'do', 'vr'],
        ['ma', 'wo', 'vr'],
        ['di', 'do'],
      ] as WeekdagId[][]);
  const blocks: Tijdblok[] = [
    {
      herhaling: 'wekelijks',
      dagen: days,
      van: random.pick(['08:30', '09:00', '09:30']),
      tot: random.pick(['12:00', '12:30', '17:00']),
    },
  ];
  if (blocks[0]?.tot === '12:00' && random.chance(0.4))
    blocks.push({ herhaling: 'wekelijks', dagen: [random.pick(days)], van: '13:30', tot: '16:30' });
  return blocks;
}

/** One evening or daytime session on a date (webinars, information meetings). */
export function eenmalig(random: Random, datum: string, dagdeel: Dagdeel): Tijdblok[] {
  const [van, tot] = random.pick(TIJDEN[dagdeel]);
  return [{ herhaling: 'eenmalig', datum, van, tot }];
}

function sortDays(days: WeekdagId[]): WeekdagId[] {
  return [...new Set(days)].sort((a, b) => WEEKDAG_IDS.indexOf(a) - WEEKDAG_IDS.indexOf(b));
}

function secondBlock(random: Random, first: Tijdblok): Tijdblok {
  const other = WEEKDAG_IDS.filter((d) => !first.dagen?.includes(d) && d !== 'zo');
  const [van, tot] = random.pick(TIJDEN.middag);
  return { herhaling: 'wekelijks', dagen: [random.pick(other)], van, tot };
}

/** The occurrence of `day` in the week of Christmas after `today`: a typical cancelled date. */
function christmasWeek(today: string, day: WeekdagId): string {
  const year = Number(today.slice(0, 4)) + (today.slice(5) > '12-21' ? 1 : 0);
  return nextWeekday(`${year}-12-22`, day);
}

/** Names of offers that run as a series of meetings (courses, trainings) and so end. */
export const REEKS = /\b(cursus|training|trainingen|reeks|serie|workshops?|lessenreeks)\b/i;

/** A course or training stops after some weeks: give its recurring blocks a last date. */
export function eindigtAlsReeks(rooster: Tijdblok[], naam: string, random: Random, today: string): Tijdblok[] {
  if (!REEKS.test(naam)) return rooster;
  return rooster.map((b) =>
    b.herhaling === 'eenmalig' || b.tot_en_met ? b : { ...b, tot_en_met: addDays(today, random.int(42, 120)) },
  );
}
