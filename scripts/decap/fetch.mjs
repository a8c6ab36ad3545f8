// @ts-check
/**
 * Fetches the Decap CMS browser bundle into node_modules/.cache/decap-cms/<version>/ (run by the
 * `postinstall` script, so `npm install` brings it in). `src/integrations/decap.ts` copies it into
 * `<outDir>/admin/` at the end of every build; builds and tests never fetch anything.
 *
 * Why not a dependency: `decap-cms` pulls in about 628 packages, while the site only serves its
 * prebuilt `dist/` files. So this script runs `npm pack decap-cms@<version>` (the normal npm
 * client, its registry settings and its cache), checks the tarball against the sha512 pinned in
 * version.mjs, and extracts only the files the browser needs (files.mjs).
 *
 * Extraction uses the system `tar` binary (GNU tar on Debian, bsdtar on macOS and Windows 10+)
 * instead of a tar package from npm: it is always there, and a tar package would be one more
 * dependency to keep current for two calls. Only member names chosen by `selectDistMembers` are
 * extracted, into a staging folder that is renamed into place, so a half-finished run never
 * looks like a complete cache.
 *
 * Never fails the install: offline, a changed tarball or a missing `tar` give one warning line
 * and exit code 0; /admin/ then shows its Dutch "editor not installed" text. Plain JavaScript
 * so it also runs on the system Node 20. Set WEGWIJZER_SKIP_DECAP=1 to skip the fetch.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { lstat, mkdir, mkdtemp, readFile, readdir, rename, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { matchesIntegrity, selectDistMembers } from './files.mjs';
import { DECAP_ENTRY, DECAP_INTEGRITY, DECAP_VERSION, decapCacheDir } from './version.mjs';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const LABEL = `Decap CMS ${DECAP_VERSION}`;

/**
 * The npm to call: the one running this lifecycle script when known (same version, same
 * configuration), else `npm` from the PATH.
 *
 * @returns {{ file: string, args: string[] }}
 */
function npmCommand() {
  const execPath = process.env['npm_execpath'];
  if (execPath && /npm-cli\.js$/.test(execPath)) return { file: process.execPath, args: [execPath] };
  return { file: process.platform === 'win32' ? 'npm.cmd' : 'npm', args: [] };
}

/**
 * A short reason for the warning line: npm's first error lines when npm failed, else the
 * first line of the message.
 *
 * @param {unknown} error
 */
function reason(error) {
  const stderr = error instanceof Error && 'stderr' in error ? String(error.stderr) : '';
  const npmLines = stderr
    .split('\n')
    .filter((line) => line.startsWith('npm error '))
    .slice(0, 2)
    .map((line) => line.slice('npm error '.length).trim());
  if (npmLines.length > 0) return `npm pack failed: ${npmLines.join(', ')}`;
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n').find((line) => line.trim() !== '') ?? 'unknown error';
}

/** @returns {Promise<string>} the one line to print */
async function fetchDecap() {
  const target = decapCacheDir(ROOT);
  const shown = path.relative(ROOT, target);
  if (existsSync(path.join(target, DECAP_ENTRY))) return `${LABEL}: already in ${shown}`;
  if (process.env['WEGWIJZER_SKIP_DECAP'] === '1')
    return `${LABEL}: skipped (WEGWIJZER_SKIP_DECAP=1); /admin/ shows its fallback text`;

  const start = Date.now();
  const work = await mkdtemp(path.join(os.tmpdir(), 'wegwijzer-decap-'));
  const staging = `${target}.partial-${process.pid}`;
  try {
    const npm = npmCommand();
    await run(
      npm.file,
      [
        ...npm.args,
        'pack',
        `decap-cms@${DECAP_VERSION}`,
        '--pack-destination',
        work,
        '--ignore-scripts',
        '--loglevel=error',
      ],
      { cwd: ROOT, timeout: 180_000, maxBuffer: 16 * 1024 * 1024 },
    );
    const tarball = (await readdir(work)).find((name) => name.endsWith('.tgz'));
    if (!tarball) throw new Error('npm pack wrote no tarball');
    const tarPath = path.join(work, tarball);
    if (!matchesIntegrity(await readFile(tarPath), DECAP_INTEGRITY))
      throw new Error(`the tarball does not match the pinned sha512 in scripts/decap/version.mjs`);

    const { stdout } = await run('tar', ['-tzf', tarPath], { maxBuffer: 16 * 1024 * 1024 });
    const members = selectDistMembers(stdout);
    if (!members.includes(`package/${DECAP_ENTRY}`)) throw new Error(`the package has no ${DECAP_ENTRY}`);

    await rm(staging, { recursive: true, force: true });
    await mkdir(staging, { recursive: true });
    await run('tar', ['-xzf', tarPath, '-C', staging, ...members], { maxBuffer: 16 * 1024 * 1024 });
    let bytes = 0;
    for (const member of members) {
      const info = await lstat(path.join(staging, member));
      if (!info.isFile()) throw new Error(`${member} is not a regular file`);
      bytes += info.size;
    }
    // A folder without the entry file is left over from an older, broken run: replace it.
    await rm(target, { recursive: true, force: true });
    await rename(path.join(staging, 'package'), target);
    const mb = (bytes / 1024 / 1024).toFixed(1);
    const seconds = ((Date.now() - start) / 1000).toFixed(1);
    return `${LABEL}: fetched and verified, ${members.length} files (${mb} MB) in ${shown} in ${seconds} s`;
  } finally {
    await rm(work, { recursive: true, force: true });
    await rm(staging, { recursive: true, force: true });
  }
}

try {
  console.log(await fetchDecap());
} catch (error) {
  console.warn(
    `Warning: ${LABEL} not installed (${reason(error)}); /admin/ shows its fallback text. Run npm install again when online.`,
  );
}
process.exitCode = 0;
