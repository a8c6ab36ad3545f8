/**
 * schema.org Schedule and OpeningHoursSpecification from our schedule blocks, using the same
 * recurrence plan as the pages and the iCalendar files.
 * - weekly / every other week: repeatFrequency P1W / P2W, byDay as schema.org DayOfWeek URLs;
 * - monthly: repeatFrequency P1M, byDay in iCal form ("1TU", "-1FR"), which schema.org allows
 *   and which, unlike byMonthWeek, can say "the last Friday";
 * - one-off: startDate (and endDate) without repeatFrequency;
 * - exceptDate: cancelled days; scheduleTimezone: Europe/Amsterdam; times as HH:MM local time.
 */
import type { DayOfWeek, OpeningHoursSpecification, Schedule } from 'schema-dts';
import { toRRule } from '../../schedule/to-rrule.ts';
import type { Tijdblok } from '../../schedule/types.ts';
import { TIME_ZONE } from '../../schedule/zone.ts';

const DAY_URL: Record<string, DayOfWeek> = {
  MO: 'https://schema.org/Monday',
  TU: 'https://schema.org/Tuesday',
  WE: 'https://schema.org/Wednesday',
  TH: 'https://schema.org/Thursday',
  FR: 'https://schema.org/Friday',
  SA: 'https://schema.org/Saturday',
  SU: 'https://schema.org/Sunday',
};

/** ISO 8601 duration between two HH:MM times: PT2H, PT1H30M. */
export function durationBetween(from: string, to: string): string {
  const minutes =
    Number(to.slice(0, 2)) * 60 + Number(to.slice(3)) - (Number(from.slice(0, 2)) * 60 + Number(from.slice(3)));
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return `PT${hours > 0 ? `${hours}H` : ''}${rest > 0 || hours === 0 ? `${rest}M` : ''}`;
}

/** One schema.org Schedule per block (blocks that never happen are left out). */
export function schedulesOf(blocks: readonly Tijdblok[]): Schedule[] {
  const out: Schedule[] = [];
  for (const block of blocks) {
    const { plan } = toRRule(block);
    if (!plan.dtstart) continue;
    const base = {
      '@type': 'Schedule' as const,
      startTime: block.van,
      endTime: block.tot,
      duration: durationBetween(block.van, block.tot),
      scheduleTimezone: TIME_ZONE,
      ...(plan.exdates.length > 0 ? { exceptDate: plan.exdates } : {}),
    };
    if (!plan.freq || plan.freq === 'DAILY') {
      out.push({
        ...base,
        startDate: plan.dtstart,
        endDate: plan.until ?? plan.dtstart,
        ...(plan.freq === 'DAILY' ? { repeatFrequency: 'P1D' } : {}),
      });
      continue;
    }
    out.push({
      ...base,
      repeatFrequency: plan.freq === 'MONTHLY' ? 'P1M' : `P${plan.interval}W`,
      byDay: plan.freq === 'MONTHLY' ? plan.byday : plan.byday.map((code) => DAY_URL[code] ?? code),
      ...(block.datum ? { startDate: plan.dtstart } : {}),
      ...(block.tot_en_met ? { endDate: block.tot_en_met } : {}),
    });
  }
  return out;
}

/** Opening hours of the weekly blocks (other patterns cannot be said in OpeningHoursSpecification). */
export function openingHoursOf(blocks: readonly Tijdblok[]): OpeningHoursSpecification[] {
  return blocks
    .filter((block) => block.herhaling === 'wekelijks')
    .map((block) => {
      const { plan } = toRRule(block);
      return {
        '@type': 'OpeningHoursSpecification' as const,
        dayOfWeek: plan.byday.map((code) => DAY_URL[code] ?? code) as DayOfWeek[],
        opens: block.van,
        closes: block.tot,
        ...(block.datum ? { validFrom: block.datum } : {}),
        ...(block.tot_en_met ? { validThrough: block.tot_en_met } : {}),
      };
    });
}
