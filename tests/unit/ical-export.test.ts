import { describe, expect, it } from 'vitest';
import { activiteitenInKern, indexOf, type Activiteit } from '../../src/lib/export/bron.ts';
import { activityEvents, buildIcs, eventUid, kernEvents } from '../../src/lib/export/ical/calendar.ts';
import { nextOccurrences } from '../../src/lib/schedule/occurrences.ts';
import { parseIcs } from '../support/ics-parse.ts';
import { loadContent, VALID_FIXTURE } from '../support/load-content.ts';
import { blok } from './schedule-fixtures.ts';

const SITE = 'https://wegwijzer.example.org';
const alles = await loadContent(VALID_FIXTURE);
const index = indexOf(alles);
const koffie = alles.activiteiten[0]!;

function withSchedule(wanneer: Record<string, unknown>[]): Activiteit {
  return { ...koffie, data: { ...koffie.data, wanneer: wanneer.map(blok) } } as Activiteit;
}

/** The site's own next dates of each block, in the shape the parser gives. */
function siteDates(activiteit: Activiteit, blockIndex: number, from: string, count: number) {
  return nextOccurrences([activiteit.data.wanneer[blockIndex]!], from, count).map((o) => ({
    date: o.date,
    start: o.start,
    end: o.end,
    startMs: Date.parse(o.startInstant),
    endMs: Date.parse(o.endInstant),
  }));
}

describe('iCalendar files', () => {
  it('round-trip through an independent parser with the same next dates as the site, without the cancelled day', () => {
    const ics = buildIcs(koffie.data.naam, activityEvents(koffie, index, SITE));
    const parsed = parseIcs(ics, '2026-12-15', 4);
    expect(parsed.timezones).toEqual(['Europe/Amsterdam']);
    expect(parsed.events).toHaveLength(1);
    const [event] = parsed.events;
    expect(event?.uid).toBe('activiteiten-koffieochtend-julianadorp@wegwijzer.example.org');
    expect(event?.next.map((o) => o.date)).toEqual(['2026-12-15', '2026-12-22', '2027-01-05', '2027-01-12']);
    expect(event?.next).toEqual(siteDates(koffie, 0, '2026-12-15', 4));
  });

  it('keep the local time across daylight saving changes and agree with the site for every kind of schedule', () => {
    const activiteit = withSchedule([
      { herhaling: 'wekelijks', dagen: ['zo', 'wo'], van: '09:30', tot: '11:30', behalve: ['2027-03-28'] },
      {
        herhaling: 'tweewekelijks',
        dagen: ['do'],
        datum: '2027-03-04',
        van: '14:00',
        tot: '15:30',
        tot_en_met: '2027-06-24',
      },
      { herhaling: 'maandelijks', weken: [1, -1], dagen: ['vr'], van: '19:00', tot: '21:00', behalve: ['2027-04-02'] },
      { herhaling: 'eenmalig', datum: '2027-03-27', einddatum: '2027-03-29', van: '10:00', tot: '17:00' },
      { herhaling: 'eenmalig', datum: '2027-10-31', van: '10:00', tot: '12:00' },
    ]);
    const ics = buildIcs('Test', activityEvents(activiteit, index, SITE));
    const parsed = parseIcs(ics, '2027-03-01', 12);
    expect(parsed.events.map((e) => e.uid)).toEqual([0, 1, 2, 3, 4].map((i) => eventUid(koffie.id, i, SITE)));
    parsed.events.forEach((event, i) =>
      expect(event.next, `block ${i}`).toEqual(siteDates(activiteit, i, '2027-03-01', 12)),
    );
    // Times in the hour that occurs twice (02:00-03:00 on the last Sunday of October) are left
    // out on purpose: RFC 5545 takes the first one, as the site does, but ical.js takes the second.
    // 28 March 2027 (the Sunday summer time starts) is cancelled; 9.30 stays 9.30 after the change.
    expect(parsed.events[0]?.next.map((o) => `${o.date} ${o.start}`)).toContain('2027-03-31 09:30');
    expect(parsed.events[0]?.next.map((o) => o.date)).not.toContain('2027-03-28');
  });

  it('write UTC DTSTAMP from the gecontroleerd date, TZID start times and the same bytes every time', () => {
    const first = buildIcs('Test', activityEvents(koffie, index, SITE));
    expect(first).toContain('DTSTAMP:20261101T000000Z');
    expect(first).toMatch(/DTSTART;TZID=Europe\/Amsterdam:\d{8}T093000/);
    expect(first).toContain('EXDATE;TZID=Europe/Amsterdam:20261229T093000');
    expect(first).toContain('BEGIN:VTIMEZONE');
    expect(buildIcs('Test', activityEvents(koffie, index, SITE))).toBe(first);
  });

  it('escape commas and semicolons in text and fold long lines', () => {
    const activiteit = { ...koffie, data: { ...koffie.data, naam: 'Koffie, thee; en koek' } } as Activiteit;
    const ics = buildIcs('Test', activityEvents(activiteit, index, SITE));
    expect(ics).toContain('SUMMARY:Koffie\\, thee\\; en koek');
    expect(ics.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
  });

  it('collect all activities of a kern in one calendar', () => {
    const events = kernEvents(activiteitenInKern(alles, 'julianadorp'), index, SITE);
    expect(events.map((e) => e.id)).toEqual(['activiteiten-koffieochtend-julianadorp@wegwijzer.example.org']);
    expect(kernEvents(activiteitenInKern(alles, 'huisduinen'), index, SITE)).toEqual([]);
  });
});
