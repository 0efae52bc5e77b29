import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Case, DataUsePage } from '@yici/contracts';
import { STAFF_ROLES, type Actor } from '../actor';
import { openTestApp, type TestApp } from '../../testing/test-app';
import { createTestSession, sessionForAccount, type TestSession } from '../../testing/test-actors';
import {
  caller,
  fillForm,
  nearestImplementationCodeOf,
  supplyEverything,
  TINY_PDF,
  type Call,
} from '../../domains/cases/cases.test-kit';
import { MATERIAL_VIEW_PURPOSE } from '../../domains/cases/cases.material-files';
import { grants, PERMISSIONS } from './permissions';
import { createIdentityRepository } from '../../domains/identity/identity.repository';
import { openSession } from '../../domains/identity/identity.sessions';

/**
 * The access matrix: every API route, called by every kind of actor, is allowed or denied exactly
 * as the permission list says. Routes come from the running app, so a new route is in the matrix
 * the moment it exists (and cannot exist without naming a permission).
 */
type Caller = { name: string; actor: Actor; session: TestSession | null };

let t: TestApp;
const callers: Caller[] = [];
const DENIAL_CODES = new Set(['AUTH_REQUIRED', 'SESSION_INVALID', 'ACCESS_DENIED', 'REAL_NAME_LEVEL_TOO_LOW']);

beforeAll(async () => {
  t = await openTestApp();
  const db = t.database.db;
  callers.push({ name: 'anonymous', actor: { kind: 'anonymous' }, session: null });
  for (const level of [null, 'phone', 'registry', 'in_person'] as const) {
    const session = await createTestSession(db, { kind: 'person', level });
    callers.push({
      name: `person(${level ?? 'unverified'})`,
      actor: {
        kind: 'person',
        accountId: session.accountId,
        name: '',
        idNumber: '',
        realNameLevel: level,
        actingFor: null,
      },
      session,
    });
  }
  for (const role of STAFF_ROLES) {
    const session = await createTestSession(db, { kind: 'staff', roles: [role] });
    callers.push({
      name: `staff(${role})`,
      actor: {
        kind: 'staff',
        accountId: session.accountId,
        name: '',
        roles: [role],
        departmentId: null,
        regionCode: '37',
      },
      session,
    });
  }
});
afterAll(async () => t?.close());

async function freshSession(accountId: string) {
  const session = await openSession(createIdentityRepository(t.database.db), {
    accountId,
    now: t.clock.now(),
    ip: null,
  });
  return { headers: { cookie: `yici_session=${session.token}`, 'x-csrf-token': session.csrfToken } };
}

/** A concrete URL for a route pattern: ids that exist nowhere, valid in shape. */
function concrete(url: string): string {
  return url
    .replace(':uscc', '91370102MA3C00000X')
    .replace(':code', '370113001000')
    .replace(':year', '2026')
    .replace(/:[a-zA-Z]+/g, 'no-such-id');
}

describe('the access matrix', () => {
  it('names a permission from the one list on every API route', () => {
    expect(t.app.apiRoutes.length).toBeGreaterThan(20);
    for (const route of t.app.apiRoutes) expect(Object.keys(PERMISSIONS)).toContain(route.permission);
  });

  it('allows and denies every route for every actor as the permission list says', async () => {
    const mismatches: string[] = [];
    let cells = 0;
    // "Log out everywhere" ends every session of the caller: those routes go last.
    const routes = [...t.app.apiRoutes].sort(
      (a, b) => Number(a.url.includes('/logout')) - Number(b.url.includes('/logout')),
    );
    for (const route of routes) {
      for (const caller of callers) {
        // Logging out ends the session it is called with: give those calls a session of their own.
        const session =
          caller.session && route.url.includes('/logout')
            ? await freshSession(caller.session.accountId)
            : caller.session;
        const response = await t.app.inject({
          method: route.method as 'GET',
          url: concrete(route.url),
          headers: session?.headers ?? {},
          ...(route.method === 'GET' || route.method === 'DELETE' ? {} : { payload: {} }),
        });
        cells += 1;
        const body = String(response.headers['content-type'] ?? '').includes('json') ? response.json() : {};
        const denied = DENIAL_CODES.has(body.code);
        const shouldAllow = grants(caller.actor, route.permission) === 'allowed';
        if (shouldAllow === denied || response.statusCode >= 500) {
          mismatches.push(`${route.method} ${route.url} as ${caller.name}: ${response.statusCode} ${body.code ?? ''}`);
        }
      }
    }
    expect(cells).toBe(t.app.apiRoutes.length * callers.length);
    expect(mismatches).toEqual([]);
  });
});

