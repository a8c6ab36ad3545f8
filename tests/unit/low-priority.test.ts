/**
 * lowerOwnPriority on Linux, where a priority belongs to each thread (/proc/self/task lists them).
 * Elsewhere it is one call for the whole process, and the child below has no /proc to report from.
 */
import { fork } from 'node:child_process';
import { getPriority } from 'node:os';
import { describe, expect, it } from 'vitest';
import { resultOf } from '../../scripts/lib/build/child-result.ts';
import { LOWEST_PRIORITY } from '../../scripts/lib/build/low-priority.ts';

interface Reported {
  process: number;
  threads: number[];
}

function runChild(): Promise<Reported> {
  const child = fork(new URL('../support/low-priority-child.ts', import.meta.url), [], {
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  return resultOf<Reported>(child, 'The test child failed');
}

describe.runIf(process.platform === 'linux')('lowerOwnPriority', () => {
  it('gives every thread of the process the lowest priority, also the ones started later', async () => {
    // The child starts with this process's priority: at the lowest already, the test would prove nothing.
    expect(getPriority()).toBeLessThan(LOWEST_PRIORITY);
    const reported = await runChild();
    expect(LOWEST_PRIORITY).toBe(19);
    expect(reported.process).toBe(LOWEST_PRIORITY);
    // Node runs several threads (V8's platform workers, libuv's pool): all of them, not only the main one.
    expect(reported.threads.length).toBeGreaterThan(1);
    expect(reported.threads.every((priority) => priority === LOWEST_PRIORITY)).toBe(true);
  });

  it('leaves the process that started it alone', async () => {
    const before = getPriority();
    await runChild();
    expect(getPriority()).toBe(before);
  });
});
