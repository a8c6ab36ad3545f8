/**
 * `npm run build` checks the content in a process of its own while `astro build` starts up and
 * syncs the content in another (src/integrations/content-gate.ts). A process rather than a thread
 * of the build script: the script runs with a small heap (package.json), and V8 gives a thread
 * the heap limit of the process that starts it, whatever the thread asks for; the check of
 * 100,000 entries needs more. The check's process gets the limit Astro gets, and ends (giving its
 * memory back) as soon as it has sent the report, while Astro is still syncing.
 */
import { fork } from 'node:child_process';
import type { Rapport } from '../../../src/lib/validation/index.ts';

const CHILD = new URL('./content-check-child.ts', import.meta.url);

/**
 * Checks the content folder `dir` (named `map` in messages) in a process started with `heapArgs`
 * (lib/build/astro-heap.ts: Astro's limit, or none when NODE_OPTIONS sets one).
 */
export function checkContentBeside(dir: string, map: string, heapArgs: readonly string[]): Promise<Rapport> {
  return new Promise((resolve, reject) => {
    const child = fork(CHILD, [dir, map], {
      execArgv: [...heapArgs],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    let rapport: Rapport | undefined;
    child.once('message', (message: Rapport) => (rapport = message));
    child.once('error', reject);
    child.once('exit', (code) => {
      if (rapport) resolve(rapport);
      else reject(new Error(`The content check stopped without a report (exit ${String(code)}).`));
    });
  });
}
