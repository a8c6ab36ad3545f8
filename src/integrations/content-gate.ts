/**
 * The hand-over between `npm run build` (scripts/build.ts) and the `astro build` process it starts.
 * The script checks the content in a process of its own while Astro starts up and syncs the
 * content on the other core (the check took ≈ 6 s of a 10,000-entry build when it ran first, in
 * Astro's process). Astro may read the content meanwhile, but renders nothing until the script
 * reports over the IPC channel that the content is in order; when it is not, the script stops
 * Astro and prints the Dutch report instead of Astro's output (scripts/lib/build/gated-astro.ts).
 *
 * `astro build` started any other way (and `astro dev`) checks the content itself, first, as
 * before (validate-content.ts); so does a build whose content folder is not the one the script
 * checked.
 */

/** Set by scripts/build.ts to the absolute content folder it checks, for the `astro build` it starts. */
export const CONTROLE_ERNAAST = 'WEGWIJZER_CONTROLE_ERNAAST';
/** Astro → script: listening, send the outcome. */
export const WACHT_OP_CONTROLE = 'wegwijzer:wacht-op-controle';
/** Script → Astro: the content is in order, go on. */
export const INHOUD_IN_ORDE = 'wegwijzer:inhoud-in-orde';

interface IpcProcess {
  send?: (message: unknown) => boolean;
  on(event: 'message', listener: (message: unknown) => void): unknown;
  on(event: 'disconnect', listener: () => void): unknown;
  off(event: 'message', listener: (message: unknown) => void): unknown;
  off(event: 'disconnect', listener: () => void): unknown;
}

/**
 * In an `astro build` started by scripts/build.ts that checks the content folder `dir`: a promise
 * that resolves when the script reports that the content is in order, and rejects when the script
 * goes away first. Undefined otherwise: then this process checks the content itself.
 */
export function wachtOpControle(
  dir: string,
  env: NodeJS.ProcessEnv = process.env,
  proc: IpcProcess = process,
): Promise<void> | undefined {
  if (env[CONTROLE_ERNAAST] !== dir || !proc.send) return undefined;
  const gate = new Promise<void>((resolve, reject) => {
    const stop = (): void => {
      proc.off('message', onMessage);
      proc.off('disconnect', onDisconnect);
    };
    const onMessage = (message: unknown): void => {
      if (message !== INHOUD_IN_ORDE) return;
      stop();
      resolve();
    };
    const onDisconnect = (): void => {
      stop();
      reject(new Error('npm run build stopped before the content check was done.'));
    };
    proc.on('message', onMessage);
    proc.on('disconnect', onDisconnect);
  });
  // Awaited in astro:build:start; until then a rejection must not count as unhandled.
  gate.catch(() => undefined);
  proc.send(WACHT_OP_CONTROLE);
  return gate;
}
