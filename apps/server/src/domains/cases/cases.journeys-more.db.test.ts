import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Case, PreparedApplication, Task } from '@yici/contracts';
import { openTestApp, type TestApp } from '../../testing/test-app';
import { createTestSession, sessionForAccount, type TestSession } from '../../testing/test-actors';
import { DEMO_ENTITIES, DEMO_RESIDENTS } from '../registries/registries.demo';
import { systemContext } from '../../platform/actor';
import { DEMO_REAL_ESTATE_TITLES } from '../certificates/certificates.seed';
import {
  caller,
  caseState,
  fillForm,
  nearestImplementationCodeOf,
  openTasks,
  supplyEverything,
  TINY_PDF,
  type Call,
} from './cases.test-kit';

/**
 * The other seed journeys (不动产转移登记, 工程建设项目审批) and the flows around a case: corrections,
 * pauses and extensions, window intake and handle-anywhere, agents, delivery and the periodic
 * rules. One platform, one fixed clock moved forward across real holidays; the describe blocks run
 * in calendar order because the clock only ever moves forward.
 */

let t: TestApp;
let call: Call;

const ZHANG = DEMO_RESIDENTS.zhangSan;
const LI = DEMO_RESIDENTS.liSi;
const COMPANY = DEMO_ENTITIES.yiciTech;
const AGENT_ACCOUNT = 'demo-staff-agent.lixia';
const AGENT_LOGIN = 'agent.lixia';
const LIXIA = '370102';
const LIXIA_HALL = 'hall-370102';
const QINGDAO_HALL = 'hall-3702';

/** Sessions of the day: people log in again each morning (sessions end after 30 idle minutes). */
let zhang: TestSession;
let liSelf: TestSession;
let liForCompany: TestSession;
let clerk: TestSession;
let qingdaoClerk: TestSession;
let approver: TestSession;
let agent: TestSession;

const accounts = { clerk: '', qingdaoClerk: '', approver: '' };
let today = '';

async function dayIs(date: string) {
  const now = new Date(`${date}T02:00:00Z`);
  t.clock.set(now);
  today = date;
  const db = t.database.db;
  zhang = await sessionForAccount(db, 'demo-person-zhangsan', now);
  liSelf = await sessionForAccount(db, 'demo-person-lisi', now);
  liForCompany = await sessionForAccount(db, 'demo-person-lisi', now);
  clerk = await sessionForAccount(db, accounts.clerk, now);
  qingdaoClerk = await sessionForAccount(db, accounts.qingdaoClerk, now);
  approver = await sessionForAccount(db, accounts.approver, now);
  agent = await sessionForAccount(db, AGENT_ACCOUNT, now);
  const acting = await call('POST', '/api/me/acting-as', liForCompany, { uscc: COMPANY.uscc });
  expect(acting.statusCode, acting.body).toBe(200);
}

beforeAll(async () => {
  const first = '2018-12-28';
  t = await openTestApp({ now: `${first}T02:00:00Z` });
  call = caller(t);
  const db = t.database.db;
  const now = new Date(`${first}T02:00:00Z`);
  accounts.clerk = (
    await createTestSession(db, { kind: 'staff', roles: ['window_clerk'], regionCode: LIXIA }, now)
  ).accountId;
  accounts.qingdaoClerk = (
    await createTestSession(db, { kind: 'staff', roles: ['window_clerk'], regionCode: '3702' }, now)
  ).accountId;
  accounts.approver = (
    await createTestSession(db, { kind: 'staff', roles: ['reviewer', 'approver'], regionCode: LIXIA }, now)
  ).accountId;
  await dayIs(first);
});
afterAll(async () => t?.close());

// ------------------------------------------------------------------------------------------ helpers

type Target = PreparedApplication['target'];

const bundle = (bundleId: string): Target => ({ kind: 'bundle', bundleId, regionCode: LIXIA });

/** A flat's transfer from 张三 to 李四: the buyer must be in the population registry. */
const SALE_TO_LI = {
  deal_channel: 'direct',
  transfer_reason: 'sale',
  home_status: 'other',
  buyer_name: LI.name,
  buyer_id_number: LI.idNumber,
  buyer_phone: LI.phone,
  property_location: '济南市历下区解放路街道解放桥社区3号楼2单元501室',
  property_unit_number: '370102001002GB00001F00010501',
  property_usage: 'residential',
  building_area: '89.5',
  land_area: '12.3',
  transaction_price: '1500000',
};

