import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { moveAside, removeAside } from '../../scripts/bench/aside.ts';

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

function folderWithFile(parent: string, name: string): string {
  const dir = path.join(parent, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'index.html'), '<p>oud</p>');
  return dir;
}

describe('old benchmark folders (moved aside, deleted when the measuring is done)', () => {
  it('frees the name at once and deletes the folder only when asked', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'wegwijzer-aside-test-'));
    roots.push(root);
    const site = folderWithFile(root, 'site-10000');
    moveAside(site);
    expect(existsSync(site)).toBe(false);
    const movedTo = readdirSync(root);
    expect(movedTo).toHaveLength(1);
    expect(existsSync(path.join(root, movedTo[0] ?? '', 'index.html'))).toBe(true);
    removeAside();
    expect(readdirSync(root)).toEqual([]);
  });

  it('also deletes what an interrupted run left beside the same folder, and nothing else', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'wegwijzer-aside-test-'));
    roots.push(root);
    folderWithFile(root, 'site-10000.weg-123-0');
    folderWithFile(root, 'site-1000');
    folderWithFile(root, 'site-10000-eigen');
    folderWithFile(root, 'site-10000.weg-bewaren');
    moveAside(path.join(root, 'site-10000')); // missing: nothing to move
    removeAside();
    expect(readdirSync(root).sort()).toEqual(['site-1000', 'site-10000-eigen', 'site-10000.weg-bewaren']);
  });

  it('moves a folder aside even when an interrupted run left one under the name it would take', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'wegwijzer-aside-test-'));
    roots.push(root);
    folderWithFile(root, `site-10000.weg-${String(process.pid)}-0`);
    const site = folderWithFile(root, 'site-10000');
    moveAside(site);
    expect(existsSync(site)).toBe(false);
    removeAside();
    expect(readdirSync(root)).toEqual([]);
  });
});
