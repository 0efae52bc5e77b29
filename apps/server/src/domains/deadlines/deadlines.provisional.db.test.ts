import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Case, CaseSummary, PreparedApplication, Task, TimelineEvent } from '@yici/contracts';
import { openTestApp, type TestApp } from '../../testing/test-app';
import { createTestSession, sessionForAccount, type TestSession } from '../../testing/test-actors';
import { auditEntries } from '../../platform/audit/audit.tables';
import { outboxMessages } from '../../platform/outbox/outbox.tables';
import { DEMO_ENTITIES } from '../registries/registries.demo';
import { caller, fillForm, openTasks, supplyEverything, type Call } from '../cases/cases.test-kit';
import { deadlineClocks } from './deadlines.tables';

/**
 * The calendar never stops the platform: on 2026-12-28 the platform knows holidays only up to
 * 2026, yet a 工程建设 case (45 working days) is accepted with a provisional due day in 2027, its
 * tasks are granted, and on 2027-01-04 the workbench lists everything — until an administrator
 * enters 2027, which moves the due day, tells the applicant and is audited. The process runs in
 * UTC and every clock reads 23:30 UTC, already 07:30 of the next day in China.
 */

let t: TestApp;
let call: Call;
let clerk: TestSession;
let approver: TestSession;
let administrator: TestSession;
let liForCompany: TestSession;
const accounts = { clerk: '', approver: '', administrator: '' };
const LIXIA = '370102';
const previousTimeZone = process.env.TZ;

/** 23:30 UTC the evening before `chinaDate`: in China it is already 07:30 on that day. */
async function morningOf(chinaDate: string) {
  const day = new Date(`${chinaDate}T00:00:00Z`);
  const now = new Date(day.getTime() - 30 * 60_000);
  t.clock.set(now);
  expect(t.clock.today()).toBe(chinaDate);
  const db = t.database.db;
  clerk = await sessionForAccount(db, accounts.clerk, now);
  approver = await sessionForAccount(db, accounts.approver, now);
  administrator = await sessionForAccount(db, accounts.administrator, now);
  liForCompany = await sessionForAccount(db, 'demo-person-lisi', now);
  const acting = await call('POST', '/api/me/acting-as', liForCompany, { uscc: DEMO_ENTITIES.yiciTech.uscc });
  expect(acting.statusCode, acting.body).toBe(200);
}

beforeAll(async () => {
  process.env.TZ = 'UTC';
  t = await openTestApp({ now: '2026-10-31T15:00:00Z' });
  call = caller(t);
  const db = t.database.db;
  const now = new Date('2026-10-31T15:00:00Z');
  accounts.clerk = (
    await createTestSession(db, { kind: 'staff', roles: ['window_clerk'], regionCode: LIXIA }, now)
  ).accountId;
  accounts.approver = (
    await createTestSession(db, { kind: 'staff', roles: ['reviewer', 'approver'], regionCode: LIXIA }, now)
  ).accountId;
  accounts.administrator = (
    await createTestSession(db, { kind: 'staff', roles: ['administrator'], regionCode: '37' }, now)
  ).accountId;
});
afterAll(async () => {
  await t?.close();
  process.env.TZ = previousTimeZone;
});

const PROJECT = {
  project_name: '一次大厦三期',
  project_code: '2026-370102-70-03-000045',
  project_location: '济南市历下区解放东路1号',
  land_supply: 'transfer',
  report_type: 'form',
  build_mode: 'build',
  building_use: 'non_residential',
  land_use: 'commercial',
};

/** Illustrative 2027, not the published notice: 春节 Fri 02-05…Fri 02-12 off, made up on Sat 02-20 and Sat 10-09. */
const ARRANGEMENT_2027 = {
  year: 2027,
  holidays: [
    { date: '2027-01-01', name: '元旦' },
    ...['02-05', '02-06', '02-07', '02-08', '02-09', '02-10', '02-11', '02-12'].map((day) => ({
      date: `2027-${day}`,
      name: '春节',
    })),
  ],
  workdays: [
    { date: '2027-02-20', name: '春节' },
    { date: '2027-10-09', name: '国庆节' },
  ],
};

async function getOk<T>(url: string, session: TestSession): Promise<T> {
  const res = await call('GET', url, session);
  expect(res.statusCode, `${url}: ${res.body}`).toBe(200);
  return res.json() as T;
}

