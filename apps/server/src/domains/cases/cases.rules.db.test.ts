import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Case, PreparedApplication } from '@yici/contracts';
import { DEMO_RESIDENTS } from '../registries/registries.demo';
import { openTestApp, type TestApp } from '../../testing/test-app';
import { createTestSession, sessionForAccount, type TestSession } from '../../testing/test-actors';
import { parseSerial } from './cases.serials';
import { uploadOwners, uploads } from './cases.tables';
import {
  caller,
  caseState as kitCaseState,
  fillForm,
  openTasks,
  supplyAll,
  supplyEverything,
  TINY_PDF,
  type Call,
} from './cases.test-kit';

/** A Thursday; 10-01 … 10-07 is the National Day holiday. */
const NOW = '2018-09-27T02:00:00Z';
const TODAY = '2018-09-27';
/** 食品经营许可: in 历下区 promised in 10 working days; 安全管理制度 and 食品安全管理人员 may be deferred (容缺). */
const FOOD_PERMIT = '370113005000';
/** 个体工商户设立登记: the operator's identity card is reused as an e-certificate. */
const SOLE_TRADER = '370113004000';
const LIXIA = '370102';
/** The 历下区 departments include no transport authority among food permits' reviewers. */
const OTHER_DEPARTMENT = '370102-transport';

let t: TestApp;
let call: Call;
let zhang: TestSession;
let liSi: TestSession;
let clerk: TestSession;
let farClerk: TestSession;
let approver: TestSession;
let secondApprover: TestSession;
let reviewer: TestSession;
let departmentReviewer: TestSession;
let foodPermitCode: string;
let soleTraderCode: string;

/** The 历下区 implementation (the catalog also lists the city's for 历下区 searches). */
async function lixiaCodeOf(basicCode: string): Promise<string> {
  const res = await call('GET', `/api/catalog/items?region=${LIXIA}&pageSize=100`);
  expect(res.statusCode, res.body).toBe(200);
  const found = (res.json().items as { code: string; basicCode: string; regionCode: string }[]).find(
    (i) => i.basicCode === basicCode && i.regionCode === LIXIA,
  );
  if (!found) throw new Error(`${basicCode} has no 历下区 implementation`);
  return found.code;
}

beforeAll(async () => {
  t = await openTestApp({ now: NOW });
  call = caller(t);
  const db = t.database.db;
  const now = new Date(NOW);
  zhang = await sessionForAccount(db, 'demo-person-zhangsan', now);
  liSi = await sessionForAccount(db, 'demo-person-lisi', now);
  clerk = await createTestSession(db, { kind: 'staff', roles: ['window_clerk'], regionCode: LIXIA }, now);
  farClerk = await createTestSession(db, { kind: 'staff', roles: ['window_clerk'], regionCode: '3702' }, now);
  approver = await createTestSession(db, { kind: 'staff', roles: ['reviewer', 'approver'], regionCode: LIXIA }, now);
  secondApprover = await createTestSession(
    db,
    { kind: 'staff', roles: ['reviewer', 'approver'], regionCode: LIXIA },
    now,
  );
  reviewer = await createTestSession(db, { kind: 'staff', roles: ['reviewer'], regionCode: LIXIA }, now);
  departmentReviewer = await createTestSession(
    db,
    { kind: 'staff', roles: ['reviewer'], regionCode: LIXIA, departmentId: OTHER_DEPARTMENT },
    now,
  );
  foodPermitCode = await lixiaCodeOf(FOOD_PERMIT);
  soleTraderCode = await lixiaCodeOf(SOLE_TRADER);
});
afterAll(async () => t?.close());

