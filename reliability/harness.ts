/**
 * What the reliability tests share: fresh PostgreSQL databases copied from the run's seeded
 * template, the platform started as `npm start` starts it (a real process, killable), applicants
 * with prepared 企业开办 applications, and clients that submit under one Idempotency-Key each
 * until the platform acknowledges it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { sql } from 'drizzle-orm';
import { expect } from 'vitest';
import type { PreparedApplication } from '@yici/contracts';
import { openDatabase, queryRows, type Db } from '../apps/server/src/platform/db/database';
import { createTestSession, type TestSession } from '../apps/server/src/testing/test-actors';
import { TEST_AUDIT_SIGNING_KEY, TEST_SEAL_MASTER_KEY } from '../apps/server/src/testing/test-database';
import { fillForm, supplyAll, type Call } from '../apps/server/src/domains/cases/cases.test-kit';

export const root = fileURLToPath(new URL('..', import.meta.url));
export const adminUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export function databaseUrl(name: string, base = adminUrl): string {
  const url = new URL(base);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function withAdmin<T>(run: (client: pg.Client) => Promise<T>, url = adminUrl): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

export async function withDatabase<T>(url: string, run: (db: Db) => Promise<T>): Promise<T> {
  const database = await openDatabase({ kind: 'postgresql', url, poolSize: 2 });
  try {
    return await run(database.db);
  } finally {
    await database.close();
  }
}

export type ScratchDatabase = { name: string; url: string; drop(): Promise<void> };

/** A fresh copy of the run's seeded template database (see global-setup.ts). */
export async function copyTemplate(): Promise<ScratchDatabase> {
  const template = process.env.YICI_RELIABILITY_TEMPLATE;
  if (!template) throw new Error('reliability/global-setup.ts did not run');
  const name = `yici_rel_${randomBytes(4).toString('hex')}`;
  await withAdmin((c) => c.query(`create database ${name} template ${template}`));
  return {
    name,
    url: databaseUrl(name),
    drop: async () => {
      await withAdmin((c) => c.query(`drop database if exists ${name} with (force)`));
    },
  };
}

/** Ends every connection to the database except the caller's own; returns how many. */
export async function terminateBackends(database: string, url = adminUrl): Promise<number> {
  return withAdmin(async (c) => {
    const { rows } = await c.query<{ n: string }>(
      `select count(pg_terminate_backend(pid)) as n from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()`,
      [database],
    );
    return Number(rows[0]!.n);
  }, url);
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export type Server = {
  port: number;
  base: string;
  child: ChildProcess;
  /** Whether the process is still running. */
  isRunning(): boolean;
  /** Waits until the process answers /api/health/live and, unless told otherwise, /api/health. */
  waitReady(options?: { database?: boolean; timeoutMs?: number }): Promise<void>;
  kill9(): Promise<void>;
  /** SIGTERM, then waits for the exit; the exit code. */
  stop(): Promise<number | null>;
};

/**
 * What the platform's processes (server and `yici` CLI) of one test database are configured
 * with: the tests' keys, and a data directory of its own (checkpoints, generated files).
 */
export function platformEnv(options: { databaseUrl?: string; dataDir?: string }): Record<string, string> {
  const name = options.databaseUrl ? new URL(options.databaseUrl).pathname.slice(1) : 'pglite';
  return {
    YICI_DATA_DIR: options.dataDir ?? `${root}/.tmp/reliability/${name}`,
    YICI_SEAL_MASTER_KEY: TEST_SEAL_MASTER_KEY.toString('hex'),
    YICI_AUDIT_SIGNING_KEY: TEST_AUDIT_SIGNING_KEY,
    // Every load here comes from one address: the rate limits (tested on their own) stay out of the way.
    ...Object.fromEntries(
      ['VERIFY', 'LOGIN', 'REGISTER', 'CODE', 'SUBMIT'].map((name) => [
        `YICI_LIMIT_${name}`,
        'ip:100000/1m,account:100000/1m',
      ]),
    ),
    ...(options.databaseUrl ? { DATABASE_URL: options.databaseUrl } : {}),
  };
}

/** Starts the platform as `npm start` does (without the web build), in a process of its own. */
export async function startServer(options: {
  port?: number;
  databaseUrl?: string;
  dataDir?: string;
  env?: Record<string, string>;
}): Promise<Server> {
  const port = options.port ?? (await freePort());
  const { DATABASE_URL: _inherited, ...env } = process.env;
  const child = spawn(process.execPath, ['--import', 'tsx', 'apps/server/src/main.ts'], {
    cwd: root,
    env: {
      ...env,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'fatal',
      ...platformEnv({ databaseUrl: options.databaseUrl, dataDir: options.dataDir }),
      YICI_WEB_DIST: `${root}/.tmp/no-web`,
      ...options.env,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  // The server's complaints while the database is away are expected; kept, and shown if it dies.
  const stderr: string[] = [];
  child.stderr!.on('data', (chunk: Buffer) => {
    stderr.push(chunk.toString());
    if (stderr.length > 200) stderr.shift();
  });
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code, signal) => {
      if (signal !== 'SIGKILL' && code !== 0)
        console.error(`server exited with ${code ?? signal}:\n${stderr.join('')}`);
      resolve(code);
    }),
  );
  const base = `http://127.0.0.1:${port}`;
  const server: Server = {
    port,
    base,
    child,
    isRunning: () => child.exitCode === null && child.signalCode === null,
    async waitReady({ database = true, timeoutMs = 120_000 } = {}) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        if (!server.isRunning()) throw new Error(`the server exited (${child.exitCode ?? child.signalCode})`);
        try {
          const live = await fetch(`${base}/api/health/live`);
          const ready = !database || (await fetch(`${base}/api/health`)).ok;
          if (live.ok && ready) return;
        } catch {
          // not listening yet
        }
        if (Date.now() > deadline) throw new Error(`the server did not become ready within ${timeoutMs} ms`);
        await sleep(200);
      }
    },
    async kill9() {
      child.kill('SIGKILL');
      await exited;
    },
    async stop() {
      if (!server.isRunning()) return child.exitCode;
      child.kill('SIGTERM');
      return exited;
    },
  };
  return server;
}