async function outboxOf(template: string) {
  return t.database.db.select().from(outboxMessages).where(eq(outboxMessages.template, template));
}

let theCase: Case;

describe('administrators are warned from 1 November while next year is provisional', () => {
  it('says nothing on 31 October, China time, even at 23:00', async () => {
    expect(t.clock.today()).toBe('2026-10-31');
    const status = await getOk<{ warning: unknown }>('/api/calendar/status', administrator);
    expect(status.warning).toBeNull();
    expect(await t.services.calendar.warnAdministrators()).toBe(0);
  });

  it('warns on the workbench and through the outbox from 1 November, once a week', async () => {
    await morningOf('2026-11-01');
    const status = await getOk<{ warning: { year: number; message: string } | null; nextYear: object }>(
      '/api/calendar/status',
      administrator,
    );
    expect(status.nextYear).toEqual({ year: 2027, provisional: true });
    expect(status.warning?.year).toBe(2027);
    expect(status.warning?.message).toContain('2027 年的节假日安排尚未录入');
    const sent = await t.services.calendar.warnAdministrators();
    expect(sent).toBeGreaterThan(0);
    expect(await t.services.calendar.warnAdministrators()).toBe(0);
    const messages = await outboxOf('calendar_year_provisional');
    expect(messages).toHaveLength(sent);
    expect(messages[0]!.body).toContain('2027');
  });
});

describe('a 45-day case accepted on 2026-12-28, before 2027 is entered', () => {
  it('is accepted with a provisional due day in 2027, and the applicant is told it is an estimate', async () => {
    await morningOf('2026-12-28');
    const target = { kind: 'bundle' as const, bundleId: 'construction-project-approval', regionCode: LIXIA };
    const prepareRes = await call('POST', '/api/applications/prepare', liForCompany, { target, form: PROJECT });
    expect(prepareRes.statusCode, prepareRes.body).toBe(200);
    const prepared = prepareRes.json() as PreparedApplication;
    expect(prepared.promisedLimitDays).toBe(45);
    const asked = new Set(prepared.fields.map((f) => f.key));
    const answers = Object.fromEntries(Object.entries(PROJECT).filter(([key]) => asked.has(key)));
    const filed = await call('POST', '/api/applications', liForCompany, {
      target,
      form: fillForm(prepared, '2026-12-28', answers),
      materials: await supplyEverything(call, liForCompany, prepared),
      delivery: { method: 'electronic' },
    });
    expect(filed.statusCode, filed.body).toBe(201);
    const accepted = await call('POST', `/api/cases/${(filed.json() as Case).id}/accept`, clerk, {});
    expect(accepted.statusCode, accepted.body).toBe(200);
    theCase = accepted.json();
    expect(theCase.acceptedOn).toBe('2026-12-28');
    // Three working days in 2026, then 2027 from the law: 元旦, and 除夕 Fri 02-05 to 初三 Mon 02-08
    // with its weekend made up on 02-09 and 02-10. Day 45 is Mon 2027-03-08.
    expect(theCase.clock).toMatchObject({ dueOn: '2027-03-08', provisional: true, card: 'green' });
    const told = (await outboxOf('case_accepted')).find((m) => m.body.includes(theCase.caseNumber!));
    expect(told?.body).toContain('预计 2027-03-08 前');
  });

  it('grants a task on 2026-12-29 whose next steps are due in 2027: the case is never stuck', async () => {
    await morningOf('2026-12-29');
    const filing = openTasks(theCase).find((task) => task.stepKey === 'project_filing')!;
    expect((await call('POST', `/api/tasks/${filing.id}/claim`, approver, {})).statusCode).toBe(200);
    const decided = await call('POST', `/api/tasks/${filing.id}/decide`, approver, {
      decision: 'grant',
      reason: '符合条件，准予备案',
    });
    expect(decided.statusCode, decided.body).toBe(200);
    theCase = decided.json();
    const next = openTasks(theCase);
    expect(next.map((task) => task.stepKey).sort()).toEqual(['joint_evaluation', 'land_use_planning']);
    for (const task of next) {
      expect(task.clock.dueOn! > '2027-01-01', task.stepKey!).toBe(true);
      expect(task.clock.provisional, task.stepKey!).toBe(true);
    }
  });
});

