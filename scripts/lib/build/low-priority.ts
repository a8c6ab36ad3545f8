/**
 * Lowers the CPU priority of the whole calling process, for build work that may wait: the calendar
 * files beside Astro's content sync and render, the print QR codes beside the search index. At
 * the lowest priority such work takes only what the other processes leave idle, and no longer
 * slows down the step the build waits for.
 *
 * On Linux a priority (nice value) belongs to each thread, and `os.setPriority(pid)` changes only
 * the thread whose id is the process id: Node's other threads (V8's garbage collector helpers,
 * libuv's file system pool) would keep their priority. So every thread in /proc/self/task is
 * changed; threads started later inherit the priority of the thread that starts them. Elsewhere
 * the priority belongs to the process and one call does it.
 */
import { readdirSync } from 'node:fs';
import { constants, setPriority } from 'node:os';

export const LOWEST_PRIORITY = constants.priority.PRIORITY_LOW;

/** The ids of this process's threads (Linux), or undefined where /proc does not list them. */
function ownThreads(): number[] | undefined {
  try {
    return readdirSync('/proc/self/task').map(Number);
  } catch {
    return undefined;
  }
}

/** Gives this process, all its threads, the lowest CPU priority. Never throws: only speed is at stake. */
export function lowerOwnPriority(): void {
  const threads = ownThreads() ?? [0];
  for (const thread of threads) {
    try {
      setPriority(thread, LOWEST_PRIORITY);
    } catch {
      // A thread that has just ended, or a system that does not allow it: the work still gets done.
    }
  }
}
