/**
 * BUILD TEST (a few seconds). When Astro fails after the content check has passed, the check's
 * process may still be writing the calendar files, at the lowest priority. The build stops it
 * before removing the calendar folder (stop in scripts/lib/build/content-check.ts); otherwise
 * the process would go on and write the folder again after its removal, and the build would
 * wait for it.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
// The build's temporary folders go here (TMPDIR), so the test sees only its own.
const privateTmp = mkdtempSync(path.join(tmpdir(), 'wegwijzer-failed-build-'));

afterAll(() => rmSync(privateTmp, { recursive: true, force: true }));

function failingBuild(): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    // A configuration file that does not exist: Astro stops at once, the content check goes on.
    const child = spawn(
      'npm',
      ['run', 'build', '--', '--outDir', path.join(privateTmp, 'site'), '--config', 'bestaat-niet.mjs'],
      { cwd: ROOT, env: { ...process.env, TMPDIR: privateTmp, FORCE_COLOR: '0', NO_COLOR: '1' } },
    );
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

describe('a build whose Astro fails', () => {
  it('fails, and leaves no calendar folder behind', async () => {
    const { code, output } = await failingBuild();
    expect(code, output).not.toBe(0);
    expect(output).toContain('bestaat-niet.mjs');
    // Give a process that would have gone on the time to write its files.
    await new Promise((done) => setTimeout(done, 3000));
    expect(readdirSync(privateTmp).filter((name) => name.startsWith('wegwijzer-kalenders-'))).toEqual([]);
  }, 120_000);
});
