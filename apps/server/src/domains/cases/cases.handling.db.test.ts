import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Case, PreparedApplication, Task, TasksElsewhere } from '@yici/contracts';
import { openTestApp, type TestApp } from '../../testing/test-app';
import { createTestSession, sessionForAccount, type TestSession } from '../../testing/test-actors';
import { caller, fillForm, supplyAll, type Call } from './cases.test-kit';

/**
 * Who handles what is visible: each task names its department, level and the implementation
 * that decides it; “办理” is offered only to who can act; an empty inbox says, as counts by
 * department, where the region's tasks are instead.
 */
const NOW = '2026-11-27T02:00:00Z';
let t: TestApp;
let call: Call;
let zhang: TestSession;
let clerk: TestSession;
let approverLixia: TestSession;
let reviewerJinan: TestSession;
let licenceReviewer: TestSession;
let supervisor: TestSession;
let accepted: Case;

beforeAll(async () => {
  t = await openTestApp({ now: NOW });
  call = caller(t);
  const db = t.database.db;
  const now = new Date(NOW);
  zhang = await sessionForAccount(db, 'demo-person-zhangsan', now);
  clerk = await sessionForAccount(db, 'demo-staff-clerk.lixia', now);
  approverLixia = await sessionForAccount(db, 'demo-staff-approver.lixia', now);
  reviewerJinan = await sessionForAccount(db, 'demo-staff-reviewer.jinan', now);
  supervisor = await sessionForAccount(db, 'demo-staff-supervisor', now);
  licenceReviewer = await createTestSession(
    db,
    { kind: 'staff', roles: ['reviewer'], regionCode: '370102', departmentId: '370102-approval_bureau' },
    now,
  );
  const target = { kind: 'bundle', bundleId: 'enterprise-opening', regionCode: '370102' };
  const prepared: PreparedApplication = (
    await call('POST', '/api/applications/prepare', zhang, { target, form: { entity_form: 'limited_company' } })
  ).json();
  const filed = await call('POST', '/api/applications', zhang, {
    target,
    form: fillForm(prepared, '2026-11-27', {
      entity_name: '济南办理可见示范有限公司',
      entity_form: 'limited_company',
      housing_fund_rate: '8',
      ...(prepared.fields.some((f) => f.key === 'bank_account_number')
        ? { bank_account_number: '6228480402564890018' }
        : {}),
    }),
    materials: await supplyAll(call, zhang, prepared),
    delivery: { method: 'electronic' },
  });
  expect(filed.statusCode, filed.body).toBe(201);
  const res = await call('POST', `/api/cases/${filed.json().id}/accept`, clerk, {});
  expect(res.statusCode, res.body).toBe(200);
  accepted = res.json();
});
afterAll(async () => t?.close());

const taskOf = (c: Case, step: string) => c.tasks.find((x) => x.stepKey === step)!;
const caseAs = async (session: TestSession): Promise<Case> => {
  const res = await call('GET', `/api/cases/${accepted.id}`, session);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};

describe('each task says which department handles it, at which level and why', () => {
  it('the licence: 历下区行政审批服务局 at county level, under 历下区’s implementation', () => {
    const licence = taskOf(accepted, 'licence');
    expect(licence.handling).toMatchObject({
      departmentName: '历下区行政审批服务局',
      level: 'county',
      levelName: '县级',
    });
    expect(licence.handling.basis).toContain(`实施编码 ${licence.implementationCode}`);
    expect(licence.handling.basis).toContain('实施主体为历下区行政审批服务局');
  });

  it('the housing fund: the city’s centre, because 历下区 does not implement the item itself', () => {
    const fund = taskOf(accepted, 'housing_fund');
    expect(fund.handling).toMatchObject({
      departmentName: '济南市住房公积金管理中心',
      level: 'city',
      levelName: '市级',
    });
    expect(fund.handling.basis).toMatch(/历下区未单独实施该事项，由市级部门办理/);
  });
});

describe('“办理” only for who can act', () => {
  it('the district’s parallel approver may handle every task; the applicant none', async () => {
    expect((await caseAs(approverLixia)).tasks.every((x) => x.viewerAccess === 'handle')).toBe(true);
    expect((await caseAs(zhang)).tasks.every((x) => x.viewerAccess === 'none')).toBe(true);
  });

  it('a reviewer of the district’s approval bureau handles its tasks only', async () => {
    const seen = await call('GET', `/api/cases/${accepted.id}`, supervisor);
    expect(seen.statusCode).toBe(200);
    const c: Case = (await call('GET', `/api/cases/${accepted.id}`, approverLixia)).json();
    const licence = await call('GET', `/api/tasks/${taskOf(c, 'licence').id}`, licenceReviewer);
    expect((licence.json() as Task).viewerAccess).toBe('handle');
    const seal = await call('GET', `/api/tasks/${taskOf(c, 'seal').id}`, licenceReviewer);
    expect(seal.statusCode).toBe(404);
  });

  it('the city’s department-bound reviewer sees the case but may open none of its tasks; a supervisor only reads', async () => {
    const asJinan = await caseAs(reviewerJinan);
    expect(asJinan.tasks.map((x) => x.viewerAccess)).toEqual(asJinan.tasks.map(() => 'none'));
    const open = await call('GET', `/api/tasks/${taskOf(asJinan, 'licence').id}`, reviewerJinan);
    expect(open.statusCode).toBe(404);
    expect((await caseAs(supervisor)).tasks.every((x) => x.viewerAccess === 'read')).toBe(true);
  });
});

describe('an empty inbox explains where the tasks are', () => {
  it('reviewer.jinan’s inbox is empty; elsewhere counts 历下区行政审批服务局’s open licence, naming no case', async () => {
    const inbox = await call('GET', '/api/tasks', reviewerJinan);
    expect(inbox.json().count.value).toBe(0);
    const res = await call('GET', '/api/tasks/elsewhere', reviewerJinan);
    expect(res.statusCode, res.body).toBe(200);
    const elsewhere: TasksElsewhere = res.json();
    expect(elsewhere.departments).toContainEqual({
      departmentId: '370102-approval_bureau',
      departmentName: '历下区行政审批服务局',
      active: 1,
    });
    expect(elsewhere.departments.some((d) => d.departmentId === '3701-approval_bureau')).toBe(false);
    for (const secret of [accepted.id, accepted.caseNumber!, accepted.applicant.name, accepted.title])
      expect(res.body).not.toContain(secret);
  });

  it('staff who see every department of their region have nothing elsewhere to count', async () => {
    const res = await call('GET', '/api/tasks/elsewhere', approverLixia);
    expect(res.json()).toEqual({ departments: [] });
  });
});