describe('the workbench on 2027-01-04 with no 2027 arrangement entered', () => {
  it('lists cases, tasks and the case view, every due day marked provisional', async () => {
    await morningOf('2027-01-04');
    const cases = await getOk<{ items: CaseSummary[] }>(
      '/api/cases?view=history&from=2026-01-05&to=2027-01-04&limit=100',
      clerk,
    );
    const listed = cases.items.find((c) => c.id === theCase.id);
    expect(listed?.clock).toMatchObject({ dueOn: '2027-03-08', provisional: true });
    for (const due of ['soon', 'overdue']) await getOk(`/api/cases?due=${due}`, clerk);
    const tasks = await getOk<{ items: Task[] }>('/api/tasks?limit=100', approver);
    expect(tasks.items.filter((task) => task.caseId === theCase.id).length).toBeGreaterThan(0);
    for (const due of ['soon', 'overdue']) await getOk(`/api/tasks?due=${due}`, approver);
    const view = await getOk<Case>(`/api/cases/${theCase.id}`, approver);
    expect(view.clock).toMatchObject({ dueOn: '2027-03-08', provisional: true });
    expect(view.clock.elapsedWorkdays).toBe(4);
    const own = await getOk<{ items: CaseSummary[] }>('/api/applications', liForCompany);
    expect(own.items.find((c) => c.id === theCase.id)?.clock.provisional).toBe(true);
  });

  it('warns administrators that the current year itself is provisional', async () => {
    const status = await getOk<{ warning: { year: number } | null }>('/api/calendar/status', administrator);
    expect(status.warning?.year).toBe(2027);
  });
});

describe('entering the 2027 arrangement with 调休', () => {
  it('re-derives every running clock through 2027 in one go, moving the case to 2027-03-09', async () => {
    const res = await t.app.inject({
      method: 'PUT',
      url: '/api/calendar/years/2027',
      payload: ARRANGEMENT_2027,
      headers: administrator.headers,
    });
    expect(res.statusCode, res.body).toBe(200);
    const entered = res.json();
    expect(entered).toMatchObject({ source: 'override' });
    expect(entered.clocksRederived).toBeGreaterThanOrEqual(3);
    expect(entered.dueDaysMoved).toBeGreaterThanOrEqual(1);

    const view = await getOk<Case>(`/api/cases/${theCase.id}`, approver);
    // 02-11 and 02-12 become days off; Sat 02-20 is worked: one working day fewer before March.
    expect(view.clock).toMatchObject({ dueOn: '2027-03-09', provisional: false });
    for (const task of openTasks(view)) expect(task.clock.provisional).toBe(false);
    const [stored] = await t.database.db
      .select({ dueOn: deadlineClocks.dueOn })
      .from(deadlineClocks)
      .where(eq(deadlineClocks.id, `case:${theCase.id}`));
    expect(stored?.dueOn).toBe('2027-03-09');
  });

  it('tells the applicant the due day moved', async () => {
    const moved = (await outboxOf('case_due_day_moved')).filter((m) => m.body.includes(theCase.caseNumber!));
    expect(moved).toHaveLength(1);
    expect(moved[0]!.body).toContain('由 2027-03-08 调整为 2027-03-09');
  });

  it('records it in the audit log and on the timeline', async () => {
    const db = t.database.db;
    const [override] = await db
      .select()
      .from(auditEntries)
      .where(and(eq(auditEntries.action, 'platform.calendar.override'), eq(auditEntries.subjectId, '2027')));
    expect(override?.details).toMatchObject({ replaced: 'provisional', dueDaysMoved: expect.any(Number) });
    const perCase = await db
      .select()
      .from(auditEntries)
      .where(and(eq(auditEntries.action, 'case.due_day_rederived'), eq(auditEntries.caseId, theCase.id)));
    expect(perCase).toHaveLength(1);
    expect(perCase[0]!.details).toMatchObject({ year: 2027, from: '2027-03-08', to: '2027-03-09' });
    const timeline = await getOk<TimelineEvent[]>(`/api/cases/${theCase.id}/timeline`, liForCompany);
    const events = timeline.filter((event) => event.kind === 'due_day_rederived');
    expect(events).toHaveLength(1);
    expect(events[0]!.label).toBe('按公布的节假日安排重新计算办结期限');
  });

  it('stops warning administrators once the year is official', async () => {
    const status = await getOk<{ warning: unknown; currentYear: object }>('/api/calendar/status', administrator);
    expect(status).toMatchObject({ warning: null, currentYear: { year: 2027, provisional: false } });
  });
});
