/**
 * The build's reference date ("today" for freshness and reports). Builds must be reproducible:
 * two builds of the same commit give the same bytes, so the date never comes from the clock.
 *
 * 1. `WEGWIJZER_DATUM` (YYYY-MM-DD) when set — for tests and for previewing a future date;
 * 2. else the committer date of the last git commit (`git log -1 --format=%cs`);
 * 3. else the newest `gecontroleerd` date in the content (a checkout without git history).
 */
import { execFileSync } from 'node:child_process';

const DATUM = /^\d{4}-\d{2}-\d{2}$/;

export interface BronnenVoorDatum {
  env?: string | undefined;
  git?: string | undefined;
  nieuwsteControle?: string | undefined;
}

/** Picks the reference date from the three sources, in order. Pure. */
export function kiesPeildatum(bronnen: BronnenVoorDatum): string | undefined {
  const env = bronnen.env?.trim();
  if (env) {
    if (!DATUM.test(env)) throw new Error(`WEGWIJZER_DATUM moet een datum zijn als 2026-03-03, niet "${env}".`);
    return env;
  }
  const git = bronnen.git?.trim();
  if (git && DATUM.test(git)) return git;
  return bronnen.nieuwsteControle;
}

let gitDatum: string | undefined | null = null;

/** The committer date of HEAD, or undefined outside a git checkout. Cached per process. */
export function gitCommitDatum(cwd = process.cwd()): string | undefined {
  if (gitDatum !== null) return gitDatum;
  try {
    gitDatum =
      execFileSync('git', ['log', '-1', '--format=%cs'], {
        cwd,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      }).trim() || undefined;
  } catch {
    gitDatum = undefined;
  }
  return gitDatum;
}

/**
 * The reference date of this build. `gecontroleerdDatums` is only read when neither the
 * environment nor git gives a date.
 */
export function peildatum(gecontroleerdDatums: () => Iterable<string> = () => []): string {
  const gekozen = kiesPeildatum({
    env: process.env.WEGWIJZER_DATUM,
    git: process.env.WEGWIJZER_DATUM ? undefined : gitCommitDatum(),
  });
  if (gekozen) return gekozen;
  let nieuwste: string | undefined;
  for (const d of gecontroleerdDatums()) if (!nieuwste || d > nieuwste) nieuwste = d;
  return nieuwste ?? '1970-01-01';
}
