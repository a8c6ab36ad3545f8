/**
 * Folders the benchmark no longer needs (an old build, old synthetic content, the floor's project)
 * are moved aside at once and deleted only when every measurement is done.
 *
 * Why: the machines here run ext4 without a journal. There Linux avoids handing out an inode that
 * was freed in the last minute (six while its inode table block is unwritten), and looks past
 * each such inode one by one whenever a file or folder is created. A build right after deleting
 * the previous build's ≈ 50,000 files spent ≈ 18 s of extra CPU in the kernel (`perf`:
 * `recently_deleted`, `find_inode_bit`) against 0.6 s on a quiet file system. So a measured build
 * must not follow a mass deletion (docs/benchmarks.md, "tenth round"). A rename frees no inode.
 */
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';

const SUFFIX = '.weg-';
const moved: string[] = [];
const parents = new Map<string, Set<string>>();

/** Moves `dir` to a sibling `<name>.weg-<pid>-<n>` (same file system, so a rename); nothing if it is missing. */
export function moveAside(dir: string): void {
  const absolute = path.resolve(dir);
  const names = parents.get(path.dirname(absolute)) ?? new Set<string>();
  names.add(path.basename(absolute));
  parents.set(path.dirname(absolute), names);
  if (!existsSync(absolute)) return;
  // A name no folder has yet: an interrupted run may have left one with the same process id.
  let count = moved.length;
  let target = `${absolute}${SUFFIX}${String(process.pid)}-${String(count)}`;
  while (existsSync(target)) target = `${absolute}${SUFFIX}${String(process.pid)}-${String(++count)}`;
  renameSync(absolute, target);
  moved.push(target);
}

/** True for the names moveAside gives `name`: `<name>.weg-<pid>-<n>`, nothing else. */
function isMovedAside(entry: string, name: string): boolean {
  if (!entry.startsWith(`${name}${SUFFIX}`)) return false;
  return /^\d+-\d+$/.test(entry.slice(name.length + SUFFIX.length));
}

/**
 * Deletes every folder moved aside in this run, and those an interrupted earlier run left beside
 * the same folders. Call it when nothing is measured any more.
 */
export function removeAside(): void {
  const doomed = new Set(moved);
  for (const [parent, names] of parents) {
    if (!existsSync(parent)) continue;
    for (const entry of readdirSync(parent)) {
      for (const name of names) if (isMovedAside(entry, name)) doomed.add(path.join(parent, entry));
    }
  }
  for (const dir of doomed) rmSync(dir, { recursive: true, force: true });
  moved.length = 0;
}
