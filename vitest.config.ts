import { defineConfig } from 'vitest/config';

const dbTests = 'apps/server/src/**/*.db.test.ts';

/**
 * Five tiers: unit tests; database tests on PGlite and again on PostgreSQL; browser journeys; the
 * reliability suite (reliability/*.reliability.test.ts, run by itself after the others).
 * scripts/test.mjs decides which tiers this machine can run and says loudly what it skipped.
 */
export default defineConfig({
  test: {
    reporters: ['default', './scripts/summary-reporter.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          sequence: { groupOrder: 0 },
          include: ['apps/**/src/**/*.test.ts', 'packages/**/src/**/*.test.ts'],
          exclude: [dbTests, '**/node_modules/**'],
          environment: 'node',
          // The calendar test compares with chinese-days, whose tables follow the process time zone.
          env: { TZ: 'Asia/Shanghai' },
        },
      },
      {
        extends: true,
        test: {
          name: 'db-pglite',
          sequence: { groupOrder: 1 },
          include: [dbTests],
          env: { YICI_TEST_DB: 'pglite' },
          // PGlite costs ~1 GB and a few seconds per database: one file at a time per worker.
          pool: 'forks',
          maxWorkers: 2,
        },
      },
      {
        extends: true,
        test: {
          name: 'db-postgresql',
          sequence: { groupOrder: 2 },
          include: [dbTests],
          env: { YICI_TEST_DB: 'postgresql' },
          pool: 'forks',
          maxWorkers: 2,
        },
      },
      {
        extends: true,
        test: {
          // `npm run test:reliability`: the platform as real processes on PostgreSQL, under faults
          // (dropped connections, kill -9, restarts), several processes, backup and restore, and
          // the OpenAPI fuzzer; in-process test apps run on PostgreSQL too.
          name: 'reliability',
          sequence: { groupOrder: 4 },
          include: ['reliability/**/*.reliability.test.ts'],
          globalSetup: ['reliability/global-setup.ts'],
          env: { YICI_TEST_DB: 'postgresql' },
          testTimeout: 300_000,
          // Each file loads the machine with its own server processes: one file at a time.
          pool: 'forks',
          maxWorkers: 1,
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          sequence: { groupOrder: 3 },
          include: ['e2e/**/*.e2e.test.ts'],
          globalSetup: ['e2e/global-setup.ts'],
          pool: 'forks',
          maxWorkers: 1,
          fileParallelism: false,
        },
      },
    ],
  },
});
