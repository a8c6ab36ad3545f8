/**
 * Which activities and kernen have a calendar file: an activity when one of its schedule blocks
 * ever happens, a kern when one of its activities does. Kept apart from the files themselves
 * (files.ts, with the iCalendar writer) for the pages that only link to them.
 */
import { toRRule } from '../../schedule/to-rrule.ts';
import { activiteitenInKern, type Activiteit, type Alles } from '../bron.ts';

/** True when the activity has a block that ever happens, i.e. a calendar file of its own. */
export function hasCalendarDates(activiteit: Activiteit): boolean {
  return activiteit.data.wanneer.some((block) => !toRRule(block).empty);
}

/** The activities of a kern that have dates; the kern has a calendar file when there is one. */
export function kernActivitiesWithDates(all: Alles, kernId: string): Activiteit[] {
  return activiteitenInKern(all, kernId).filter(hasCalendarDates);
}
