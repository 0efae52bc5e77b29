/**
 * Case journeys over HTTP against PostgreSQL, beside baselines of the same run:
 * GET /api/health (the HTTP ceiling) and the same writes as one submission done in plain SQL with
 * `pg` (the database ceiling). Measured: submissions/s (POST /api/applications, submit: true),
 * full 企业开办 lifecycles/s (submit → accept → six tasks claimed and decided → certificates →
 * completed) with latency per endpoint, the server's memory, the database transactions per
 * submission and the CPU time the server and PostgreSQL spend per submission and per lifecycle
 * (what bounds the rates on a machine where both share the cores), and submissions/s with one and
 * with two server processes. The server runs on the real clock: cases open and close the same
 * working day.
 *
 *   npm run bench:cases              (BENCH_SECONDS=10, BENCH_CONCURRENCY=64 for the lifecycles)
 *
 * BENCH_CASES_DATABASE names an existing, migrated and seeded database to measure in (kept
 * afterwards): bench:lists runs this file so against a database grown with history.
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { Case, PreparedApplication } from '@yici/contracts';
import { openDatabase, queryRows } from '../apps/server/src/platform/db/database';
import { sql } from 'drizzle-orm';
import { createTestSession, numberTestAccountsFrom, type TestSession } from '../apps/server/src/testing/test-actors';
import { fillForm, openTasks, supplyAll, type Call } from '../apps/server/src/domains/cases/cases.test-kit';
import {
  databaseUrlOf,
  dropDatabase,
  load,
  cpuSecondsOf,
  memoryOf,
  percentile,
  postgresCpu,
  postgresCpuBetween,
  printTable,
  recreateDatabase,
  seconds,
  startServer,
  type Figures,
} from './harness';

const given = process.env.BENCH_CASES_DATABASE;
const name = given ?? 'yici_bench_cases';
const connections = 64;
const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 64);
const port = 3900 + Math.floor(Math.random() * 90);
const base = `http://127.0.0.1:${port}`;
const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Over HTTP what the test kit does with `app.inject`, timing each call under its route's name. */
const latencies = new Map<string, number[]>();
const call: Call = async (method, url, session, payload, headers = {}) => {
  const binary = Buffer.isBuffer(payload);
  const started = performance.now();
  const response = await fetch(base + url, {
    method,
    headers: {
      ...(session?.headers ?? {}),
      ...(payload === undefined || binary ? {} : { 'content-type': 'application/json' }),
      ...headers,
    },
    body: payload === undefined ? undefined : binary ? payload : JSON.stringify(payload),
  });
  const body = await response.text();
  const route = `${method} ${url.replace(/^(\/api\/(?:cases|tasks)\/)[^/]+/, '$1:id')}`;
  const times = latencies.get(route) ?? latencies.set(route, []).get(route)!;
  times.push(performance.now() - started);
  return { statusCode: response.status, json: () => JSON.parse(body), body, headers: {} };
};

async function expectOk(response: ReturnType<Call>, step: string) {
  const r = await response;
  if (r.statusCode >= 300) throw new Error(`${step}: ${r.statusCode} ${r.body.slice(0, 300)}`);
  return r.json() as Case;
}

type Applicant = { session: TestSession; body: unknown };

/** Prepares an application as each resident would: prefilled form, an uploaded PDF, offered certificates. */
async function applicantFor(session: TestSession, i: number): Promise<Applicant> {
  const target = { kind: 'bundle', bundleId: 'enterprise-opening', regionCode: '370102' };
  const res = await call('POST', '/api/applications/prepare', session, {
    target,
    form: { entity_form: 'limited_company' },
  });
  if (res.statusCode !== 200) throw new Error(`prepare: ${res.body}`);
  const prepared = res.json() as PreparedApplication;
  const form = fillForm(prepared, today, {
    entity_name: `济南压测${String(i).padStart(3, '0')}号示范有限公司`,
    entity_form: 'limited_company',
    bank_account_number: '6228480402564890018',
    housing_fund_rate: '8',
  });
  const materials = await supplyAll(call, session, prepared);
  return { session, body: { target: prepared.target, form, materials, delivery: { method: 'electronic' } } };
}

