/**
 * The one result a forked helper process sends before it ends (the print QR codes' process, and
 * the processes of tests). Settles on 'close', not 'exit': 'close' waits for the IPC channel too,
 * so a result that was sent has been read.
 */
import type { ChildProcess } from 'node:child_process';

/** Resolves with the child's message; rejects, naming `what`, when it ends without one or fails. */
export function resultOf<T>(child: ChildProcess, what: string): Promise<T> {
  return new Promise((done, fail) => {
    let result: { value: T } | undefined;
    child.once('message', (message: T) => (result = { value: message }));
    child.on('error', fail);
    child.once('close', (code, signal) => {
      if (code === 0 && result) done(result.value);
      else fail(new Error(`${what} (${signal ?? `exit ${String(code)}`}${result ? '' : ', no result'}).`));
    });
  });
}
