/**
 * BUILD TEST (slow-ish: runs one real `astro build` in a child process, about 3 seconds).
 * A build over tests/fixtures/broken stops before Astro renders anything, with the full Dutch
 * report: several files at once, each with line, field and what to do. The content is checked
 * beside Astro's start-up (src/integrations/content-gate.ts); Astro's own output, with its first
 * error in English, is not shown.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const outDir = mkdtempSync(path.join(tmpdir(), 'wegwijzer-broken-'));

function build(content: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', 'build', '--', '--outDir', outDir], {
      cwd: ROOT,
      env: { ...process.env, WEGWIJZER_CONTENT: content, FORCE_COLOR: '0', NO_COLOR: '1' },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('a build over broken content', () => {
  it('fails before Astro renders anything, listing the problems of many files at once in Dutch', async () => {
    const { code, output } = await build('tests/fixtures/broken');
    expect(code).not.toBe(0);
    expect(output).not.toContain('Syncing content');
    expect(existsSync(path.join(outDir, 'index.html'))).toBe(false);

    expect(output).toContain('De inhoud in tests/fixtures/broken/ heeft problemen.');
    expect(output).toContain(
      "tests/fixtures/broken/activiteiten/veld-ontbreekt.md\n  regel 2, veld 'kosten': Het veld 'kosten' ontbreekt.",
    );
    expect(output).toContain("veld 'wanneer[0].begintijd': Onbekend veld 'begintijd'. Bedoel je 'van'?");
    expect(output).toContain(
      "veld 'kern': Er is geen kern of wijk met de naam 'juliandorp' (in de map kernen). Bedoel je 'julianadorp'?",
    );
    expect(output).toContain("veld 'contact.telefoon': Dit is geen geldig telefoonnummer.");
    expect(output).toContain('tests/fixtures/broken/informatie/zonder-beschrijving.md');
    expect(output).toContain('21 problemen in 21 bestanden; 5 bestanden zijn in orde.');
  }, 120_000);
});