/** One 企业开办 from submission to completion, as in cases.journeys.db.test.ts. */
async function lifecycle(applicant: Applicant, clerk: TestSession, approver: TestSession) {
  const submitted = await expectOk(call('POST', '/api/applications', applicant.session, applicant.body), 'submit');
  let c = await expectOk(call('POST', `/api/cases/${submitted.id}/accept`, clerk, {}), 'accept');
  while (openTasks(c).length > 0) {
    for (const task of openTasks(c)) {
      await expectOk(call('POST', `/api/tasks/${task.id}/claim`, approver, {}), 'claim');
      for (const joint of task.jointDepartments)
        await expectOk(
          call('POST', `/api/tasks/${task.id}/opinion`, approver, { opinion: '同意', departmentId: joint.id }),
          'opinion',
        );
      c = await expectOk(
        call('POST', `/api/tasks/${task.id}/decide`, approver, { decision: 'grant', reason: '符合条件，准予许可' }),
        'decide',
      );
    }
  }
  if (c.status !== 'completed' || c.certificateIdentifiers.length === 0)
    throw new Error(`lifecycle ended ${c.status} with ${c.certificateIdentifiers.length} certificates`);
}

/** CPU milliseconds per operation between two readings of CPU seconds. */
const cpuMs = (before: number, after: number, operations: number) =>
  (((after - before) * 1000) / Math.max(operations, 1)).toFixed(2);

const WRITTEN = [
  'cases',
  'case_events',
  'audit_entries',
  'outbox_messages',
  'data_use_log',
  'certificate_events',
] as const;

/** Transactions committed or rolled back in the bench database, and the rows of the tables a submission writes. */
async function counters(client: pg.Client): Promise<Record<string, number>> {
  // Backends report their statistics at most once a second, or 10 s after going idle.
  await sleep(11_000);
  const { rows } = await client.query<Record<string, string>>(
    `select (select xact_commit + xact_rollback from pg_stat_database where datname = current_database()) as xacts,
       ${WRITTEN.map((t) => `(select count(*) from ${t}) as ${t}`).join(', ')}`,
  );
  return Object.fromEntries(Object.entries(rows[0]!).map(([k, v]) => [k, Number(v)]));
}

/**
 * The writes of one submission without the platform: every row a committed case wrote (the case
 * with its JSON form and materials, its timeline event, both audit entries, the outbox message,
 * the data-use row and the certificate-use event) inserted again under a new id as ONE statement
 * (a data-modifying CTE, its own transaction — as the platform writes it), by `connections`
 * plain `pg` clients.
 */
async function plainSqlRate(url: string, caseId: string): Promise<Figures & { postgresMs: string }> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  const sample = async (table: string, where: string) =>
    (
      await admin.query<{ row: Record<string, unknown> }>(`select to_jsonb(t) as row from ${table} t where ${where}`, [
        caseId,
      ])
    ).rows.map((r) => ({ table, row: r.row }));
  const rows = [
    ...(await sample('cases', 'id = $1')),
    ...(await sample('case_events', 'case_id = $1')),
    ...(await sample('audit_entries', 'case_id = $1')),
    ...(await sample('outbox_messages', `payload->>'caseNumber' = (select case_number from cases where id = $1)`)),
    ...(await sample('data_use_log', 'case_id = $1')),
    ...(await sample('certificate_events', 'case_id = $1')),
  ];
  await admin.end();
  // Generated columns and those the audit sealer or the outbox fill later are left out.
  const skip = new Set(['id', 'seq', 'link_hash', 'sealed_at', 'delivered_at', 'transport']);
  const parts = rows.map(({ table, row }, i) => {
    const list = Object.keys(row)
      .filter((c) => table === 'cases' || !skip.has(c))
      .join(', ');
    return `w${i} as (insert into ${table} (${list}) select ${list} from jsonb_populate_record(null::${table}, $${i + 1}::jsonb))`;
  });
  const text = `with ${parts.join(', ')} select 1`;
  const times: number[] = [];
  let errors = 0;
  const clients = await Promise.all(
    Array.from({ length: connections }, async () => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      return client;
    }),
  );
  const cpuBefore = postgresCpu(name);
  const end = Date.now() + seconds * 1000;
  await Promise.all(
    clients.map(async (client) => {
      while (Date.now() < end) {
        const id = randomUUID();
        const values = rows.map(({ table, row }) =>
          JSON.stringify(
            table === 'cases' ? { ...row, id, case_number: `P${id}`, idempotency_key: null } : { ...row, case_id: id },
          ),
        );
        const started = performance.now();
        try {
          await client.query({ name: 'plain', text, values });
          times.push(performance.now() - started);
        } catch {
          errors += 1;
        }
      }
    }),
  );
  // Read before the connections close: a backend's CPU time goes with it.
  const postgresSeconds = postgresCpuBetween(cpuBefore, postgresCpu(name));
  await Promise.all(clients.map((client) => client.end()));
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    name: `plain SQL: the same ${rows.length} rows in one statement (${connections} clients)`,
    rps: times.length / seconds,
    p50: round(percentile(times, 50)),
    p95: round(percentile(times, 95)),
    p99: round(percentile(times, 99)),
    errors,
    postgresMs: cpuMs(0, postgresSeconds, times.length),
  };
}

