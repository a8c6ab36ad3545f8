/**
 * BUILD TEST (runs one real `astro build` of the sample content, about 10 seconds).
 * Under `npm run build` the content is checked beside Astro (src/integrations/content-gate.ts).
 * Here the test plays the part of scripts/build.ts: it holds back the go-ahead, and Astro syncs
 * the content but renders nothing; once the test says the content is in order, the build
 * completes. That build renders the calendar files as Astro routes (the test does not ask the
 * script's way of writing them beside Astro), so it also shows that both ways give the same files.
 * Its output shows that the pages read the content data store from its file
 * (src/integrations/data-store-at-run-time.ts).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CONTROLE_ERNAAST, INHOUD_IN_ORDE, WACHT_OP_CONTROLE } from '../../src/integrations/content-gate.ts';
import { DIST_DIR } from '../support/site.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const ASTRO = path.join(ROOT, 'node_modules/astro/bin/astro.mjs');
const outDir = mkdtempSync(path.join(tmpdir(), 'wegwijzer-gate-'));

afterAll(() => rmSync(outDir, { recursive: true, force: true }));

/** Set once the build below has completed. */
let built = false;
/** What that build printed. */
let buildOutput = '';

/** Every file under `dir`, relative to it, sorted. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
}

describe('astro build started by npm run build', () => {
  it('syncs the content but renders nothing until the content check has passed', async () => {
    const child = spawn(process.execPath, [ASTRO, 'build', '--outDir', outDir], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
      env: {
        ...process.env,
        ASTRO_TELEMETRY_DISABLED: '1',
        NO_COLOR: '1',
        [CONTROLE_ERNAAST]: path.join(ROOT, 'content'),
      },
    });
    const { stdout, stderr } = child;
    if (!stdout || !stderr) throw new Error('no output pipes');
    let output = '';
    const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
    const failEarly = exited.then((code) => {
      throw new Error(`astro build ended (exit ${String(code)}) before the test let it:\n${output}`);
    });
    const outputSeen = (text: string) =>
      new Promise<void>((done) => {
        const look = () => {
          if (!output.includes(text)) return;
          stdout.off('data', look);
          done();
        };
        stdout.on('data', look);
        look();
      });
    stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const asked = new Promise<void>((done) => child.on('message', (m) => m === WACHT_OP_CONTROLE && done()));

    try {
      await Promise.race([Promise.all([asked, outputSeen('Synced content')]), failEarly]);
      // Give Astro time to run ahead, if it would.
      await Promise.race([new Promise((done) => setTimeout(done, 2000)), failEarly]);
      expect(output).not.toContain('Building static entrypoints');
      expect(existsSync(path.join(outDir, 'index.html'))).toBe(false);
      // The integration's own content check did not run: npm run build does it.
      expect(output).not.toContain('bestanden gecontroleerd');

      child.send(INHOUD_IN_ORDE, () => child.disconnect());
      expect(await exited).toBe(0);
      expect(existsSync(path.join(outDir, 'index.html'))).toBe(true);
      built = true;
      buildOutput = output;
    } finally {
      failEarly.catch(() => undefined);
      child.kill();
    }
  }, 180_000);
});

describe('calendar files', () => {
  it('are the same, byte for byte, from Astro routes as from npm run build, which writes them beside Astro', () => {
    expect(built).toBe(true);
    const fromAstro = path.join(outDir, 'ics');
    const fromScript = path.join(DIST_DIR, 'ics');
    const files = filesUnder(fromAstro);
    expect(files.filter((file) => file.startsWith('activiteiten/')).length).toBeGreaterThan(10);
    expect(files.filter((file) => file.startsWith('kernen/')).length).toBeGreaterThan(3);
    expect(filesUnder(fromScript)).toEqual(files);
    for (const file of files) {
      expect(readFileSync(path.join(fromScript, file), 'utf8'), file).toBe(
        readFileSync(path.join(fromAstro, file), 'utf8'),
      );
    }
  });
});

describe('the content data store', () => {
  it('is read from its file when the pages render, not bundled as one long string', () => {
    expect(built).toBe(true);
    // src/integrations/data-store-at-run-time.ts; a new Astro that shapes the module otherwise
    // makes it warn instead, and the build gets slower again.
    expect(buildOutput).toMatch(/Data store read from .+data-store\.json when the pages render/);
  });
});