/**
 * Data scope of one case: staff by region (and department for tasks), the applicant, agents by
 * the applicant's mandates, and the files behind the materials with every staff view logged.
 */
describe('the scope of one case, its tasks and its material files', () => {
  const LIXIA = '370102';
  /** 食品经营许可: in 历下区 a single item with uploaded materials. */
  const FOOD_PERMIT = '370113005000';
  let call: Call;
  let zhang: TestSession;
  let approver: TestSession;
  let qingdaoApprover: TestSession;
  let otherDepartmentReviewer: TestSession;
  let agent: TestSession;
  let theCase: Case;
  let otherCase: Case;
  let uploadKey: string;
  let uploadedBytes: Buffer;

  const get = (url: string, session: TestSession) => call('GET', url, session);
  const dataUseOfZhang = async () =>
    ((await get('/api/me/data-use?limit=100', zhang)).json() as DataUsePage).items.filter(
      (e) => e.purpose === MATERIAL_VIEW_PURPOSE,
    );

  async function file(session: TestSession, implementationCode: string): Promise<Case> {
    const target = { kind: 'item' as const, implementationCode };
    const prepared = (await call('POST', '/api/applications/prepare', session, { target })).json();
    const materials = await supplyEverything(call, session, prepared);
    const res = await call('POST', '/api/applications', session, {
      target,
      form: fillForm(prepared, t.clock.today(), { application_note: randomUUID() }),
      materials,
      delivery: { method: 'electronic' },
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json();
  }

  beforeAll(async () => {
    call = caller(t);
    const db = t.database.db;
    const now = t.clock.now();
    zhang = await sessionForAccount(db, 'demo-person-zhangsan', now);
    agent = await sessionForAccount(db, 'demo-staff-agent.lixia', now);
    approver = await createTestSession(db, { kind: 'staff', roles: ['reviewer', 'approver'], regionCode: LIXIA }, now);
    qingdaoApprover = await createTestSession(db, { kind: 'staff', roles: ['approver'], regionCode: '3702' }, now);
    otherDepartmentReviewer = await createTestSession(
      db,
      { kind: 'staff', roles: ['reviewer'], regionCode: LIXIA, departmentId: '370102-transport' },
      now,
    );
    const code = await nearestImplementationCodeOf(call, FOOD_PERMIT, LIXIA);
    theCase = await file(zhang, code);
    otherCase = await file(await sessionForAccount(db, 'demo-person-lisi', now), code);
    const uploaded = theCase.materials.find((m) => m.file);
    uploadKey = uploaded!.key;
    uploadedBytes = TINY_PDF;
  });

  it('shows a case to staff whose region covers it and answers 404 to staff of another region', async () => {
    expect((await get(`/api/cases/${theCase.id}`, approver)).statusCode).toBe(200);
    const far = await get(`/api/cases/${theCase.id}`, qingdaoApprover);
    expect(far.statusCode).toBe(404);
    expect(far.json().code).toBe('CASE_NOT_FOUND');
  });

  it('streams a material’s file to the applicant, unlogged, and to staff in scope, logged in the applicant’s data-use log', async () => {
    const before = (await dataUseOfZhang()).length;
    const own = await get(`/api/cases/${theCase.id}/materials/${uploadKey}/file`, zhang);
    expect(own.statusCode).toBe(200);
    expect(own.headers['content-type']).toBe('application/pdf');
    expect(String(own.headers['content-disposition'])).toMatch(/^inline; filename\*=UTF-8''/);
    // Framed by the workbench's own page for the inline preview, by no one else.
    expect(own.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(String(own.headers['content-security-policy'])).toContain("frame-ancestors 'self'");
    expect(Buffer.from(own.body, 'latin1').equals(uploadedBytes)).toBe(true);
    expect(await dataUseOfZhang()).toHaveLength(before);

    const staffView = await get(`/api/cases/${theCase.id}/materials/${uploadKey}/file`, approver);
    expect(staffView.statusCode).toBe(200);
    const logged = await dataUseOfZhang();
    expect(logged).toHaveLength(before + 1);
    const material = theCase.materials.find((m) => m.key === uploadKey)!;
    expect(logged[0]).toMatchObject({ readerKind: 'staff', caseId: theCase.id, fields: [material.name] });
    expect(logged[0]!.readerLabel).toMatch(/^工作人员/);
  });

  it('answers 404 to staff out of scope and logs nothing', async () => {
    const before = (await dataUseOfZhang()).length;
    const far = await get(`/api/cases/${theCase.id}/materials/${uploadKey}/file`, qingdaoApprover);
    expect(far.statusCode).toBe(404);
    expect(far.json().code).toBe('CASE_NOT_FOUND');
    expect(await dataUseOfZhang()).toHaveLength(before);
  });

  it('answers a problem with a code for a material key that does not exist or stands for no file', async () => {
    const unknown = await get(`/api/cases/${theCase.id}/materials/no_such_material/file`, approver);
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toMatchObject({ code: 'MATERIAL_NOT_FOUND', fields: [{ path: 'materialKey' }] });
    const noFile = theCase.materials.find((m) => !m.file);
    if (noFile) {
      const res = await get(`/api/cases/${theCase.id}/materials/${noFile.key}/file`, approver);
      expect(res.statusCode).toBe(404);
      expect(res.json().code).toBe('MATERIAL_FILE_NOT_FOUND');
    }
  });

  it('never serves a file of another case through this case: 李四’s case is out of 张三’s reach', async () => {
    const other = await get(`/api/cases/${otherCase.id}/materials/${uploadKey}/file`, zhang);
    expect(other.statusCode).toBe(404);
    expect(other.json().code).toBe('CASE_NOT_FOUND');
  });

  it('streams a file from a task to its department’s staff; another department’s reviewer gets 404', async () => {
    const clerk = await createTestSession(t.database.db, { kind: 'staff', roles: ['window_clerk'], regionCode: LIXIA });
    const accepted = await call('POST', `/api/cases/${theCase.id}/accept`, clerk, {});
    expect(accepted.statusCode, accepted.body).toBe(200);
    const task = (accepted.json() as Case).tasks[0]!;
    const fromTask = await get(`/api/tasks/${task.id}/materials/${uploadKey}/file`, approver);
    expect(fromTask.statusCode).toBe(200);
    expect(fromTask.headers['content-type']).toBe('application/pdf');
    const elsewhere = await get(`/api/tasks/${task.id}/materials/${uploadKey}/file`, otherDepartmentReviewer);
    expect(elsewhere.statusCode).toBe(404);
    expect(elsewhere.json().code).toBe('TASK_NOT_FOUND');
    const unknown = await get(`/api/tasks/${task.id}/materials/no_such_material/file`, approver);
    expect(unknown.json().code).toBe('MATERIAL_NOT_FOUND');
  });

  describe('an agent sees a case only while a mandate from its applicant covers it', () => {
    const caseUrl = () => `/api/cases/${theCase.id}`;
    const mandate = async (body: Record<string, unknown>) => {
      const res = await call('POST', '/api/mandates', zhang, {
        agentLogin: 'agent.lixia',
        actions: ['view'],
        validTo: new Date(t.clock.now().getTime() + 86_400_000).toISOString(),
        ...body,
      });
      expect(res.statusCode, res.body).toBe(201);
      return res.json() as { id: string };
    };
    const revoke = async (id: string) =>
      expect((await call('POST', `/api/mandates/${id}/revoke`, zhang, {})).statusCode).toBe(200);
    const listed = async () =>
      ((await get('/api/applications', agent)).json() as { items: { id: string }[] }).items.map((c) => c.id);

    it('without a mandate: 404 for the case, its timeline and its files, and not in the agent’s list', async () => {
      for (const url of [caseUrl(), `${caseUrl()}/timeline`, `${caseUrl()}/materials/${uploadKey}/file`]) {
        const res = await get(url, agent);
        expect(res.statusCode, url).toBe(404);
        expect(res.json().code).toBe('CASE_NOT_FOUND');
      }
      expect(await listed()).not.toContain(theCase.id);
    });

    it('with a mandate for the case: 200 and listed; after its revocation 404 again', async () => {
      const m = await mandate({ scopeKind: 'case', caseId: theCase.id });
      expect((await get(caseUrl(), agent)).statusCode).toBe(200);
      expect(await listed()).toContain(theCase.id);
      expect((await get(`/api/cases/${otherCase.id}`, agent)).statusCode).toBe(404);
      await revoke(m.id);
      expect((await get(caseUrl(), agent)).statusCode).toBe(404);
      expect(await listed()).not.toContain(theCase.id);
    });

    it('a mandate for a bundle covers only that bundle’s cases; one for a period covers all of the grantor’s', async () => {
      const bundle = await mandate({ scopeKind: 'bundle', bundleId: 'enterprise-opening' });
      expect((await get(caseUrl(), agent)).statusCode).toBe(404);
      await revoke(bundle.id);
      const period = await mandate({ scopeKind: 'period' });
      expect((await get(caseUrl(), agent)).statusCode).toBe(200);
      expect((await get(`/api/cases/${otherCase.id}`, agent)).statusCode).toBe(404);
      await revoke(period.id);
      expect((await get(caseUrl(), agent)).statusCode).toBe(404);
    });
  });
});
