/**
 * `npm run build` checks the content in a worker thread while `astro build` starts up and syncs
 * the content in its own process (src/integrations/content-gate.ts). A thread rather than this
 * process's main thread: the script runs with a small heap (package.json), and the check of
 * 100,000 entries needs more; the thread gets the limit Astro gets, and gives it all back when
 * it ends, before Astro renders.
 */
import { Worker } from 'node:worker_threads';
import type { Rapport } from '../../../src/lib/validation/index.ts';

const WORKER = new URL('./content-check-worker.ts', import.meta.url);

/** Checks the content folder `dir` (named `map` in messages) in a thread with a heap of `heapMb`. */
export function checkContentInThread(dir: string, map: string, heapMb: number): Promise<Rapport> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, { workerData: { dir, map }, resourceLimits: { maxOldGenerationSizeMb: heapMb } });
    worker.once('message', (rapport: Rapport) => {
      resolve(rapport);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`The content check stopped (exit ${String(code)}).`)));
  });
}
