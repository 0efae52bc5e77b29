import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Case, FiguresOverview } from '@yici/contracts';
import { openTestApp, type TestApp } from '../../testing/test-app';
import { createTestSession, sessionForAccount, type TestSession } from '../../testing/test-actors';
import { historyPortsOf } from '../../platform';
import { queryRows } from '../../platform/db/database';
import { generateHistory } from '../simulation/history.generate';
import {
  caller,
  fillForm,
  nearestImplementationCodeOf,
  openTasks,
  supplyEverything,
  type Call,
} from '../cases/cases.test-kit';

/**
 * The figures' rollups over real and synthetic cases: folded incrementally from the timeline and
 * equal to a rebuild from scratch and to a direct count of the cases; the China day of a case
 * received at 23:30 UTC; who sees which area; the cases behind a figure (logged); exports.
 */
const LIXIA = '370102';
const FOOD_PERMIT = '370113005000';
// 23:30 UTC on the 25th is 07:30 on the 26th in China: cases received now count on the 26th.
const NOW = '2026-11-25T23:30:00Z';
const CHINA_TODAY = '2026-11-26';

let t: TestApp;
let call: Call;
let zhang: TestSession;
let clerk: TestSession;
let approver: TestSession;
let supervisor: TestSession;
let citySupervisor: TestSession;

const rows = <T>(query: ReturnType<typeof sql>) => queryRows<T>(t.database.db, query);

async function fileCase(): Promise<Case> {
  const code = await nearestImplementationCodeOf(call, FOOD_PERMIT, LIXIA);
  const target = { kind: 'item' as const, implementationCode: code };
  const prepared = (await call('POST', '/api/applications/prepare', zhang, { target })).json();
  const res = await call('POST', '/api/applications', zhang, {
    target,
    form: fillForm(prepared, t.clock.today(), { application_note: randomUUID() }),
    materials: await supplyEverything(call, zhang, prepared),
    delivery: { method: 'electronic' },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

async function acceptAndComplete(c: Case): Promise<Case> {
  const accepted = await call('POST', `/api/cases/${c.id}/accept`, clerk, {});
  expect(accepted.statusCode, accepted.body).toBe(200);
  let current: Case = accepted.json();
  for (const task of openTasks(current)) {
    expect((await call('POST', `/api/tasks/${task.id}/claim`, approver, {})).statusCode).toBe(200);
    const seen = (await call('GET', `/api/tasks/${task.id}`, approver)).json() as { version: number };
    const decided = await call('POST', `/api/tasks/${task.id}/decide`, approver, {
      decision: 'deny',
      reason: '经营场所不符合食品安全要求，不予许可',
      version: seen.version,
    });
    expect(decided.statusCode, decided.body).toBe(200);
    current = decided.json();
  }
  return current;
}

/** The stored rollups, rows of zero left out, in a stable order. */
async function snapshot() {
  const stored = await t.services.rollups.allRows();
  const norm = (r: Record<string, unknown>) =>
    JSON.stringify(
      Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v instanceof Date ? v.toISOString() : String(v)])),
    );
  return {
    rollups: stored.rollups.map(norm).sort(),
    durations: stored.durations.map(norm).sort(),
  };
}

const overview = async (session: TestSession | null, query: string) => call('GET', `/api/figures?${query}`, session);

beforeAll(async () => {
  t = await openTestApp({ now: NOW, figuresExportRowLimit: 12 });
  call = caller(t);
  const db = t.database.db;
  const now = t.clock.now();
  zhang = await sessionForAccount(db, 'demo-person-zhangsan', now);
  clerk = await createTestSession(db, { kind: 'staff', roles: ['window_clerk'], regionCode: LIXIA }, now);
  approver = await createTestSession(db, { kind: 'staff', roles: ['reviewer', 'approver'], regionCode: LIXIA }, now);
  supervisor = await createTestSession(db, { kind: 'staff', roles: ['supervisor'], regionCode: '37' }, now);
  citySupervisor = await createTestSession(db, { kind: 'staff', roles: ['supervisor'], regionCode: '3702' }, now);
  // A synthetic October 2018 written in bulk, then the first fold builds everything.
  await generateHistory(t.database, await historyPortsOf(t.database, t.clock), t.clock, {
    from: '2018-10-01',
    to: '2018-10-31',
    cases: 600,
    seed: 5,
  });
  await t.services.rollups.fold();
});
afterAll(async () => t?.close());

