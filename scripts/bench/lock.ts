/**
 * The shared build lock. Several people build on the same 2-core machine; a build measured while
 * another runs is worthless. `withBuildLock` holds `flock <file>` only while `work` runs, and the
 * waiting for it is never part of a measurement.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

export const DEFAULT_LOCK = process.env['BENCH_LOCK'] ?? '/tmp/build.lock';

/** Run `work` while holding the lock file (if flock(1) exists; otherwise just run it). */
export async function withBuildLock<T>(work: () => Promise<T>, lockFile = DEFAULT_LOCK): Promise<T> {
  if (!existsSync('/usr/bin/flock')) return work();
  // The holder prints once it has the lock and keeps it until we close its stdin.
  const holder = spawn('/usr/bin/flock', [lockFile, 'sh', '-c', 'echo locked; exec cat >/dev/null'], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    holder.on('error', reject);
    holder.on('exit', (code) => reject(new Error(`flock ${lockFile} ended early (exit ${code})`)));
    holder.stdout.once('data', () => resolve());
  });
  holder.removeAllListeners('exit');
  try {
    return await work();
  } finally {
    const ended = new Promise<void>((resolve) => holder.once('exit', () => resolve()));
    holder.stdin.end();
    await ended;
  }
}
