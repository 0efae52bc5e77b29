import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemClock } from '../apps/server/src/platform/clock';
import { openDatabase, queryRows } from '../apps/server/src/platform/db/database';
import { createServices } from '../apps/server/src/platform';
import { TEST_AUDIT_SIGNER, TEST_SEAL_MASTER_KEY } from '../apps/server/src/testing/test-database';
import { createTestSession } from '../apps/server/src/testing/test-actors';
import {
  casesByKey,
  copyTemplate,
  expectExactlyOnce,
  httpCaller,
  newTally,
  platformEnv,
  prepareApplicants,
  root,
  startServer,
  submitInParallel,
  waitFor,
  waitUntilSealedAndDelivered,
  waitForProgress,
  withDatabase,
  type Applicant,
  type ScratchDatabase,
  type Server,
} from './harness';

const WORKERS = 3;

let database: ScratchDatabase;
let server: Server;
let applicants: Applicant[];

/**
 * The server processes the first process runs (its node children), by pid. The TypeScript loader
 * may run an esbuild service as a child too: it is not a server process.
 */
function workerPids(parent: number): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // /proc/<pid>/stat: pid (command) state ppid …
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const command = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const ppid = Number(stat.slice(stat.lastIndexOf(') ') + 2).split(' ')[1]);
      if (ppid === parent && command.startsWith('node')) pids.push(Number(entry));
    } catch {
      // the process ended meanwhile
    }
  }
  return pids;
}

beforeAll(async () => {
  database = await copyTemplate();
  server = await startServer({ databaseUrl: database.url, env: { YICI_WORKERS: String(WORKERS) } });
  await server.waitReady();
  await waitFor(async () => workerPids(server.child.pid!).length === WORKERS, 'workers started');
  applicants = await prepareApplicants({ databaseUrl: database.url, call: httpCaller(() => server), count: 16 });
});
afterAll(async () => {
  await server?.stop();
  await database?.drop();
});

