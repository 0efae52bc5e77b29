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
import { bulletins, ledgerMilestones, ledgerRecords, ledgerReports } from './ledger.tables';

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
    const before = (await call('GET', '/api/ledger/inspections', supervisor)).json().count.value;
    const res = await call('POST', '/api/ledger/inspections', supervisor, {
      method: 'announced',
      regionCode: '3701',
      visitedOn: '2026-11-26',
      findings: '明察发现取号系统故障',
      rectification: { title: '修复取号系统', departmentId: BUREAU, dueOn: '2026-11-26' },
    });
    expect(res.json().code).toBe('LEDGER_DATE_INVALID');
    expect((await call('GET', '/api/ledger/inspections', supervisor)).json().count.value).toBe(before);
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

/**
 * Every list of the ledger is read a page at a time along signed cursors (never the newest N):
 * forth by `next`, back by `prev`, each row once, with a bounded count; a cursor tampered with, of
 * another list or of other filters, and too large a page are refused before any query runs.
 */
describe('the lists, a page at a time', () => {
  type Page = { items: { id: string }[]; next: string | null; prev: string | null; count: unknown; limit: number };
  const ids = (page: Page) => page.items.map((r) => r.id);
  const page = async (url: string, who: TestSession | null = supervisor): Promise<Page> => {
    const res = await call('GET', url, who);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as Page;
  };

  it('pages the reports newest first, forth by next and back by prev, each once, with their count', async () => {
    // Five reports on one task, two of them in the same instant (the id orders those).
    const at = (day: number) => new Date(`2026-10-${String(day).padStart(2, '0')}T02:00:00Z`);
    const rows = [
      { id: 'paged-report-a', reportedAt: at(1) },
      { id: 'paged-report-b', reportedAt: at(3) },
      { id: 'paged-report-c', reportedAt: at(3) },
      { id: 'paged-report-d', reportedAt: at(5) },
      { id: 'paged-report-e', reportedAt: at(7) },
    ];
    await t.database.db.insert(ledgerReports).values(
      rows.map((r) => ({
        ...r,
        taskId: 'ledger-M02',
        milestoneId: 'ledger-M02-1',
        departmentId: BUREAU,
        departmentName: '济南市行政审批服务局',
        summary: `进展 ${r.id}`,
        completesMilestone: false,
        evidence: [],
        status: 'accepted' as const,
        reportedBy: 'test',
      })),
    );
    const expected = ['paged-report-e', 'paged-report-d', 'paged-report-c', 'paged-report-b', 'paged-report-a'];
    const url = (cursor?: string) =>
      `/api/ledger/reports?taskId=ledger-M02&limit=2${cursor ? `&cursor=${cursor}` : ''}`;

    const first = await page(url());
    expect(first).toMatchObject({ prev: null, count: { value: 5, atLeast: false }, limit: 2 });
    expect(ids(first)).toEqual(expected.slice(0, 2));
    const second = await page(url(first.next!));
    expect(ids(second)).toEqual(expected.slice(2, 4));
    const third = await page(url(second.next!));
    expect(ids(third)).toEqual(expected.slice(4));
    expect(third.next).toBeNull();
    expect([...ids(first), ...ids(second), ...ids(third)]).toEqual(expected);

    const backToSecond = await page(url(third.prev!));
    expect(ids(backToSecond)).toEqual(ids(second));
    const backToFirst = await page(url(backToSecond.prev!));
    expect(ids(backToFirst)).toEqual(ids(first));
    expect(backToFirst.prev).toBeNull();

    // The filters hold on every page: a department sees its own reports only, counted so.
    const own = await page('/api/ledger/reports?taskId=ledger-M02&limit=2', bureauStaff);
    expect(own.count).toEqual({ value: 5, atLeast: false });
    const none = await page('/api/ledger/reports?taskId=ledger-M02', otherStaff);
    expect(none).toMatchObject({ items: [], next: null, prev: null, count: { value: 0, atLeast: false } });
  });

  it('refuses a tampered report cursor, one of another list or other filters, and too large a page', async () => {
    const first = await page('/api/ledger/reports?taskId=ledger-M02&limit=1');
    expect(first.next).not.toBeNull();
    const expectProblem = async (url: string, code: string, who: TestSession = supervisor) => {
      const res = await call('GET', url, who);
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().code).toBe(code);
    };
    await expectProblem(`/api/ledger/reports?taskId=ledger-M02&cursor=${first.next}x`, 'CURSOR_INVALID');
    await expectProblem('/api/ledger/reports?taskId=ledger-M02&cursor=12345', 'CURSOR_INVALID');
    await expectProblem(`/api/ledger/reports?taskId=ledger-M01&cursor=${first.next}`, 'CURSOR_OTHER_LIST');
    await expectProblem(
      `/api/ledger/reports?taskId=ledger-M02&status=pending&cursor=${first.next}`,
      'CURSOR_OTHER_LIST',
    );
    // A supervisor's cursor is no position in a department's list.
    await expectProblem(`/api/ledger/reports?taskId=ledger-M02&cursor=${first.next}`, 'CURSOR_OTHER_LIST', bureauStaff);
    await expectProblem(`/api/ledger/records?cursor=${first.next}`, 'CURSOR_OTHER_LIST');
    await expectProblem(`/api/ledger/inspections?cursor=${first.next}`, 'CURSOR_OTHER_LIST');
    await expectProblem('/api/ledger/reports?limit=101', 'PAGE_SIZE_TOO_LARGE');
    await expectProblem('/api/ledger/records?limit=101', 'PAGE_SIZE_TOO_LARGE');
    await expectProblem('/api/ledger/inspections?limit=101', 'PAGE_SIZE_TOO_LARGE');
  });

  it('pages the records and the inspections newest first', async () => {
    await call('POST', '/api/ledger/records', supervisor, {
      kind: 'accountability',
      regionCode: '3701',
      reason: '整改报送迟缓，予以问责',
    });
    // The test clock stands still: both records share an instant, and the id orders them.
    const stored = (await t.database.db.select().from(ledgerRecords)).sort(
      (a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? 1 : -1),
    );
    expect(stored).toHaveLength(2);
    const records = await page('/api/ledger/records?limit=1');
    expect(records).toMatchObject({ prev: null, count: { value: 2, atLeast: false } });
    const olderRecord = await page(`/api/ledger/records?limit=1&cursor=${records.next}`);
    expect(olderRecord.next).toBeNull();
    expect([...ids(records), ...ids(olderRecord)]).toEqual(stored.map((r) => r.id));
    expect(ids(await page(`/api/ledger/records?limit=1&cursor=${olderRecord.prev}`))).toEqual(ids(records));

    const inspections = await page('/api/ledger/inspections?limit=1');
    expect(inspections.count).toEqual({ value: 1, atLeast: false });
    expect(inspections).toMatchObject({ next: null, prev: null });
  });

  it('pages the bulletins, staff and public, forth and back, each once, with their count', async () => {
    const [model] = await t.database.db.select().from(bulletins).limit(1);
    // Four more published bulletins (two published in the same instant) and two more drafts.
    const published = (id: string, serial: number, at: string) => ({
      id,
      number: `鲁一次办好通〔2025〕${serial}号`,
      year: 2025,
      serial,
      status: 'published' as const,
      pdf: Buffer.from('%PDF-1.7'),
      publishedAt: new Date(at),
      createdAt: new Date(at),
    });
    const draftRow = (id: string, at: string) => ({
      id,
      number: null,
      year: 2025,
      serial: null,
      status: 'draft' as const,
      pdf: null,
      publishedAt: null,
      createdAt: new Date(at),
    });
    await t.database.db.insert(bulletins).values(
      [
        published('paged-bulletin-1', 1, '2025-03-01T02:00:00Z'),
        published('paged-bulletin-2', 2, '2025-06-01T02:00:00Z'),
        published('paged-bulletin-3', 3, '2025-06-01T02:00:00Z'),
        published('paged-bulletin-4', 4, '2025-09-01T02:00:00Z'),
        draftRow('paged-draft-1', '2025-10-01T02:00:00Z'),
        draftRow('paged-draft-2', '2025-11-01T02:00:00Z'),
      ].map((row) => ({
        ...row,
        title: `测试通报 ${row.id}`,
        periodFrom: model!.periodFrom,
        periodTo: model!.periodTo,
        introduction: '',
        content: model!.content,
        createdBy: 'test',
      })),
    );
    const readAll = async (base: string, who: TestSession | null) => {
      const all = await t.database.db.select().from(bulletins);
      const pages: Page[] = [await page(`${base}?limit=3`, who)];
      while (pages.at(-1)!.next) pages.push(await page(`${base}?limit=3&cursor=${pages.at(-1)!.next}`, who));
      // Back from the last page to the first by prev: the same pages, reversed.
      const back: Page[] = [pages.at(-1)!];
      while (back.at(-1)!.prev) back.push(await page(`${base}?limit=3&cursor=${back.at(-1)!.prev}`, who));
      expect(back.map(ids).reverse()).toEqual(pages.map(ids));
      return { all, pages };
    };

    const staff = await readAll('/api/bulletins', supervisor);
    const byCreation = [...staff.all].sort(
      (a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? 1 : -1),
    );
    expect(staff.pages.flatMap(ids)).toEqual(byCreation.map((b) => b.id));
    expect(staff.pages[0]).toMatchObject({ prev: null, count: { value: staff.all.length, atLeast: false } });
    expect(staff.pages.length).toBe(Math.ceil(staff.all.length / 3));

    const open = await readAll('/api/public/bulletins', null);
    const byPublication = staff.all
      .filter((b) => b.status !== 'draft')
      .sort((a, b) => b.publishedAt!.getTime() - a.publishedAt!.getTime() || (a.id < b.id ? 1 : -1));
    expect(open.pages.flatMap(ids)).toEqual(byPublication.map((b) => b.id));
    expect(open.pages.flatMap(ids)).not.toContain('paged-draft-1');
    expect(open.pages.flatMap(ids).indexOf('paged-bulletin-3')).toBe(
      open.pages.flatMap(ids).indexOf('paged-bulletin-2') - 1,
    );
    expect(open.pages[0]!.count).toEqual({ value: byPublication.length, atLeast: false });
    // The public page still shows the least: no version, no id of the corrected bulletin.
    expect(Object.keys(open.pages[0]!.items[0]!)).not.toContain('version');
    expect(Object.keys(open.pages[0]!.items[0]!)).not.toContain('correctsId');
  });

  it('refuses a tampered bulletin cursor, the other bulletin list’s, and too large a page', async () => {
    const staff = await page('/api/bulletins?limit=1');
    const open = await page('/api/public/bulletins?limit=1', null);
    const expectProblem = async (url: string, code: string, who: TestSession | null) => {
      const res = await call('GET', url, who);
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().code).toBe(code);
    };
    await expectProblem(`/api/bulletins?cursor=${staff.next}x`, 'CURSOR_INVALID', supervisor);
    await expectProblem(`/api/public/bulletins?cursor=${open.next!.slice(0, -2)}`, 'CURSOR_INVALID', null);
    await expectProblem(`/api/public/bulletins?cursor=${staff.next}`, 'CURSOR_OTHER_LIST', null);
    await expectProblem(`/api/bulletins?cursor=${open.next}`, 'CURSOR_OTHER_LIST', supervisor);
    await expectProblem('/api/bulletins?limit=101', 'PAGE_SIZE_TOO_LARGE', supervisor);
    await expectProblem('/api/public/bulletins?limit=101', 'PAGE_SIZE_TOO_LARGE', null);
  });
});