describe('rollups kept incrementally', () => {
  it('holds the synthetic history after the first build, equal to a direct count', async () => {
    const [direct] = await rows<{ n: number; completed: number; visits: number }>(sql`select count(*)::int as n,
        count(*) filter (where status = 'completed')::int as completed,
        count(*) filter (where status = 'completed' and visits <= 1)::int as visits
      from cases where received_on between '2018-10-01' and '2018-10-31' and status not in ('draft', 'awaiting_co_applicant')`);
    const res = await overview(supervisor, 'area=37&from=2018-10-01&to=2018-10-31');
    expect(res.statusCode, res.body).toBe(200);
    const figures: FiguresOverview = res.json();
    expect(figures.headline.cases).toBe(direct!.n);
    expect(figures.headline.completed).toBe(direct!.completed);
    expect(figures.headline.atMostOneVisitShare).toBeCloseTo(direct!.visits / direct!.completed, 10);
    // The median from the histogram is the median of the stored elapsed working days.
    const elapsed = await rows<{ w: number }>(sql`select k.elapsed_workdays as w from cases c
        join deadline_clocks k on k.id = 'case:' || c.id
        where c.status = 'completed' and c.received_on between '2018-10-01' and '2018-10-31'
        order by 1`);
    const values = elapsed.map((r) => Number(r.w));
    expect(figures.headline.medianWorkdays).toBe(values[Math.ceil(values.length / 2) - 1]);
    expect(figures.headline.p90Workdays).toBe(values[Math.ceil(values.length * 0.9) - 1]);
  });

  it('folds real cases as they change, into the China day they were received (23:30 UTC is the next day)', async () => {
    const submitted = await fileCase();
    const completed = await acceptAndComplete(await fileCase());
    expect(completed.status).toBe('completed');
    await t.services.rollups.fold();
    const res = await overview(supervisor, `area=${LIXIA}&from=${CHINA_TODAY}&to=${CHINA_TODAY}`);
    const figures: FiguresOverview = res.json();
    expect(figures.headline.cases).toBe(2);
    expect(figures.headline.completed).toBe(1);
    const yesterday = await overview(supervisor, `area=${LIXIA}&from=2026-11-25&to=2026-11-25`);
    expect(yesterday.json().headline.cases).toBe(0);
    expect(figures.lag.eventsBehind).toBe(0);
    // The submitted one completes later: its old fact is retracted, the new one added.
    await acceptAndComplete(submitted);
    await t.services.rollups.fold();
    const after: FiguresOverview = (
      await overview(supervisor, `area=${LIXIA}&from=${CHINA_TODAY}&to=${CHINA_TODAY}`)
    ).json();
    expect(after.headline).toMatchObject({ cases: 2, completed: 2 });
  });

  it('gives after folding exactly the rows a rebuild from scratch gives', async () => {
    const folded = await snapshot();
    await t.services.rollups.rebuild(null);
    const rebuilt = await snapshot();
    expect(folded.rollups.length).toBeGreaterThan(0);
    expect(folded).toEqual(rebuilt);
    // A rebuild of one range leaves the others as they were.
    await t.services.rollups.rebuild({ from: '2018-10-10', to: '2018-10-12' });
    expect(await snapshot()).toEqual(rebuilt);
  });

  it('lets one process fold at a time (the other skips)', async () => {
    await fileCase();
    const results = await Promise.all([t.services.rollups.fold(), t.services.rollups.fold()]);
    if (t.database.kind === 'postgresql')
      expect(results.some((r) => r.skipped) || results.some((r) => r.cases === 0)).toBe(true);
    await t.services.rollups.fold();
    const folded = await snapshot();
    await t.services.rollups.rebuild(null);
    expect(await snapshot()).toEqual(folded);
  });
});

describe('areas, periods and access', () => {
  it('ranks the 17 cities of 2018 (莱芜 among them) and the 16 of today', async () => {
    const y2018: FiguresOverview = (await overview(supervisor, 'area=37&from=2018-10-01&to=2018-10-31')).json();
    expect(y2018.children.filter((c) => c.kind === 'region')).toHaveLength(17);
    expect(y2018.children.some((c) => c.area === '3712')).toBe(true);
    const now: FiguresOverview = (await overview(supervisor, `area=37&from=2026-11-01&to=${CHINA_TODAY}`)).json();
    expect(now.children.filter((c) => c.kind === 'region')).toHaveLength(16);
    expect(now.panel3545.map((p) => p.promisedWorkdays)).toEqual([3, 5, 45]);
  });

  it('answers bad areas and periods with a problem', async () => {
    const unknown = await overview(supervisor, 'area=3799&from=2018-10-01&to=2018-10-31');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().code).toBe('FIGURES_AREA_UNKNOWN');
    const reversed = await overview(supervisor, 'area=37&from=2018-10-31&to=2018-10-01');
    expect(reversed.statusCode).toBe(422);
    expect(reversed.json().code).toBe('FIGURES_PERIOD_REVERSED');
    const noDay = await overview(supervisor, 'area=37&from=2018-02-30&to=2018-10-01');
    expect(noDay.json().code).toBe('FIGURES_PERIOD_UNKNOWN');
    const future = await overview(supervisor, 'area=37&from=2026-11-01&to=2027-01-01');
    expect(future.json().code).toBe('FIGURES_PERIOD_UNKNOWN');
  });

  it('shows a supervisor their region subtree only; others are refused; the public sees the province alone', async () => {
    expect((await overview(citySupervisor, 'area=3702&from=2018-10-01&to=2018-10-31')).statusCode).toBe(200);
    const province = await overview(citySupervisor, 'area=37&from=2018-10-01&to=2018-10-31');
    expect(province.statusCode).toBe(404);
    const other = await overview(citySupervisor, `area=${LIXIA}&from=2018-10-01&to=2018-10-31`);
    expect(other.statusCode).toBe(404);
    expect((await overview(clerk, 'area=37&from=2018-10-01&to=2018-10-31')).statusCode).toBe(403);
    expect((await overview(null, 'area=37&from=2018-10-01&to=2018-10-31')).statusCode).toBe(401);
    const open = await call('GET', '/api/public/figures?from=2018-10-01&to=2018-10-31', null);
    expect(open.statusCode, open.body).toBe(200);
    expect(Object.keys(open.json()).sort()).toEqual(['from', 'headline', 'panel3545', 'to', 'zeroVisitItemsShare']);
    expect(open.json().headline.cases).toBeGreaterThan(0);
  });
});