describe(`${WORKERS} server processes on one PostgreSQL database`, () => {
  it('share sessions: a login served by one process is honoured, and a logout ended, by all', async () => {
    const [account] = await withDatabase(database.url, (db) =>
      queryRows<{ login: string }>(db, sql`select login from accounts where id = ${applicants[0]!.session.accountId}`),
    );
    const login = await fetch(`${server.base}/api/identity/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ login: account!.login, password: 'test-password-1' }),
    });
    expect(login.status).toBe(200);
    const cookies = login.headers.getSetCookie().map((c) => c.split(';')[0]!);
    const csrf = cookies.find((c) => c.startsWith('yici_csrf='))!.split('=')[1]!;
    const headers = { cookie: cookies.join('; ') };
    // Connections are handed to the processes in turn: a dozen fresh ones reach every process.
    const answers = await Promise.all(
      Array.from({ length: 12 }, () =>
        fetch(`${server.base}/api/applications?limit=1`, { headers }).then((r) => r.status),
      ),
    );
    expect(answers).toEqual(Array(12).fill(200));
    const logout = await fetch(`${server.base}/api/identity/logout`, {
      method: 'POST',
      headers: { ...headers, 'x-csrf-token': csrf },
    });
    expect(logout.status).toBeLessThan(300);
    const after = await Promise.all(
      Array.from({ length: 12 }, () =>
        fetch(`${server.base}/api/applications?limit=1`, { headers }).then((r) => r.status),
      ),
    );
    expect(after).toEqual(Array(12).fill(401));
  });

  it('file one case for one Idempotency-Key sent to several processes at once', async () => {
    const tally = newTally();
    const body = JSON.stringify(applicants[1]!.body);
    const answers = await Promise.all(
      Array.from({ length: 8 }, async () => {
        const response = await fetch(`${server.base}/api/applications`, {
          method: 'POST',
          headers: {
            ...applicants[1]!.session.headers,
            'content-type': 'application/json',
            'idempotency-key': 'same-0001',
          },
          body,
        });
        tally.statuses.set(response.status, (tally.statuses.get(response.status) ?? 0) + 1);
        return ((await response.json()) as { id: string }).id;
      }),
    );
    expect([...tally.statuses.keys()].every((s) => s === 200 || s === 201)).toBe(true);
    expect(new Set(answers).size).toBe(1);
    expect((await withDatabase(database.url, (db) => casesByKey(db, 'same'))).get('same-0001')).toEqual([answers[0]]);
  });

  it('keep one answer per Idempotency-Key for a transition retried across processes', async () => {
    const [caseId] = (
      await submitInParallel({
        server: () => server,
        applicants,
        clients: 1,
        keepGoing: (acknowledged) => acknowledged < 1,
        tally: newTally(),
        prefix: 'accept',
      }).done
    ).values();
    const clerk = await withDatabase(database.url, (db) =>
      createTestSession(db, { kind: 'staff', roles: ['window_clerk'], regionCode: '370102' }, new Date()),
    );
    const accept = () =>
      fetch(`${server.base}/api/cases/${caseId}/accept`, {
        method: 'POST',
        headers: { ...clerk.headers, 'content-type': 'application/json', 'idempotency-key': 'accept-once-01' },
        body: '{}',
      });
    // At once, to several processes: one acceptance; the others wait for it (409 in progress) or replay it.
    const first = await Promise.all(Array.from({ length: 6 }, accept));
    const codes = await Promise.all(
      first.map(async (r) => (r.status === 200 ? 'ok' : ((await r.json()) as { code: string }).code)),
    );
    expect(codes.filter((c) => c !== 'ok' && c !== 'IDEMPOTENCY_IN_PROGRESS')).toEqual([]);
    // Later retries, spread over the processes, all get the kept answer.
    const later = await Promise.all(Array.from({ length: 6 }, accept));
    expect(later.map((r) => [r.status, r.headers.get('idempotent-replayed')])).toEqual(Array(6).fill([200, 'true']));
    const [accepted] = await withDatabase(database.url, (db) =>
      queryRows<{ n: number }>(
        db,
        sql`select count(*)::int as n from case_events where case_id = ${caseId!} and kind = 'accepted'`,
      ),
    );
    expect(accepted!.n).toBe(1);
  });

  it('keep every acknowledged case once when a process is killed under load, replace it, seal the audit chain once and deliver every message once', async () => {
    const tally = newTally();
    let going = true;
    const run = submitInParallel({
      server: () => server,
      applicants,
      clients: 16,
      keepGoing: () => going,
      tally,
      prefix: 'workers',
    });
    try {
      await waitForProgress({ count: () => run.acknowledged.size, by: 30, server: () => server });
      const [victim] = workerPids(server.child.pid!);
      process.kill(victim!, 'SIGKILL');
      await waitForProgress({ count: () => run.acknowledged.size, by: 30, server: () => server });
    } finally {
      going = false;
    }
    const acknowledged = await run.done;
    expectExactlyOnce(acknowledged, await withDatabase(database.url, (db) => casesByKey(db, 'workers')));
    await waitFor(async () => workerPids(server.child.pid!).length === WORKERS, 'the killed process replaced');

    await waitUntilSealedAndDelivered(database.url);
    // Each message was sent once: a second delivery would have counted a second attempt.
    const [outbox] = await withDatabase(database.url, (db) =>
      queryRows<{ total: number; twice: number }>(
        db,
        sql`select count(*)::int as total, count(*) filter (where attempts <> 1)::int as twice from outbox_messages`,
      ),
    );
    expect(outbox!.total).toBeGreaterThan(0);
    expect(outbox!.twice).toBe(0);
    // The chain the processes sealed between them verifies from the first entry to the last.
    const verify = execFileSync(process.execPath, ['--import', 'tsx', 'apps/server/src/cli.ts', 'audit', 'verify'], {
      cwd: root,
      env: { ...process.env, ...platformEnv({ databaseUrl: database.url }), LOG_LEVEL: 'fatal' },
      encoding: 'utf8',
    });
    // exits non-zero (and throws here) when the chain is broken
    expect(verify).toContain('intact');
    console.log(
      `${WORKERS} processes: ${acknowledged.size} cases, answers ${JSON.stringify(Object.fromEntries(tally.statuses))}`,
    );
  });

  it("run the law's clock rules once per case when every process runs them at the same moment", async () => {
    // Cases received three weeks ago without a notice: each is accepted by law, once.
    const prefix = 'rules';
    const run = submitInParallel({
      server: () => server,
      applicants,
      clients: 4,
      keepGoing: (acknowledged) => acknowledged < 12,
      tally: newTally(),
      prefix,
    });
    const acknowledged = await run.done;
    const ids = [...acknowledged.values()];
    await withDatabase(database.url, (db) =>
      db.execute(sql`update cases set received_on = received_on - 21 where id in ${ids}`),
    );
    // As in separate processes: each its own services over its own connection pool.
    const instances = await Promise.all(
      Array.from({ length: WORKERS }, () => openDatabase({ kind: 'postgresql', url: database.url, poolSize: 4 })),
    );
    try {
      const outcomes = await Promise.all(
        instances.map((instance) =>
          createServices({
            database: instance,
            clock: systemClock,
            sealMasterKey: TEST_SEAL_MASTER_KEY,
            publicUrl: 'http://yici.test',
            audit: { signer: TEST_AUDIT_SIGNER },
          }).cases.runDueRules(),
        ),
      );
      expect(outcomes.reduce((sum, o) => sum + o.acceptedByLaw, 0)).toBe(ids.length);
      const events = await queryRows<{ case_id: string; n: number }>(
        instances[0]!.db,
        sql`select case_id, count(*)::int as n from case_events
            where case_id in ${ids} and kind = 'accepted_by_law' group by case_id`,
      );
      expect(events.length).toBe(ids.length);
      expect(events.every((e) => e.n === 1)).toBe(true);
    } finally {
      await Promise.all(instances.map((instance) => instance.close()));
    }
  });
});
