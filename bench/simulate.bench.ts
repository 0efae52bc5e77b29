/**
 * `yici simulate`'s speed beside the HTTP API's, measured in the same run on PostgreSQL: full
 * 企业开办 lifecycles (filed → accepted → six tasks claimed and decided → certificates →
 * completed) per second,
 *   - over HTTP: a client drives the server as bench:cases does (one lifecycle at a time), and
 *   - in the simulator: the same use cases called in process on the simulated clock (no HTTP),
 *     as `yici simulate` runs them (applications one at a time, the departments' review steps
 *     four at a time on PostgreSQL),
 * with a profile reduced to 企业开办 decided the day it opens (no corrections or refusals), so
 * both sides do the same work. Target: the simulator ≥ 2× the HTTP rate.
 *
 *   npm run bench:simulate           (BENCH_SECONDS=10 for the HTTP side)
 */
import type { Case, PreparedApplication } from '@yici/contracts';
import { sql } from 'drizzle-orm';
import { openDatabase, queryRows } from '../apps/server/src/platform/db/database';
import { fixedClock } from '../apps/server/src/platform/clock';
import { createServices } from '../apps/server/src/platform';
import { seedReferenceData } from '../apps/server/src/seed/seed';
import { createTestSession, type TestSession } from '../apps/server/src/testing/test-actors';
import { TEST_AUDIT_SIGNER, TEST_SEAL_MASTER_KEY } from '../apps/server/src/testing/test-database';
import { fillForm, openTasks, supplyAll, type Call } from '../apps/server/src/domains/cases/cases.test-kit';
import { DEFAULT_PROFILE, profileVocabulary } from '../apps/server/src/domains/simulation/simulation.cli';
import { loadProfile, type SimulationProfile } from '../apps/server/src/domains/simulation/simulation.profile';
import {
  intakeBehaviour,
  lawBehaviour,
  reviewBehaviour,
  simulate,
} from '../apps/server/src/domains/simulation/simulation.simulator';
import { dropDatabase, recreateDatabase, seconds, startServer } from './harness';

const port = 3900 + Math.floor(Math.random() * 90);
const base = `http://127.0.0.1:${port}`;
const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });

const call: Call = async (method, url, session, payload, headers = {}) => {
  const binary = Buffer.isBuffer(payload);
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
  return { statusCode: response.status, json: () => JSON.parse(body), body, headers: {} };
};

async function ok(response: ReturnType<Call>, step: string) {
  const r = await response;
  if (r.statusCode >= 300) throw new Error(`${step}: ${r.statusCode} ${r.body.slice(0, 300)}`);
  return r.json() as Case;
}

/** One 企业开办 over HTTP, prepared and filed by its applicant, as bench:cases does. */
async function httpLifecycle(session: TestSession, i: number, clerk: TestSession, approver: TestSession) {
  const target = { kind: 'bundle', bundleId: 'enterprise-opening', regionCode: '370102' };
  const res = await call('POST', '/api/applications/prepare', session, {
    target,
    form: { entity_form: 'limited_company' },
  });
  const prepared = res.json() as PreparedApplication;
  const form = fillForm(prepared, today, {
    entity_name: `济南模拟对照${String(i).padStart(4, '0')}号有限公司`,
    entity_form: 'limited_company',
    bank_account_number: '6228480402564890018',
    housing_fund_rate: '8',
  });
  const materials = await supplyAll(call, session, prepared);
  const submitted = await ok(
    call('POST', '/api/applications', session, { target, form, materials, delivery: { method: 'electronic' } }),
    'submit',
  );
  let c = await ok(call('POST', `/api/cases/${submitted.id}/accept`, clerk, {}), 'accept');
  while (openTasks(c).length > 0) {
    for (const task of openTasks(c)) {
      await ok(call('POST', `/api/tasks/${task.id}/claim`, approver, {}), 'claim');
      c = await ok(
        call('POST', `/api/tasks/${task.id}/decide`, approver, { decision: 'grant', reason: '符合条件' }),
        'decide',
      );
    }
  }
  if (c.status !== 'completed') throw new Error(`lifecycle ended ${c.status}`);
}

/** The Shandong profile reduced to 企业开办 decided the day each step opens. */
function benchProfile(): SimulationProfile {
  const p = loadProfile(DEFAULT_PROFILE, profileVocabulary());
  const instant = { medianWorkdays: 0, spread: 0, staffPerDepartment: 1 };
  return {
    ...p,
    demand: { ...p.demand, targets: [{ kind: 'bundle', id: 'enterprise-opening', share: 1 }] },
    // One person a department, with no daily limit: every step decided the day it opens, as over HTTP.
    departments: { ...p.departments, default: instant, byKind: {}, tasksPerStaffDay: 100_000 },
    rates: { ...p.rates, correction: 0, deferral: 0, refusal: 0, pickupDelivery: 0, mailDelivery: 0 },
    channels: { ...p.channels, window: Array(12).fill(1), online: Array(12).fill(0), agent: Array(12).fill(0) },
  };
}

/** Only the case behaviours: the lifecycle the HTTP side drives (no 12345 tickets or ratings). */
const CASE_BEHAVIOURS = [lawBehaviour, intakeBehaviour, reviewBehaviour];

