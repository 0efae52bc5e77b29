import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReformScenario } from '@yici/contracts';
import { openTestApp, type TestApp } from '../../testing/test-app';
import { sessionForAccount, type TestSession } from '../../testing/test-actors';
import { queryRows } from '../../platform/db/database';
import { caller, type Call } from '../cases/cases.test-kit';
import { runReform } from './evaluation.cli';
import { reformScenarios } from './evaluation.tables';

const NOW = '2026-11-27T02:00:00Z';
let t: TestApp;
let call: Call;
let supervisor: TestSession;
let person: TestSession;

// The seed's 串联 → 并联: the deed tax no longer has to be paid before registration starts. The
// catalog today promises the deed tax at once (0 days); before the reform it took 3 working days,
// which the baseline states.
const TAX_BEFORE_REFORM = { kind: 'promised_limit', basicCode: '370412002000', days: 3 } as const;
const PARALLEL_TAX = {
  kind: 'bundle_graph',
  bundleId: 'real-estate-transfer',
  step: 'registration',
  dependsOn: ['contract_filing'],
} as const;
const stored = async () =>
  Number((await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from reform_scenarios`))[0]!.n);

beforeAll(async () => {
  t = await openTestApp({ now: NOW });
  call = caller(t);
  supervisor = await sessionForAccount(t.database.db, 'demo-staff-supervisor', new Date(NOW));
  person = await sessionForAccount(t.database.db, 'demo-person-zhangsan', new Date(NOW));
}, 120_000);

afterAll(async () => t?.close());

describe('the reform simulator', () => {
  let scenario: ReformScenario;

  it('queues a scenario, runs it in the background job and keeps the result beside the baseline', async () => {
    const res = await call('POST', '/api/evaluation/reforms', supervisor, {
      year: 2018,
      cases: 30_000,
      baselineChanges: [TAX_BEFORE_REFORM],
      changes: [PARALLEL_TAX],
    });
    expect(res.statusCode, res.body).toBe(202);
    const queued = res.json() as ReformScenario;
    expect(queued.status).toBe('queued');
    expect(queued.described[0]).toContain('不动产转移登记');
    expect(await t.services.reforms.runNext()).toBe(false);
    const done = await call('GET', `/api/evaluation/reforms/${queued.id}`, supervisor);
    scenario = done.json() as ReformScenario;
    expect(scenario.status, scenario.error ?? '').toBe('done');
    expect(scenario.progress.done).toBe(scenario.progress.total);
    expect(scenario.result!.cities).toHaveLength(17);
  }, 300_000);

  it('shortens 不动产 in parallel and leaves the other bundles exactly as they were (same seed, paired)', () => {
    const bundles = new Map(scenario.result!.bundles.map((b) => [b.bundleId, b]));
    const estate = bundles.get('real-estate-transfer')!;
    expect(estate.baseline.cases).toBeGreaterThan(100);
    expect(estate.variant.cases).toBe(estate.baseline.cases);
    expect(estate.variant.medianWorkingDays!).toBeLessThan(estate.baseline.medianWorkingDays!);
    expect(estate.variant.onTimeShare!).toBeGreaterThanOrEqual(estate.baseline.onTimeShare!);
    for (const id of ['enterprise-opening', 'construction-project-approval'])
      expect(bundles.get(id)!.variant).toEqual(bundles.get(id)!.baseline);
    // The registering-property time scores move; the others do not.
    const jinan = scenario.result!.cities.find((c) => c.code === '3701')!;
    const score = (side: 'baseline' | 'variant', key: string) =>
      jinan[side].indicators.find((i) => i.key === key)!.score;
    expect(score('variant', 'registering_property_time')!).toBeGreaterThanOrEqual(
      score('baseline', 'registering_property_time')!,
    );
    expect(score('variant', 'starting_business_time')).toBe(score('baseline', 'starting_business_time'));
    // Without an evaluation there is no income per capita: cost is left out, and says so by name.
    expect(scenario.result!.indicatorsLeftOut).toContainEqual({
      key: 'starting_business_cost',
      name: expect.stringMatching(/[\u4e00-\u9fff]/),
      reason: '缺少人均收入数据，无法计算费用占比',
    });
  });

  it('gives the same result for the same seed and changes (results are comparable)', async () => {
    const again = await call('POST', '/api/evaluation/reforms', supervisor, {
      year: 2018,
      cases: 30_000,
      baselineChanges: [TAX_BEFORE_REFORM],
      changes: [PARALLEL_TAX],
    });
    await t.services.reforms.runNext();
    const againId = (again.json() as ReformScenario).id;
    const second = (await call('GET', `/api/evaluation/reforms/${againId}`, supervisor)).json() as ReformScenario;
    expect(second.result!.bundles).toEqual(scenario.result!.bundles);
    const list = await call('GET', '/api/evaluation/reforms?year=2018', supervisor);
    expect((list.json() as ReformScenario[]).map((s) => s.id)).toEqual(
      expect.arrayContaining([scenario.id, second.id]),
    );
  }, 300_000);

  it('prints the comparison from the command line', async () => {
    const lines: string[] = [];
    const code = await runReform({
      args: ['--year', '2018', '--cases', '20000', '--change', JSON.stringify({ kind: 'online_share', share: 0.9 })],
      reforms: t.services.reforms,
      print: (line) => lines.push(line),
      progress: () => undefined,
    });
    expect(code, lines.join('\n')).toBe(0);
    expect(lines.join('\n')).toContain('网上申请比例为 90%');
    expect(lines.some((l) => l.startsWith('企业开办'))).toBe(true);
    expect(lines.some((l) => l.startsWith('济南市'))).toBe(true);
  }, 300_000);
});

describe('the background run', () => {
  it('judges a heartbeat in wall time: moving the simulated clock hands no running scenario to another process', async () => {
    const id = randomUUID();
    await t.database.db.insert(reformScenarios).values({
      id,
      title: '心跳',
      year: 2018,
      seed: 7,
      cases: 1_000,
      evaluationId: null,
      changes: [{ kind: 'online_share', share: 0.5 }],
      baselineChanges: [],
      status: 'running',
      progress: { step: '模拟基线年度', done: 0, total: 2_001 },
      createdAt: t.clock.now(),
      createdBy: 'test',
      heartbeatAt: t.wallClock.now(),
    });
    const statusOf = async () =>
      (await t.database.db.select().from(reformScenarios).where(eq(reformScenarios.id, id)))[0]!.status;
    // An administrator moves the simulated clock three days on; the run wrote its heartbeat just now.
    t.clock.advance(3 * 86_400_000);
    try {
      expect(await t.services.reforms.runNext()).toBe(false);
      expect(await statusOf()).toBe('running');
      // Its process really stopped: after the stale interval in real time another takes it up.
      t.wallClock.advance(3 * 60_000);
      await t.services.reforms.runNext();
      expect(await statusOf()).toBe('done');
    } finally {
      t.clock.set(new Date(NOW));
    }
  }, 120_000);
});

describe('bad reform input is refused with every problem named, nothing stored', () => {
  it('refuses a change that makes a bundle graph cyclic, naming the cycle', async () => {
    const before = await stored();
    const res = await call('POST', '/api/evaluation/reforms', supervisor, {
      year: 2018,
      changes: [
        {
          kind: 'bundle_graph',
          bundleId: 'real-estate-transfer',
          step: 'contract_filing',
          dependsOn: ['registration'],
        },
      ],
    });
    expect(res.statusCode).toBe(400);
    const problem = res.json() as { code: string; fields: { path: string; message: string }[] };
    expect(problem.code).toBe('REFORM_CHANGE_INVALID');
    expect(problem.fields[0]!.path).toBe('changes.0');
    expect(problem.fields[0]!.message).toMatch(/成环：contract_filing → registration → contract_filing/);
    expect(await stored()).toBe(before);
  });

  it('names an unknown bundle, step, prerequisite, department and item all at once', async () => {
    const before = await stored();
    const res = await call('POST', '/api/evaluation/reforms', supervisor, {
      year: 2018,
      changes: [
        { kind: 'remove_step', bundleId: 'no-such-bundle', step: 'x' },
        { kind: 'remove_step', bundleId: 'enterprise-opening', step: 'no_such_step' },
        { kind: 'bundle_graph', bundleId: 'enterprise-opening', step: 'tax', dependsOn: ['nothing_here'] },
        { kind: 'staffing', departmentId: 'no-such-department', factor: 2 },
        { kind: 'promised_limit', basicCode: '999999999999', days: 3 },
      ],
    });
    expect(res.statusCode).toBe(400);
    const paths = (res.json() as { fields: { path: string }[] }).fields.map((f) => f.path);
    expect(paths).toEqual([
      'changes.0.bundleId',
      'changes.1.step',
      'changes.2.dependsOn.0',
      'changes.3.departmentId',
      'changes.4.basicCode',
    ]);
    expect(await stored()).toBe(before);
  });

  it('lets only the evaluator, supervisors and administrators run or read one', async () => {
    const res = await call('POST', '/api/evaluation/reforms', person, { year: 2018, changes: [PARALLEL_TAX] });
    expect(res.statusCode).toBe(403);
    expect((await call('GET', '/api/evaluation/reforms', person)).statusCode).toBe(403);
    expect((await call('GET', '/api/evaluation/reforms', null)).statusCode).toBe(401);
  });
});