async function prepare(session: TestSession, implementationCode: string): Promise<PreparedApplication> {
  const res = await call('POST', '/api/applications/prepare', session, {
    target: { kind: 'item', implementationCode },
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

/** A PDF no one else uploaded (its own SHA-256). */
function uniquePdf(): Buffer {
  return Buffer.concat([TINY_PDF, Buffer.from(`% ${randomUUID()}\n`)]);
}

async function upload(session: TestSession, bytes: Buffer, contentType = 'application/pdf') {
  return call('POST', '/api/uploads', session, bytes, { 'content-type': contentType });
}

/** Files a 食品经营许可 application with every required material except those in `skip`. */
async function fileFoodPermit(
  session: TestSession,
  options: { skip?: string[]; key?: string; note?: string } = {},
): Promise<Case> {
  const prepared = await prepare(session, foodPermitCode);
  const form = fillForm(prepared, TODAY, options.note ? { application_note: options.note } : {});
  const materials = await supplyEverything(call, session, prepared, { skip: options.skip });
  const res = await call(
    'POST',
    '/api/applications',
    session,
    { target: prepared.target, form, materials },
    options.key ? { 'idempotency-key': options.key } : {},
  );
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

async function accepted(session: TestSession = zhang): Promise<Case> {
  const filed = await fileFoodPermit(session);
  const res = await call('POST', `/api/cases/${filed.id}/accept`, clerk, {});
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

async function taskOf(caseId: string) {
  const res = await call('GET', `/api/cases/${caseId}`, clerk);
  expect(res.statusCode, res.body).toBe(200);
  const c = res.json() as Case;
  expect(c.tasks).toHaveLength(1);
  return c.tasks[0]!;
}

/** What a refused request must leave as it was (see the test kit's caseState). */
const caseState = (session: TestSession, caseId: string) => kitCaseState(call, session, caseId);

async function stateOf(caseId: string) {
  return caseState(clerk, caseId);
}

/** How many cases (drafts included) the session's own list holds: a refused filing adds none. */
async function applicationCount(session: TestSession): Promise<number> {
  const res = await call('GET', '/api/applications?limit=100', session);
  expect(res.statusCode, res.body).toBe(200);
  return res.json().count.value as number;
}

function pathsOf(res: { json: () => { fields: { path: string }[] } }): string[] {
  return res.json().fields.map((f) => f.path);
}

describe('uploads', () => {
  const ZIP = Buffer.concat([Buffer.from('PK\u0003\u0004', 'latin1'), Buffer.alloc(64, 1)]);
  const HTML = Buffer.from('<!doctype html><html><body><script>alert(1)</script></body></html>');
  const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 2)]);

  async function uploadCount() {
    return (await t.database.db.select({ sha256: uploads.sha256 }).from(uploads)).length;
  }

  it('refuses a ZIP or HTML body disguised as a PDF or sent as bytes with 400 UPLOAD_TYPE_NOT_ALLOWED and stores nothing', async () => {
    const before = await uploadCount();
    for (const [bytes, type] of [
      [ZIP, 'application/pdf'],
      [ZIP, 'application/octet-stream'],
      [HTML, 'application/pdf'],
      [HTML, 'application/octet-stream'],
    ] as const) {
      const res = await upload(zhang, bytes, type);
      expect(res.statusCode, `${type}: ${res.body}`).toBe(400);
      expect(res.json().code).toBe('UPLOAD_TYPE_NOT_ALLOWED');
      expect(pathsOf(res)).toEqual(['file']);
    }
    expect(await uploadCount()).toBe(before);
  });

  it('refuses a ZIP or HTML file sent with its own Content-Type with 400 UPLOAD_TYPE_NOT_ALLOWED, the same as when disguised', async () => {
    // A browser sends the file's own type; the answer must still name the file, not the transport.
    const before = await uploadCount();
    const sent = [
      [ZIP, 'application/zip'],
      [HTML, 'text/html'],
      [HTML, 'text/plain'],
    ] as const;
    const answers = [];
    for (const [bytes, type] of sent) {
      const res = await upload(zhang, bytes, type);
      answers.push({ type, status: res.statusCode, code: res.json().code as string });
    }
    expect(answers).toEqual(sent.map(([, type]) => ({ type, status: 400, code: 'UPLOAD_TYPE_NOT_ALLOWED' })));
    expect(await uploadCount()).toBe(before);
  });

  it('refuses a PNG sent as application/pdf with 400 UPLOAD_TYPE_MISMATCH and stores nothing', async () => {
    const before = await uploadCount();
    const res = await upload(zhang, PNG, 'application/pdf');
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().code).toBe('UPLOAD_TYPE_MISMATCH');
    expect(pathsOf(res)).toEqual(['file']);
    expect(await uploadCount()).toBe(before);
  });

  it('takes exactly 10 MiB, answers 422 UPLOAD_TOO_LARGE one byte over and 413 BODY_TOO_LARGE past twice the cap', async () => {
    const limit = 10 * 1024 * 1024;
    const sized = (size: number) => Buffer.concat([TINY_PDF, Buffer.alloc(size - TINY_PDF.length, 0x20)]);
    const atLimit = await upload(zhang, sized(limit));
    expect(atLimit.statusCode, atLimit.body).toBe(201);
    expect(atLimit.json().size).toBe(limit);
    const before = await uploadCount();
    const justOver = await upload(zhang, sized(limit + 1));
    expect(justOver.statusCode, justOver.body).toBe(422);
    expect(justOver.json().code).toBe('UPLOAD_TOO_LARGE');
    expect(pathsOf(justOver)).toEqual(['file']);
    // Beyond the route's bodyLimit (twice the cap) the edge refuses before the domain sees the bytes.
    const farOver = await upload(zhang, sized(2 * limit + 1));
    expect(farOver.statusCode, farOver.body).toBe(413);
    expect(farOver.json().code).toBe('BODY_TOO_LARGE');
    expect(await uploadCount()).toBe(before);
  });

  it('stores the same file uploaded twice once, under one SHA-256, with one owner row per account', async () => {
    const bytes = uniquePdf();
    const first = await upload(zhang, bytes);
    const second = await upload(zhang, bytes);
    const byOther = await upload(liSi, bytes);
    expect([first.statusCode, second.statusCode, byOther.statusCode]).toEqual([201, 201, 201]);
    const { sha256 } = first.json();
    expect(second.json().sha256).toBe(sha256);
    expect(byOther.json().sha256).toBe(sha256);
    const db = t.database.db;
    expect(await db.select({ s: uploads.sha256 }).from(uploads).where(eq(uploads.sha256, sha256))).toHaveLength(1);
    const owners = await db.select().from(uploadOwners).where(eq(uploadOwners.sha256, sha256));
    expect(owners.map((o) => o.accountId).sort()).toEqual([zhang.accountId, liSi.accountId].sort());
  });

  it("refuses an application that references another account's upload with 400 APPLICATION_MATERIALS_INVALID at materials.<n>.sha256 and creates no case", async () => {
    const theirs = await upload(liSi, uniquePdf());
    expect(theirs.statusCode, theirs.body).toBe(201);
    const prepared = await prepare(zhang, foodPermitCode);
    const materials = await supplyEverything(call, zhang, prepared);
    const index = materials.findIndex((m) => m.materialKey === 'premises_layout');
    materials[index] = {
      kind: 'upload',
      materialKey: 'premises_layout',
      sha256: theirs.json().sha256,
      fileName: 'layout.pdf',
    };
    const before = await applicationCount(zhang);
    const res = await call('POST', '/api/applications', zhang, {
      target: prepared.target,
      form: fillForm(prepared, TODAY),
      materials,
    });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().code).toBe('APPLICATION_MATERIALS_INVALID');
    expect(pathsOf(res)).toEqual([`materials.${index}.sha256`]);
    expect(await applicationCount(zhang)).toBe(before);
  });
});

