import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Case, IssuedSecret, PreparedApplication } from '@yici/contracts';
import { createYiciClient, requestAccessToken } from '../../../../../packages/api-client/src';
import { openTestApp, type TestApp } from '../../testing/test-app';
import { createTestSession, sessionForAccount, type TestSession } from '../../testing/test-actors';
import { caller, fillForm, supplyEverything, type Call } from '../cases/cases.test-kit';
import { RETRY_BUDGET, signatureOf } from './sharing.webhooks';

/**
 * A department's own system plays its part end to end through the typed client generated from
 * the API document, over real HTTP: token → subscribe → “task opened” arrives signed → claim and
 * decide as the system → “completed” arrives; the task and the timeline name the system. And
 * machines stay in their department: another department's or region's system neither hears of
 * the task nor can claim, give an opinion on or decide it.
 */
const NOW = '2018-09-27T02:00:00Z';
const TODAY = '2018-09-27';
/** 食品经营许可 in 历下区: one item, one department task. */
const FOOD_PERMIT = '370113005000';
const LIXIA = '370102';

type Received = { url: string; headers: IncomingHttpHeaders; body: string };
let t: TestApp;
let call: Call;
let zhang: TestSession;
let clerk: TestSession;
let administrator: TestSession;
let baseUrl: string;
let receiver: Server;
let receiverUrl: string;
const received: Received[] = [];
let foodPermitCode: string;

