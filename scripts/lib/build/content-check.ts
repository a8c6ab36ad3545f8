/**
 * `npm run build` checks the content in a process of its own while `astro build` starts up and
 * syncs the content in another (src/integrations/content-gate.ts). A process rather than a thread
 * of the build script: the script runs with a small heap (package.json), and V8 gives a thread
 * the heap limit of its process that starts it, whatever the thread asks for; the check of
 * 100,000 entries needs more. The check's process gets the limit Astro gets. When the check has
 * passed, it writes the calendar files (calendars.ts) at the lowest CPU priority, while Astro
 * syncs and renders, and ends, giving its memory back.
 */
import { fork } from 'node:child_process';
import type { Rapport } from '../../../src/lib/validation/index.ts';
import type { CalendarResult } from './calendars.ts';

const CHILD = new URL('./content-check-child.ts', import.meta.url);

export interface ContentCheck {
  /** The report of the check, as soon as it is there. */
  rapport: Promise<Rapport>;
  /**
   * The calendar files written under the given folder; rejects when they could not be made, and
   * when the check found problems (then there are none to make).
   */
  calendars: Promise<CalendarResult>;
  /**
   * Ends the process if it is still running (the build failed and will not use the calendars),
   * and resolves once it has ended, so its folder can be removed.
   */
  stop: () => Promise<void>;
}

/**
 * Checks the content folder `dir` (named `map` in messages) in a process started with `heapArgs`
 * (lib/build/astro-heap.ts: Astro's limit, or none when NODE_OPTIONS sets one), then writes the
 * calendar files of the content under `calendarDir`.
 */
export function checkContentBeside(
  dir: string,
  map: string,
  heapArgs: readonly string[],
  calendarDir: string,
): ContentCheck {
  const child = fork(CHILD, [dir, map, calendarDir], {
    execArgv: [...heapArgs],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const rapport = Promise.withResolvers<Rapport>();
  const calendars = Promise.withResolvers<CalendarResult>();
  let fouten = 0;
  child.on('message', (message: Rapport | { kalenders: CalendarResult }) => {
    if ('kalenders' in message) {
      calendars.resolve(message.kalenders);
    } else {
      fouten = message.fouten;
      rapport.resolve(message);
    }
  });
  // Whatever has not come by the end never will; a promise already resolved stays resolved.
  // 'close', not 'exit': it waits for the IPC channel too, so every message sent has been read.
  const ended = (why: string) => {
    rapport.reject(new Error(`The content check stopped without a report${why}.`));
    calendars.reject(
      new Error(
        fouten > 0
          ? 'No calendar files: the content has problems.'
          : `The content check ended without writing the calendar files${why}.`,
      ),
    );
  };
  child.on('error', (error) => ended(` (${String(error)})`));
  const closed = new Promise<void>((done) =>
    child.once('close', (code, signal) => {
      ended(code === 0 ? '' : ` (${signal ?? `exit ${String(code)}`})`);
      done();
    }),
  );
  // The build may end (bad content, a failed Astro) without asking for the calendars.
  calendars.promise.catch(() => undefined);
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill();
    await closed;
  };
  return { rapport: rapport.promise, calendars: calendars.promise, stop };
}