describe('application form and materials', () => {
  let bundle: PreparedApplication;

  beforeAll(async () => {
    const res = await call('POST', '/api/applications/prepare', zhang, {
      target: { kind: 'bundle', bundleId: 'enterprise-opening', regionCode: LIXIA },
      form: { entity_form: 'limited_company' },
    });
    expect(res.statusCode, res.body).toBe(200);
    bundle = res.json();
  });

  it('prefills the tax officer from the filer’s own account, as it does the contact', async () => {
    const zhangsan = DEMO_RESIDENTS.zhangSan;
    const value = (field: string) => bundle.prefilled.find((p) => p.field === field)?.value;
    expect(value('tax_officer_name')).toBe('张三');
    expect(value('tax_officer_name')).toBe(value('contact_name'));
    expect(value('tax_officer_id_number')).toBe(zhangsan.idNumber);
    expect(value('tax_officer_phone')).toBe(value('contact_phone'));
  });

  it('says before submitting what the applicant receives and by when, in working days across National Day', () => {
    expect(bundle.items.find((i) => i.basicCode === '370113001000')?.resultName).toBe('营业执照（含电子营业执照）');
    expect(bundle.promisedLimitDays).toBe(3);
    // Thursday 27 September 2018: Friday 28th, then Saturday 29th and Sunday 30th were make-up
    // working days before the National Day holiday (1–7 October).
    expect(bundle.expectedBy).toBe('2018-09-30');
  });

  it('refuses a submission missing required fields with 400 APPLICATION_FORM_INVALID naming each form.<key>, and creates no case', async () => {
    const before = await applicationCount(zhang);
    const res = await call('POST', '/api/applications', zhang, { target: bundle.target, form: {} });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().code).toBe('APPLICATION_FORM_INVALID');
    // Fields asked only in a situation (appliesWhen) are not asked while the situation is unanswered,
    // and the registries fill what they hold (the legal representative, the phone).
    const prefilled = new Set(bundle.prefilled.map((p) => p.field));
    const required = bundle.fields
      .filter((f) => f.required && !f.appliesWhen && !prefilled.has(f.key))
      .map((f) => `form.${f.key}`);
    expect(required.length).toBeGreaterThan(10);
    expect(pathsOf(res).sort()).toEqual(required.sort());
    expect(await applicationCount(zhang)).toBe(before);
  });

  it('completes registry-prefilled fields the applicant left empty from the registries instead of refusing them', async () => {
    const form = fillForm(bundle, TODAY, {
      entity_name: '济南预填测试有限公司',
      entity_form: 'limited_company',
      bank_account_number: '6228480402564890018',
      housing_fund_rate: '8',
    });
    for (const p of bundle.prefilled) delete form[p.field];
    const res = await call('POST', '/api/applications', zhang, {
      target: bundle.target,
      form,
      materials: await supplyAll(call, zhang, bundle),
    });
    expect(res.statusCode, res.body).toBe(201);
    const c = res.json() as Case;
    for (const p of bundle.prefilled) expect(c.form[p.field]).toBe(p.value);
  });

  it('keeps an incomplete draft (submit: false) without a case number', async () => {
    const before = await applicationCount(zhang);
    const res = await call('POST', '/api/applications', zhang, {
      target: bundle.target,
      form: { entity_form: 'limited_company' },
      submit: false,
    });
    expect(res.statusCode, res.body).toBe(201);
    const draft = res.json() as Case;
    expect(draft.status).toBe('draft');
    expect(draft.caseNumber).toBeNull();
    expect(await applicationCount(zhang)).toBe(before + 1);
  });

  it('refuses a malformed draft with 400 APPLICATION_FORM_INVALID naming only the malformed fields, and creates no case', async () => {
    const before = await applicationCount(zhang);
    const res = await call('POST', '/api/applications', zhang, {
      target: bundle.target,
      form: {
        entity_form: 'no_such_form',
        tax_officer_phone: '12345',
        tax_officer_id_number: '370102199003071230',
        no_such_field: 'x',
      },
      submit: false,
    });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().code).toBe('APPLICATION_FORM_INVALID');
    expect(pathsOf(res).sort()).toEqual(
      ['form.entity_form', 'form.no_such_field', 'form.tax_officer_id_number', 'form.tax_officer_phone'].sort(),
    );
    expect(await applicationCount(zhang)).toBe(before);
  });

  it("refuses unknown material keys, a promise where none is allowed and someone else's certificate with 400 APPLICATION_MATERIALS_INVALID naming each path, and creates no case", async () => {
    const zhangs = await prepare(zhang, soleTraderCode);
    const zhangsCard = zhangs.certificateCandidates.find((c) => c.materialKey === 'operator_identity');
    expect(zhangsCard, '张三 holds an identity card').toBeDefined();
    const prepared = await prepare(liSi, soleTraderCode);
    const agentAuthorization = prepared.materials.find((m) => m.key === 'agent_authorization')!;
    expect(agentAuthorization.promiseAllowed).toBe(false);
    const { sha256 } = (await upload(liSi, TINY_PDF)).json();
    const before = await applicationCount(liSi);
    const res = await call('POST', '/api/applications', liSi, {
      target: prepared.target,
      form: fillForm(prepared, TODAY),
      materials: [
        { kind: 'upload', materialKey: 'no_such_material', sha256, fileName: 'x.pdf' },
        { kind: 'promise', materialKey: 'agent_authorization', text: '本人承诺已取得经营者的书面委托。' },
        { kind: 'certificate', materialKey: 'operator_identity', identifier: zhangsCard!.identifier },
        { kind: 'upload', materialKey: 'premises_proof', sha256, fileName: 'premises.pdf' },
      ],
    });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().code).toBe('APPLICATION_MATERIALS_INVALID');
    expect(pathsOf(res)).toEqual(['materials.0.materialKey', 'materials.1.materialKey', 'materials.2.identifier']);
    expect(await applicationCount(liSi)).toBe(before);
  });
});

