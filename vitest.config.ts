import { defineConfig } from 'vitest/config';

// Dates rendered from UTC in local time must not depend on the machine: every test runs in UTC (the test for the
// formatter itself also runs it under Asia/Jakarta and Asia/Jayapura, in child processes).
process.env.TZ = 'UTC';

// Three layers (DESIGN.md "Testing layers"): core in plain Node, renderer components in jsdom,
// end-to-end in Debian's Chromium through the web harness. Run one with `--project core|renderer|e2e`.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'core',
          environment: 'node',
          include: ['test/core/**/*.test.ts', 'test/electron/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        esbuild: { jsx: 'automatic' },
        test: {
          name: 'renderer',
          environment: 'jsdom',
          include: ['test/renderer/**/*.test.tsx'],
          setupFiles: ['test/renderer/setup.ts'],
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          testTimeout: 180_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
