/** Shared command line of the report scripts: --dir, --out, --json, --datum. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inhoudsmapVan } from '../../src/lib/validation/read.ts';
import { parseArgs } from 'node:util';

export interface ReportArgs {
  dir: string;
  out?: string | undefined;
  json: boolean;
  csv: boolean;
  datum?: string | undefined;
}

export function leesArgs(hulp: string): ReportArgs | undefined {
  const { values } = parseArgs({
    options: {
      dir: { type: 'string' },
      out: { type: 'string' },
      json: { type: 'boolean', default: false },
      csv: { type: 'boolean', default: false },
      datum: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(hulp);
    return undefined;
  }
  return {
    dir: inhoudsmapVan(process.cwd(), process.env, values.dir),
    out: values.out,
    json: values.json,
    csv: values.csv,
    datum: values.datum,
  };
}

/** Writes the named files into `out`, creating it; returns the paths written. */
export function schrijf(out: string, bestanden: Record<string, string>): string[] {
  mkdirSync(out, { recursive: true });
  return Object.entries(bestanden).map(([naam, inhoud]) => {
    const pad = join(out, naam);
    writeFileSync(pad, inhoud);
    return pad;
  });
}