describe('scope', () => {
  it('answers a clerk of another region (3702) accepting a 历下 case with 404, as for a case that does not exist, and changes nothing', async () => {
    const filed = await fileFoodPermit(zhang);
    const before = await stateOf(filed.id);
    const res = await call('POST', `/api/cases/${filed.id}/accept`, farClerk, {});
    expect(res.statusCode, res.body).toBe(404);
    const missing = await call('POST', `/api/cases/${randomUUID()}/accept`, farClerk, {});
    expect(missing.statusCode).toBe(404);
    // Out of scope must read exactly as missing, so ids cannot be probed.
    expect(res.json().code).toBe(missing.json().code);
    expect(await stateOf(filed.id)).toEqual(before);
  });

  it("answers a person reading or supplying to someone else's case with 404 and changes nothing", async () => {
    const filed = await fileFoodPermit(zhang);
    const before = await stateOf(filed.id);
    for (const url of [`/api/applications/${filed.id}`, `/api/cases/${filed.id}`, `/api/cases/${filed.id}/timeline`]) {
      const res = await call('GET', url, liSi);
      expect(res.statusCode, `${url}: ${res.body}`).toBe(404);
    }
    const { sha256 } = (await upload(liSi, TINY_PDF)).json();
    const supply = await call('POST', `/api/applications/${filed.id}/materials`, liSi, {
      materials: [{ kind: 'upload', materialKey: 'premises_layout', sha256, fileName: 'x.pdf' }],
    });
    expect(supply.statusCode, supply.body).toBe(404);
    expect(await stateOf(filed.id)).toEqual(before);
  });

  it("answers a department-bound reviewer claiming another department's task with 404 and leaves the task open", async () => {
    const c = await accepted();
    const task = await taskOf(c.id);
    expect(task.departmentId).not.toBe(OTHER_DEPARTMENT);
    const before = await stateOf(c.id);
    const res = await call('POST', `/api/tasks/${task.id}/claim`, departmentReviewer, {});
    expect(res.statusCode, res.body).toBe(404);
    const read = await call('GET', `/api/tasks/${task.id}`, departmentReviewer);
    expect(read.statusCode).toBe(404);
    expect(await stateOf(c.id)).toEqual(before);
    expect((await taskOf(c.id)).status).toBe('open');
  });

  it('answers a reviewer without the approver role deciding with 403 and changes nothing', async () => {
    const c = await accepted();
    const task = await taskOf(c.id);
    const claimed = await call('POST', `/api/tasks/${task.id}/claim`, reviewer, {});
    expect(claimed.statusCode, claimed.body).toBe(200);
    const before = await stateOf(c.id);
    const res = await call('POST', `/api/tasks/${task.id}/decide`, reviewer, { decision: 'grant', reason: '符合条件' });
    expect(res.statusCode, res.body).toBe(403);
    expect(res.json().code).toBe('ACCESS_DENIED');
    expect(await stateOf(c.id)).toEqual(before);
  });
});

