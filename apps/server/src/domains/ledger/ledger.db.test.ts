import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import type { Bulletin, LedgerTask, ProgressReport } from '@yici/contracts';
import { openTestApp, type TestApp } from '../../testing/test-app';
import { createTestSession, sessionForAccount, type TestSession } from '../../testing/test-actors';
import { pdfText } from '../../testing/pdf-text';
import { queryRows } from '../../platform/db/database';
import { historyPortsOf } from '../../platform';
import { generateHistory } from '../simulation/history.generate';
import { createCasesBulletinSource } from '../cases/cases.bulletin-source';
import { createMonitoringFiguresSource } from '../monitoring/monitoring.figures-source';
import { TINY_PDF } from '../cases/cases.test-kit';
import { bulletins, ledgerMilestones, ledgerReports } from './ledger.tables';

/**
 * The reform ledger and its bulletins over HTTP: the seeded tasks and their milestone clocks, an
 * inspection opening a rectification, a department's report with evidence reviewed once, the
 * bulletin composed from real case records, published, frozen and shown to the public.
 */
const BUREAU = '3701-approval_bureau';

let t: TestApp;
let supervisor: TestSession;
let bureauStaff: TestSession;
let otherStaff: TestSession;

type Reply = {
  statusCode: number;
  // Tests read responses of many shapes; each asserts the fields it relies on.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  json: () => any;
  body: string;
  rawPayload: Buffer;
  headers: Record<string, unknown>;
};
async function call(
  method: 'GET' | 'POST' | 'PATCH',
  url: string,
  who: TestSession | null,
  payload?: unknown,
  headers: Record<string, string> = {},
): Promise<Reply> {
  const res = await t.app.inject({
    method,
    url,
    headers: { ...(who?.headers ?? {}), ...headers },
    ...(payload === undefined ? {} : Buffer.isBuffer(payload) ? { payload } : { payload: payload as object }),
  });
  return {
    statusCode: res.statusCode,
    json: () => res.json(),
    body: res.body,
    rawPayload: res.rawPayload,
    headers: res.headers as Record<string, unknown>,
  };
}

beforeAll(async () => {
  // 23:30 UTC is 07:30 the next day in China: every date below is a China date.
  t = await openTestApp({ now: '2026-11-25T23:30:00Z' });
  const db = t.database.db;
  const now = t.clock.now();
  supervisor = await sessionForAccount(db, 'demo-staff-supervisor', now);
  bureauStaff = await createTestSession(
    db,
    { kind: 'staff', roles: ['reviewer'], regionCode: '3701', departmentId: BUREAU },
    now,
  );
  otherStaff = await createTestSession(
    db,
    { kind: 'staff', roles: ['reviewer'], regionCode: '3701', departmentId: '3701-transport' },
    now,
  );
});
afterAll(async () => t?.close());

describe('the seeded ledger', () => {
  it('holds the measures, the 10 special actions and the deliverables, each with its sentence and milestone clocks', async () => {
    const res = await call('GET', '/api/ledger/tasks', supervisor);
    expect(res.statusCode, res.body).toBe(200);
    const tasks = res.json().items as LedgerTask[];
    expect(tasks.filter((x) => x.kind === 'special_action')).toHaveLength(10);
    expect(tasks.filter((x) => x.kind === 'measure')).toHaveLength(11);
    const a10 = tasks.find((x) => x.code === 'A10')!;
    expect(a10).toMatchObject({ leadDepartmentId: '37-development_reform', workingGroup: '营商环境评价行动工作专班' });
    expect(a10.sourceSentence).toContain('11月底前对17市营商环境进行评价');
    expect(a10.milestones.map((m) => m.dueOn)).toEqual(['2018-06-30', '2018-11-30']);
  });

  it('gives each milestone a working-day clock of kind milestone: a deadline on a day off falls due the working day before', async () => {
    const [clock] = await queryRows(
      t.database.db,
      sql`select subject_type, base_on::text, due_on::text from deadline_clocks where id = 'milestone:ledger-M02-1'`,
    );
    expect(clock).toEqual({ subject_type: 'milestone', base_on: '2018-06-20', due_on: '2018-06-29' });
    const m02 = (await call('GET', '/api/ledger/tasks/ledger-M02', supervisor)).json() as LedgerTask;
    // Eight years on, a milestone never reported is red, as an overdue case is.
    expect(m02.milestones[0]!.clock!.card).toBe('red');
  });

  it('is not for the public', async () => {
    expect((await call('GET', '/api/ledger/tasks', null)).statusCode).toBe(401);
  });
});

