/** The content check of `npm run build`, in a process of its own (content-check.ts). */
import { validateContentDir } from '../../../src/lib/validation/index.ts';

const [dir, map] = process.argv.slice(2);
if (!dir || !map || !process.send) throw new Error('Start this file through checkContentBeside (content-check.ts).');
const rapport = await validateContentDir(dir, { map });
// Disconnect once sent: the open channel would keep this process alive.
process.send(rapport, () => process.disconnect());
