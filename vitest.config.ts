/**
 * Three test projects:
 * - `unit`: pure logic and schemas in Node (tests/unit), fast and parallel.
 * - `browser`: real Chromium against the built site (tests/e2e, tests/a11y) and checks on the
 *   build output (tests/build). One file at a time, because each file starts Chromium and the
 *   machines have two cores. Its global setup serves dist/ on a free 127.0.0.1 port.
 * - `slow`: the gates that take minutes (axe on one page of every structure, two builds compared
 *   byte for byte), in tests/slow. Not part of `npm test`; `.ci/run` runs them with `npm run test:slow`
 *   and counts them in its closing line (docs/quality.md).
 *
 * Every run also writes Vitest's JSON report to test-results/vitest.json; `.ci/run` reads it to
 * print the closing `N passed, N failed` line.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/e2e/**/*.test.ts', 'tests/a11y/**/*.test.ts', 'tests/build/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/support/serve-dist.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // expect.poll waits 1 s by default: too short for a search in Chromium while CI is busy.
          // A wrong result still fails, only later.
          expect: { poll: { timeout: 10_000 } },
        },
      },
      {
        test: {
          name: 'slow',
          include: ['tests/slow/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/support/serve-dist.ts'],
          fileParallelism: false,
          testTimeout: 900_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
