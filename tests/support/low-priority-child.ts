/**
 * For tests/unit/low-priority.test.ts: lowers its own priority, starts one more thread's worth of
 * work (a file read goes through libuv's pool), and reports the priority of every thread it has.
 */
import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { getPriority } from 'node:os';
import { lowerOwnPriority } from '../../scripts/lib/build/low-priority.ts';

lowerOwnPriority();
await readFile(new URL(import.meta.url));
const threads = readdirSync('/proc/self/task').map(Number);
process.send?.({ process: getPriority(), threads: threads.map((thread) => getPriority(thread)) }, () =>
  process.disconnect(),
);
