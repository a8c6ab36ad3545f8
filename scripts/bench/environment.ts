/**
 * What a benchmark result needs to be comparable: the machine (read live), the git commit, and
 * the date. Every report carries this, whichever sections it has.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';

export interface Machine {
  cpus: number;
  cpuModel: string;
  memoryMb: number;
  node: string;
  os: string;
  kernel: string;
  loadAverage: [number, number, number];
}

export interface GitState {
  commit: string;
  branch: string;
  /** Uncommitted changes in the work tree (other people's work in progress counts too). */
  dirty: boolean;
}

/** The Debian/Ubuntu PRETTY_NAME from /etc/os-release, else the platform name. */
export function osName(osRelease: string | undefined): string {
  const match = osRelease ? /^PRETTY_NAME="?([^"\n]+)"?/m.exec(osRelease) : null;
  return match?.[1] ?? `${os.type()} ${os.release()}`;
}

export function describeMachine(): Machine {
  let osRelease: string | undefined;
  try {
    osRelease = readFileSync('/etc/os-release', 'utf8');
  } catch {
    osRelease = undefined;
  }
  const [l1, l5, l15] = os.loadavg();
  return {
    cpus: os.availableParallelism(),
    cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown',
    memoryMb: Math.round(os.totalmem() / 1024 / 1024),
    node: process.version,
    os: osName(osRelease),
    kernel: os.release(),
    loadAverage: [l1 ?? 0, l5 ?? 0, l15 ?? 0],
  };
}

function git(args: string[]): string {
  return execFileSync('git', args, { encoding: 'utf8' }).trim();
}

export function gitState(): GitState {
  try {
    return {
      commit: git(['rev-parse', 'HEAD']),
      branch: git(['rev-parse', '--abbrev-ref', 'HEAD']),
      dirty: git(['status', '--porcelain']).length > 0,
    };
  } catch {
    return { commit: 'unknown', branch: 'unknown', dirty: true };
  }
}
