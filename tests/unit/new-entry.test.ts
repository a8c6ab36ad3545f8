/** `npm run new` driven by flags (no terminal): writes a valid file, refuses duplicates and mistakes. */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validateContentDir } from '../../src/lib/validation/index.ts';

const dir = mkdtempSync(join(tmpdir(), 'wegwijzer-new-'));
cpSync('tests/fixtures/valid', dir, { recursive: true });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const VELDEN = [
  '--samenvatting',
  'Elke dinsdag samen koffie drinken.',
  '--thema',
  'ontmoeten',
  '--doelgroep',
  'iedereen',
  '--locatie',
  'buurtkamer-julianadorp',
  '--organisatie',
  'welzijn-den-helder',
  '--herhaling',
  'wekelijks',
  '--dagen',
  'di',
  '--van',
  '9:30',
  '--tot',
  '11:30',
  '--kosten',
  'gratis',
  '--inloop',
  'ja',
  '--eigenaar',
  'Welzijn Den Helder',
  '--bron',
  'Activiteitenlijst',
  '--beschrijving',
  'Kom gezellig langs.',
];
const run = (...args: string[]) =>
  spawnSync(process.execPath, ['scripts/new-entry.ts', 'activiteiten', '--dir', dir, ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });

describe('npm run new', () => {
  it('writes a valid activity with today as gecontroleerd', async () => {
    const r = run('--naam', 'Koffie op dinsdag', ...VELDEN, '--gecontroleerd', '2026-11-20');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const pad = join(dir, 'activiteiten/den-helder/koffie-op-dinsdag.md');
    expect(readFileSync(pad, 'utf8')).toContain('gecontroleerd: 2026-11-20');
    const rapport = await validateContentDir(dir);
    expect(rapport.fouten).toBe(0);
  });

  it('refuses an id that already exists', () => {
    const r = run('--naam', 'Koffie op dinsdag', ...VELDEN);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("Er is al een bestand met de id 'koffie-op-dinsdag'");
  });

  it('writes nothing and names the flag when a value is wrong', () => {
    const r = run('--naam', 'Thee op woensdag', ...VELDEN.map((v) => (v === '11:30' ? 'half twaalf' : v)));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("--tot: 'half twaalf' is geen tijd");
    expect(existsSync(join(dir, 'activiteiten/den-helder/thee-op-woensdag.md'))).toBe(false);
  });

  it('lists the missing flags when run without a terminal', () => {
    const r = run('--naam', 'Iets');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('Deze velden ontbreken: --samenvatting');
  });
});