describe('tasks', () => {
  it('answers deciding an unclaimed task with 409 TASK_NOT_CLAIMED and changes nothing', async () => {
    const c = await accepted();
    const task = await taskOf(c.id);
    const before = await stateOf(c.id);
    const res = await call('POST', `/api/tasks/${task.id}/decide`, approver, { decision: 'grant', reason: '符合条件' });
    expect(res.statusCode, res.body).toBe(409);
    expect(res.json().code).toBe('TASK_NOT_CLAIMED');
    expect(await stateOf(c.id)).toEqual(before);
  });

  it('lets exactly one of two staff claiming the same task at once win; the other gets 409 TASK_ALREADY_CLAIMED', async () => {
    const c = await accepted();
    const task = await taskOf(c.id);
    const results = await Promise.all([
      call('POST', `/api/tasks/${task.id}/claim`, approver, {}),
      call('POST', `/api/tasks/${task.id}/claim`, secondApprover, {}),
    ]);
    const statuses = results.map((r) => r.statusCode).sort();
    expect(statuses, results.map((r) => r.body).join('\n')).toEqual([200, 409]);
    const loser = results.find((r) => r.statusCode === 409)!;
    expect(loser.json().code).toBe('TASK_ALREADY_CLAIMED');
    const winner = results.find((r) => r.statusCode === 200)!;
    expect(winner.json().status).toBe('claimed');
    const after = await stateOf(c.id);
    expect(after.tasks[0]!.status).toBe('claimed');
    expect(after.timeline.filter((e) => e.endsWith(' task_claimed'))).toHaveLength(1);
  });

  it('answers deciding a task twice with 409 TASK_STATE_CONFLICT and keeps the first decision', async () => {
    const c = await accepted();
    const task = await taskOf(c.id);
    expect((await call('POST', `/api/tasks/${task.id}/claim`, approver, {})).statusCode).toBe(200);
    // A denial needs no certificate data; the second call tries to turn it into a grant.
    const first = await call('POST', `/api/tasks/${task.id}/decide`, approver, {
      decision: 'deny',
      reason: '经营场所不符合要求',
    });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ status: 'completed', outcome: 'denied' });
    const before = await stateOf(c.id);
    const again = await call('POST', `/api/tasks/${task.id}/decide`, approver, { decision: 'grant', reason: '符合' });
    expect(again.statusCode, again.body).toBe(409);
    expect(again.json().code).toBe('TASK_STATE_CONFLICT');
    expect(await stateOf(c.id)).toEqual(before);
    expect(before.tasks[0]!.status).toBe('denied');
  });

  it('answers claiming a waiting task (its prerequisite not granted yet) with 409 TASK_STATE_CONFLICT', async () => {
    const res = await call('POST', '/api/applications/prepare', zhang, {
      target: { kind: 'bundle', bundleId: 'enterprise-opening', regionCode: LIXIA },
      form: { entity_form: 'limited_company' },
    });
    const prepared = res.json() as PreparedApplication;
    const filed = await call('POST', '/api/applications', zhang, {
      target: prepared.target,
      form: fillForm(prepared, TODAY, {
        entity_name: '济南等待任务测试有限公司',
        entity_form: 'limited_company',
        bank_account_number: '6228480402564890018',
        housing_fund_rate: '8',
      }),
      materials: await supplyAll(call, zhang, prepared),
    });
    expect(filed.statusCode, filed.body).toBe(201);
    const acceptedCase = await call('POST', `/api/cases/${filed.json().id}/accept`, clerk, {});
    expect(acceptedCase.statusCode, acceptedCase.body).toBe(200);
    const c = acceptedCase.json() as Case;
    expect(openTasks(c).map((x) => x.stepKey)).toEqual(['licence']);
    const waiting = c.tasks.find((x) => x.status === 'waiting')!;
    const before = await stateOf(c.id);
    const claim = await call('POST', `/api/tasks/${waiting.id}/claim`, approver, {});
    expect(claim.statusCode, claim.body).toBe(409);
    expect(claim.json().code).toBe('TASK_STATE_CONFLICT');
    expect(await stateOf(c.id)).toEqual(before);
  });
});

