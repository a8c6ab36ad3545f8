/**
 * The build script's side of the hand-over with `astro build` (src/integrations/content-gate.ts).
 * Astro's output is held back until the content check is done. When the check passes, the output
 * is released and Astro gets the go-ahead as soon as it asks for it (whichever comes first).
 * When the check finds problems, Astro is stopped, its output dropped and the Dutch report
 * printed: the editor sees every problem at once, not Astro's first error in English.
 */
import type { ChildProcess } from 'node:child_process';
import { INHOUD_IN_ORDE, WACHT_OP_CONTROLE } from '../../../src/integrations/content-gate.ts';
import { formatBouwRapport, formatBouwSamenvatting, type Rapport } from '../../../src/lib/validation/index.ts';
import { holdOutput } from './held-output.ts';

/** The parts of an `astro build` child process (spawned with an IPC channel) used here. */
export type AstroChild = Pick<ChildProcess, 'stdout' | 'stderr' | 'connected' | 'send' | 'disconnect' | 'kill' | 'on'>;

export interface GateOutput {
  /** The summary line when the content is in order. */
  info(line: string): void;
  /** The report when it is not, and errors of the child process. */
  error(text: string): void;
  /** Where Astro's own output goes once released; default this process's stdout and stderr. */
  out?: Pick<NodeJS.WritableStream, 'write'>;
  err?: Pick<NodeJS.WritableStream, 'write'>;
}

/** Resolves with the exit code of the whole step: Astro's, or 1 when the content has problems. */
export async function gateAstro(
  child: AstroChild,
  check: Promise<Rapport>,
  map: string,
  io: GateOutput,
): Promise<number> {
  const output = holdOutput(child, io.out, io.err);
  const exited = new Promise<number>((done) => {
    child.on('error', (error) => {
      io.error(`astro build: ${error.message}`);
      done(1);
    });
    child.on('exit', (code, signal) => done(code ?? (signal ? 1 : 0)));
  });

  let asked = false;
  let inOrder = false;
  const answer = (): void => {
    if (!asked || !inOrder || !child.connected) return;
    // Disconnect once sent, so Astro's process can end when its build is done.
    child.send(INHOUD_IN_ORDE, (error) => {
      if (!error && child.connected) child.disconnect();
    });
  };
  child.on('message', (message) => {
    if (message !== WACHT_OP_CONTROLE) return;
    asked = true;
    answer();
  });

  let rapport: Rapport;
  try {
    rapport = await check;
  } catch (error) {
    output.drop();
    child.kill();
    await exited;
    throw error;
  }
  if (rapport.fouten > 0) {
    output.drop();
    child.kill();
    io.error(`\n${formatBouwRapport(rapport, map)}\n\n${formatBouwSamenvatting(rapport)}`);
    await exited;
    return 1;
  }
  io.info(formatBouwSamenvatting(rapport));
  output.release();
  inOrder = true;
  answer();
  return exited;
}
