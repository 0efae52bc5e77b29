import { defineConfig } from 'vitest/config';

const dbTests = 'apps/server/src/**/*.db.test.ts';

/**
 * Four tiers: unit tests; database tests on PGlite and again on PostgreSQL; browser journeys.
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
          include: ['apps/**/src/**/*.test.ts', 'packages/**/src/**/*.test.ts'],
          exclude: [dbTests, '**/node_modules/**'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'db-pglite',
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
          include: [dbTests],
          env: { YICI_TEST_DB: 'postgresql' },
          pool: 'forks',
          maxWorkers: 2,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
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