/** Over HTTP what the test kit does with `app.inject`. */
export function httpCaller(server: () => Pick<Server, 'base'>): Call {
  return async (method, url, session, payload, headers = {}) => {
    const binary = Buffer.isBuffer(payload);
    const response = await fetch(server().base + url, {
      method,
      headers: {
        ...(session?.headers ?? {}),
        ...(payload === undefined || binary ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      body: payload === undefined ? undefined : binary ? new Uint8Array(payload) : JSON.stringify(payload),
    });
    const body = await response.text();
    return {
      statusCode: response.status,
      json: () => JSON.parse(body),
      body,
      headers: Object.fromEntries(response.headers),
    };
  };
}

export type Applicant = { session: TestSession; body: unknown };

/** Residents of the seeded population registry (adults, no credit entries, no account yet), logged in. */
export async function residentSessions(db: Db, count: number): Promise<TestSession[]> {
  const residents = await queryRows<{ id_number: string; name: string }>(
    db,
    sql`select id_number, name from population
        where birth_date <= '2000-01-01'
          and id_number not in (select subject_id from credit_entries)
          and id_number not in (select id_number from accounts where id_number is not null)
        order by id_number limit ${count}`,
  );
  if (residents.length < count) throw new Error(`only ${residents.length} residents to apply`);
  const sessions: TestSession[] = [];
  for (const r of residents) {
    const who = { kind: 'person', level: 'registry', name: r.name, idNumber: r.id_number } as const;
    sessions.push(await createTestSession(db, who, new Date()));
  }
  return sessions;
}

/**
 * A 企业开办 application ready for each session, prepared over HTTP as the portal does: the form
 * prefilled and completed, a PDF uploaded, the offered certificates agreed to.
 */
export async function prepareApplications(call: Call, sessions: TestSession[]): Promise<Applicant[]> {
  const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
  return Promise.all(
    sessions.map(async (session, i) => {
      const target = { kind: 'bundle', bundleId: 'enterprise-opening', regionCode: '370102' };
      const res = await call('POST', '/api/applications/prepare', session, {
        target,
        form: { entity_form: 'limited_company' },
      });
      if (res.statusCode !== 200) throw new Error(`prepare: ${res.body}`);
      const prepared = res.json() as PreparedApplication;
      const form = fillForm(prepared, today, {
        entity_name: `济南可靠${String(i).padStart(3, '0')}号示范有限公司`,
        entity_form: 'limited_company',
        bank_account_number: '6228480402564890018',
        housing_fund_rate: '8',
      });
      const materials = await supplyAll(call, session, prepared);
      return { session, body: { target: prepared.target, form, materials, delivery: { method: 'electronic' } } };
    }),
  );
}

/** Sessions and prepared applications on a PostgreSQL database that the server at `call` serves. */
export async function prepareApplicants(options: { databaseUrl: string; call: Call; count: number }) {
  const sessions = await withDatabase(options.databaseUrl, (db) => residentSessions(db, options.count));
  return prepareApplications(options.call, sessions);
}

/** Every answer the clients got, by status, and the problem codes of the failures. */
export type Tally = {
  statuses: Map<number, number>;
  codes: Map<string, number>;
  missingRetryAfter: number;
  network: number;
};

export function newTally(): Tally {
  return { statuses: new Map(), codes: new Map(), missingRetryAfter: 0, network: 0 };
}

const bump = <K>(map: Map<K, number>, key: K) => map.set(key, (map.get(key) ?? 0) + 1);

class UnexpectedAnswer extends Error {}

/**
 * Submits one application under one Idempotency-Key until the platform acknowledges it (2xx),
 * retrying after network errors (the server is down) and 503s, as a careful client would.
 * Returns the id of the acknowledged case.
 */
export async function submitUntilAcknowledged(options: {
  server: () => Pick<Server, 'base'>;
  applicant: Applicant;
  key: string;
  tally: Tally;
  timeoutMs?: number;
}): Promise<string> {
  const deadline = Date.now() + (options.timeoutMs ?? 180_000);
  for (;;) {
    try {
      const response = await fetch(`${options.server().base}/api/applications`, {
        method: 'POST',
        headers: {
          ...options.applicant.session.headers,
          'content-type': 'application/json',
          'idempotency-key': options.key,
        },
        body: JSON.stringify(options.applicant.body),
        // A client gives up on an answer that never comes (a connection to a killed process) and
        // sends again under the same Idempotency-Key, as a real client does; the key keeps it once.
        signal: AbortSignal.timeout(30_000),
      });
      const text = await response.text();
      bump(options.tally.statuses, response.status);
      if (response.ok) return (JSON.parse(text) as { id: string }).id;
      bump(options.tally.codes, (JSON.parse(text) as { code?: string }).code ?? '?');
      if (response.status === 503 && !response.headers.get('retry-after')) options.tally.missingRetryAfter += 1;
      if (response.status !== 503) throw new UnexpectedAnswer(`${response.status}: ${text.slice(0, 300)}`);
    } catch (error) {
      if (error instanceof UnexpectedAnswer) throw error;
      options.tally.network += 1;
    }
    if (Date.now() > deadline) throw new Error(`submission ${options.key} not acknowledged in time`);
    await sleep(100);
  }
}

/**
 * `clients` clients, each submitting applications (a new key each, every one retried until
 * acknowledged) while `keepGoing(acknowledgedSoFar)` holds. `acknowledged` fills as answers arrive.
 */
export function submitInParallel(options: {
  server: () => Pick<Server, 'base'>;
  applicants: Applicant[];
  clients: number;
  keepGoing: (acknowledgedSoFar: number) => boolean;
  tally: Tally;
  prefix: string;
}): { acknowledged: Map<string, string>; done: Promise<Map<string, string>> } {
  const acknowledged = new Map<string, string>();
  const done = Promise.all(
    Array.from({ length: options.clients }, async (_, c) => {
      for (let n = 0; options.keepGoing(acknowledged.size); n++) {
        const key = `${options.prefix}-${c}-${n}`;
        const applicant = options.applicants[c % options.applicants.length]!;
        acknowledged.set(
          key,
          await submitUntilAcknowledged({ server: options.server, applicant, key, tally: options.tally }),
        );
      }
    }),
  ).then(() => acknowledged);
  return { acknowledged, done };
}

/** The cases filed under keys starting with `prefix`: the ids stored under each key. */
export async function casesByKey(db: Db, prefix: string): Promise<Map<string, string[]>> {
  const rows = await queryRows<{ idempotency_key: string; id: string }>(
    db,
    sql`select idempotency_key, id from cases where idempotency_key like ${`${prefix}-%`}`,
  );
  const byKey = new Map<string, string[]>();
  for (const row of rows) byKey.set(row.idempotency_key, [...(byKey.get(row.idempotency_key) ?? []), row.id]);
  return byKey;
}

/** Every acknowledged case is stored exactly once, under the id its client was given, and nothing else is. */
export function expectExactlyOnce(acknowledged: Map<string, string>, stored: Map<string, string[]>) {
  expect(stored.size).toBe(acknowledged.size);
  for (const [key, id] of acknowledged) expect(stored.get(key), key).toEqual([id]);
}

/** Waits until `count()` has grown by `by`; throws when the server dies or after the timeout. */
export async function waitForProgress(options: {
  count: () => number;
  by: number;
  server?: () => Server;
  timeoutMs?: number;
}): Promise<void> {
  const start = options.count();
  const timeoutMs = options.timeoutMs ?? 120_000;
  const deadline = Date.now() + timeoutMs;
  while (options.count() < start + options.by) {
    if (options.server && !options.server().isRunning()) throw new Error('the server process died');
    if (Date.now() > deadline)
      throw new Error(`no progress: ${options.count() - start} of ${options.by} within ${timeoutMs} ms`);
    await sleep(50);
  }
}

export async function waitFor(condition: () => Promise<boolean>, what: string, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await sleep(250);
  }
}

/**
 * Waits until the background jobs have caught up: every audit entry sealed into the chain and
 * every outbox message delivered (they run on their own, so this is how a test sees them alive).
 */
export async function waitUntilSealedAndDelivered(url: string) {
  await withDatabase(url, (db) =>
    waitFor(async () => {
      const [pending] = await queryRows<{ unsealed: number; undelivered: number }>(
        db,
        sql`select (select count(*)::int from audit_entries where seq is null) as unsealed,
                   (select count(*)::int from outbox_messages where delivered_at is null) as undelivered`,
      );
      return pending!.unsealed === 0 && pending!.undelivered === 0;
    }, 'every audit entry sealed and every message delivered'),
  );
}