beforeAll(async () => {
  t = await openTestApp({ now: NOW, webhooks: { allowHttp: true, allowInternal: true } });
  call = caller(t);
  const now = new Date(NOW);
  zhang = await sessionForAccount(t.database.db, 'demo-person-zhangsan', now);
  clerk = await createTestSession(t.database.db, { kind: 'staff', roles: ['window_clerk'], regionCode: LIXIA }, now);
  administrator = await createTestSession(t.database.db, { kind: 'staff', roles: ['administrator'] }, now);
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  baseUrl = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
  receiver = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    request.on('end', () => {
      received.push({ url: request.url ?? '', headers: request.headers, body });
      response.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/events`;
  const items = await call('GET', `/api/catalog/items?region=${LIXIA}&pageSize=100`);
  foodPermitCode = (items.json().items as { code: string; basicCode: string; regionCode: string }[]).find(
    (i) => i.basicCode === FOOD_PERMIT && i.regionCode === LIXIA,
  )!.code;
});
afterAll(async () => {
  await new Promise((resolve) => receiver?.close(resolve));
  await t?.close();
});

async function fileAndAccept(): Promise<Case> {
  const prepared: PreparedApplication = (
    await call('POST', '/api/applications/prepare', zhang, {
      target: { kind: 'item', implementationCode: foodPermitCode },
    })
  ).json();
  const filed = await call('POST', '/api/applications', zhang, {
    target: prepared.target,
    form: fillForm(prepared, TODAY, {}),
    materials: await supplyEverything(call, zhang, prepared),
  });
  expect(filed.statusCode, filed.body).toBe(201);
  const accepted = await call('POST', `/api/cases/${filed.json().id}/accept`, clerk, {});
  expect(accepted.statusCode, accepted.body).toBe(200);
  return accepted.json();
}

/** Runs the delivery job until it has nothing left (as the server's periodic job would). */
async function dispatchAll() {
  while (await t.services.sharing.webhooks.dispatch()) {
    /* more waiting */
  }
}

function eventsOf(type: string, caseId: string) {
  return received
    .map((r) => ({ ...r, event: JSON.parse(r.body) as { id: string; type: string; data: Record<string, unknown> } }))
    .filter((r) => r.event.type === type && r.event.data.caseId === caseId);
}

describe('a department system through the generated client', () => {
  it('takes a token, subscribes, receives “task opened”, decides the task and receives “completed”', async () => {
    // The department that handles the item, as the first case shows it.
    const department = (await fileAndAccept()).tasks[0]!.departmentId;
    const registered = await call('POST', '/api/admin/service-accounts', administrator, {
      name: '历下区食品经营许可审批系统',
      kind: 'department',
      scopes: ['sharing:events', 'task:read', 'task:work', 'task:decide'],
      regionCode: LIXIA,
      departmentId: department,
    });
    expect(registered.statusCode, registered.body).toBe(201);
    const issued = registered.json() as IssuedSecret;

    const token = await requestAccessToken({ baseUrl, clientId: issued.clientId, clientSecret: issued.clientSecret });
    expect(token.response.status, JSON.stringify(token.error)).toBe(200);
    const api = createYiciClient({ baseUrl, accessToken: token.data!.access_token });

    const subscribed = await api.POST('/api/sharing/subscriptions', {
      body: { url: receiverUrl, eventTypes: ['case.task_opened', 'case.completed'] },
    });
    expect(subscribed.response.status, JSON.stringify(subscribed.error)).toBe(201);
    const signingKey = Buffer.from(subscribed.data!.signingKey, 'hex');

    const theCase = await fileAndAccept();
    await dispatchAll();
    const [opened] = eventsOf('case.task_opened', theCase.id);
    expect(opened, 'task opened delivered').toBeDefined();
    expect(opened!.headers['x-yici-event-id']).toBe(opened!.event.id);
    expect(opened!.headers['x-yici-signature']).toBe(
      signatureOf(signingKey, String(opened!.headers['x-yici-timestamp']), opened!.body),
    );
    const taskId = String(opened!.event.data.taskId);
    expect(opened!.event.data.departmentId).toBe(department);

    const task = await api.GET('/api/tasks/{id}', { params: { path: { id: taskId } } });
    expect(task.response.status, JSON.stringify(task.error)).toBe(200);
    const claimed = await api.POST('/api/tasks/{id}/claim', {
      params: { path: { id: taskId } },
      body: { version: task.data!.version },
    });
    expect(claimed.response.status, JSON.stringify(claimed.error)).toBe(200);
    expect(claimed.data!.claimedBy).toBe('部门系统：历下区食品经营许可审批系统');
    const decided = await api.POST('/api/tasks/{id}/decide', {
      params: { path: { id: taskId } },
      // A denial: a grant of this item would issue a licence to an enterprise the test does not register.
      body: { decision: 'deny', reason: '经营场所与申请不符，不予许可' },
    });
    expect(decided.response.status, JSON.stringify(decided.error)).toBe(200);
    expect(decided.data!.status).toBe('completed');

    await dispatchAll();
    const completed = eventsOf('case.completed', theCase.id);
    expect(completed).toHaveLength(1);

    // The timeline names the system that acted.
    const timeline = await call('GET', `/api/cases/${theCase.id}/timeline`, clerk);
    const granted = (timeline.json() as { kind: string; actor: string }[]).find((e) => e.kind === 'task_denied');
    expect(granted?.actor).toBe('部门系统：历下区食品经营许可审批系统');

    // The delivery log shows every event delivered once.
    const log = await api.GET('/api/sharing/subscriptions/{id}/deliveries', {
      params: { path: { id: subscribed.data!.subscription.id }, query: { limit: 100 } },
    });
    expect(log.data!.items.length).toBeGreaterThan(0);
    expect(log.data!.items.filter((d) => d.status !== 'delivered')).toEqual([]);
  });

  it('stops sending to a receiver that fails past the retry budget, flags the account, keeps the log, and replays on request', async () => {
    const registered = await call('POST', '/api/admin/service-accounts', administrator, {
      name: '历下区某失联系统',
      kind: 'department',
      scopes: ['sharing:events'],
      regionCode: LIXIA,
    });
    const issued = registered.json() as IssuedSecret;
    const connect = async () => {
      const token = await requestAccessToken({ baseUrl, clientId: issued.clientId, clientSecret: issued.clientSecret });
      return createYiciClient({ baseUrl, accessToken: token.data!.access_token });
    };
    let api = await connect();
    // A port nothing listens on: every attempt is refused.
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const deadUrl = `http://127.0.0.1:${(closed.address() as AddressInfo).port}/events`;
    await new Promise((resolve) => closed.close(resolve));
    const subscribed = await api.POST('/api/sharing/subscriptions', {
      body: { url: deadUrl, eventTypes: ['case.task_opened'] },
    });
    expect(subscribed.response.status).toBe(201);
    const subscriptionId = subscribed.data!.subscription.id;
    await fileAndAccept();

    const start = t.clock.now();
    try {
      for (let attempt = 0; attempt < RETRY_BUDGET + 2; attempt += 1) {
        await dispatchAll();
        t.clock.advance(2 * 3_600_000);
      }
      // Hours later: a fresh token.
      api = await connect();
      const log = await api.GET('/api/sharing/subscriptions/{id}/deliveries', {
        params: { path: { id: subscriptionId } },
      });
      expect(log.data!.items).toHaveLength(1);
      expect(log.data!.count).toEqual({ value: 1, atLeast: false });
      expect(log.data!.items[0]).toMatchObject({ status: 'failed', attempts: RETRY_BUDGET, lastStatusCode: null });
      expect(log.data!.items[0]!.lastError).toBeTruthy();
      const listed = await api.GET('/api/sharing/subscriptions');
      expect(listed.data!.find((s) => s.id === subscriptionId)?.status).toBe('suspended');
      const laterAdministrator = await createTestSession(
        t.database.db,
        { kind: 'staff', roles: ['administrator'] },
        t.clock.now(),
      );
      const account = await call('GET', `/api/admin/service-accounts/${issued.account.id}`, laterAdministrator);
      expect(account.json().flaggedAt).not.toBeNull();
      expect(account.json().flagReason).toContain(`${RETRY_BUDGET} 次投递失败`);

      // The owner fixes its receiver and asks for everything since the start again: same event id.
      const replayed = await api.POST('/api/sharing/subscriptions/{id}/replay', {
        params: { path: { id: subscriptionId } },
        body: { since: start.toISOString() },
      });
      expect(replayed.data).toEqual({ requeued: 1 });
      const again = await api.GET('/api/sharing/subscriptions/{id}/deliveries', {
        params: { path: { id: subscriptionId } },
      });
      expect(again.data!.items[0]).toMatchObject({
        status: 'pending',
        attempts: 0,
        eventId: log.data!.items[0]!.eventId,
      });
      expect((await api.GET('/api/sharing/subscriptions')).data!.find((s) => s.id === subscriptionId)?.status).toBe(
        'active',
      );
    } finally {
      t.clock.set(start);
    }
  });
});