describe('an inspection, a rectification and its progress report', () => {
  let taskId: string;
  let milestoneId: string;
  let evidence: string;

  it('records the findings and opens a rectification task under a clock', async () => {
    const res = await call('POST', '/api/ledger/inspections', supervisor, {
      method: 'unannounced',
      regionCode: '3701',
      departmentId: BUREAU,
      visitedOn: '2026-11-25',
      findings: '暗访发现企业开办窗口仍要求提交营业执照复印件',
      rectification: { title: '取消营业执照复印件要求', departmentId: BUREAU, dueOn: '2026-12-10' },
    });
    expect(res.statusCode, res.body).toBe(201);
    taskId = res.json().rectificationTaskId;
    const task = (await call('GET', `/api/ledger/tasks/${taskId}`, supervisor)).json() as LedgerTask;
    expect(task).toMatchObject({ kind: 'rectification', responsibleDepartmentIds: [BUREAU] });
    milestoneId = task.milestones[0]!.id;
    expect(task.milestones[0]!.clock).toMatchObject({ dueOn: '2026-12-10', card: 'green' });
  });

  it('refuses a rectification due today, changing nothing', async () => {
    const before = (await call('GET', '/api/ledger/inspections', supervisor)).json().items.length;
    const res = await call('POST', '/api/ledger/inspections', supervisor, {
      method: 'announced',
      regionCode: '3701',
      visitedOn: '2026-11-26',
      findings: '明察发现取号系统故障',
      rectification: { title: '修复取号系统', departmentId: BUREAU, dueOn: '2026-11-26' },
    });
    expect(res.json().code).toBe('LEDGER_DATE_INVALID');
    expect((await call('GET', '/api/ledger/inspections', supervisor)).json().items.length).toBe(before);
  });

  it('lets only the responsible department report, with evidence it uploaded', async () => {
    const upload = await call('POST', '/api/ledger/evidence', bureauStaff, TINY_PDF, {
      'content-type': 'application/pdf',
    });
    expect(upload.statusCode, upload.body).toBe(201);
    evidence = upload.json().sha256;
    const body = { milestoneId, summary: '已通知各窗口取消复印件要求', completesMilestone: true, evidence: [evidence] };
    const other = await call('POST', `/api/ledger/tasks/${taskId}/reports`, otherStaff, body);
    expect(other.json().code).toBe('LEDGER_NOT_RESPONSIBLE');
    const unknown = await call('POST', `/api/ledger/tasks/${taskId}/reports`, bureauStaff, {
      ...body,
      evidence: ['0'.repeat(64)],
    });
    expect(unknown.json().code).toBe('LEDGER_EVIDENCE_UNKNOWN');
    expect(await t.database.db.select().from(ledgerReports).where(eq(ledgerReports.taskId, taskId))).toHaveLength(0);
  });

  it('sends a report back with its reason, then accepts the next one once: the milestone is done and its clock stopped', async () => {
    const body = { milestoneId, summary: '已通知各窗口取消复印件要求', completesMilestone: true, evidence: [evidence] };
    const first = (
      await call('POST', `/api/ledger/tasks/${taskId}/reports`, bureauStaff, body)
    ).json() as ProgressReport;
    expect(first.status).toBe('pending');
    const noReason = await call('POST', `/api/ledger/reports/${first.id}/review`, supervisor, {
      decision: 'send_back',
    });
    expect(noReason.json().code).toBe('LEDGER_REASON_REQUIRED');
    const back = await call('POST', `/api/ledger/reports/${first.id}/review`, supervisor, {
      decision: 'send_back',
      reason: '缺少窗口现场照片',
    });
    expect(back.json()).toMatchObject({ status: 'sent_back', reviewReason: '缺少窗口现场照片' });
    const [afterBack] = await t.database.db.select().from(ledgerMilestones).where(eq(ledgerMilestones.id, milestoneId));
    expect(afterBack!.status).toBe('open');

    const second = (
      await call('POST', `/api/ledger/tasks/${taskId}/reports`, bureauStaff, body)
    ).json() as ProgressReport;
    const accepted = await call('POST', `/api/ledger/reports/${second.id}/review`, supervisor, { decision: 'accept' });
    expect(accepted.json().status).toBe('accepted');
    const task = (await call('GET', `/api/ledger/tasks/${taskId}`, supervisor)).json() as LedgerTask;
    expect(task.status).toBe('done');
    expect(task.milestones[0]).toMatchObject({ status: 'done', clock: { card: 'stopped', stoppedOn: '2026-11-26' } });
  });

  it('refuses to review a report already reviewed, changing nothing', async () => {
    const [report] = await t.database.db.select().from(ledgerReports).where(eq(ledgerReports.status, 'accepted'));
    const again = await call('POST', `/api/ledger/reports/${report!.id}/review`, supervisor, {
      decision: 'send_back',
      reason: '重复审核',
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('LEDGER_REPORT_ALREADY_REVIEWED');
    const [still] = await t.database.db.select().from(ledgerReports).where(eq(ledgerReports.id, report!.id));
    expect(still).toMatchObject({ status: 'accepted', reviewReason: null });
  });

  it('keeps the evidence for readers of the ledger, and the departments see their own reports', async () => {
    const file = await call('GET', `/api/ledger/evidence/${evidence}`, supervisor);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    const own = (await call('GET', '/api/ledger/reports', otherStaff)).json().items;
    expect(own).toHaveLength(0);
  });

  it('records commendation and accountability with reasons', async () => {
    const ok = await call('POST', '/api/ledger/records', supervisor, {
      kind: 'commendation',
      departmentId: BUREAU,
      reason: '整改及时，三日内完成',
    });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json().subjectName).toBe('济南市行政审批服务局');
    const noSubject = await call('POST', '/api/ledger/records', supervisor, {
      kind: 'accountability',
      reason: '推诿拖延',
    });
    expect(noSubject.json().code).toBe('LEDGER_RECORD_SUBJECT_REQUIRED');
    expect(
      (
        await call('POST', '/api/ledger/records', bureauStaff, {
          kind: 'commendation',
          regionCode: '3701',
          reason: '自我表扬',
        })
      ).statusCode,
    ).toBe(403);
  });
});

describe('the bulletin sources', () => {
  it('takes the 3545 medians by city from the case records (synthetic history included)', async () => {
    await generateHistory(t.database, await historyPortsOf(t.database, t.clock), t.clock, {
      from: '2026-08-01',
      to: '2026-10-31',
      cases: 1500,
      seed: 7,
    });
    const source = createCasesBulletinSource({ db: t.database.db, clock: t.clock, network: t.services.network });
    const figures = await source.figures3545ByCity({ from: '2026-08-01', to: '2026-10-31' });
    expect(figures.some((f) => f.bundleId === 'enterprise-opening' && f.cases > 0 && f.name.endsWith('市'))).toBe(true);
  });

  it("counts red cards by city and department from 电子监察's card records, not from the case records", async () => {
    const source = createMonitoringFiguresSource({ db: t.database.db, clock: t.clock, network: t.services.network });
    const today = t.clock.today();
    const before = await source.redCardsBy({ from: today, to: today });
    // Two clocks long overdue in 历下区 and one in 青岛: the pass cards them red today.
    await t.services.calendar.calendar();
    await t.database.db.transaction(async (tx) => {
      for (const [subjectId, regionCode] of [
        ['bulletin-a', '370102'],
        ['bulletin-b', '370102'],
        ['bulletin-c', '370202'],
      ] as const)
        await t.services.deadlines.startIn(tx, {
          subjectType: 'task',
          subjectId,
          regionCode,
          limitDays: 1,
          baseOn: '2026-11-02',
        });
    });
    await t.services.monitoringPass.run();
    const after = await source.redCardsBy({ from: today, to: today });
    const countOf = (counts: typeof after, city: string) =>
      counts.byCity.find((c) => c.regionCode === city)?.count ?? 0;
    expect(countOf(after, '3701') - countOf(before, '3701')).toBe(2);
    expect(countOf(after, '3702') - countOf(before, '3702')).toBe(1);
    expect(after.byCity.find((c) => c.regionCode === '3701')?.name).toBe('济南市');
    const total = after.byCity.reduce((n, c) => n + c.count, 0);
    expect(total).toBe(after.byDepartment.reduce((n, d) => n + d.count, 0));
    // Nothing was raised in a period before the pass ran, though the clocks were overdue then.
    const earlier = await source.redCardsBy({ from: '2026-11-05', to: '2026-11-20' });
    expect(earlier.byCity.reduce((n, c) => n + c.count, 0)).toBe(0);
  });
});

describe('bulletins', () => {
  let draft: Bulletin;

  it('refuses a period that ends before it starts, or not yet begun', async () => {
    const backwards = await call('POST', '/api/bulletins', supervisor, {
      periodFrom: '2018-06-30',
      periodTo: '2018-06-01',
    });
    expect(backwards.json().code).toBe('BULLETIN_PERIOD_INVALID');
    const future = await call('POST', '/api/bulletins', supervisor, {
      periodFrom: '2027-01-01',
      periodTo: '2027-01-31',
    });
    expect(future.json().code).toBe('BULLETIN_PERIOD_INVALID');
    expect(await t.database.db.select().from(bulletins)).toHaveLength(0);
  });

  it('drafts a bulletin with the ledger, red cards and the 3545 figures, edited by a supervisor', async () => {
    const res = await call('POST', '/api/bulletins', supervisor, { periodFrom: '2026-08-01', periodTo: '2026-10-31' });
    expect(res.statusCode, res.body).toBe(201);
    draft = res.json();
    expect(draft.status).toBe('draft');
    expect(draft.content.ledger.milestonesOverdue).toBeGreaterThan(0);
    expect(draft.content.figures3545.map((f) => f.bundleId)).toEqual([
      'enterprise-opening',
      'real-estate-transfer',
      'construction-project-approval',
    ]);
    expect(draft.content.figures3545[0]!.best.length).toBeGreaterThan(0);
    const edited = await call('PATCH', `/api/bulletins/${draft.id}`, supervisor, {
      version: draft.version,
      introduction: '现将改革进展通报如下。',
    });
    expect(edited.statusCode, edited.body).toBe(200);
    const stale = await call('PATCH', `/api/bulletins/${draft.id}`, supervisor, {
      version: draft.version,
      introduction: '旧版本',
    });
    expect(stale.json().code).toBe('BULLETIN_VERSION_CONFLICT');
    draft = edited.json();
    expect((await call('GET', `/api/public/bulletins/${draft.id}`, null)).statusCode).toBe(404);
  });

  it('publishes it numbered with a sealed PDF, and then it never changes', async () => {
    const res = await call('POST', `/api/bulletins/${draft.id}/publish`, supervisor, { version: draft.version });
    expect(res.statusCode, res.body).toBe(200);
    const published = res.json() as Bulletin;
    expect(published).toMatchObject({ status: 'published', number: '鲁一次办好通〔2026〕1号' });

    const again = await call('PATCH', `/api/bulletins/${draft.id}`, supervisor, {
      version: published.version,
      title: '改个标题',
    });
    expect(again.json().code).toBe('BULLETIN_NOT_DRAFT');
    // The database refuses as well, whoever asks.
    await expect(
      t.database.db.update(bulletins).set({ introduction: '悄悄改' }).where(eq(bulletins.id, draft.id)),
    ).rejects.toThrow();
    await expect(t.database.db.delete(bulletins).where(eq(bulletins.id, draft.id))).rejects.toThrow();

    const pdf = await call('GET', `/api/public/bulletins/${draft.id}/pdf`, null);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(pdf.rawPayload);
    expect(text).toContain('鲁一次办好通〔2026〕1号');
    expect(text).toContain('改革任务台账进展');
  });

  it('shows the public published bulletins only, with the least data', async () => {
    const list = (await call('GET', '/api/public/bulletins', null)).json().items;
    expect(list.map((b: { id: string }) => b.id)).toEqual([draft.id]);
    expect(Object.keys(list[0]).sort()).not.toContain('version');
    expect(Object.keys(list[0])).not.toContain('correctsId');
  });

  it('corrects a published bulletin with a new one that names it, and archives', async () => {
    const res = await call('POST', '/api/bulletins', supervisor, {
      periodFrom: '2026-08-01',
      periodTo: '2026-10-31',
      correctsId: draft.id,
    });
    expect(res.statusCode, res.body).toBe(201);
    const correction = res.json() as Bulletin;
    expect(correction).toMatchObject({ correctsId: draft.id, correctsNumber: '鲁一次办好通〔2026〕1号' });
    const published = await call('POST', `/api/bulletins/${correction.id}/publish`, supervisor, {
      version: correction.version,
    });
    expect(published.json().number).toBe('鲁一次办好通〔2026〕2号');
    const archived = await call('POST', `/api/bulletins/${draft.id}/archive`, supervisor);
    expect(archived.json().status).toBe('archived');
    expect((await call('GET', `/api/public/bulletins/${draft.id}`, null)).json().status).toBe('archived');
  });
});