describe('the cases behind a figure', () => {
  it('lists the real cases a page at a time, and logs each look in the applicant’s data-use log', async () => {
    const before = await rows<{ n: number }>(
      sql`select count(*)::int as n from data_use_log where purpose like '统计监督%'`,
    );
    const first = await call(
      'GET',
      `/api/figures/cases?area=${LIXIA}&from=${CHINA_TODAY}&to=${CHINA_TODAY}&filter=completed&limit=1`,
      supervisor,
    );
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json().items).toHaveLength(1);
    expect(first.json().count).toEqual({ value: 2, atLeast: false });
    expect(first.json().next).toBeTruthy();
    expect(first.json().prev).toBeNull();
    const second = await call(
      'GET',
      `/api/figures/cases?area=${LIXIA}&from=${CHINA_TODAY}&to=${CHINA_TODAY}&filter=completed&limit=1&cursor=${first.json().next}`,
      supervisor,
    );
    expect(second.json().items).toHaveLength(1);
    expect(second.json().items[0].caseId).not.toBe(first.json().items[0].caseId);
    expect(second.json().next).toBeNull();
    // The shared signed cursors go back too.
    const back = await call(
      'GET',
      `/api/figures/cases?area=${LIXIA}&from=${CHINA_TODAY}&to=${CHINA_TODAY}&filter=completed&limit=1&cursor=${second.json().prev}`,
      supervisor,
    );
    expect(back.json().items[0].caseId).toBe(first.json().items[0].caseId);
    const after = await rows<{ n: number }>(
      sql`select count(*)::int as n from data_use_log where purpose like '统计监督%'`,
    );
    expect(after[0]!.n - before[0]!.n).toBe(3);
    // Synthetic history counts in the figures but is never listed.
    const synthetic = await call('GET', '/api/figures/cases?area=37&from=2018-10-01&to=2018-10-31', supervisor);
    expect(synthetic.json().items).toHaveLength(0);
  });

  it('keeps the cases from those not allowed, and refuses a forged cursor or one of other filters', async () => {
    const city = await call(
      'GET',
      `/api/figures/cases?area=${LIXIA}&from=${CHINA_TODAY}&to=${CHINA_TODAY}`,
      citySupervisor,
    );
    expect(city.statusCode).toBe(404);
    const clerkView = await call(
      'GET',
      `/api/figures/cases?area=${LIXIA}&from=${CHINA_TODAY}&to=${CHINA_TODAY}`,
      clerk,
    );
    expect(clerkView.statusCode).toBe(403);
    const forged = await call(
      'GET',
      `/api/figures/cases?area=${LIXIA}&from=${CHINA_TODAY}&to=${CHINA_TODAY}&cursor=abc`,
      supervisor,
    );
    expect(forged.statusCode).toBe(400);
    expect(forged.json().code).toBe('CURSOR_INVALID');
    const page = await call(
      'GET',
      `/api/figures/cases?area=${LIXIA}&from=${CHINA_TODAY}&to=${CHINA_TODAY}&limit=1`,
      supervisor,
    );
    const otherFilter = await call(
      'GET',
      `/api/figures/cases?area=${LIXIA}&from=${CHINA_TODAY}&to=${CHINA_TODAY}&filter=refused&limit=1&cursor=${page.json().next}`,
      supervisor,
    );
    expect(otherFilter.statusCode).toBe(400);
    expect(otherFilter.json().code).toBe('CURSOR_OTHER_LIST');
  });
});

