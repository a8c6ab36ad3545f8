import { describe, expect, test, vi } from 'vitest';
import { debouncer, latestWins } from '../../src/lib/search/latest.ts';

/** A task whose calls finish only when the test says so. */
function controlledTask() {
  const calls: { input: string; finish: (value: string) => void; fail: (error: Error) => void }[] = [];
  const task = (input: string) =>
    new Promise<string>((resolve, reject) => calls.push({ input, finish: resolve, fail: reject }));
  return { calls, task };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('latestWins', () => {
  test('delivers the result of a single call', async () => {
    const runner = latestWins(async (q: string) => `result ${q}`);
    await expect(runner.run('koffie')).resolves.toBe('result koffie');
    expect(runner.busy).toBe(false);
  });

  test('runs one task at a time and skips inputs replaced while waiting', async () => {
    const { calls, task } = controlledTask();
    const runner = latestWins(task);
    const first = runner.run('k');
    const second = runner.run('ko');
    const third = runner.run('kof');
    expect(calls.map((c) => c.input)).toEqual(['k']);
    expect(runner.busy).toBe(true);
    await expect(second).resolves.toBeUndefined();
    calls[0]?.finish('k done');
    await expect(first).resolves.toBeUndefined();
    await flush();
    expect(calls.map((c) => c.input)).toEqual(['k', 'kof']);
    calls[1]?.finish('kof done');
    await expect(third).resolves.toBe('kof done');
    expect(runner.busy).toBe(false);
  });

  test('a newer call makes the running one stale even when it finishes first', async () => {
    const { calls, task } = controlledTask();
    const runner = latestWins(task);
    const old = runner.run('taal');
    const newer = runner.run('taalcafé');
    calls[0]?.finish('taal done');
    await expect(old).resolves.toBeUndefined();
    await flush();
    calls[1]?.finish('taalcafé done');
    await expect(newer).resolves.toBe('taalcafé done');
  });

  test('errors reach only the latest caller; stale errors are dropped', async () => {
    const { calls, task } = controlledTask();
    const runner = latestWins(task);
    const stale = runner.run('a');
    const latest = runner.run('b');
    calls[0]?.fail(new Error('stale failure'));
    await expect(stale).resolves.toBeUndefined();
    await flush();
    calls[1]?.fail(new Error('latest failure'));
    await expect(latest).rejects.toThrow('latest failure');
    await flush();
    expect(runner.busy).toBe(false);
  });

  test('cancel drops the running and the waiting call', async () => {
    const { calls, task } = controlledTask();
    const runner = latestWins(task);
    const running = runner.run('geld');
    const waiting = runner.run('geldzaken');
    runner.cancel();
    await expect(waiting).resolves.toBeUndefined();
    calls[0]?.finish('geld done');
    await expect(running).resolves.toBeUndefined();
    await flush();
    expect(calls).toHaveLength(1);
    expect(runner.busy).toBe(false);
  });
});

describe('debouncer', () => {
  test('runs only the last scheduled function after the delay', () => {
    vi.useFakeTimers();
    try {
      const ran: string[] = [];
      const debounce = debouncer(150);
      debounce.schedule(() => ran.push('k'));
      vi.advanceTimersByTime(100);
      debounce.schedule(() => ran.push('ko'));
      vi.advanceTimersByTime(149);
      expect(ran).toEqual([]);
      vi.advanceTimersByTime(1);
      expect(ran).toEqual(['ko']);
    } finally {
      vi.useRealTimers();
    }
  });

  test('now() runs at once and drops what was scheduled; cancel() drops it too', () => {
    vi.useFakeTimers();
    try {
      const ran: string[] = [];
      const debounce = debouncer(150);
      debounce.schedule(() => ran.push('typed'));
      debounce.now(() => ran.push('submitted'));
      debounce.schedule(() => ran.push('again'));
      debounce.cancel();
      vi.advanceTimersByTime(1000);
      expect(ran).toEqual(['submitted']);
    } finally {
      vi.useRealTimers();
    }
  });
});