// ---------------------------------------------------------------- HTTP, one lifecycle at a time
const httpName = 'yici_bench_simulate_http';
const httpUrl = await recreateDatabase(httpName);
const server = await startServer({ databaseUrl: httpUrl, port });
let httpRate: number;
let httpHealthRate: number;
try {
  const database = await openDatabase({ kind: 'postgresql', url: httpUrl, poolSize: 2 });
  const now = new Date();
  const residents = await queryRows<{ id_number: string; name: string }>(
    database.db,
    sql`select id_number, name from population where household_region_code like '370102%' and birth_date <= '2000-01-01'
        and id_number not in (select subject_id from credit_entries)
        and id_number not in (select id_number from accounts where id_number is not null) order by id_number limit 200`,
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
  const sessions = await Promise.all(
    residents
      .slice(0, 50)
      .map((r) =>
        createTestSession(database.db, { kind: 'person', level: 'registry', name: r.name, idNumber: r.id_number }, now),
      ),
  );
  // The same-run baseline every bench prints: a trivial request, one at a time.
  let healthCount = 0;
  const healthStarted = performance.now();
  while (performance.now() - healthStarted < 2000) {
    await fetch(`${base}/api/health`).then((r) => r.text());
    healthCount += 1;
  }
  httpHealthRate = healthCount / ((performance.now() - healthStarted) / 1000);
  await httpLifecycle(sessions[0]!, 0, clerk, approver); // warm-up
  let done = 0;
  const started = performance.now();
  while (performance.now() - started < seconds * 1000) {
    await httpLifecycle(sessions[(done + 1) % sessions.length]!, done + 1, clerk, approver);
    done += 1;
  }
  httpRate = done / ((performance.now() - started) / 1000);
  await database.close();
} finally {
  server.kill('SIGTERM');
  await new Promise((resolve) => server.once('exit', resolve));
  await dropDatabase(httpName);
}

// ---------------------------------------------------------------- the simulator, in process
const simName = 'yici_bench_simulate_sim';
const simUrl = await recreateDatabase(simName);
const first = new Date('2018-09-25T00:00:00Z');
const database = await openDatabase({ kind: 'postgresql', url: simUrl, poolSize: 4 });
let simRate: number;
let simCompleted: number;
try {
  await database.migrate();
  await seedReferenceData(database.db, {
    clock: fixedClock(first),
    scope: 'core',
    sealMasterKey: TEST_SEAL_MASTER_KEY,
  });
  const clock = fixedClock(first);
  const services = createServices({
    database,
    clock,
    sealMasterKey: TEST_SEAL_MASTER_KEY,
    publicUrl: 'http://yici.bench',
    audit: { signer: TEST_AUDIT_SIGNER },
  });
  const profile = benchProfile();
  // About 60 applications a working day in 历下区 (the core data's one county).
  const run = { from: '2018-09-25', to: '2018-09-27', scale: 0.0012, seed: 42 };
  await simulate({
    db: database.db,
    databaseKind: 'postgresql',
    services,
    clock,
    profile,
    behaviours: CASE_BEHAVIOURS,
    run: { ...run, from: '2018-09-24', to: '2018-09-24' },
  });
  // Timed from the first simulated day on: the run's setup (the network's counties and the staff
  // looked up once per run) is left out, as the HTTP side leaves out starting its server.
  let started = 0;
  const startTimer = {
    name: 'timer',
    onDay: async () => {
      started ||= performance.now();
    },
  };
  const result = await simulate({
    db: database.db,
    databaseKind: 'postgresql',
    services,
    clock,
    profile,
    behaviours: [startTimer, ...CASE_BEHAVIOURS],
    run: { ...run, from: '2018-09-24' },
  });
  const elapsed = (performance.now() - started) / 1000;
  const admin = {
    actor: {
      kind: 'staff' as const,
      accountId: 'demo-staff-admin',
      name: 'admin',
      roles: ['administrator' as const],
      departmentId: null,
      regionCode: '37',
    },
    requestId: 'bench',
    ip: null,
  };
  simCompleted = (await services.cases.listCases(admin, { view: 'all', status: 'completed', limit: 1 })).count.value;
  const warmUp = (
    await queryRows<{ n: string }>(
      database.db,
      sql`select count(*)::text as n from cases where submitted_at < '2018-09-25'`,
    )
  )[0]!.n;
  simCompleted -= Number(warmUp);
  simRate = simCompleted / elapsed;
  if (result.counters.failed > 0) console.log('simulator refusals:', [...result.failures]);
} finally {
  await database.close();
  await dropDatabase(simName);
}

console.log(`\nbaseline: GET /api/health one at a time          ${httpHealthRate.toFixed(0)}/s`);
console.log(`企业开办 lifecycles over HTTP, one at a time         ${httpRate.toFixed(2)}/s`);
console.log(
  `企业开办 lifecycles in the simulator (in process)     ${simRate.toFixed(2)}/s  (${simCompleted} completed)`,
);
console.log(
  `simulator ÷ HTTP                                   ${(simRate / Math.max(httpRate, 0.001)).toFixed(2)}×  (target ≥ 2×)`,
);
