import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { resultOf } from '../../scripts/lib/build/child-result.ts';

/** A Node process running `code`, with an IPC channel to this one. */
function child(code: string) {
  return spawn(process.execPath, ['-e', code], { stdio: ['ignore', 'ignore', 'ignore', 'ipc'] });
}

describe('resultOf', () => {
  it('gives the message the child sent before it ended', async () => {
    const sent = child(`process.send({ files: 3 }, () => process.disconnect());`);
    await expect(resultOf(sent, 'Test step')).resolves.toEqual({ files: 3 });
  });

  it('fails, naming the step, when the child ends without a result', async () => {
    const silent = child(`process.disconnect();`);
    await expect(resultOf(silent, 'Test step')).rejects.toThrow('Test step (exit 0, no result).');
  });

  it('fails when the child ends with an error after sending', async () => {
    const failed = child(`process.send({ files: 3 }, () => process.exit(2));`);
    await expect(resultOf(failed, 'Test step')).rejects.toThrow('Test step (exit 2).');
  });

  it('names the signal when the child was stopped', async () => {
    const stopped = child(`setInterval(() => {}, 1000);`);
    const result = resultOf(stopped, 'Test step');
    stopped.kill('SIGTERM');
    await expect(result).rejects.toThrow('Test step (SIGTERM, no result).');
  });
});