describe('acceptance', () => {
  it('answers accepting twice with 409 CASE_STATE_CONFLICT and changes nothing the second time', async () => {
    const c = await accepted();
    const before = await stateOf(c.id);
    const res = await call('POST', `/api/cases/${c.id}/accept`, clerk, {});
    expect(res.statusCode, res.body).toBe(409);
    expect(res.json().code).toBe('CASE_STATE_CONFLICT');
    expect(await stateOf(c.id)).toEqual(before);
  });

  it('accepts once when two clerks accept at the same moment: one 200, one 409 CASE_STATE_CONFLICT', async () => {
    const filed = await fileFoodPermit(zhang);
    const results = await Promise.all([
      call('POST', `/api/cases/${filed.id}/accept`, clerk, {}),
      call('POST', `/api/cases/${filed.id}/accept`, approver, {}),
    ]);
    expect(results.map((r) => r.statusCode).sort(), results.map((r) => r.body).join('\n')).toEqual([200, 409]);
    expect(results.find((r) => r.statusCode === 409)!.json().code).toBe('CASE_STATE_CONFLICT');
    const after = await stateOf(filed.id);
    expect(after.tasks).toHaveLength(1);
    expect(after.timeline.filter((e) => e.endsWith(' accepted'))).toHaveLength(1);
  });

  it('answers accepting with materials missing with 409 CASE_MATERIALS_INCOMPLETE naming each, and changes nothing', async () => {
    const filed = await fileFoodPermit(zhang, { skip: ['premises_layout', 'safety_rules'] });
    const before = await stateOf(filed.id);
    const res = await call('POST', `/api/cases/${filed.id}/accept`, clerk, {});
    expect(res.statusCode, res.body).toBe(409);
    expect(res.json().code).toBe('CASE_MATERIALS_INCOMPLETE');
    expect(pathsOf(res).sort()).toEqual(['materials.premises_layout', 'materials.safety_rules']);
    expect(await stateOf(filed.id)).toEqual(before);
  });

  it('answers 容缺 for a material the catalog does not mark deferrable with 422 MATERIAL_NOT_DEFERRABLE and changes nothing', async () => {
    const filed = await fileFoodPermit(zhang, { skip: ['premises_layout'] });
    expect(filed.materials.find((m) => m.key === 'premises_layout')!.deferrable).toBe(false);
    const before = await stateOf(filed.id);
    const res = await call('POST', `/api/cases/${filed.id}/accept-deferred`, clerk, {
      materials: [{ materialKey: 'premises_layout', supplyBy: '2018-10-08' }],
      promise: '申请人承诺在限期内补交经营场所平面图。',
    });
    expect(res.statusCode, res.body).toBe(422);
    expect(res.json().code).toBe('MATERIAL_NOT_DEFERRABLE');
    expect(pathsOf(res)).toEqual(['materials.0.materialKey']);
    expect(await stateOf(filed.id)).toEqual(before);
  });

  it('answers a supply date past the promised limit (or before today) with 422 DEFERRED_DATE_INVALID and changes nothing', async () => {
    const filed = await fileFoodPermit(zhang, { skip: ['safety_rules', 'safety_manager'] });
    const before = await stateOf(filed.id);
    const res = await call('POST', `/api/cases/${filed.id}/accept-deferred`, clerk, {
      materials: [
        { materialKey: 'safety_rules', supplyBy: '2018-12-31' },
        { materialKey: 'safety_manager', supplyBy: '2018-09-26' },
      ],
      promise: '申请人承诺在限期内补交食品安全管理制度。',
    });
    expect(res.statusCode, res.body).toBe(422);
    expect(res.json().code).toBe('DEFERRED_DATE_INVALID');
    expect(pathsOf(res)).toEqual(['materials.0.supplyBy', 'materials.1.supplyBy']);
    expect(await stateOf(filed.id)).toEqual(before);
  });

  it('accepts with 容缺: the case is in review, the notice is written and the deferred material is supplied later', async () => {
    const filed = await fileFoodPermit(zhang, { skip: ['safety_rules'] });
    const res = await call('POST', `/api/cases/${filed.id}/accept-deferred`, clerk, {
      materials: [{ materialKey: 'safety_rules', supplyBy: '2018-10-08' }],
      promise: '申请人承诺在 2018-10-08 前补交食品安全管理制度。',
    });
    expect(res.statusCode, res.body).toBe(200);
    const c = res.json() as Case;
    expect(c.status).toBe('in_review');
    expect(c.acceptedOn).toBe(TODAY);
    const deferred = c.materials.find((m) => m.key === 'safety_rules')!;
    expect(deferred).toMatchObject({ state: 'deferred', supplyBy: '2018-10-08' });
    const notice = c.notices.find((n) => n.kind === 'deferred_acceptance');
    expect(notice).toBeDefined();
    const pdf = await call('GET', `/api/cases/${c.id}/notices/${notice!.id}/pdf`, zhang);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toMatch(/application\/pdf/);
    expect(pdf.body.startsWith('%PDF')).toBe(true);

    const { sha256 } = (await upload(zhang, uniquePdf())).json();
    const supplied = await call('POST', `/api/applications/${c.id}/materials`, zhang, {
      materials: [{ kind: 'upload', materialKey: 'safety_rules', sha256, fileName: 'safety-rules.pdf' }],
    });
    expect(supplied.statusCode, supplied.body).toBe(200);
    const after = supplied.json() as Case;
    expect(after.status).toBe('in_review');
    expect(after.materials.find((m) => m.key === 'safety_rules')).toMatchObject({
      state: 'uploaded',
      file: { sha256 },
    });
    const timeline = (await caseState(zhang, c.id)).timeline;
    expect(timeline.some((e) => e.endsWith(' accepted_deferred'))).toBe(true);
    expect(timeline.some((e) => e.endsWith(' materials_supplied'))).toBe(true);
  });
});

