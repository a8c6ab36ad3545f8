/**
 * The build script's side of the hand-over with `astro build` (scripts/lib/build/gated-astro.ts),
 * against a stand-in for Astro's process. The real process is in tests/build/content-gate.test.ts.
 */
import { EventEmitter } from 'node:events';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { gateAstro, type AstroChild } from '../../scripts/lib/build/gated-astro.ts';
import { INHOUD_IN_ORDE, WACHT_OP_CONTROLE } from '../../src/integrations/content-gate.ts';
import type { Rapport } from '../../src/lib/validation/index.ts';

class FakeAstro extends EventEmitter {
  stdout = new PassThrough();
  stderr = new PassThrough();
  connected = true;
  received: unknown[] = [];
  killed = false;
  send = ((message: unknown, callback?: (error: Error | null) => void) => {
    this.received.push(message);
    callback?.(null);
    return true;
  }) as AstroChild['send'];
  disconnect = (): void => {
    this.connected = false;
  };
  kill = (): boolean => {
    this.killed = true;
    setImmediate(() => this.emit('exit', null, 'SIGTERM'));
    return true;
  };
  ask(): void {
    this.emit('message', WACHT_OP_CONTROLE);
  }
}

function rapport(fouten: number): Rapport {
  return {
    problemen:
      fouten > 0
        ? [
            {
              bestand: 'content/activiteiten/x.md',
              regel: 2,
              veld: 'kosten',
              bericht: "Het veld 'kosten' ontbreekt.",
              ernst: 'fout',
              soort: 'veld-ontbreekt',
            },
          ]
        : [],
    aantalBestanden: 3,
    perCollectie: {
      gemeenten: 1,
      kernen: 1,
      locaties: 0,
      organisaties: 0,
      activiteiten: 1,
      diensten: 0,
      informatie: 0,
    },
    fouten,
    waarschuwingen: 0,
    bestandenMetFouten: fouten > 0 ? 1 : 0,
    bestandenInOrde: fouten > 0 ? 2 : 3,
  };
}

function run(check: Promise<Rapport>) {
  const astro = new FakeAstro();
  const info: string[] = [];
  const errors: string[] = [];
  const out: string[] = [];
  const code = gateAstro(astro as unknown as AstroChild, check, 'content', {
    info: (line) => info.push(line),
    error: (text) => errors.push(text),
    out: { write: (chunk: Buffer) => out.push(chunk.toString()) } as never,
    err: { write: (chunk: Buffer) => out.push(chunk.toString()) } as never,
  });
  return { astro, info, errors, out, code };
}

const tick = () => new Promise((done) => setImmediate(done));

describe('gateAstro', () => {
  it('answers once Astro has asked and the check has passed, when Astro asks first', async () => {
    let pass!: (r: Rapport) => void;
    const r = run(new Promise((done) => (pass = done)));
    r.astro.ask();
    r.astro.stdout.write('Synced content\n');
    await tick();
    expect(r.astro.received).toEqual([]);
    expect(r.out).toEqual([]);
    pass(rapport(0));
    await tick();
    expect(r.astro.received).toEqual([INHOUD_IN_ORDE]);
    expect(r.astro.connected).toBe(false);
    expect(r.info).toEqual(['Geen problemen: 3 bestanden gecontroleerd, alles is in orde.']);
    expect(r.out).toEqual(['Synced content\n']);
    r.astro.emit('exit', 0, null);
    expect(await r.code).toBe(0);
  });

  it('answers when Astro asks after the check has passed', async () => {
    const r = run(Promise.resolve(rapport(0)));
    await tick();
    expect(r.astro.received).toEqual([]);
    r.astro.ask();
    expect(r.astro.received).toEqual([INHOUD_IN_ORDE]);
    r.astro.emit('exit', 0, null);
    expect(await r.code).toBe(0);
  });

  it('stops Astro, drops its output and prints the Dutch report when the content has problems', async () => {
    const r = run(Promise.resolve(rapport(1)));
    r.astro.ask();
    r.astro.stderr.write('[ERROR] InvalidContentEntryDataError\n');
    expect(await r.code).toBe(1);
    expect(r.astro.killed).toBe(true);
    expect(r.astro.received).toEqual([]);
    expect(r.out).toEqual([]);
    expect(r.errors.join('\n')).toContain('De inhoud in content/ heeft problemen.');
    expect(r.errors.join('\n')).toContain("regel 2, veld 'kosten': Het veld 'kosten' ontbreekt.");
  });

  it('stops Astro and passes the error on when the check itself fails', async () => {
    const r = run(Promise.reject(new Error('The content check stopped without a report (exit 134).')));
    await expect(r.code).rejects.toThrow('exit 134');
    expect(r.astro.killed).toBe(true);
  });

  it('shows Astro’s own output and exit code when Astro fails after the check has passed', async () => {
    const r = run(Promise.resolve(rapport(0)));
    r.astro.ask();
    await tick();
    r.astro.stderr.write('[ERROR] Caught error rendering /\n');
    await tick();
    r.astro.emit('exit', 1, null);
    expect(await r.code).toBe(1);
    expect(r.out).toEqual(['[ERROR] Caught error rendering /\n']);
  });

  it('gives Astro’s exit code when it ends without asking (it checked the content itself)', async () => {
    const r = run(Promise.resolve(rapport(0)));
    await tick();
    r.astro.connected = false;
    r.astro.emit('exit', 0, null);
    expect(await r.code).toBe(0);
    expect(r.astro.received).toEqual([]);
  });
});
