/**
 * The benchmark report: machine, commit and date, plus one entry per section ("build", and later
 * "pageBytes", "lighthouse", "search", ...). Written as JSON to bench-output/ (gitignored).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describeMachine, gitState, type GitState, type Machine } from './environment.ts';

export const OUTPUT_DIR = 'bench-output';

export interface BenchReport {
  /** ISO timestamp of the start of the run. */
  date: string;
  git: GitState;
  machine: Machine;
  /** Free-form per section; each section module documents its own shape. */
  sections: Record<string, unknown>;
}

export function newReport(): BenchReport {
  return { date: new Date().toISOString(), git: gitState(), machine: describeMachine(), sections: {} };
}

/** Write `bench-<date>.json` and `latest.json`; returns the dated file's path. */
export function writeReport(report: BenchReport, dir = OUTPUT_DIR): string {
  mkdirSync(dir, { recursive: true });
  const text = `${JSON.stringify(report, null, 2)}\n`;
  const file = path.join(dir, `bench-${report.date.replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, text);
  writeFileSync(path.join(dir, 'latest.json'), text);
  return file;
}