describe('rules the law sets on decisions and notices', () => {
  it('holds a grant while a deferred (容缺) material its item uses is outstanding: 409 DEFERRED_MATERIALS_OUTSTANDING', async () => {
    const filed = await fileFoodPermit(zhang, { skip: ['safety_rules'] });
    const deferred = await call('POST', `/api/cases/${filed.id}/accept-deferred`, clerk, {
      materials: [{ materialKey: 'safety_rules', supplyBy: '2018-10-08' }],
      promise: '申请人承诺在 2018-10-08 前补交食品安全管理制度。',
    });
    expect(deferred.statusCode, deferred.body).toBe(200);
    const task = await taskOf(filed.id);
    expect((await call('POST', `/api/tasks/${task.id}/claim`, approver, {})).statusCode).toBe(200);
    const before = await caseState(zhang, filed.id);
    const res = await call('POST', `/api/tasks/${task.id}/decide`, approver, { decision: 'grant', reason: '符合条件' });
    expect(res.statusCode, res.body).toBe(409);
    expect(res.json().code).toBe('DEFERRED_MATERIALS_OUTSTANDING');
    expect(await caseState(zhang, filed.id)).toEqual(before);
  });

  it('refuses an extension past 10 working days for a single item with 422 EXTENSION_TOO_LONG', async () => {
    const c = await accepted();
    const task = await taskOf(c.id);
    const res = await call('POST', `/api/tasks/${task.id}/extend`, approver, { days: 11, reason: '需要现场核查' });
    expect(res.statusCode, res.body).toBe(422);
    expect(res.json().code).toBe('EXTENSION_TOO_LONG');
    const ok = await call('POST', `/api/tasks/${task.id}/extend`, approver, { days: 10, reason: '需要现场核查' });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().clock.extendedDays).toBe(10);
  });

  it('takes an upload with an Idempotency-Key and replays it for a retry', async () => {
    const bytes = uniquePdf();
    const headers = { 'content-type': 'application/pdf', 'idempotency-key': `upload-${randomUUID()}` };
    const first = await call('POST', '/api/uploads', zhang, bytes, headers);
    expect(first.statusCode, first.body).toBe(201);
    const again = await call('POST', '/api/uploads', zhang, bytes, headers);
    expect(again.statusCode).toBe(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.json().sha256).toBe(first.json().sha256);
  });

  it('refuses a one-time notice after 5 working days (409 NOTICE_WINDOW_PASSED): the case counts as accepted', async () => {
    const filed = await fileFoodPermit(zhang, { skip: ['safety_rules'] });
    // 09-28, 09-29, 09-30 (make-up days), 10-08, 10-09, 10-10: the sixth working day after receipt.
    const later = new Date('2018-10-10T02:00:00Z');
    t.clock.set(later);
    try {
      const lateClerk = await sessionForAccount(t.database.db, clerk.accountId, later);
      const res = await call('POST', `/api/cases/${filed.id}/request-correction`, lateClerk, { items: [] });
      expect(res.statusCode, res.body).toBe(409);
      expect(res.json().code).toBe('NOTICE_WINDOW_PASSED');
      const refused = await call('POST', `/api/cases/${filed.id}/refuse`, lateClerk, { reasons: ['材料不全'] });
      expect(refused.json().code).toBe('NOTICE_WINDOW_PASSED');
    } finally {
      t.clock.set(new Date(NOW));
    }
  });
});

