import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  casesByKey,
  copyTemplate,
  expectExactlyOnce,
  httpCaller,
  newTally,
  prepareApplicants,
  startServer,
  submitInParallel,
  terminateBackends,
  waitForProgress,
  waitUntilSealedAndDelivered,
  type Applicant,
  type ScratchDatabase,
  type Server,
  withAdmin,
  withDatabase,
} from './harness';

const CLIENTS = 16;
const TERMINATIONS = 10;

let database: ScratchDatabase;
let server: Server;
let applicants: Applicant[];

beforeAll(async () => {
  database = await copyTemplate();
  server = await startServer({ databaseUrl: database.url });
  await server.waitReady();
  applicants = await prepareApplicants({ databaseUrl: database.url, call: httpCaller(() => server), count: CLIENTS });
});
afterAll(async () => {
  await server?.stop();
  await database?.drop();
});

describe('a dropped database connection (PostgreSQL)', () => {
  it('keeps the process alive through 10 terminations of every backend while 16 clients submit, losing and doubling no case', async () => {
    const tally = newTally();
    let chaos = true;
    const run = submitInParallel({
      server: () => server,
      applicants,
      clients: CLIENTS,
      keepGoing: () => chaos,
      tally,
      prefix: 'term',
    });
    let terminated = 0;
    try {
      for (let i = 0; i < TERMINATIONS; i++) {
        // Serving again after each loss: new acknowledgements arrive before the next one.
        await waitForProgress({ count: () => run.acknowledged.size, by: 8, server: () => server });
        terminated += await terminateBackends(database.name);
      }
      await waitForProgress({ count: () => run.acknowledged.size, by: 8, server: () => server });
    } finally {
      chaos = false;
    }
    const acknowledged = await run.done;

    expect(terminated).toBeGreaterThanOrEqual(TERMINATIONS);
    expect(server.isRunning()).toBe(true);
    expect((await fetch(`${server.base}/api/health`)).status).toBe(200);
    // The audit sealer and the outbox delivery lived through it and caught up.
    await waitUntilSealedAndDelivered(database.url);
    // Every acknowledged case is there exactly once, under the id the client was given.
    expectExactlyOnce(acknowledged, await withDatabase(database.url, (db) => casesByKey(db, 'term')));
    // The outage answered 503 DATABASE_UNAVAILABLE with Retry-After: never 401, never 500.
    expect(tally.statuses.get(401) ?? 0).toBe(0);
    expect(tally.statuses.get(500) ?? 0).toBe(0);
    expect([...tally.codes.keys()].filter((code) => code !== 'DATABASE_UNAVAILABLE')).toEqual([]);
    expect(tally.missingRetryAfter).toBe(0);
    console.log(
      `backend terminations: ${terminated} connections ended in ${TERMINATIONS} rounds; ${acknowledged.size} cases ` +
        `acknowledged; answers ${JSON.stringify(Object.fromEntries(tally.statuses))}, ${tally.network} network errors`,
    );
  });

  it('answers 503 DATABASE_UNAVAILABLE to a logged-in user and on /api/health while the database refuses connections, and serves again when it returns', async () => {
    const applicant = applicants[0]!;
    const call = httpCaller(() => server);
    // The database refuses new connections: as in an outage, for this database only.
    await withConnectionsRefused(database.name, async () => {
      await terminateBackends(database.name);
      const mine = await call('GET', '/api/applications?limit=1', applicant.session);
      expect(mine.statusCode).toBe(503);
      expect(mine.headers['content-type']).toContain('application/problem+json');
      expect(mine.headers['retry-after']).toBeDefined();
      expect(mine.json()).toMatchObject({ code: 'DATABASE_UNAVAILABLE' });
      const login = await call('POST', '/api/identity/login', null, { login: '13805310001', password: 'Yici@2018' });
      expect(login.statusCode).toBe(503);
      const health = await call('GET', '/api/health');
      expect(health.statusCode).toBe(503);
      expect(health.json()).toMatchObject({ code: 'DATABASE_UNAVAILABLE' });
      expect((await call('GET', '/api/health/live')).statusCode).toBe(200);
    });
    await server.waitReady({ timeoutMs: 30_000 });
    expect((await call('GET', '/api/applications?limit=1', applicant.session)).statusCode).toBe(200);
  });
});

/** Runs `body` while the database accepts no new connections (ALTER DATABASE … ALLOW_CONNECTIONS false). */
async function withConnectionsRefused(name: string, body: () => Promise<void>) {
  await withAdmin((c) => c.query(`alter database ${name} allow_connections false`));
  try {
    await body();
  } finally {
    await withAdmin((c) => c.query(`alter database ${name} allow_connections true`));
  }
}
