/**
 * Progressive enhancement of schedules on a static page: the HTML lists dates as of the build
 * day; this script shows them for the visitor's today, from the data the build embedded
 * (components/schedule/Schedule.astro and ThisWeek.astro). No dependencies and no rrule: the
 * view logic is the same pure code the build used (lib/schedule/view.ts).
 */
import { todayInAmsterdam } from '../lib/schedule/zone.ts';
import { nextDatesView, weekView, type ScheduleLabels, type WeekItem } from '../lib/schedule/view.ts';
import type { PackedOccurrences } from '../lib/schedule/upcoming.ts';
import { el } from './dom.ts';

interface NextData {
  d: string;
  n: number;
  l: ScheduleLabels;
  p: PackedOccurrences;
}

interface WeekData {
  d: string;
  h: number;
  l: ScheduleLabels;
  i: WeekItem[];
  p: PackedOccurrences;
}

function timeElement(datetime: string, text: string): HTMLTimeElement {
  const node = el('time', undefined, text);
  node.dateTime = datetime;
  return node;
}

function refreshNextDates(root: HTMLElement, data: NextData, today: string): void {
  const next = root.querySelector<HTMLElement>('[data-schedule-next]');
  const list = root.querySelector<HTMLElement>('[data-schedule-list]');
  const ended = root.querySelector<HTMLElement>('[data-schedule-ended]');
  if (!next || !list || !ended) return;
  const view = nextDatesView(data.p, today, data.n, data.l);
  if (view.status === 'dates') {
    list.replaceChildren(
      ...view.lines.map((line) => {
        const item = el('li');
        item.append(timeElement(line.datetime, line.date), `, ${line.time}`);
        return item;
      }),
    );
  }
  next.hidden = view.status !== 'dates';
  ended.hidden = view.status !== 'ended';
}

function refreshWeek(root: HTMLElement, data: WeekData, today: string): void {
  const view = weekView(data.p, data.i, today, data.l);
  root.hidden = !view;
  const range = root.querySelector<HTMLElement>('[data-week-range]');
  const days = root.querySelector<HTMLElement>('[data-week-days]');
  const empty = root.querySelector<HTMLElement>('[data-week-empty]');
  if (!view || !range || !days || !empty) return;
  range.textContent = view.range;
  const level = Math.min(Math.max(data.h, 2), 6);
  days.replaceChildren(
    ...view.days.flatMap((day) => {
      const heading = el(`h${level}` as 'h3', 'this-week__day');
      heading.append(timeElement(day.date, day.heading));
      const list = el('ul', 'ww-plain-list this-week__list');
      for (const entry of day.entries) {
        const item = el('li');
        const link = el('a', undefined, entry.title);
        link.href = entry.href;
        const meta = el('p', 'ww-meta');
        meta.append(timeElement(entry.datetime, entry.time));
        if (entry.where) meta.append(`, ${entry.where}`);
        item.append(link, meta);
        list.append(item);
      }
      return [heading, list];
    }),
  );
  empty.hidden = view.days.length > 0;
}

function refreshAll(): void {
  const today = todayInAmsterdam(new Date());
  for (const root of document.querySelectorAll<HTMLElement>('[data-schedule]')) {
    try {
      const data = JSON.parse(root.dataset['schedule'] ?? '') as NextData;
      if (data.d !== today) refreshNextDates(root, data, today);
    } catch {
      // Broken data: keep the build's HTML, which is still a correct pattern.
    }
  }
  for (const root of document.querySelectorAll<HTMLElement>('[data-this-week]')) {
    try {
      const data = JSON.parse(root.dataset['thisWeek'] ?? '') as WeekData;
      if (data.d !== today) refreshWeek(root, data, today);
    } catch {
      // As above.
    }
  }
}

refreshAll();
