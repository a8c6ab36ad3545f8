/**
 * The calendar files (.ics) of `npm run build`, made outside Astro. As Astro routes they cost
 * about 1 ms of Astro's render per file (5,257 files, ≈ 5 s at 10,000 entries), on the one core
 * Astro renders on. Here the content check's process makes them once the check has passed
 * (content-check-child.ts), at the lowest CPU priority, while Astro syncs and renders. They are
 * written to a folder of their own, because Astro empties its output folder when it starts
 * writing; scripts/build.ts moves them into the site when Astro has exited. The texts come from
 * the same functions the endpoints in src/pages/ics/ use (src/lib/export/ical/files.ts).
 */
import { cp, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Alles } from '../../../src/data/content.ts';
import { calendarFiles } from '../../../src/lib/export/ical/files.ts';
import { SITE_URL } from '../../../src/lib/site.ts';

export interface CalendarResult {
  files: number;
  seconds: number;
}

/** Writes every calendar file of the checked content `all` (load-alles.ts) under `into`. */
export async function writeCalendarFiles(all: Alles, into: string, site = SITE_URL): Promise<CalendarResult> {
  const start = performance.now();
  const made = new Set<string>();
  let files = 0;
  for (const file of calendarFiles(all, site)) {
    const target = path.join(into, file.path);
    const dir = path.dirname(target);
    if (!made.has(dir)) {
      await mkdir(dir, { recursive: true });
      made.add(dir);
    }
    await writeFile(target, file.text);
    files += 1;
  }
  return { files, seconds: (performance.now() - start) / 1000 };
}

/** The one folder all calendar files are in (their paths start with it: /ics/…). */
const CALENDAR_FOLDER = 'ics';

/**
 * Moves the calendar files written under `from` into the built site `outDir`: one rename of their
 * folder, or a copy when `from` is on another file system. Nothing to move when there were none.
 */
export async function moveIntoSite(from: string, outDir: string): Promise<void> {
  const source = path.join(from, CALENDAR_FOLDER);
  const target = path.join(outDir, CALENDAR_FOLDER);
  await rm(target, { recursive: true, force: true });
  try {
    await rename(source, target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return;
    if (code !== 'EXDEV') throw error;
    await cp(source, target, { recursive: true });
  }
}
