import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Case, PreparedApplication } from '@yici/contracts';
import { openTestApp, type TestApp } from '../../testing/test-app';
import { createTestSession, sessionForAccount, type TestSession } from '../../testing/test-actors';
import { caller, fillForm, openTasks, supplyAll, type Call } from './cases.test-kit';

let t: TestApp;
let call: Call;
let zhang: TestSession;
let clerk: TestSession;
let approver: TestSession;

/** 2018-09-27 is a Thursday; 09-29 and 09-30 (the weekend) are make-up working days; 10-01 … 10-07 National Day. */
const THURSDAY_BEFORE_NATIONAL_DAY = '2018-09-27T02:00:00Z';

let clerkId: string;
let approverId: string;

/** Moves the platform's clock to a day (10:00 China time); sessions are opened again, as people log in each day. */
async function dayIs(date: string) {
  const now = new Date(`${date}T02:00:00Z`);
  t.clock.set(now);
  const db = t.database.db;
  zhang = await sessionForAccount(db, 'demo-person-zhangsan', now);
  clerk = await sessionForAccount(db, clerkId, now);
  approver = await sessionForAccount(db, approverId, now);
}

beforeAll(async () => {
  t = await openTestApp({ now: THURSDAY_BEFORE_NATIONAL_DAY });
  call = caller(t);
  const db = t.database.db;
  const now = new Date(THURSDAY_BEFORE_NATIONAL_DAY);
  clerkId = (await createTestSession(db, { kind: 'staff', roles: ['window_clerk'], regionCode: '370102' }, now))
    .accountId;
  approverId = (
    await createTestSession(db, { kind: 'staff', roles: ['reviewer', 'approver'], regionCode: '370102' }, now)
  ).accountId;
  await dayIs('2018-09-27');
});
afterAll(async () => t?.close());

async function decideAllOpen(c: Case): Promise<Case> {
  let current = c;
  for (const task of openTasks(current)) {
    const claimed = await call('POST', `/api/tasks/${task.id}/claim`, approver, {});
    expect(claimed.statusCode, claimed.body).toBe(200);
    for (const joint of task.jointDepartments) {
      const opinion = await call('POST', `/api/tasks/${task.id}/opinion`, approver, {
        opinion: '同意',
        departmentId: joint.id,
      });
      expect(opinion.statusCode, opinion.body).toBe(200);
    }
    // As the workbench does: the decision names the version of the task it was made on.
    const seen = (await call('GET', `/api/tasks/${task.id}`, approver)).json() as { version: number };
    const decided = await call('POST', `/api/tasks/${task.id}/decide`, approver, {
      decision: 'grant',
      reason: '符合条件，准予许可',
      version: seen.version,
    });
    expect(decided.statusCode, decided.body).toBe(200);
    current = decided.json();
  }
  return current;
}