describe('idempotency', () => {
  it('returns the same case for a retried POST /api/applications (200, idempotent-replayed) and creates one', async () => {
    const before = await applicationCount(zhang);
    const first = await fileFoodPermit(zhang, { key: 'rules-create-0001', note: '同一请求' });
    const prepared = await prepare(zhang, foodPermitCode);
    // The same body as the first request: the same form, the same (content-addressed) uploads.
    const body = {
      target: prepared.target,
      form: fillForm(prepared, TODAY, { application_note: '同一请求' }),
      materials: await supplyEverything(call, zhang, prepared),
    };
    const again = await call('POST', '/api/applications', zhang, body, { 'idempotency-key': 'rules-create-0001' });
    expect(again.statusCode, again.body).toBe(200);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.json().id).toBe(first.id);
    expect(again.json().caseNumber).toBe(first.caseNumber);
    expect(await applicationCount(zhang)).toBe(before + 1);
  });

  it('creates one case for two submissions sent at once with the same key: one 201, one 200 with the same id', async () => {
    const before = await applicationCount(zhang);
    const prepared = await prepare(zhang, foodPermitCode);
    const body = {
      target: prepared.target,
      form: fillForm(prepared, TODAY, { application_note: '并发重试' }),
      materials: await supplyEverything(call, zhang, prepared),
    };
    const headers = { 'idempotency-key': 'rules-create-concurrent' };
    const results = await Promise.all([
      call('POST', '/api/applications', zhang, body, headers),
      call('POST', '/api/applications', zhang, body, headers),
    ]);
    expect(results.map((r) => r.statusCode).sort(), results.map((r) => r.body).join('\n')).toEqual([200, 201]);
    expect(results[0]!.json().id).toBe(results[1]!.json().id);
    expect(await applicationCount(zhang)).toBe(before + 1);
  });

  it('answers a different body under a used key with 422 IDEMPOTENCY_KEY_REUSED and creates nothing', async () => {
    await fileFoodPermit(zhang, { key: 'rules-create-0002', note: '第一次' });
    const before = await applicationCount(zhang);
    const prepared = await prepare(zhang, foodPermitCode);
    const res = await call(
      'POST',
      '/api/applications',
      zhang,
      {
        target: prepared.target,
        form: fillForm(prepared, TODAY, { application_note: '另一请求' }),
        materials: await supplyEverything(call, zhang, prepared),
      },
      { 'idempotency-key': 'rules-create-0002' },
    );
    expect(res.statusCode, res.body).toBe(422);
    expect(res.json().code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(await applicationCount(zhang)).toBe(before);
  });

  it('replays the first 200 of an accept retried with the same key (not a 409) and accepts once', async () => {
    const filed = await fileFoodPermit(zhang);
    const headers = { 'idempotency-key': `accept-${filed.id}` };
    const first = await call('POST', `/api/cases/${filed.id}/accept`, clerk, {}, headers);
    expect(first.statusCode, first.body).toBe(200);
    const before = await stateOf(filed.id);
    const again = await call('POST', `/api/cases/${filed.id}/accept`, clerk, {}, headers);
    expect(again.statusCode, again.body).toBe(200);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.json()).toEqual(first.json());
    expect(await stateOf(filed.id)).toEqual(before);
    expect(before.timeline.filter((e) => e.endsWith(' accepted'))).toHaveLength(1);
  });

  it('replays the first result of a decide retried with the same key and decides once', async () => {
    const c = await accepted();
    const task = await taskOf(c.id);
    expect((await call('POST', `/api/tasks/${task.id}/claim`, approver, {})).statusCode).toBe(200);
    const headers = { 'idempotency-key': `decide-${task.id}` };
    const body = { decision: 'deny', reason: '经营场所不符合要求' };
    const first = await call('POST', `/api/tasks/${task.id}/decide`, approver, body, headers);
    expect(first.statusCode, first.body).toBe(200);
    const before = await stateOf(c.id);
    const again = await call('POST', `/api/tasks/${task.id}/decide`, approver, body, headers);
    expect(again.statusCode, again.body).toBe(200);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.json()).toEqual(first.json());
    expect(await stateOf(c.id)).toEqual(before);
  });

  it('refuses a malformed Idempotency-Key with 400 naming the header, and changes nothing', async () => {
    const before = await applicationCount(zhang);
    const prepared = await prepare(zhang, foodPermitCode);
    const create = await call(
      'POST',
      '/api/applications',
      zhang,
      {
        target: prepared.target,
        form: fillForm(prepared, TODAY),
        materials: await supplyEverything(call, zhang, prepared),
      },
      { 'idempotency-key': 'bad key!' },
    );
    expect(create.statusCode, create.body).toBe(400);
    expect(pathsOf(create)).toEqual(['headers.idempotency-key']);
    expect(await applicationCount(zhang)).toBe(before);

    const filed = await fileFoodPermit(zhang);
    const state = await stateOf(filed.id);
    const accept = await call('POST', `/api/cases/${filed.id}/accept`, clerk, {}, { 'idempotency-key': 'short' });
    expect(accept.statusCode, accept.body).toBe(400);
    expect(pathsOf(accept)).toEqual(['headers.idempotency-key']);
    expect(await stateOf(filed.id)).toEqual(state);
  });
});

describe('case numbers', () => {
  it('are 43 characters: implementation code, yyyyMMdd and a serial that increases across submissions of one item on one day', async () => {
    const numbers: string[] = [];
    for (const who of [zhang, liSi, zhang]) numbers.push((await fileFoodPermit(who)).caseNumber!);
    for (const n of numbers) {
      expect(n).toHaveLength(43);
      expect(n.slice(0, 31)).toBe(foodPermitCode);
      expect(n.slice(31, 39)).toBe('20180927');
    }
    const serials = numbers.map((n) => parseSerial(n.slice(39)));
    expect(serials[1]).toBeGreaterThan(serials[0]!);
    expect(serials[2]).toBeGreaterThan(serials[1]!);
  });
});

// Last: moves the clock (王五 is on the blacklist from 2024-03-15).
describe('容缺 and the credit blacklist', () => {
  it('refuses 容缺 for an applicant on the credit blacklist with 422 APPLICANT_BLACKLISTED and changes nothing', async () => {
    const now = new Date('2026-11-25T02:00:00Z');
    t.clock.set(now);
    const db = t.database.db;
    const { wangWu } = DEMO_RESIDENTS;
    const wang = await createTestSession(
      db,
      { kind: 'person', level: 'registry', name: wangWu.name, idNumber: wangWu.idNumber },
      now,
    );
    clerk = await sessionForAccount(db, clerk.accountId, now);
    const code = await lixiaCodeOf(FOOD_PERMIT);
    const prepared = await prepare(wang, code);
    expect(prepared.blacklisted).toBe(true);
    const filed = await call('POST', '/api/applications', wang, {
      target: prepared.target,
      form: fillForm(prepared, '2026-11-25'),
      materials: await supplyEverything(call, wang, prepared, { skip: ['safety_rules'] }),
    });
    expect(filed.statusCode, filed.body).toBe(201);
    const id = filed.json().id as string;
    const before = await stateOf(id);
    const res = await call('POST', `/api/cases/${id}/accept-deferred`, clerk, {
      materials: [{ materialKey: 'safety_rules', supplyBy: '2026-11-30' }],
      promise: '申请人承诺在限期内补交食品安全管理制度。',
    });
    expect(res.statusCode, res.body).toBe(422);
    expect(res.json().code).toBe('APPLICANT_BLACKLISTED');
    expect(await stateOf(id)).toEqual(before);
  });
});
