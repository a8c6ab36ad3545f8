/** The content check of `npm run build`, in a thread of its own (content-check.ts). */
import { parentPort, workerData } from 'node:worker_threads';
import { validateContentDir } from '../../../src/lib/validation/index.ts';

const { dir, map } = workerData as { dir: string; map: string };
parentPort?.postMessage(await validateContentDir(dir, { map }));