const url = given ? databaseUrlOf(given) : await recreateDatabase(name);
const server = await startServer({ databaseUrl: url, port });
const database = await openDatabase({ kind: 'postgresql', url, poolSize: 4 });
const stats = new pg.Client({ connectionString: url });
try {
  await stats.connect();
  const now = new Date();
  // Real residents from the seeded population registry (adults without credit entries or accounts).
  const residents = await queryRows<{ id_number: string; name: string }>(
    database.db,
    sql`select id_number, name from population
        where birth_date <= '2000-01-01'
          and id_number not in (select subject_id from credit_entries)
          and id_number not in (select id_number from accounts where id_number is not null)
        order by id_number limit ${connections}`,
  );
  // A later run on the same (grown) database must not repeat an earlier run's logins.
  const [accounts] = await queryRows<{ n: number }>(database.db, sql`select count(*)::int as n from accounts`);
  numberTestAccountsFrom(accounts!.n + 1_000);
  const applicants = await Promise.all(
    residents.map(async (r, i) =>
      applicantFor(
        await createTestSession(
          database.db,
          { kind: 'person', level: 'registry', name: r.name, idNumber: r.id_number },
          now,
        ),
        i,
      ),
    ),
  );
  const clerk = await createTestSession(
    database.db,
    { kind: 'staff', roles: ['window_clerk'], regionCode: '370102' },
    now,
  );
  const approver = await createTestSession(
    database.db,
    { kind: 'staff', roles: ['reviewer', 'approver'], regionCode: '370102' },
    now,
  );
  const submit = applicants.map((a) => ({
    method: 'POST' as const,
    path: '/api/applications',
    headers: { ...a.session.headers, 'content-type': 'application/json' },
    body: JSON.stringify(a.body),
  }));

  await load({ name: 'warm-up', port, connections: 16, requests: [{ path: '/api/health' }, ...submit] });
  const health = await load({
    name: 'baseline: GET /api/health',
    port,
    connections,
    requests: [{ path: '/api/health' }],
  });
  const before = await counters(stats);
  const cpuBefore = { server: cpuSecondsOf(server.pid!), postgres: postgresCpu(name) };
  const submissions = await load({
    name: `submit: POST /api/applications (${residents.length} applicants)`,
    port,
    connections,
    requests: submit,
  });
  const cpuAfter = { server: cpuSecondsOf(server.pid!), postgres: postgresCpu(name) };
  const after = await counters(stats);
  const memoryAfterSubmissions = memoryOf(server.pid!);
  const submitted = after.cases! - before.cases!;

  // Lifecycles: `concurrency` workers, each taking the next applicant and driving one case to completion.
  latencies.clear();
  let completed = 0;
  const failures: string[] = [];
  const started = Date.now();
  const lifecycleCpuBefore = { server: cpuSecondsOf(server.pid!), postgres: postgresCpu(name) };
  await Promise.all(
    Array.from({ length: concurrency }, async (_, w) => {
      for (let n = 0; Date.now() - started < seconds * 1000; n++) {
        try {
          await lifecycle(applicants[(w + n) % applicants.length]!, clerk, approver);
          completed += 1;
        } catch (error) {
          failures.push((error as Error).message);
        }
      }
    }),
  );
  const lifecycleSeconds = (Date.now() - started) / 1000;
  const lifecycleCpuAfter = { server: cpuSecondsOf(server.pid!), postgres: postgresCpu(name) };
  const memory = memoryOf(server.pid!);

  const [sampleCase] = await queryRows<{ id: string }>(
    database.db,
    sql`select id from cases where not synthetic and status = 'submitted' order by created_at desc limit 1`,
  );
  const plain = await plainSqlRate(url, sampleCase!.id);

  printTable(`cases benchmark — PostgreSQL, ${connections} connections, ${seconds} s each`, [
    health,
    submissions,
    plain,
  ]);
  const perSubmission = (key: string) => ((after[key]! - before[key]!) / submitted).toFixed(2);
  const serverMs = cpuMs(cpuBefore.server, cpuAfter.server, submitted);
  const postgresMs = cpuMs(0, postgresCpuBetween(cpuBefore.postgres, cpuAfter.postgres), submitted);
  console.log(
    `\nsubmissions: ${submissions.rps.toFixed(0)}/s, p99 ${submissions.p99} ms   (target ≥ 1,500/s with p99 ≤ 50 ms)` +
      `\nsubmissions ÷ plain SQL: ${((submissions.rps / plain.rps) * 100).toFixed(1)} %   (target ≥ 30 %)` +
      `\ndatabase transactions per submission: ${perSubmission('xacts')} (pg_stat_database, ${submitted} cases; ` +
      `a read outside a transaction counts as one)` +
      `\nrows per submission: ${WRITTEN.map((t) => `${t} ${perSubmission(t)}`).join(', ')}` +
      `\nCPU per submission: server ${serverMs} ms, PostgreSQL ${postgresMs} ms ` +
      `(two cores allow at most ${(2000 / (Number(serverMs) + Number(postgresMs))).toFixed(0)}/s); ` +
      `PostgreSQL ${plain.postgresMs} ms per plain-SQL submission`,
  );
  console.log(
    `\n企业开办 lifecycles, ${concurrency} concurrent: ${completed} completed in ${lifecycleSeconds.toFixed(1)} s = ` +
      `${(completed / lifecycleSeconds).toFixed(1)}/s   (target ≥ 150/s); ${failures.length} failed` +
      (failures.length > 0 ? ` (first: ${failures[0]})` : '') +
      `\nCPU per lifecycle: server ${cpuMs(lifecycleCpuBefore.server, lifecycleCpuAfter.server, completed)} ms, ` +
      `PostgreSQL ${cpuMs(0, postgresCpuBetween(lifecycleCpuBefore.postgres, lifecycleCpuAfter.postgres), completed)} ms`,
  );
  console.log(
    `\n${'endpoint'.padEnd(34)}${'calls'.padStart(8)}${'p50 ms'.padStart(9)}${'p95 ms'.padStart(9)}${'p99 ms'.padStart(9)}`,
  );
  for (const [route, times] of latencies)
    console.log(
      route.padEnd(34) +
        String(times.length).padStart(8) +
        [50, 95, 99].map((p) => percentile(times, p).toFixed(1).padStart(9)).join(''),
    );
  console.log(
    `\nserver RSS: ${memoryAfterSubmissions.rss.toFixed(0)} MiB after the submissions, ` +
      `${memory.rss.toFixed(0)} MiB after the lifecycles, peak ${memory.peak.toFixed(0)} MiB`,
  );

  // The same submissions served by two processes on the same database (YICI_WORKERS=2).
  server.kill('SIGTERM');
  if (server.exitCode === null) await new Promise((r) => server.once('exit', r));
  const twoPort = port + 100;
  const two = await startServer({ databaseUrl: url, port: twoPort, env: { YICI_WORKERS: '2' } });
  try {
    await load({ name: 'warm-up', port: twoPort, connections: 16, requests: submit });
    const twoProcesses = await load({
      name: `submit with 2 processes (YICI_WORKERS=2)`,
      port: twoPort,
      connections,
      requests: submit,
    });
    printTable('submissions by server processes (same database, same run)', [
      { ...submissions, name: 'submit with 1 process' },
      twoProcesses,
    ]);
  } finally {
    two.kill('SIGTERM');
    if (two.exitCode === null) await new Promise((r) => two.once('exit', r));
  }
} finally {
  await stats.end().catch(() => undefined);
  await database.close();
  server.kill('SIGTERM');
  if (server.exitCode === null) await new Promise((r) => server.once('exit', r));
  if (!given) await dropDatabase(name);
}
