/**
 * The hand-over between `npm run build` and the `astro build` it starts: Astro waits before
 * rendering until the content check has passed (src/integrations/content-gate.ts), and its output
 * is held back until then (scripts/lib/build/held-output.ts). The whole path runs in every build
 * (npm test) and with broken content in tests/build/validation-build.test.ts.
 */
import { EventEmitter } from 'node:events';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { holdOutput } from '../../scripts/lib/build/held-output.ts';
import { inhoudsmapVan } from '../../src/lib/validation/index.ts';
import {
  CONTROLE_ERNAAST,
  INHOUD_IN_ORDE,
  WACHT_OP_CONTROLE,
  wachtOpControle,
} from '../../src/integrations/content-gate.ts';

/** A stand-in for the Astro process's side of the IPC channel. */
class FakeProcess extends EventEmitter {
  sent: unknown[] = [];
  send = (message: unknown): boolean => {
    this.sent.push(message);
    return true;
  };
}

const settled = async (promise: Promise<void>): Promise<string> => {
  const outcome = await Promise.race([
    promise.then(
      () => 'resolved',
      (error: unknown) => `rejected: ${(error as Error).message}`,
    ),
    new Promise<string>((done) => setTimeout(() => done('pending'), 20)),
  ]);
  return outcome;
};

describe('wachtOpControle (Astro waits for the content check of npm run build)', () => {
  const dir = '/site/content';
  const env = { [CONTROLE_ERNAAST]: dir };

  it('asks for the outcome and goes on only when the content is reported in order', async () => {
    const proc = new FakeProcess();
    const gate = wachtOpControle(dir, env, proc);
    expect(gate).toBeDefined();
    expect(proc.sent).toEqual([WACHT_OP_CONTROLE]);
    proc.emit('message', 'iets anders');
    expect(await settled(gate!)).toBe('pending');
    proc.emit('message', INHOUD_IN_ORDE);
    expect(await settled(gate!)).toBe('resolved');
    expect(proc.listenerCount('message')).toBe(0);
    expect(proc.listenerCount('disconnect')).toBe(0);
  });

  it('fails the build when npm run build goes away before the check is done', async () => {
    const proc = new FakeProcess();
    const gate = wachtOpControle(dir, env, proc);
    proc.emit('disconnect');
    expect(await settled(gate!)).toBe('rejected: npm run build stopped before the content check was done.');
  });

  it('a disconnect after the go-ahead changes nothing', async () => {
    const proc = new FakeProcess();
    const gate = wachtOpControle(dir, env, proc);
    proc.emit('message', INHOUD_IN_ORDE);
    proc.emit('disconnect');
    expect(await settled(gate!)).toBe('resolved');
  });

  it('leaves the check to Astro itself when not started by npm run build', () => {
    expect(wachtOpControle(dir, {}, new FakeProcess())).toBeUndefined();
    const withoutChannel = Object.assign(new FakeProcess(), { send: undefined });
    expect(wachtOpControle(dir, env, withoutChannel)).toBeUndefined();
  });

  it('leaves the check to Astro itself when npm run build checked another folder', () => {
    const proc = new FakeProcess();
    expect(wachtOpControle('/site/other-content', env, proc)).toBeUndefined();
    expect(proc.sent).toEqual([]);
  });
});

describe('holdOutput (Astro’s output waits for the content check)', () => {
  function child() {
    const stdout = new PassThrough();
    const stderr = new PassThrough();
    const out: string[] = [];
    const err: string[] = [];
    const held = holdOutput(
      { stdout, stderr } as never,
      { write: (chunk: Buffer) => out.push(chunk.toString()) } as never,
      { write: (chunk: Buffer) => err.push(chunk.toString()) } as never,
    );
    return { stdout, stderr, out, err, held };
  }
  const tick = () => new Promise((done) => setImmediate(done));

  it('holds everything until released, then writes it in order and passes the rest on', async () => {
    const c = child();
    c.stdout.write('Syncing content\n');
    c.stderr.write('[WARN] iets\n');
    await tick();
    expect(c.out).toEqual([]);
    expect(c.err).toEqual([]);
    c.held.release();
    expect(c.out).toEqual(['Syncing content\n']);
    expect(c.err).toEqual(['[WARN] iets\n']);
    c.stdout.write('Completed\n');
    await tick();
    expect(c.out).toEqual(['Syncing content\n', 'Completed\n']);
  });

  it('drops what was held and everything after it', async () => {
    const c = child();
    c.stdout.write('Syncing content\n');
    await tick();
    c.held.drop();
    c.stderr.write('[ERROR] in English\n');
    await tick();
    c.held.release();
    expect(c.out).toEqual([]);
    expect(c.err).toEqual([]);
  });
});

describe('inhoudsmapVan (the one rule for which content folder a build or script uses)', () => {
  it('takes --dir, else WEGWIJZER_CONTENT, else content, relative to the project root', () => {
    expect(inhoudsmapVan('/site', {})).toBe('/site/content');
    expect(inhoudsmapVan('/site', { WEGWIJZER_CONTENT: 'tests/fixtures/valid' })).toBe('/site/tests/fixtures/valid');
    expect(inhoudsmapVan('/site', { WEGWIJZER_CONTENT: '/tmp/inhoud' })).toBe('/tmp/inhoud');
    expect(inhoudsmapVan('/site', { WEGWIJZER_CONTENT: '/tmp/inhoud' }, 'andere')).toBe('/site/andere');
  });
});
