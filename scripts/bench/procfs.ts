/**
 * Reading memory use of a process tree from Linux /proc, and parsing GNU time's report. The
 * parsers are pure (tested in tests/unit/bench-procfs.test.ts); `treeRssBytes` does the I/O.
 */
import { readdirSync, readFileSync } from 'node:fs';

/** Page size for /proc/<pid>/statm; 4 KiB on every Linux machine this runs on (x86-64, arm64 4K). */
export const PAGE_SIZE = 4096;

/**
 * pid and parent pid from the text of /proc/<pid>/stat. The command name (field 2) is in
 * parentheses and may itself contain spaces or ')', so parse from the last ')'.
 */
export function parseStat(text: string): { pid: number; ppid: number; comm: string } | undefined {
  const open = text.indexOf('(');
  const close = text.lastIndexOf(')');
  if (open < 0 || close < open) return undefined;
  const pid = Number.parseInt(text, 10);
  const rest = text.slice(close + 2).split(' ');
  const ppid = Number(rest[1]);
  return Number.isFinite(pid) && Number.isFinite(ppid) ? { pid, ppid, comm: text.slice(open + 1, close) } : undefined;
}

/** The resident pages (second field) of /proc/<pid>/statm. */
export function parseStatmResidentPages(text: string): number {
  const resident = Number(text.trim().split(/\s+/)[1]);
  return Number.isFinite(resident) ? resident : 0;
}

/** `root` and every process below it, given each process's parent. */
export function descendants(root: number, parentOf: ReadonlyMap<number, number>): Set<number> {
  const children = new Map<number, number[]>();
  for (const [pid, ppid] of parentOf) {
    const list = children.get(ppid);
    if (list) list.push(pid);
    else children.set(ppid, [pid]);
  }
  const tree = new Set<number>([root]);
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop() as number;
    for (const child of children.get(pid) ?? []) {
      if (!tree.has(child)) {
        tree.add(child);
        stack.push(child);
      }
    }
  }
  return tree;
}

function readOrUndefined(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined; // the process ended between listing and reading
  }
}

/**
 * A short label from /proc/<pid>/cmdline (NUL-separated): program and script names without
 * folders, e.g. "node astro build --outDir …" (thread names like "MainThread" say nothing).
 */
export function shortCommand(cmdline: string, max = 60): string {
  const args = cmdline
    .split('\0')
    .filter((a) => a.length > 0)
    .map((a) => (a.startsWith('/') ? (a.split('/').pop() ?? a) : a));
  const text = args.join(' ');
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export interface TreeSample {
  /** Sum of resident memory over the tree, in bytes. */
  totalBytes: number;
  /** Each process of the tree with its resident memory, largest first. */
  processes: { pid: number; command: string; bytes: number }[];
}

/** Resident memory of `root` and all its descendants, right now. */
export function sampleTree(root: number): TreeSample {
  const parentOf = new Map<number, number>();
  const commandOf = new Map<number, string>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const stat = readOrUndefined(`/proc/${name}/stat`);
    const parsed = stat ? parseStat(stat) : undefined;
    if (parsed) {
      parentOf.set(parsed.pid, parsed.ppid);
      commandOf.set(parsed.pid, parsed.comm);
    }
  }
  const processes: TreeSample['processes'] = [];
  for (const pid of descendants(root, parentOf)) {
    const statm = readOrUndefined(`/proc/${pid}/statm`);
    if (!statm) continue;
    const cmdline = readOrUndefined(`/proc/${pid}/cmdline`);
    const command = cmdline ? shortCommand(cmdline) : (commandOf.get(pid) ?? '?');
    processes.push({ pid, command, bytes: parseStatmResidentPages(statm) * PAGE_SIZE });
  }
  processes.sort((a, b) => b.bytes - a.bytes);
  return { totalBytes: processes.reduce((sum, p) => sum + p.bytes, 0), processes };
}

export interface GnuTimeReport {
  /** Largest resident set of any single process in the tree (kB, as GNU time reports it). */
  maxRssKb: number;
  elapsedSeconds: number;
  userSeconds: number;
  systemSeconds: number;
  exitStatus: number;
}

/** "1:02.35" or "0:07.10" or "1:02:03" → seconds. */
export function parseClock(text: string): number {
  return text
    .trim()
    .split(':')
    .reduce((total, part) => total * 60 + Number(part), 0);
}

/** Parse the output of `/usr/bin/time -v` (GNU time). */
export function parseGnuTime(text: string): GnuTimeReport | undefined {
  const field = (label: string) => new RegExp(`^\\s*${label}:\\s*(.+)$`, 'm').exec(text)?.[1];
  const maxRss = field('Maximum resident set size \\(kbytes\\)');
  const elapsed = field('Elapsed \\(wall clock\\) time \\(h:mm:ss or m:ss\\)');
  if (maxRss === undefined || elapsed === undefined) return undefined;
  return {
    maxRssKb: Number(maxRss),
    elapsedSeconds: parseClock(elapsed),
    userSeconds: Number(field('User time \\(seconds\\)') ?? 0),
    systemSeconds: Number(field('System time \\(seconds\\)') ?? 0),
    exitStatus: Number(field('Exit status') ?? 0),
  };
}
