import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../apps/server/src/platform/db/database';
import { seedReferenceData } from '../apps/server/src/seed/seed';
import { fixedClock } from '../apps/server/src/platform/clock';
import { TEST_SEAL_MASTER_KEY } from '../apps/server/src/testing/test-database';
import {
  casesByKey,
  copyTemplate,
  expectExactlyOnce,
  freePort,
  httpCaller,
  newTally,
  prepareApplicants,
  prepareApplications,
  residentSessions,
  startServer,
  submitInParallel,
  waitForProgress,
  withDatabase,
  type Applicant,
  type Server,
} from './harness';

const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

/**
 * Clients submit while the server is killed with SIGKILL `kills` times (each time after new
 * acknowledgements arrived) and started again on the same port; then the clients stop.
 */
async function submitThroughKills(options: {
  start: () => Promise<Server>;
  applicants: Applicant[];
  clients: number;
  kills: number;
  prefix: string;
}) {
  let server = await options.start();
  cleanups.push(async () => void (await server.stop()));
  await server.waitReady();
  const tally = newTally();
  let chaos = true;
  const run = submitInParallel({
    server: () => server,
    applicants: options.applicants,
    clients: options.clients,
    keepGoing: () => chaos,
    tally,
    prefix: options.prefix,
  });
  try {
    for (let i = 0; i < options.kills; i++) {
      await waitForProgress({ count: () => run.acknowledged.size, by: 5, server: () => server });
      await server.kill9();
      server = await options.start();
      await server.waitReady();
    }
    await waitForProgress({ count: () => run.acknowledged.size, by: 5, server: () => server });
  } finally {
    chaos = false;
  }
  const acknowledged = await run.done;
  return { server, acknowledged, tally };
}

describe('kill -9 of the server under load', () => {
  it('keeps every acknowledged submission exactly once through 10 kills and restarts (PostgreSQL)', async () => {
    const database = await copyTemplate();
    cleanups.push(database.drop);
    const port = await freePort();
    const start = () => startServer({ port, databaseUrl: database.url });
    const first = await start();
    await first.waitReady();
    const applicants = await prepareApplicants({ databaseUrl: database.url, call: httpCaller(() => first), count: 16 });
    await first.stop();

    const { server, acknowledged, tally } = await submitThroughKills({
      start,
      applicants,
      clients: 16,
      kills: 10,
      prefix: 'kill',
    });
    expect(server.isRunning()).toBe(true);
    expectExactlyOnce(acknowledged, await withDatabase(database.url, (db) => casesByKey(db, 'kill')));
    // 201 filed, 200 the first case again for a retried key, 503 while the database was away.
    expect([...tally.statuses.keys()].filter((s) => s !== 201 && s !== 200 && s !== 503)).toEqual([]);
    console.log(
      `kill -9 ×10: ${acknowledged.size} cases acknowledged, ` +
        `answers ${JSON.stringify(Object.fromEntries(tally.statuses))}, ${tally.network} network errors`,
    );
  });

  it("keeps PGlite's data directory usable and every acknowledged submission exactly once through kill -9", async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'yici-rel-pglite-'));
    cleanups.push(async () => rmSync(dataDir, { recursive: true, force: true }));
    // The embedded database as a first `npm start` leaves it (the core reference data, to keep
    // it quick), with sessions for the applicants: one process at a time may open it.
    const seeding = await openDatabase({ kind: 'pglite', dataDir: path.join(dataDir, 'pglite') });
    await seeding.migrate();
    await seedReferenceData(seeding.db, {
      clock: fixedClock(new Date()),
      scope: 'core',
      sealMasterKey: TEST_SEAL_MASTER_KEY,
    });
    const sessions = await residentSessions(seeding.db, 4);
    await seeding.close();

    const port = await freePort();
    const start = () => startServer({ port, dataDir });
    const first = await start();
    await first.waitReady();
    const applicants = await prepareApplications(
      httpCaller(() => first),
      sessions,
    );
    await first.stop();

    const { server, acknowledged } = await submitThroughKills({
      start,
      applicants,
      clients: 4,
      kills: 3,
      prefix: 'pglite',
    });
    expect(await server.stop()).toBe(0);
    const database = await openDatabase({ kind: 'pglite', dataDir: path.join(dataDir, 'pglite') });
    try {
      expectExactlyOnce(acknowledged, await casesByKey(database.db, 'pglite'));
    } finally {
      await database.close();
    }
    console.log(`PGlite kill -9 ×3: ${acknowledged.size} cases acknowledged and present once each`);
  });
});
