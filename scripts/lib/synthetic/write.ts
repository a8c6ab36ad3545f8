/**
 * Writes a synthetic content tree to disk. The folder is replaced as a whole, but only when it is
 * empty, missing, or was written by this generator (it carries a marker file), so a typo in --out
 * can never wipe real content.
 */
import { existsSync, readdirSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { generateSynthetic, type GeneratedFile, type SyntheticOptions } from './generate.ts';

export const MARKER = '.wegwijzer-synthetic.json';

export interface WriteSummary {
  dir: string;
  files: number;
  bytes: number;
  perCollection: Record<GeneratedFile['collection'], number>;
  ms: number;
}

/** Throws unless `dir` is missing, empty, or an earlier synthetic tree. */
export function assertReplaceable(dir: string): void {
  if (!existsSync(dir)) return;
  const entries = readdirSync(dir);
  if (entries.length > 0 && !entries.includes(MARKER)) {
    throw new Error(`${dir} is not empty and was not written by the synthetic generator; choose another --out`);
  }
}

export async function writeSynthetic(dir: string, options: SyntheticOptions): Promise<WriteSummary> {
  const started = performance.now();
  assertReplaceable(dir);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const perCollection: WriteSummary['perCollection'] = {
    gemeenten: 0,
    kernen: 0,
    organisaties: 0,
    locaties: 0,
    activiteiten: 0,
    diensten: 0,
    informatie: 0,
  };
  const madeDirs = new Set<string>();
  let files = 0;
  let bytes = 0;
  let batch: Promise<void>[] = [];
  for (const file of generateSynthetic(options)) {
    const target = path.join(dir, file.path);
    const folder = path.dirname(target);
    if (!madeDirs.has(folder)) {
      await mkdir(folder, { recursive: true });
      madeDirs.add(folder);
    }
    batch.push(writeFile(target, file.content));
    if (batch.length >= 64) {
      await Promise.all(batch);
      batch = [];
    }
    perCollection[file.collection]++;
    files++;
    bytes += Buffer.byteLength(file.content);
  }
  await Promise.all(batch);
  const { kernenCsv: _csv, ...rest } = options;
  await writeFile(path.join(dir, MARKER), `${JSON.stringify({ ...rest, files, bytes }, null, 2)}\n`);
  return { dir, files, bytes, perCollection, ms: performance.now() - started };
}