describe('machines stay in their department', () => {
  const ALL_CASE_EVENTS = ['case.accepted', 'case.task_opened', 'case.task_decided', 'case.completed'] as const;
  type Api = ReturnType<typeof createYiciClient>;
  let department: string;
  let own: Api;
  let other: Api;

  /** A department system with the task scopes, subscribed to every case event at its own receiver path. */
  async function system(name: string, regionCode: string, departmentId: string, path: string): Promise<Api> {
    const registered = await call('POST', '/api/admin/service-accounts', administrator, {
      name,
      kind: 'department',
      scopes: ['sharing:events', 'task:read', 'task:work', 'task:decide'],
      regionCode,
      departmentId,
    });
    expect(registered.statusCode, registered.body).toBe(201);
    const issued = registered.json() as IssuedSecret;
    const token = await requestAccessToken({ baseUrl, clientId: issued.clientId, clientSecret: issued.clientSecret });
    expect(token.response.status, JSON.stringify(token.error)).toBe(200);
    const api = createYiciClient({ baseUrl, accessToken: token.data!.access_token });
    const subscribed = await api.POST('/api/sharing/subscriptions', {
      body: { url: `${receiverUrl}/${path}`, eventTypes: [...ALL_CASE_EVENTS] },
    });
    expect(subscribed.response.status, JSON.stringify(subscribed.error)).toBe(201);
    return api;
  }

  const heardBy = (path: string, caseId: string) =>
    received
      .filter((r) => r.url === `/events/${path}`)
      .map((r) => JSON.parse(r.body) as { type: string; data: Record<string, unknown> })
      .filter((e) => e.data.caseId === caseId);

  let theCase: Case;
  let taskId: string;

  beforeAll(async () => {
    // Fresh sessions: the earlier test moved the clock hours on and back.
    administrator = await createTestSession(t.database.db, { kind: 'staff', roles: ['administrator'] }, t.clock.now());
    clerk = await createTestSession(
      t.database.db,
      { kind: 'staff', roles: ['window_clerk'], regionCode: LIXIA },
      t.clock.now(),
    );
    zhang = await sessionForAccount(t.database.db, 'demo-person-zhangsan', t.clock.now());
    department = (await fileAndAccept()).tasks[0]!.departmentId;
    expect(department).not.toBe(`${LIXIA}-transport`);
    own = await system('历下区市场监管审批系统', LIXIA, department, 'own');
    other = await system('历下区交通运输业务系统', LIXIA, `${LIXIA}-transport`, 'other');
    await system('市中区市场监管审批系统', '370103', '370103-market_regulation', 'elsewhere');
    theCase = await fileAndAccept();
    taskId = theCase.tasks[0]!.id;
    await dispatchAll();
  });

  it('delivers “accepted” and “task opened” to the department’s own system', async () => {
    const types = heardBy('own', theCase.id).map((e) => e.type);
    expect(types).toContain('case.accepted');
    expect(types).toContain('case.task_opened');
  });

  it('tells another department’s system nothing of the case, and another region’s nothing either', async () => {
    expect(heardBy('own', theCase.id).find((e) => e.type === 'case.accepted')?.data.departmentIds).toEqual([
      department,
    ]);
    expect(heardBy('other', theCase.id)).toEqual([]);
    expect(heardBy('elsewhere', theCase.id)).toEqual([]);
  });

  it('refuses another department’s system to read, claim, give an opinion on or decide the task, changing nothing', async () => {
    const path = { params: { path: { id: taskId } } };
    const read = await other.GET('/api/tasks/{id}', path);
    expect(read.response.status).toBe(404);
    const claim = await other.POST('/api/tasks/{id}/claim', { ...path, body: {} });
    const opinion = await other.POST('/api/tasks/{id}/opinion', { ...path, body: { opinion: '同意办理' } });
    const decide = await other.POST('/api/tasks/{id}/decide', {
      ...path,
      body: { decision: 'grant', reason: '符合条件' },
    });
    for (const refused of [claim, opinion, decide]) {
      expect(refused.response.status).toBe(404);
      expect(refused.response.headers.get('content-type')).toContain('application/problem+json');
      expect((refused.error as { code: string }).code).toBe('TASK_NOT_FOUND');
    }
    const task = await own.GET('/api/tasks/{id}', path);
    expect(task.data).toMatchObject({ status: 'open', claimedBy: null, opinions: [], decision: null });
  });

  it('takes the own system’s opinion, claim and decision; “decided” and “completed” reach it, not the other', async () => {
    const path = { params: { path: { id: taskId } } };
    const opinion = await own.POST('/api/tasks/{id}/opinion', {
      ...path,
      body: { opinion: '经营场所与申请不符，建议不予许可' },
    });
    expect(opinion.response.status, JSON.stringify(opinion.error)).toBe(200);
    expect(opinion.data!.opinions).toMatchObject([
      { by: '部门系统：历下区市场监管审批系统', opinion: '经营场所与申请不符，建议不予许可' },
    ]);
    const claimed = await own.POST('/api/tasks/{id}/claim', { ...path, body: {} });
    expect(claimed.response.status, JSON.stringify(claimed.error)).toBe(200);
    const decided = await own.POST('/api/tasks/{id}/decide', {
      ...path,
      body: { decision: 'deny', reason: '经营场所与申请不符，不予许可' },
    });
    expect(decided.response.status, JSON.stringify(decided.error)).toBe(200);
    await dispatchAll();
    const heard = heardBy('own', theCase.id);
    expect(heard.find((e) => e.type === 'case.task_decided')?.data).toMatchObject({
      taskId,
      decision: 'deny',
      departmentId: department,
    });
    expect(heard.map((e) => e.type)).toContain('case.completed');
    expect(heardBy('other', theCase.id)).toEqual([]);
    expect(heardBy('elsewhere', theCase.id)).toEqual([]);
  });
});
