/**
 * The content check of `npm run build`, in a process of its own (content-check.ts). When the
 * check passes and a folder is given, this process then writes the calendar files into it
 * (calendars.ts), from the entries the check parsed, while Astro syncs and renders. The report
 * goes first, so Astro's render never waits for the calendars, and the calendars get the lowest
 * CPU priority (low-priority.ts): they are needed only once Astro is done, so they take the CPU
 * time Astro leaves idle.
 */
import { checkContent, readContentTree } from '../../../src/lib/validation/index.ts';
import { allesFromChecked } from '../load-alles.ts';
import { writeCalendarFiles } from './calendars.ts';
import { lowerOwnPriority } from './low-priority.ts';

const [dir, map, calendarDir] = process.argv.slice(2);
const send = process.send?.bind(process);
if (!dir || !map || !send) throw new Error('Start this file through checkContentBeside (content-check.ts).');

const sent = (message: unknown) => new Promise<void>((done) => send(message, () => done()));

const { rapport, geldig } = checkContent(await readContentTree(dir), { map });
await sent(rapport);
if (calendarDir && rapport.fouten === 0) {
  lowerOwnPriority();
  // The entries as the check parsed them: the files are not read and parsed a second time.
  await sent({ kalenders: await writeCalendarFiles(allesFromChecked(rapport, geldig, dir), calendarDir) });
}
// Disconnect once sent: the open channel would keep this process alive.
process.disconnect();