async function prepare(session: TestSession, target: Target, form: Record<string, string> = {}, applicant?: object) {
  const res = await call('POST', '/api/applications/prepare', session, {
    target,
    form,
    ...(applicant ? { applicant } : {}),
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as PreparedApplication;
}

type FileOptions = {
  form?: Record<string, string>;
  skip?: string[];
  delivery?: Record<string, string>;
  applicant?: { kind: 'person' | 'legal_person'; id: string };
  url?: '/api/applications' | '/api/cases';
  servicePointId?: string;
  /** Whose preparation the form and materials follow (a clerk's intake follows the applicant's). */
  preparedBy?: TestSession;
  /** The buyer of a sale joins at the window (the clerk records it) instead of online. */
  buyerAtWindow?: boolean;
};

/** Prepares, fills every field, supplies every material (but `skip`) and submits. */
async function fileCase(session: TestSession, target: Target, options: FileOptions = {}) {
  const preparer = options.preparedBy ?? session;
  const prepared = await prepare(
    preparer,
    target,
    options.form ?? {},
    preparer === session ? options.applicant : undefined,
  );
  // One set of answers serves the bundle and its single items: each form takes the fields it asks.
  const asked = new Set(prepared.fields.map((f) => f.key));
  const answers = Object.fromEntries(Object.entries(options.form ?? {}).filter(([key]) => asked.has(key)));
  const body = {
    target,
    form: fillForm(prepared, today, answers),
    materials: await supplyEverything(call, session, prepared, { skip: options.skip }),
    delivery: options.delivery ?? { method: 'electronic' },
    ...(options.applicant ? { applicant: options.applicant } : {}),
    ...(options.servicePointId ? { servicePointId: options.servicePointId } : {}),
  };
  const res = await call('POST', options.url ?? '/api/applications', session, body);
  return { res, prepared, body };
}

async function submitted(session: TestSession, target: Target, options: FileOptions = {}): Promise<Case> {
  const { res } = await fileCase(session, target, options);
  expect(res.statusCode, res.body).toBe(201);
  const filed = res.json() as Case;
  if (filed.status !== 'awaiting_co_applicant') return filed;
  if (options.buyerAtWindow) {
    const joined = await call('POST', `/api/cases/${filed.id}/co-application/at-window`, clerk, {
      name: LI.name,
      idNumber: LI.idNumber,
    });
    expect(joined.statusCode, joined.body).toBe(200);
    return joined.json();
  }
  // A sale is applied for by both parties: the buyer 李四 joins with his own account.
  return joinAsBuyer(filed);
}

async function joinAsBuyer(c: Case): Promise<Case> {
  const joined = await call('POST', `/api/cases/${c.id}/co-application/confirm`, liSelf, {});
  expect(joined.statusCode, joined.body).toBe(200);
  expect((joined.json() as Case).status).toBe('submitted');
  return joined.json();
}

async function verify(identifier: string) {
  const res = await call('POST', '/api/certificates/verify', null, { identifier });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as {
    valid: boolean;
    reasons: { code: string; message: string }[];
    certificate: { status: string; replacedBy: string | null; revokedReason: string | null } | null;
    validity: { status: string } | null;
  };
}

async function accept(c: Case): Promise<Case> {
  const res = await call('POST', `/api/cases/${c.id}/accept`, clerk, {});
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

async function getCase(id: string, session: TestSession = approver): Promise<Case> {
  const res = await call('GET', `/api/cases/${id}`, session);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

async function getTask(id: string): Promise<Task> {
  const res = await call('GET', `/api/tasks/${id}`, approver);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

async function claim(task: Task): Promise<Task> {
  const res = await call('POST', `/api/tasks/${task.id}/claim`, approver, {});
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

async function grant(taskId: string): Promise<Case> {
  const res = await call('POST', `/api/tasks/${taskId}/decide`, approver, {
    decision: 'grant',
    reason: '符合条件，准予许可',
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

/** Claims, gives every joint department's opinion and grants the open task of a step. */
async function grantStep(c: Case, stepKey: string | null): Promise<Case> {
  const task = openTasks(c).find((x) => x.stepKey === stepKey);
  expect(task, `${stepKey} should be open; open: ${openTasks(c).map((x) => x.stepKey)}`).toBeDefined();
  await claim(task!);
  for (const joint of task!.jointDepartments) {
    const opinion = await call('POST', `/api/tasks/${task!.id}/opinion`, approver, {
      opinion: '同意，符合要求',
      departmentId: joint.id,
    });
    expect(opinion.statusCode, opinion.body).toBe(200);
  }
  return grant(task!.id);
}

const openSteps = (c: Case) => openTasks(c).map((x) => x.stepKey);

/** Every working-day clock view of a case: the case's own and each running task's. */
const clocksOf = (c: Case) => [c.clock, ...c.tasks.filter((x) => x.clock.card !== 'stopped').map((x) => x.clock)];

// ------------------------------------------------------------------------------------------ 1

describe('不动产转移登记 by 张三 as seller, across New Year 2019', () => {
  let prepared: PreparedApplication;
  let c: Case;

  it('offers 张三’s own real_estate_title certificate for the title the transfer starts from', async () => {
    prepared = await prepare(zhang, bundle('real-estate-transfer'), SALE_TO_LI);
    expect(prepared.items.map((i) => i.stepKey)).toEqual(['contract_filing', 'registration', 'deed_tax']);
    expect(prepared.applicant).toMatchObject({ kind: 'person', id: ZHANG.idNumber, name: ZHANG.name });
    // The seller's current title is an input of the transfer, not the new title the registration produces.
    const title = prepared.materials.find((m) => m.certificateType === 'real_estate_title');
    expect(title?.state).toBe('missing');
    const offered = prepared.certificateCandidates.find((x) => x.materialKey === title?.key);
    expect(offered?.typeName).toBe('不动产权证书');
    // The flat's facts are shown as the title records them, to be taken from it on submission.
    expect(prepared.prefilled).toContainEqual(
      expect.objectContaining({
        field: 'property_unit_number',
        value: DEMO_REAL_ESTATE_TITLES.zhangSanFlat.unitNumber,
        source: '不动产权证书',
      }),
    );
  });

  it('filed by the seller alone, waits for the buyer (不动产登记暂行条例 第十四条): not received, not acceptable', async () => {
    const { res } = await fileCase(zhang, bundle('real-estate-transfer'), { form: SALE_TO_LI });
    expect(res.statusCode, res.body).toBe(201);
    c = res.json();
    expect(c.status).toBe('awaiting_co_applicant');
    expect(c.channel).toBe('online');
    expect(c.clock.card).toBe('not_started');
    const early = await call('POST', `/api/cases/${c.id}/accept`, clerk, {});
    expect(early.statusCode).toBe(409);
    expect(early.json().code).toBe('CASE_STATE_CONFLICT');
    // The buyer sees what waits for him; the seller has nothing to join.
    const pending = await call('GET', '/api/me/co-applications', liSelf);
    expect(pending.statusCode, pending.body).toBe(200);
    expect(pending.json()).toContainEqual(
      expect.objectContaining({ caseId: c.id, role: '买受人', filedByName: ZHANG.name }),
    );
    const none = await call('GET', '/api/me/co-applications', zhang);
    expect((none.json() as { caseId: string }[]).map((x) => x.caseId)).not.toContain(c.id);
    const sms = await t.services.outbox.list(systemContext('test'), { recipient: LI.phone, limit: 1 });
    expect(sms[0]?.body).toContain('请登录“我的办件”确认');
  });

  it('takes the unit’s facts from the seller’s title, not from what was typed', () => {
    const own = DEMO_REAL_ESTATE_TITLES.zhangSanFlat;
    expect(c.form).toMatchObject({
      property_location: own.location,
      property_unit_number: own.unitNumber,
      title_certificate_number: own.certificateNumber,
      building_area: String(own.buildingAreaSqm),
      property_usage: 'residential',
    });
  });

  it('refuses a buyer who is not the contract’s buyer, online (404) and at the window (422), changing nothing', async () => {
    const before = await caseState(call, approver, c.id);
    const notTheBuyer = await call('POST', `/api/cases/${c.id}/co-application/confirm`, zhang, {});
    expect(notTheBuyer.statusCode).toBe(404);
    expect(notTheBuyer.json().code).toBe('CASE_NOT_FOUND');
    const wrongPerson = await call('POST', `/api/cases/${c.id}/co-application/at-window`, clerk, {
      name: ZHANG.name,
      idNumber: ZHANG.idNumber,
    });
    expect(wrongPerson.statusCode).toBe(422);
    expect(wrongPerson.json().code).toBe('CO_APPLICANT_MISMATCH');
    expect(
      wrongPerson
        .json()
        .fields.map((f: { path: string }) => f.path)
        .sort(),
    ).toEqual(['idNumber', 'name']);
    expect(await caseState(call, approver, c.id)).toEqual(before);
  });

  it('a transfer still waiting for the buyer can be withdrawn by the seller, and the buyer can no longer join it', async () => {
    const other = await fileCase(zhang, bundle('real-estate-transfer'), { form: SALE_TO_LI });
    const waiting = other.res.json() as Case;
    expect(waiting.status).toBe('awaiting_co_applicant');
    const withdrawn = await call('POST', `/api/cases/${waiting.id}/withdraw`, zhang, { reason: '双方协商解除合同' });
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    expect(withdrawn.json().status).toBe('withdrawn');
    const late = await call('POST', `/api/cases/${waiting.id}/co-application/confirm`, liSelf, {});
    expect(late.statusCode).toBe(409);
  });

  it('is received when 李四 joins online on Friday 2018-12-28 and accepted the same day, due 5 working days later on 2019-01-07', async () => {
    const before = await call('GET', `/api/applications/${c.id}`, liSelf);
    expect(before.statusCode).toBe(404);
    c = await joinAsBuyer(c);
    expect(c.status).toBe('submitted');
    // Having joined, the buyer follows the case as a party to it.
    const after = await call('GET', `/api/applications/${c.id}`, liSelf);
    expect(after.statusCode, after.body).toBe(200);
    c = await accept(c);
    // Day 1 is the make-up Saturday 2018-12-29; 12-30 … 01-01 are the New Year holiday.
    expect(c.clock.startsOn).toBe('2018-12-29');
    expect(c.clock.dueOn).toBe('2019-01-07');
    expect(openSteps(c)).toEqual(['contract_filing']);
  });

  it('files the contract on the make-up Saturday, which opens the deed tax, and the registration after it (先税后证)', async () => {
    await dayIs('2018-12-29');
    c = await grantStep(c, 'contract_filing');
    expect(openSteps(c)).toEqual(['deed_tax']);
    // Deed tax is promised at once: decided the day it opens.
    c = await grantStep(c, 'deed_tax');
    expect(openSteps(c)).toEqual(['registration']);
  });

  it('completes on 2019-01-02 after 2 working days with 0 visits, issuing the new title to the buyer 李四', async () => {
    await dayIs('2019-01-01');
    // New Year's Day is a holiday: nothing counts, the case is still green.
    expect((await getCase(c.id)).clock.elapsedWorkdays).toBe(1);
    await dayIs('2019-01-02');
    c = await grantStep(c, 'registration');
    expect(c.status).toBe('completed');
    expect(c.outcome).toBe('granted');
    expect(c.clock.card).toBe('stopped');
    expect(c.clock.elapsedWorkdays).toBe(2);
    expect(c.clock.elapsedWorkdays).toBeLessThanOrEqual(5);
    expect(c.visits).toBe(0);
    expect(c.delivery.status).toBe('delivered');
    expect(c.certificateIdentifiers).toHaveLength(1);
    const wallet = await call('GET', '/api/me/certificates', liSelf);
    expect(wallet.statusCode, wallet.body).toBe(200);
    const title = (
      wallet.json() as { identifier: string; type: { slug: string }; holder: object; data: object }[]
    ).find((x) => x.identifier === c.certificateIdentifiers[0]);
    expect(title?.type.slug).toBe('real_estate_title');
    expect(title?.holder).toMatchObject({ kind: 'person', id: LI.idNumber, name: LI.name });
    expect(title?.data).toMatchObject({ obligee: LI.name, obligeeIdNumber: LI.idNumber });
    // The unit as the seller's title records it, not as anyone typed it.
    const { location, unitNumber, usage, landUseTo, buildingAreaSqm } = DEMO_REAL_ESTATE_TITLES.zhangSanFlat;
    expect(title?.data).toMatchObject({ location, unitNumber, usage, landUseTo, buildingAreaSqm });
  });

  it('cancels 张三’s old title in the same transaction (转移登记), and verification says so and names the new one', async () => {
    const wallet = await call('GET', '/api/me/certificates', zhang);
    const old = (
      wallet.json() as { identifier: string; type: { slug: string }; holder: { id: string }; status: string }[]
    ).find((x) => x.type.slug === 'real_estate_title' && x.holder.id === ZHANG.idNumber)!;
    expect(old.status).toBe('revoked');
    // Anyone with the identifier learns that the title ended, not why (it would tell of a sale).
    const byIdentifier = await verify(old.identifier);
    expect(byIdentifier.valid).toBe(false);
    expect(byIdentifier.reasons).toContainEqual({ code: 'REVOKED', message: '证照已注销' });
    expect(byIdentifier.certificate).toBeNull();
    // Whoever presents the title itself reads the reason and its successor.
    const document = (await call('GET', `/api/documents/${old.identifier}/json`, zhang)).json() as unknown;
    const checked = (await call('POST', '/api/certificates/verify', null, { certificate: document })).json() as Awaited<
      ReturnType<typeof verify>
    >;
    expect(checked.valid).toBe(false);
    expect(checked.reasons).toContainEqual({ code: 'REVOKED', message: '证照已注销：转移登记' });
    expect(checked.certificate).toMatchObject({
      status: 'revoked',
      revokedReason: '转移登记',
      replacedBy: c.certificateIdentifiers[0],
    });
    const successor = await verify(c.certificateIdentifiers[0]!);
    // (The test clock runs in 2019, before the seeded seals' validity: only the live status is checked here.)
    expect(successor.validity?.status).toBe('valid');
    expect(successor.reasons.map((r) => r.code)).not.toContain('REVOKED');
    const timeline = await call('GET', `/api/cases/${c.id}/timeline`, zhang);
    const kinds = (timeline.json() as { kind: string }[]).map((e) => e.kind);
    expect(kinds.indexOf('certificate_cancelled')).toBeGreaterThan(kinds.indexOf('certificate_issued'));
    expect(kinds).toContain('co_applicant_joined');
  });

  it('refuses online, for a registry-level account, an item whose guide sees the applicant in person (422 IN_PERSON_CHECK_REQUIRED)', async () => {
    const residencePermit = await nearestImplementationCodeOf(call, '370703005000', LIXIA);
    const res = await call('POST', '/api/applications', zhang, {
      target: { kind: 'item', implementationCode: residencePermit },
      form: {},
      materials: [],
      delivery: { method: 'electronic' },
    });
    expect(res.statusCode, res.body).toBe(422);
    expect(res.json().code).toBe('IN_PERSON_CHECK_REQUIRED');
  });

  it('carries 张三’s own title certificate as the material, instead of an upload or the title it produces', async () => {
    const wallet = await call('GET', '/api/me/certificates', zhang);
    const own = (wallet.json() as { identifier: string; type: { slug: string }; holder: { id: string } }[]).filter(
      (x) => x.type.slug === 'real_estate_title' && x.holder.id === ZHANG.idNumber,
    );
    expect(own.length).toBeGreaterThan(0);
    const title = c.materials.find((m) => m.certificateType === 'real_estate_title');
    expect(title).toMatchObject({ state: 'certificate', certificateIdentifier: own[0]!.identifier });
  });
});

// ------------------------------------------------------------------------------------------ 2

describe('工程建设项目审批 by 李四 for 济南一次网络科技有限公司, across Spring Festival 2019', () => {
  let c: Case;
  const PROJECT = {
    project_name: '一次大厦二期',
    project_code: '2019-370102-70-03-012345',
    project_location: '济南市历下区解放东路1号',
    land_supply: 'transfer',
    report_type: 'form',
    build_mode: 'build',
    building_use: 'non_residential',
    land_use: 'commercial',
  };

  it('is filed for the company (prefilled from the legal-entity registry) and accepted on 2019-01-21, due on 2019-03-28', async () => {
    await dayIs('2019-01-21');
    const prepared = await prepare(liForCompany, bundle('construction-project-approval'), PROJECT);
    expect(prepared.applicant).toMatchObject({ kind: 'legal_person', id: COMPANY.uscc, name: COMPANY.name });
    expect(prepared.items).toHaveLength(11);
    expect(prepared.promisedLimitDays).toBe(45);
    expect(prepared.prefilled.find((p) => p.field === 'entity_name')?.value).toBe(COMPANY.name);
    // The permits the earlier stages issue are handed over inside the case.
    for (const type of ['land_use_planning_permit', 'engineering_planning_permit', 'construction_permit'])
      expect(prepared.materials.find((m) => m.certificateType === type)?.state).toBe('bundle_result');
    c = await submitted(liForCompany, bundle('construction-project-approval'), { form: PROJECT });
    expect(c.applicant).toMatchObject({ kind: 'legal_person', id: COMPANY.uscc });
    c = await accept(c);
    // 45 working days skip the Spring Festival (02-04 … 02-10) and count the make-up 02-02 and 02-03.
    expect(c.clock.dueOn).toBe('2019-03-28');
    expect(openSteps(c)).toEqual(['project_filing']);
    // 备案 is immediate: decided on the day of acceptance; the first stage then runs in parallel.
    c = await grantStep(c, 'project_filing');
    expect(openSteps(c).sort()).toEqual(['joint_evaluation', 'land_use_planning']);
  });

  it('refuses to grant the joint evaluation until every joint department has given its opinion (409 TASK_OPINIONS_MISSING)', async () => {
    await dayIs('2019-01-24');
    const task = openTasks(c).find((x) => x.stepKey === 'joint_evaluation')!;
    expect(task.jointDepartments.length).toBe(4);
    await claim(task);
    const [last, ...others] = task.jointDepartments;
    for (const joint of others) {
      const res = await call('POST', `/api/tasks/${task.id}/opinion`, approver, {
        opinion: '评估报告合并编制，同意',
        departmentId: joint.id,
      });
      expect(res.statusCode, res.body).toBe(200);
    }
    const early = await call('POST', `/api/tasks/${task.id}/decide`, approver, {
      decision: 'grant',
      reason: '联合评审通过',
    });
    expect(early.statusCode).toBe(409);
    expect(early.json().code).toBe('TASK_OPINIONS_MISSING');
    expect(JSON.stringify(early.json())).toContain(last!.name);
    const opinion = await call('POST', `/api/tasks/${task.id}/opinion`, approver, {
      opinion: '同意',
      departmentId: last!.id,
    });
    expect(opinion.statusCode, opinion.body).toBe(200);
    const view: Task = opinion.json();
    expect(view.jointDepartments.every((d) => d.opinionGiven)).toBe(true);
    c = await grant(task.id);
    c = await grantStep(c, 'land_use_planning');
    expect(openSteps(c).sort()).toEqual(['eia_approval', 'engineering_planning']);
  });

  it('runs the second stage up to the drawing review on the make-up weekend before the festival', async () => {
    await dayIs('2019-01-30');
    c = await grantStep(c, 'eia_approval');
    c = await grantStep(c, 'engineering_planning');
    expect(openSteps(c)).toEqual(['drawing_review']);
    await dayIs('2019-02-02');
    c = await grantStep(c, 'drawing_review');
    expect(openSteps(c)).toEqual(['civil_air_defence']);
    await dayIs('2019-02-03');
    c = await grantStep(c, 'civil_air_defence');
    expect(openSteps(c)).toEqual(['construction_permit']);
  });

  it('does not count the Spring Festival: on 2019-02-08 the case has 11 working days behind it, as on 02-03', async () => {
    await dayIs('2019-02-08');
    const during = await getCase(c.id);
    expect(during.clock.elapsedWorkdays).toBe(11);
    expect(during.clock.card).toBe('green');
  });

  it('completes all four stages on 2019-02-14 after exactly 15 working days, the permits issued to the company', async () => {
    await dayIs('2019-02-11');
    c = await grantStep(c, 'construction_permit');
    expect(openSteps(c).sort()).toEqual(['fire_acceptance', 'joint_acceptance']);
    await dayIs('2019-02-13');
    c = await grantStep(c, 'fire_acceptance');
    c = await grantStep(c, 'joint_acceptance');
    expect(openSteps(c)).toEqual(['completion_filing']);
    await dayIs('2019-02-14');
    c = await grantStep(c, 'completion_filing');
    expect(c.status).toBe('completed');
    expect(c.outcome).toBe('granted');
    expect(c.tasks.every((x) => x.status === 'granted')).toBe(true);
    // 01-22 … 01-25, 01-28 … 02-01, 02-02, 02-03, 02-11 … 02-14.
    expect(c.clock.elapsedWorkdays).toBe(15);
    expect(c.clock.elapsedWorkdays).toBeLessThanOrEqual(45);
    expect(c.visits).toBe(0);
    const joint = c.tasks.filter((x) => x.jointDepartments.length > 0);
    expect(joint.map((x) => x.stepKey).sort()).toEqual(['drawing_review', 'joint_acceptance', 'joint_evaluation']);
    for (const task of joint) expect(task.opinions.length).toBeGreaterThanOrEqual(task.jointDepartments.length);
    const wallet = await call('GET', '/api/me/certificates', liForCompany);
    expect(wallet.statusCode, wallet.body).toBe(200);
    const issued = (wallet.json() as { identifier: string; type: { slug: string }; holder: { id: string } }[]).filter(
      (x) => c.certificateIdentifiers.includes(x.identifier),
    );
    expect(issued.map((x) => x.type.slug).sort()).toEqual([
      'completion_acceptance_filing',
      'construction_permit',
      'engineering_planning_permit',
      'land_use_planning_permit',
    ]);
    expect(issued.every((x) => x.holder.id === COMPANY.uscc)).toBe(true);
  });
});

// ------------------------------------------------------------------------------------------ 3

describe('pauses and extensions of the working-day clocks (Qingming and May Day 2019)', () => {
  let transferItem: string;
  let c: Case;
  let taskId: string;

  it('a task correction pauses the task and the case clock; the remaining days stay frozen while paused', async () => {
    await dayIs('2019-04-04');
    transferItem = await nearestImplementationCodeOf(call, '370706001000', LIXIA);
    c = await accept(await submitted(zhang, { kind: 'item', implementationCode: transferItem }, { form: SALE_TO_LI }));
    // 04-05 Qingming, 04-06/07 weekend: days 1 … 3 are 04-08, 04-09, 04-10.
    expect(c.clock.dueOn).toBe('2019-04-10');
    taskId = c.tasks[0]!.id;
    expect(c.tasks[0]!.clock.dueOn).toBe('2019-04-10');

    await dayIs('2019-04-08');
    await claim(await getTask(taskId));
    const contract = c.materials.find((m) => m.state === 'uploaded')!;
    const res = await call('POST', `/api/tasks/${taskId}/request-correction`, approver, {
      items: [{ materialKey: contract.key, problem: '合同缺少买受人签字页' }],
    });
    expect(res.statusCode, res.body).toBe(200);
    const task: Task = res.json();
    expect(task.status).toBe('correction');
    expect(task.clock).toMatchObject({ paused: true, card: 'paused', dueOn: null, remainingWorkdays: 2 });
    c = await getCase(c.id);
    expect(c.clock).toMatchObject({ paused: true, card: 'paused', dueOn: null, remainingWorkdays: 2 });
    expect(c.materials.find((m) => m.key === contract.key)?.problem).toBe('合同缺少买受人签字页');

    await dayIs('2019-04-10');
    c = await getCase(c.id);
    expect(c.clock).toMatchObject({ card: 'paused', remainingWorkdays: 2, elapsedWorkdays: 1 });
    expect(c.tasks[0]!.clock).toMatchObject({ card: 'paused', remainingWorkdays: 2 });
  });

  it('the applicant’s corrected material (submit: true) resumes both clocks and moves the due day by the 3 paused working days', async () => {
    await dayIs('2019-04-11');
    const upload = await call('POST', '/api/uploads', zhang, TINY_PDF, { 'content-type': 'application/pdf' });
    const contract = c.materials.find((m) => m.problem)!;
    const res = await call('POST', `/api/applications/${c.id}/materials`, zhang, {
      materials: [
        { kind: 'upload', materialKey: contract.key, sha256: upload.json().sha256, fileName: '买卖合同.pdf' },
      ],
      submit: true,
    });
    expect(res.statusCode, res.body).toBe(200);
    c = await getCase(c.id);
    expect(c.tasks[0]!.status).toBe('claimed');
    // Paused on 04-08, resumed on 04-11: 04-09, 04-10, 04-11 do not count; 04-10 + 3 working days.
    for (const clock of [c.clock, c.tasks[0]!.clock]) {
      expect(clock).toMatchObject({ paused: false, pausedWorkdays: 3, dueOn: '2019-04-15', remainingWorkdays: 2 });
      expect(clock.card).toBe('green');
    }
  });

  it('a special procedure pauses both clocks until it is resumed, moving the due day by its working days', async () => {
    await dayIs('2019-04-12');
    const res = await call('POST', `/api/tasks/${taskId}/special-procedure`, approver, {
      kind: 'on_site_inspection',
      reason: '核实房屋现状',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'special_procedure', clock: { card: 'paused', remainingWorkdays: 1 } });
    const early = await call('POST', `/api/tasks/${taskId}/decide`, approver, { decision: 'grant', reason: '准予' });
    expect(early.statusCode).toBe(409);
    expect(early.json().code).toBe('TASK_STATE_CONFLICT');

    await dayIs('2019-04-15');
    c = await getCase(c.id);
    expect(c.clock).toMatchObject({ card: 'paused', remainingWorkdays: 1 });

    await dayIs('2019-04-16');
    const resumed = await call('POST', `/api/tasks/${taskId}/resume`, approver, {});
    expect(resumed.statusCode, resumed.body).toBe(200);
    c = await getCase(c.id);
    // 04-15 and 04-16 do not count: the due day moves from 04-15 to 04-17.
    for (const clock of [c.clock, c.tasks[0]!.clock])
      expect(clock).toMatchObject({ paused: false, pausedWorkdays: 5, dueOn: '2019-04-17', remainingWorkdays: 1 });

    await dayIs('2019-04-17');
    c = await grant(taskId);
    expect(c.status).toBe('completed');
    expect(c.clock).toMatchObject({ card: 'stopped', elapsedWorkdays: 3, pausedWorkdays: 5 });
  });

  it('an approved extension moves the due day across May Day and the card is never red before the extended due day', async () => {
    await dayIs('2019-04-26');
    c = await accept(await submitted(zhang, { kind: 'item', implementationCode: transferItem }, { form: SALE_TO_LI }));
    // The make-up Sunday 04-28 is day 1.
    expect(c.clock.dueOn).toBe('2019-04-30');
    taskId = c.tasks[0]!.id;

    await dayIs('2019-04-29');
    const res = await call('POST', `/api/tasks/${taskId}/extend`, approver, { days: 2, reason: '需核实历史登记资料' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().clock).toMatchObject({ extendedDays: 2, dueOn: '2019-05-06' });
    const again = await call('POST', `/api/tasks/${taskId}/extend`, approver, { days: 1, reason: '再次延期' });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('TASK_ALREADY_EXTENDED');
    c = await getCase(c.id);
    // 05-01 … 05-04 holidays; 05-05 (Sunday) a make-up working day.
    expect(c.clock).toMatchObject({ extendedDays: 2, dueOn: '2019-05-06' });

    const cards: Record<string, string[]> = {};
    for (const day of ['2019-04-30', '2019-05-01', '2019-05-03', '2019-05-04', '2019-05-05', '2019-05-06']) {
      await dayIs(day);
      cards[day] = clocksOf(await getCase(c.id)).map((x) => x.card);
    }
    for (const [day, seen] of Object.entries(cards)) expect(seen, day).not.toContain('red');
    expect(cards['2019-05-01']).toEqual(['green', 'green']);
    expect(cards['2019-05-06']).toEqual(['yellow', 'yellow']);
    await dayIs('2019-05-07');
    expect(clocksOf(await getCase(c.id)).map((x) => x.card)).toEqual(['red', 'red']);
  });
});

// ------------------------------------------------------------------------------------------ 4

describe('correction at acceptance (一次性告知), around Dragon Boat 2019', () => {
  let transferItem: string;
  let c: Case;
  let missingKey: string;
  let flaggedKey: string;

  async function expectNoticePdf(noticeId: string) {
    const pdf = await call('GET', `/api/cases/${c.id}/notices/${noticeId}/pdf`, zhang);
    expect(pdf.statusCode, pdf.body.slice(0, 200)).toBe(200);
    expect(String(pdf.headers['content-type'])).toMatch(/^application\/pdf/);
    expect(pdf.body.startsWith('%PDF-')).toBe(true);
  }

  it('cannot be accepted while a required material is missing (409 CASE_MATERIALS_INCOMPLETE)', async () => {
    await dayIs('2019-06-05');
    transferItem = await nearestImplementationCodeOf(call, '370706001000', LIXIA);
    const target: Target = { kind: 'item', implementationCode: transferItem };
    const prepared = await prepare(zhang, target, SALE_TO_LI);
    const uploads = prepared.materials.filter((m) => m.state === 'missing' && m.required && m.sourceKind === 'upload');
    expect(uploads.length).toBeGreaterThanOrEqual(2);
    missingKey = uploads[0]!.key;
    flaggedKey = uploads[1]!.key;
    c = await submitted(zhang, target, { form: SALE_TO_LI, skip: [missingKey] });
    const res = await call('POST', `/api/cases/${c.id}/accept`, clerk, {});
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('CASE_MATERIALS_INCOMPLETE');
  });

  it('the one-time notice lists every missing required material and the clerk’s items, and downloads as a PDF', async () => {
    await dayIs('2019-06-06');
    const res = await call('POST', `/api/cases/${c.id}/request-correction`, clerk, {
      items: [
        { materialKey: flaggedKey, problem: '复印件不清晰，请重新扫描' },
        { problem: '申请书未由申请人本人签字' },
      ],
    });
    expect(res.statusCode, res.body).toBe(200);
    c = res.json();
    expect(c.status).toBe('correction_requested');
    expect(c.materials.find((m) => m.key === missingKey)?.problem).toBe('未提交');
    expect(c.materials.find((m) => m.key === flaggedKey)).toMatchObject({
      problem: '复印件不清晰，请重新扫描',
      state: 'missing',
    });
    expect(c.notices).toHaveLength(1);
    expect(c.notices[0]).toMatchObject({ kind: 'correction', round: 1 });
    const timeline = await call('GET', `/api/cases/${c.id}/timeline`, zhang);
    const event = (timeline.json() as { kind: string; details: { materials: { name: string; problem: string }[] } }[])
      .filter((e) => e.kind === 'correction_requested')
      .at(-1)!;
    expect(event.details.materials.map((m) => m.problem).sort()).toEqual(
      ['复印件不清晰，请重新扫描', '未提交', '申请书未由申请人本人签字'].sort(),
    );
    await expectNoticePdf(c.notices[0]!.id);
  });

  it('after a partial resubmission a second round names what is still missing; the full resubmission is accepted', async () => {
    await dayIs('2019-06-10');
    const upload = await call('POST', '/api/uploads', zhang, TINY_PDF, { 'content-type': 'application/pdf' });
    const { sha256 } = upload.json();
    const partial = await call('POST', `/api/applications/${c.id}/materials`, zhang, {
      materials: [{ kind: 'upload', materialKey: missingKey, sha256, fileName: 'first.pdf' }],
      submit: true,
    });
    expect(partial.statusCode, partial.body).toBe(200);
    expect(partial.json().status).toBe('submitted');

    await dayIs('2019-06-11');
    const second = await call('POST', `/api/cases/${c.id}/request-correction`, clerk, { items: [] });
    expect(second.statusCode, second.body).toBe(200);
    c = second.json();
    expect(c.status).toBe('correction_requested');
    expect(c.notices.map((n) => n.round).sort()).toEqual([1, 2]);
    expect(c.materials.filter((m) => m.problem).map((m) => m.key)).toEqual([flaggedKey]);
    await expectNoticePdf(c.notices.find((n) => n.round === 2)!.id);

    await dayIs('2019-06-12');
    const full = await call('POST', `/api/applications/${c.id}/materials`, zhang, {
      materials: [{ kind: 'upload', materialKey: flaggedKey, sha256, fileName: 'rescan.pdf' }],
      submit: true,
    });
    expect(full.statusCode, full.body).toBe(200);
    c = await accept(full.json());
    expect(c.status).toBe('in_review');
    expect(c.acceptedOn).toBe('2019-06-12');
    expect(c.clock.dueOn).toBe('2019-06-17');
  });
});

// ------------------------------------------------------------------------------------------ 5

describe('window intake and handle-anywhere (Mid-Autumn 2019)', () => {
  let transferItem: string;
  let recordsQuery: string;
  let deedTax: string;
  const ZHANG_REF = { kind: 'person' as const, id: ZHANG.idNumber };
  const MAIL = { method: 'mail', address: '山东省青岛市市南区香港中路10号', recipient: '张三', phone: ZHANG.phone };

  it('a window clerk prepares the combined form and the materials for the applicant at the counter', async () => {
    await dayIs('2019-09-12');
    transferItem = await nearestImplementationCodeOf(call, '370706001000', LIXIA);
    recordsQuery = await nearestImplementationCodeOf(call, '372006007000', LIXIA);
    deedTax = await nearestImplementationCodeOf(call, '370412002000', LIXIA);
    const res = await call('POST', '/api/applications/prepare', clerk, {
      target: { kind: 'item', implementationCode: transferItem },
      applicant: ZHANG_REF,
      form: { transfer_reason: 'sale' },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().applicant).toMatchObject({ kind: 'person', id: ZHANG.idNumber, name: ZHANG.name });
  });

  it('a clerk of a 历下区 hall takes an application in for 张三: channel window, 1 visit', async () => {
    const halls = await call('GET', `/api/network/service-points?region=${LIXIA}&kind=hall`);
    expect(halls.statusCode, halls.body).toBe(200);
    expect(halls.json().items.map((p: { id: string }) => p.id)).toContain(LIXIA_HALL);
    const c = await submitted(
      clerk,
      { kind: 'item', implementationCode: transferItem },
      {
        url: '/api/cases',
        preparedBy: zhang,
        applicant: ZHANG_REF,
        form: SALE_TO_LI,
        servicePointId: LIXIA_HALL,
        delivery: { method: 'pickup' },
        buyerAtWindow: true,
      },
    );
    // Seller and buyer at the counter together: one visit, and the case is received.
    expect(c).toMatchObject({ channel: 'window', visits: 1, status: 'submitted' });
    expect(c.servicePoint?.id).toBe(LIXIA_HALL);
    expect(c.applicant).toMatchObject({ kind: 'person', id: ZHANG.idNumber, name: ZHANG.name });
    expect(c.filedBy.kind).toBe('staff');
    const timeline = await call('GET', `/api/cases/${c.id}/timeline`, zhang);
    expect((timeline.json() as { kind: string }[]).filter((e) => e.kind === 'visit')).toHaveLength(1);
    expect(
      (timeline.json() as { kind: string; details: { channel?: string } }[]).find(
        (e) => e.kind === 'co_applicant_joined',
      )?.details.channel,
    ).toBe('window');
  });

  it('a 青岛 hall takes in a 济南 item handled province-wide only for mail or electronic delivery (pickup → 422 INTAKE_NOT_ALLOWED)', async () => {
    const target: Target = { kind: 'item', implementationCode: recordsQuery };
    const pickup = await fileCase(qingdaoClerk, target, {
      url: '/api/cases',
      preparedBy: zhang,
      applicant: ZHANG_REF,
      servicePointId: QINGDAO_HALL,
      delivery: { method: 'pickup' },
    });
    expect(pickup.res.statusCode).toBe(422);
    expect(pickup.res.json().code).toBe('INTAKE_NOT_ALLOWED');
    const mailed = await call('POST', '/api/cases', qingdaoClerk, { ...pickup.body, delivery: MAIL });
    expect(mailed.statusCode, mailed.body).toBe(201);
    const c: Case = mailed.json();
    expect(c).toMatchObject({ regionCode: LIXIA, channel: 'window', visits: 1, delivery: { method: 'mail' } });
    expect(c.servicePoint?.id).toBe(QINGDAO_HALL);
    // The case belongs to 济南: its 历下区 staff see and accept it.
    const accepted = await call('POST', `/api/cases/${c.id}/accept`, clerk, {});
    expect(accepted.statusCode, accepted.body).toBe(200);
  });

  it('a 青岛 hall refuses an item that is not handled anywhere (handleAnywhere none → 422 INTAKE_NOT_ALLOWED)', async () => {
    const refused = await fileCase(
      qingdaoClerk,
      { kind: 'item', implementationCode: deedTax },
      {
        url: '/api/cases',
        preparedBy: zhang,
        applicant: ZHANG_REF,
        servicePointId: QINGDAO_HALL,
        delivery: MAIL,
        form: { home_status: 'other' },
      },
    );
    expect(refused.res.statusCode).toBe(422);
    expect(refused.res.json().code).toBe('INTAKE_NOT_ALLOWED');
    expect(JSON.stringify(refused.res.json().fields)).toContain('none');
  });
});

// ------------------------------------------------------------------------------------------ 6

describe('an agent files under the applicant’s mandate', () => {
  let transferItem: string;
  const ZHANG_REF = { kind: 'person' as const, id: ZHANG.idNumber };

  it('without a mandate the agent gets 403 MANDATE_REQUIRED, for preparing and for filing', async () => {
    await dayIs('2019-09-16');
    transferItem = await nearestImplementationCodeOf(call, '370706001000', LIXIA);
    const target: Target = { kind: 'item', implementationCode: transferItem };
    const prepared = await call('POST', '/api/applications/prepare', agent, { target, applicant: ZHANG_REF, form: {} });
    expect(prepared.statusCode).toBe(403);
    expect(prepared.json().code).toBe('MANDATE_REQUIRED');
    const filed = await call('POST', '/api/applications', agent, {
      target,
      applicant: ZHANG_REF,
      form: SALE_TO_LI,
      materials: [],
    });
    expect(filed.statusCode).toBe(403);
    expect(filed.json().code).toBe('MANDATE_REQUIRED');
  });

  it('with 张三’s mandate to apply, the agent files for him (channel agent) and 张三 sees the case as his', async () => {
    const mandate = await call('POST', '/api/mandates', zhang, {
      agentLogin: AGENT_LOGIN,
      scopeKind: 'period',
      actions: ['apply'],
      validTo: '2019-12-31T16:00:00Z',
    });
    expect(mandate.statusCode, mandate.body).toBe(201);
    const c = await submitted(
      agent,
      { kind: 'item', implementationCode: transferItem },
      {
        applicant: ZHANG_REF,
        form: SALE_TO_LI,
      },
    );
    expect(c).toMatchObject({ channel: 'agent', status: 'submitted', visits: 0 });
    expect(c.applicant).toMatchObject({ kind: 'person', id: ZHANG.idNumber, name: ZHANG.name });
    expect(c.filedBy.kind).toBe('staff');
    const mine = await call('GET', '/api/applications', zhang);
    expect(mine.json().items.map((x: { id: string }) => x.id)).toContain(c.id);
  });
});

// ------------------------------------------------------------------------------------------ 7

describe('delivery of the result', () => {
  let transferItem: string;

  async function completed(delivery: Record<string, string>): Promise<Case> {
    const c = await accept(
      await submitted(zhang, { kind: 'item', implementationCode: transferItem }, { form: SALE_TO_LI, delivery }),
    );
    const done = await grantStep(c, null);
    expect(done.status).toBe('completed');
    expect(done.delivery.status).toBe('ready');
    return done;
  }

  it('window pick-up completes delivery with a visit (visits 1); delivering twice is a 409', async () => {
    await dayIs('2019-09-17');
    transferItem = await nearestImplementationCodeOf(call, '370706001000', LIXIA);
    const c = await completed({ method: 'pickup' });
    expect(c.visits).toBe(0);
    const res = await call('POST', `/api/cases/${c.id}/deliver`, clerk, {});
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ visits: 1, delivery: { method: 'pickup', status: 'delivered' } });
    const twice = await call('POST', `/api/cases/${c.id}/deliver`, clerk, {});
    expect(twice.statusCode).toBe(409);
  });

  it('mail needs a tracking number (400 TRACKING_NUMBER_REQUIRED) and then delivers with 0 visits', async () => {
    const c = await completed({
      method: 'mail',
      address: '山东省济南市历下区解放路街道解放桥社区3号楼2单元501室',
      recipient: '张三',
      phone: ZHANG.phone,
    });
    const without = await call('POST', `/api/cases/${c.id}/deliver`, clerk, {});
    expect(without.statusCode).toBe(400);
    expect(without.json().code).toBe('TRACKING_NUMBER_REQUIRED');
    const res = await call('POST', `/api/cases/${c.id}/deliver`, clerk, { trackingNumber: 'SF1234567890' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      visits: 0,
      delivery: { method: 'mail', status: 'delivered', trackingNumber: 'SF1234567890' },
    });
  });
});

// ------------------------------------------------------------------------------------------ 8

describe('the periodic rules, across National Day 2019', () => {
  let silent: Case;
  let waitingForBuyer: Case;
  let deferred: Case;

  it('a case with no notice for 5 working days is still waiting; after more than 5 it counts as accepted as of its receipt', async () => {
    await dayIs('2019-09-27');
    const transferItem = await nearestImplementationCodeOf(call, '370706001000', LIXIA);
    silent = await submitted(zhang, { kind: 'item', implementationCode: transferItem }, { form: SALE_TO_LI });
    // Filed the same day by the seller alone: not received until the buyer joins, so no deemed acceptance.
    const alone = await fileCase(zhang, { kind: 'item', implementationCode: transferItem }, { form: SALE_TO_LI });
    waitingForBuyer = alone.res.json();
    expect(waitingForBuyer.status).toBe('awaiting_co_applicant');

    const retirement: Target = {
      kind: 'item',
      implementationCode: await nearestImplementationCodeOf(call, '370705006000', LIXIA),
    };
    const prepared = await prepare(zhang, retirement);
    const bank = prepared.materials.find((m) => m.deferrable && m.required && m.state === 'missing');
    expect(bank, 'a deferrable material').toBeDefined();
    deferred = await submitted(zhang, retirement, { skip: [bank!.key] });
    const res = await call('POST', `/api/cases/${deferred.id}/accept-deferred`, clerk, {
      materials: [{ materialKey: bank!.key, supplyBy: '2019-09-30' }],
      promise: '本人承诺于 2019 年 9 月 30 日前补交银行账户材料。',
    });
    expect(res.statusCode, res.body).toBe(200);
    deferred = res.json();
    expect(deferred.status).toBe('in_review');
    expect(deferred.materials.find((m) => m.key === bank!.key)).toMatchObject({
      state: 'deferred',
      supplyBy: '2019-09-30',
    });

    // 09-29 (make-up Sunday), 09-30, 10-08, 10-09, 10-10: five working days.
    await dayIs('2019-10-10');
    await t.services.cases.runDueRules();
    expect((await getCase(silent.id)).status).toBe('submitted');

    await dayIs('2019-10-11');
    await t.services.cases.runDueRules();
    silent = await getCase(silent.id);
    expect(silent.status).toBe('in_review');
    expect(silent.acceptedOn).toBe('2019-09-27');
    // Accepted as of 09-27: three working days end on 10-08, so it is already overdue.
    expect(silent.clock.dueOn).toBe('2019-10-08');
    expect(silent.clock.card).toBe('red');
    const timeline = await call('GET', `/api/cases/${silent.id}/timeline`, zhang);
    expect((timeline.json() as { kind: string }[]).map((e) => e.kind)).toContain('accepted_by_law');
    expect(await getCase(waitingForBuyer.id)).toMatchObject({ status: 'awaiting_co_applicant', acceptedOn: null });
  });

  it('a 容缺 case whose supply date passed without the material is terminated and its tasks cancelled', async () => {
    deferred = await getCase(deferred.id);
    expect(deferred.status).toBe('terminated');
    expect(deferred.tasks.length).toBeGreaterThan(0);
    expect(deferred.tasks.every((x) => x.status === 'cancelled')).toBe(true);
    expect(deferred.clock.card).toBe('stopped');
    const again = await t.services.cases.runDueRules();
    expect(again.terminated).toBe(0);
  });
});

describe('the 5-working-day rule counts make-up weekends (Spring Festival 2023)', () => {
  it('a case received on the make-up Saturday 2023-01-28 counts as accepted on 02-03, its sixth working day later', async () => {
    await dayIs('2023-01-28');
    const transferItem = await nearestImplementationCodeOf(call, '370706001000', LIXIA);
    const silent = await submitted(zhang, { kind: 'item', implementationCode: transferItem }, { form: SALE_TO_LI });

    // 01-29 (make-up Sunday), 01-30 … 02-02: five working days, the notice may still come.
    await dayIs('2023-02-02');
    await t.services.cases.runDueRules();
    expect((await getCase(silent.id)).status).toBe('submitted');

    // 02-03 is the sixth working day after receipt, only six calendar days later.
    await dayIs('2023-02-03');
    await t.services.cases.runDueRules();
    const accepted = await getCase(silent.id);
    expect(accepted.status).toBe('in_review');
    expect(accepted.acceptedOn).toBe('2023-01-28');
  });
});