describe("电子监察's cards and the citizens' voice on the dashboard", () => {
  it('counts the cards raised, cleared and open per area, department and item from the card records', async () => {
    const before = (await overview(supervisor, `area=3701&to=${CHINA_TODAY}`)).json() as FiguresOverview;
    // Two clocks of 历下区 long overdue: the pass raises two red cards today.
    await t.services.calendar.calendar();
    await t.database.db.transaction(async (tx) => {
      for (const subjectId of ['figures-a', 'figures-b'])
        await t.services.deadlines.startIn(tx, {
          subjectType: 'task',
          subjectId,
          regionCode: LIXIA,
          limitDays: 1,
          baseOn: '2026-11-02',
        });
    });
    await t.services.monitoringPass.run();
    const res = await overview(supervisor, `area=3701&to=${CHINA_TODAY}`);
    expect(res.statusCode, res.body).toBe(200);
    const data = res.json() as FiguresOverview;
    expect(data.cards!.total.redRaised - before.cards!.total.redRaised).toBe(2);
    expect(data.cards!.total.openRed - before.cards!.total.openRed).toBe(2);
    const lixia = data.cards!.byArea.find((r) => r.key === LIXIA)!;
    expect(lixia.name).toBe('历下区');
    expect(lixia.openRed).toBeGreaterThanOrEqual(2);
    const sum = (rows: { redRaised: number }[]) => rows.reduce((n, r) => n + r.redRaised, 0);
    expect(sum(data.cards!.byArea)).toBe(data.cards!.total.redRaised);
    expect(sum(data.cards!.byDepartment)).toBe(data.cards!.total.redRaised);
    expect(sum(data.cards!.byItem)).toBe(data.cards!.total.redRaised);
    // A period that ended before the pass: nothing raised then, nothing open then.
    const earlier = (await overview(supervisor, 'area=3701&from=2026-11-01&to=2026-11-20')).json() as FiguresOverview;
    expect(earlier.cards!.total).toMatchObject({ redRaised: 0, openRed: 0 });
    // A hall has no cards of its own; the export carries the table.
    const csv = await call(
      'GET',
      `/api/figures/export?area=3701&to=${CHINA_TODAY}&table=cardsByArea&format=csv`,
      supervisor,
    );
    expect(csv.statusCode, csv.body).toBe(200);
    expect(csv.body).toContain('历下区');
    expect(csv.body.split('\r\n')[0]).toContain('期末在亮红牌');
  });

  it('shows 12345 and 好差评 figures per region, department and hall for the supervisor’s region', async () => {
    const res = await overview(supervisor, `area=3701&from=2026-11-01&to=${CHINA_TODAY}`);
    const feedback = (res.json() as FiguresOverview).feedback!;
    expect(Object.keys(feedback).sort()).toEqual([
      'ratingsByDepartment',
      'ratingsByHall',
      'ticketsByDepartment',
      'ticketsByRegion',
    ]);
    for (const row of feedback.ticketsByRegion) expect(row.regionCode.startsWith('3701')).toBe(true);
    const csv = await call(
      'GET',
      `/api/figures/export?area=3701&from=2026-11-01&to=${CHINA_TODAY}&table=ticketsByDepartment&format=csv`,
      supervisor,
    );
    expect(csv.statusCode, csv.body).toBe(200);
    expect(csv.body).toContain('按时签收率');
  });
});

describe('exports', () => {
  it('exports a table as CSV and as XLSX', async () => {
    const csv = await call(
      'GET',
      '/api/figures/export?area=37&from=2018-10-01&to=2018-10-31&table=channels&format=csv',
      supervisor,
    );
    expect(csv.statusCode, csv.body).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body.startsWith('\uFEFF渠道,办件量,占比（%）')).toBe(true);
    expect(csv.body).toContain('窗口受理');
    const xlsx = await t.app.inject({
      method: 'GET',
      url: '/api/figures/export?area=37&from=2018-10-01&to=2018-10-31&table=panel3545&format=xlsx',
      headers: supervisor.headers,
    });
    expect(xlsx.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(2).getCell(1).value).toBe('一件事');
    expect(sheet.getRow(3).getCell(1).value).toBe('企业开办');
  });

  it('refuses an export over the allowed rows, and one outside the supervisor’s region', async () => {
    const big = await call(
      'GET',
      '/api/figures/export?area=37&from=2018-10-01&to=2018-10-31&table=children&format=csv',
      supervisor,
    );
    expect(big.statusCode).toBe(422);
    expect(big.json().code).toBe('FIGURES_EXPORT_TOO_LARGE');
    const outside = await call(
      'GET',
      '/api/figures/export?area=37&from=2018-10-01&to=2018-10-31&table=channels',
      citySupervisor,
    );
    expect(outside.statusCode).toBe(404);
  });
});
