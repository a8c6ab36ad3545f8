/**
 * Runs a command and measures it: wall time, peak resident memory of the whole process tree
 * (polled from /proc, so npm, Node and Pagefind's binary all count), and the largest single
 * process (GNU `time -v`, when installed). Output goes to a log file, not to memory: a build at
 * 100,000 entries prints a lot.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, openSync, closeSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseGnuTime, sampleTree } from './procfs.ts';

export const GNU_TIME = '/usr/bin/time';

export interface BuildMeasure {
  /** Wall-clock time from spawn to exit. */
  wallMs: number;
  /** Highest sum of resident memory over the process tree, sampled every `pollMs`. */
  peakRssMb: number;
  /** The biggest processes at the moment of the tree's peak: where the memory was. */
  atPeak: { command: string; rssMb: number }[];
  /** Largest single process (GNU time), when available. */
  maxProcessRssMb?: number;
  /** CPU seconds (user + system) of the tree, when GNU time is available. */
  cpuSeconds?: number;
  exitCode: number;
  logFile: string;
  /** 1-minute load average when the command started (2 cores: above ~2, others were busy too). */
  loadAtStart: number;
}

export interface TimeBuildOptions {
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  /** Where stdout and stderr go; default a temp file. */
  logFile?: string;
  pollMs?: number;
}

const MB = 1024 * 1024;

/** Run `cmd` (argv form) to completion and measure it. Never throws on a non-zero exit: check exitCode. */
export async function timeBuild(cmd: readonly string[], options: TimeBuildOptions = {}): Promise<BuildMeasure> {
  const logFile = options.logFile ?? path.join('/tmp', `wegwijzer-bench-${process.pid}-${Date.now()}.log`);
  mkdirSync(path.dirname(logFile), { recursive: true });
  const timeFile = `${logFile}.time`;
  const useTime = existsSync(GNU_TIME);
  const argv = useTime ? [GNU_TIME, '-v', '-o', timeFile, ...cmd] : [...cmd];
  const out = openSync(logFile, 'w');
  const loadAtStart = os.loadavg()[0] ?? 0;
  const started = performance.now();
  const child = spawn(argv[0] as string, argv.slice(1), {
    cwd: options.cwd ?? process.cwd(),
    env: options.env ?? process.env,
    stdio: ['ignore', out, out],
  });
  let peak = 0;
  let atPeak: BuildMeasure['atPeak'] = [];
  const sample = () => {
    if (child.pid === undefined) return;
    try {
      const now = sampleTree(child.pid);
      if (now.totalBytes > peak) {
        peak = now.totalBytes;
        atPeak = now.processes.slice(0, 4).map((p) => ({ command: p.command, rssMb: Math.round(p.bytes / MB) }));
      }
    } catch {
      // /proc can change under us; the next sample will do
    }
  };
  const timer = setInterval(sample, options.pollMs ?? 200);
  sample();
  const exitCode = await new Promise<number>((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  }).finally(() => {
    clearInterval(timer);
    closeSync(out);
  });
  const wallMs = performance.now() - started;
  const measure: BuildMeasure = { wallMs, peakRssMb: peak / MB, atPeak, exitCode, logFile, loadAtStart };
  if (useTime && existsSync(timeFile)) {
    const report = parseGnuTime(readFileSync(timeFile, 'utf8'));
    if (report) {
      measure.maxProcessRssMb = report.maxRssKb / 1024;
      measure.cpuSeconds = report.userSeconds + report.systemSeconds;
      // The tree sum is sampled; a short-lived spike can fall between samples. Never report less
      // than the largest single process, which GNU time measures exactly.
      measure.peakRssMb = Math.max(measure.peakRssMb, measure.maxProcessRssMb);
    }
    rmSync(timeFile, { force: true });
  }
  return measure;
}

/** The last `lines` lines of a log file, for error messages. */
export function tail(file: string, lines = 30): string {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}