describe('企业开办 in at most 3 working days, across National Day 2018', () => {
  let prepared: PreparedApplication;
  let submitted: Case;

  it('prepares one combined form with registry prefill and the identity card on offer', async () => {
    const res = await call('POST', '/api/applications/prepare', zhang, {
      target: { kind: 'bundle', bundleId: 'enterprise-opening', regionCode: '370102' },
      form: { entity_form: 'limited_company' },
    });
    expect(res.statusCode, res.body).toBe(200);
    prepared = res.json();
    expect(prepared.items).toHaveLength(6);
    const keys = prepared.fields.map((f) => f.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(prepared.prefilled.every((p) => p.source && p.asOf)).toBe(true);
    // The business licence is produced by the first step: the later steps do not ask for it.
    const licence = prepared.materials.find((m) => m.certificateType === 'business_licence');
    expect(licence?.state).toBe('bundle_result');
    expect(prepared.certificateCandidates.some((c) => c.typeName.includes('身份证'))).toBe(true);
  });

  it('submits once and gets a 43-character case number; a retry with the same key returns the same case', async () => {
    const form = fillForm(prepared, '2018-09-27', {
      entity_name: '济南一次办好示范有限公司',
      entity_form: 'limited_company',
      bank_account_number: '6228480402564890018',
      housing_fund_rate: '8',
    });
    const materials = await supplyAll(call, zhang, prepared);
    const body = {
      target: prepared.target,
      form,
      materials,
      delivery: { method: 'electronic' },
    };
    const res = await call('POST', '/api/applications', zhang, body, { 'idempotency-key': 'journey-enterprise-0001' });
    expect(res.statusCode, res.body).toBe(201);
    submitted = res.json();
    expect(submitted.status).toBe('submitted');
    expect(submitted.caseNumber).toHaveLength(43);
    expect(submitted.caseNumber!.slice(31, 39)).toBe('20180927');
    const again = await call('POST', '/api/applications', zhang, body, {
      'idempotency-key': 'journey-enterprise-0001',
    });
    expect(again.statusCode).toBe(200);
    expect(again.json().id).toBe(submitted.id);
    const mine = await call('GET', '/api/applications', zhang);
    expect(mine.json().items.filter((c: Case) => c.id === submitted.id)).toHaveLength(1);
  });

  it('is accepted, opens the licence first and the five others in parallel after it, and completes in 2 working days', async () => {
    const accepted = await call('POST', `/api/cases/${submitted.id}/accept`, clerk, {});
    expect(accepted.statusCode, accepted.body).toBe(200);
    let c: Case = accepted.json();
    // Day 1 Friday 09-28, day 2 Saturday 09-29, day 3 Sunday 09-30 (both make-up working days).
    expect(c.clock.dueOn).toBe('2018-09-30');
    expect(openTasks(c).map((x) => x.stepKey)).toEqual(['licence']);
    const twice = await call('POST', `/api/cases/${submitted.id}/accept`, clerk, {});
    expect(twice.statusCode).toBe(409);
    expect(twice.json().code).toBe('CASE_STATE_CONFLICT');

    await dayIs('2018-09-28');
    c = await decideAllOpen(c);
    expect(openTasks(c)).toHaveLength(5);
    expect(new Set(openTasks(c).map((x) => x.departmentName)).size).toBe(5);

    // Saturday 2018-09-29 is a make-up working day.
    await dayIs('2018-09-29');
    c = await decideAllOpen(c);
    expect(c.status).toBe('completed');
    expect(c.outcome).toBe('granted');
    expect(c.clock.elapsedWorkdays).toBe(2);
    expect(c.clock.card).toBe('stopped');
    expect(c.visits).toBe(0);
    expect(c.certificateIdentifiers.length).toBeGreaterThanOrEqual(2);
    expect(c.delivery.status).toBe('delivered');
    sealTask = c.tasks.find((x) => x.stepKey === 'seal')!;
  });

  let sealTask: Case['tasks'][number];
  it('files each seal the company ordered on its own, each with its own 13-digit code', async () => {
    const filings = await Promise.all(
      sealTask.certificateIdentifiers.map((identifier) => t.services.certificates.dataIn(t.database.db, identifier)),
    );
    expect(filings.map((f) => f?.sealKind)).toEqual(['official', 'finance']);
    expect(filings.map((f) => f?.sealText)).toEqual(['济南一次办好示范有限公司', '济南一次办好示范有限公司财务专用章']);
    const codes = filings.map((f) => String(f?.sealCode));
    expect(codes.every((code) => /^370102\d{7}$/.test(code))).toBe(true);
    expect(new Set(codes).size).toBe(2);
    // The case page lists every certificate the case produced, both filings among them.
    const seen = (await call('GET', `/api/cases/${submitted.id}`, zhang)).json() as Case;
    expect(seen.certificateIdentifiers).toEqual(expect.arrayContaining(sealTask.certificateIdentifiers));
  });

  it('shows the timeline with staff names masked for the applicant', async () => {
    const res = await call('GET', `/api/cases/${submitted.id}/timeline`, zhang);
    expect(res.statusCode).toBe(200);
    const events = res.json() as { kind: string; actor: string }[];
    expect(events.map((e) => e.kind)).toContain('accepted');
    expect(events.filter((e) => e.kind === 'task_granted')).toHaveLength(6);
    expect(events.find((e) => e.kind === 'accepted')!.actor).toMatch(/\*/);
  });
});
