/**
 * The print QR codes of `npm run build`, in a process of its own at the lowest CPU priority
 * (printQrCodesBeside in print-qr.ts). The search index is built beside it and takes longer, so
 * while both run the index goes first and the codes take the CPU time Pagefind leaves idle.
 */
import { lowerOwnPriority } from './low-priority.ts';
import { writePrintQrCodes } from './print-qr.ts';

const [outDir] = process.argv.slice(2);
const send = process.send?.bind(process);
if (!outDir || !send) throw new Error('Start this file through printQrCodesBeside (print-qr.ts).');

lowerOwnPriority();
process.once('message', (pages: string[]) => {
  writePrintQrCodes(outDir, pages).then(
    // Disconnect once sent: the open channel would keep this process alive.
    (result) => send(result, () => process.disconnect()),
    (error: unknown) => {
      console.error(error instanceof Error ? (error.stack ?? error.message) : error);
      process.exit(1);
    },
  );
});
