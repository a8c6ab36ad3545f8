/**
 * A child process's output, held back until the caller knows whether it is wanted: `release`
 * writes what was held and passes the rest straight on, `drop` discards it all. scripts/build.ts
 * holds Astro's output while the content check runs, and drops it when the check finds problems:
 * the Dutch report then says what went wrong, not Astro's first error in English.
 */
import type { ChildProcess } from 'node:child_process';

export interface HeldOutput {
  release(): void;
  drop(): void;
}

export function holdOutput(
  child: Pick<ChildProcess, 'stdout' | 'stderr'>,
  out: Pick<NodeJS.WritableStream, 'write'> = process.stdout,
  err: Pick<NodeJS.WritableStream, 'write'> = process.stderr,
): HeldOutput {
  let state: 'holding' | 'passing' | 'dropping' = 'holding';
  const held: [Pick<NodeJS.WritableStream, 'write'>, Buffer][] = [];
  const pass = (target: Pick<NodeJS.WritableStream, 'write'>) => (chunk: Buffer) => {
    if (state === 'holding') held.push([target, chunk]);
    else if (state === 'passing') target.write(chunk);
  };
  child.stdout?.on('data', pass(out));
  child.stderr?.on('data', pass(err));
  return {
    release() {
      if (state !== 'holding') return;
      for (const [target, chunk] of held) target.write(chunk);
      held.length = 0;
      state = 'passing';
    },
    drop() {
      held.length = 0;
      state = 'dropping';
    },
  };
}
