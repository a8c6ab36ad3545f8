import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkTargets, pagefindMsFromLog, type BuildRow } from '../../scripts/bench/build-section.ts';
import { osName } from '../../scripts/bench/environment.ts';
import { timeBuild } from '../../scripts/bench/measure.ts';
import {
  descendants,
  parseClock,
  parseGnuTime,
  parseStat,
  parseStatmResidentPages,
  shortCommand,
} from '../../scripts/bench/procfs.ts';
import { parseNs } from '../../scripts/bench/run.ts';
import { formatMarkdownTable, formatTable } from '../../scripts/bench/table.ts';

const GNU_TIME_SAMPLE = `	Command being timed: "npm run build"
	User time (seconds): 9.81
	System time (seconds): 1.22
	Percent of CPU this job got: 141%
	Elapsed (wall clock) time (h:mm:ss or m:ss): 0:07.80
	Maximum resident set size (kbytes): 759808
	Exit status: 0
`;

describe('reading /proc', () => {
  it('a stat line gives pid and parent pid, even when the command name has spaces and brackets', () => {
    expect(parseStat('4242 (node) S 4200 4242 4200 0 -1')).toEqual({ pid: 4242, ppid: 4200, comm: 'node' });
    expect(parseStat('77 (Web Content (x)) R 12 77 77 0')).toEqual({ pid: 77, ppid: 12, comm: 'Web Content (x)' });
    expect(parseStat('garbage')).toBeUndefined();
  });

  it('a command line becomes a short label without folders', () => {
    expect(shortCommand('/work/main/node_modules/node/bin/node\0/work/main/node_modules/.bin/astro\0build\0')).toBe(
      'node astro build',
    );
    expect(shortCommand('x'.repeat(100), 10)).toBe('xxxxxxxxx…');
  });

  it('statm gives the resident page count', () => {
    expect(parseStatmResidentPages('123456 7890 300 10 0 5000 0\n')).toBe(7890);
  });

  it('descendants follow the parent links down, and only down', () => {
    const parents = new Map([
      [10, 1],
      [11, 10],
      [12, 11],
      [13, 10],
      [20, 1],
    ]);
    expect([...descendants(10, parents)].sort()).toEqual([10, 11, 12, 13]);
    expect([...descendants(12, parents)]).toEqual([12]);
  });
});

describe('GNU time reports', () => {
  it('clock times with minutes or hours become seconds', () => {
    expect(parseClock('0:07.80')).toBeCloseTo(7.8);
    expect(parseClock('2:03.5')).toBeCloseTo(123.5);
    expect(parseClock('1:00:02')).toBe(3602);
  });

  it('the largest resident set, wall and CPU time are read from `time -v`', () => {
    expect(parseGnuTime(GNU_TIME_SAMPLE)).toEqual({
      maxRssKb: 759808,
      elapsedSeconds: 7.8,
      userSeconds: 9.81,
      systemSeconds: 1.22,
      exitStatus: 0,
    });
    expect(parseGnuTime('not a report')).toBeUndefined();
  });
});

describe('measuring a command', () => {
  it('timeBuild sees the memory a child process holds and its exit code', async () => {
    const script =
      'const b = Buffer.alloc(160 * 1024 * 1024, 1); setTimeout(() => process.exit(b[0] === 1 ? 3 : 4), 900);';
    const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-measure-'));
    const result = await timeBuild(['node', '-e', script], { pollMs: 50, logFile: path.join(dir, 'out.log') });
    rmSync(dir, { recursive: true, force: true });
    expect(result.exitCode).toBe(3);
    expect(result.peakRssMb).toBeGreaterThan(160);
    expect(result.peakRssMb).toBeLessThan(600);
    expect(result.wallMs).toBeGreaterThan(800);
    expect(result.atPeak[0]?.command).toMatch(/^node -e /);
    expect(result.atPeak[0]?.rssMb).toBeGreaterThan(160);
  }, 20_000);
});

describe('benchmark output', () => {
  it('a table right-aligns numbers, left-aligns text and shows missing cells as a dash', () => {
    const text = formatTable(
      'Title',
      [
        { key: 'name', label: 'name' },
        { key: 'ms', label: 'time', format: (v) => `${v} ms` },
      ],
      [
        { name: 'ours', ms: 1200 },
        { name: 'floor', ms: undefined },
      ],
    );
    expect(text.split('\n')).toEqual(['Title', 'name      time', '-----  -------', 'ours   1200 ms', 'floor        –']);
  });

  it('the markdown table right-aligns number columns', () => {
    const text = formatMarkdownTable(
      [
        { key: 'name', label: 'name' },
        { key: 'n', label: 'entries' },
      ],
      [{ name: 'ours', n: 1000 }],
    );
    expect(text).toBe('| name | entries |\n|---|---:|\n| ours | 1000 |');
  });

  it('--n takes repeated or comma-separated values and --national adds 100,000', () => {
    expect(parseNs(undefined, false)).toEqual([1000, 10000]);
    expect(parseNs(['1000,5000', '200'], false)).toEqual([200, 1000, 5000]);
    expect(parseNs(['1_000'], true)).toEqual([1000, 100000]);
    expect(() => parseNs(['abc'], false)).toThrow();
  });

  it('the Pagefind time is read from our integration log line', () => {
    expect(pagefindMsFromLog('12:00 [wegwijzer:pagefind] Search index: 1061 pages in 2.4 s → /tmp/x/pagefind')).toBe(
      2400,
    );
    expect(pagefindMsFromLog('nothing here')).toBeUndefined();
  });

  it('targets are checked at 10,000 entries only', () => {
    const row = (n: number, wallMs: number): BuildRow => ({
      n,
      loadBefore: 0.5,
      files: n,
      contentMb: 1,
      generateMs: 1,
      ours: { wallMs, peakRssMb: 1500, atPeak: [], pages: n, exitCode: 0 },
      wallRatio: 1.2,
    });
    expect(checkTargets([row(1000, 90_000)])).toEqual([]);
    const lines = checkTargets([row(10_000, 70_000)]);
    expect(lines[0]).toMatch(/^MISSED build time 70\.0 s/);
    expect(lines[1]).toMatch(/^met +peak RSS 1,500 MB/);
    expect(lines[2]).toMatch(/^met +time vs floor 1\.20×/);
  });

  it('the OS name comes from os-release', () => {
    expect(osName('NAME="Debian GNU/Linux"\nPRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\n')).toBe(
      'Debian GNU/Linux 12 (bookworm)',
    );
  });
});
