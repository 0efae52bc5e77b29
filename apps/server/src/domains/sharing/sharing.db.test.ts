import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IssuedSecret } from '@yici/contracts';
import { queryRows } from '../../platform/db/database';
import { openTestApp, type TestApp } from '../../testing/test-app';
import { createTestSession, sessionForAccount, type TestSession } from '../../testing/test-actors';
import { webhookDeliveries } from './sharing.tables';
import { DEMO_ENTITIES, DEMO_RESIDENTS } from '../registries/registries.demo';

const { zhangSan } = DEMO_RESIDENTS;
const { yiciTech } = DEMO_ENTITIES;
let t: TestApp;
let administrator: TestSession;

beforeAll(async () => {
  t = await openTestApp();
  administrator = await createTestSession(t.database.db, { kind: 'staff', roles: ['administrator'] });
});
afterAll(async () => t?.close());

async function register(input: Record<string, unknown> = {}): Promise<IssuedSecret> {
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/admin/service-accounts',
    headers: administrator.headers,
    payload: {
      name: '济南市人力资源和社会保障局业务系统',
      kind: 'department',
      scopes: ['sharing:identity_check', 'sharing:person_read'],
      personFields: ['name', 'birthDate'],
      regionCode: '3701',
      ...input,
    },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<IssuedSecret>();
}

function basic(clientId: string, secret: string) {
  return `Basic ${Buffer.from(`${clientId}:${secret}`).toString('base64')}`;
}

async function requestToken(clientId: string, secret: string, scope?: string) {
  const form = new URLSearchParams({ grant_type: 'client_credentials', ...(scope ? { scope } : {}) });
  return t.app.inject({
    method: 'POST',
    url: '/api/oauth/token',
    headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: basic(clientId, secret) },
    payload: form.toString(),
  });
}

async function tokenOf(issued: IssuedSecret, scope?: string): Promise<string> {
  const response = await requestToken(issued.clientId, issued.clientSecret, scope);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<{ access_token: string }>().access_token;
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

async function dataUseOfZhangSan() {
  const rows = await t.services.registries.listDataUse({
    subjectType: 'person',
    subjectId: zhangSan.idNumber,
    limit: 100,
  });
  return rows.items;
}

describe('service accounts and client credentials', () => {
  it('issues a ten-minute bearer token for the client credentials and keeps only the secret’s hash', async () => {
    const issued = await register();
    const response = await requestToken(issued.clientId, issued.clientSecret);
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    const body = response.json<{ token_type: string; expires_in: number; scope: string }>();
    expect(body).toMatchObject({ token_type: 'Bearer', expires_in: 600 });
    expect(body.scope.split(' ').sort()).toEqual(['sharing:identity_check', 'sharing:person_read']);
    const stored = await queryRows<{ secret_hash: string }>(
      t.database.db,
      sql`select secret_hash from service_account_secrets where account_id = ${issued.account.id}`,
    );
    expect(stored[0]!.secret_hash).toMatch(/^\$argon2id\$/);
    expect(JSON.stringify(stored)).not.toContain(issued.clientSecret);
  });

  it('refuses a wrong secret, a scope the account does not hold, and a grant other than client credentials', async () => {
    const issued = await register();
    expect((await requestToken(issued.clientId, 'not-the-secret')).json()).toMatchObject({ error: 'invalid_client' });
    expect((await requestToken(issued.clientId, issued.clientSecret, 'sharing:events')).json()).toMatchObject({
      error: 'invalid_scope',
    });
    const password = await t.app.inject({
      method: 'POST',
      url: '/api/oauth/token',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        authorization: basic(issued.clientId, issued.clientSecret),
      },
      payload: 'grant_type=password&username=a&password=b',
    });
    expect(password.statusCode).toBe(400);
    expect(password.json()).toMatchObject({ error: 'unauthorized_client' });
  });

  it('refuses a scope that is not a machine permission when an administrator registers an account', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/admin/service-accounts',
      headers: administrator.headers,
      payload: { name: '某银行', kind: 'partner', scopes: ['staff:manage'], regionCode: '37' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      code: 'SCOPE_UNKNOWN',
      fields: [{ path: 'scopes', message: 'staff:manage' }],
    });
  });

  it('keeps the previous secret valid through the rotation overlap, and only the new one after it', async () => {
    const issued = await register();
    const rotated = await t.app.inject({
      method: 'POST',
      url: `/api/admin/service-accounts/${issued.account.id}/secrets`,
      headers: administrator.headers,
      payload: { overlapHours: 1 },
    });
    expect(rotated.statusCode, rotated.body).toBe(201);
    const fresh = rotated.json<IssuedSecret>();
    expect((await requestToken(issued.clientId, issued.clientSecret)).statusCode).toBe(200);
    expect((await requestToken(fresh.clientId, fresh.clientSecret)).statusCode).toBe(200);
    const start = t.clock.now();
    t.clock.advance(61 * 60_000);
    try {
      const expired = await requestToken(issued.clientId, issued.clientSecret);
      expect(expired.statusCode).toBe(401);
      expect(expired.json()).toMatchObject({ error: 'invalid_client' });
      expect((await requestToken(fresh.clientId, fresh.clientSecret)).statusCode).toBe(200);
    } finally {
      t.clock.set(start);
    }
  });

  it('ends a revoked secret and the tokens already issued at once', async () => {
    const issued = await register();
    const token = await tokenOf(issued);
    const revoked = await t.app.inject({
      method: 'POST',
      url: `/api/admin/service-accounts/${issued.account.id}/secrets/${issued.secretId}/revoke`,
      headers: administrator.headers,
    });
    expect(revoked.statusCode, revoked.body).toBe(200);
    expect((await requestToken(issued.clientId, issued.clientSecret)).json()).toMatchObject({
      error: 'invalid_client',
    });
    const call = await t.app.inject({
      method: 'POST',
      url: '/api/sharing/identity-checks',
      headers: bearer(token),
      payload: { idNumber: zhangSan.idNumber, name: zhangSan.name, purpose: '开户核验' },
    });
    expect(call.statusCode).toBe(401);
    expect(call.json()).toMatchObject({ code: 'TOKEN_INVALID' });
  });

  it('refuses a token after its ten minutes and one of a revoked account', async () => {
    const issued = await register();
    const token = await tokenOf(issued);
    const check = () =>
      t.app.inject({
        method: 'POST',
        url: '/api/sharing/identity-checks',
        headers: bearer(token),
        payload: { idNumber: zhangSan.idNumber, name: zhangSan.name, purpose: '开户核验' },
      });
    const start = t.clock.now();
    t.clock.advance(601_000);
    try {
      expect((await check()).json()).toMatchObject({ code: 'TOKEN_INVALID' });
    } finally {
      t.clock.set(start);
    }
    expect((await check()).statusCode).toBe(200);
    await t.app.inject({
      method: 'POST',
      url: `/api/admin/service-accounts/${issued.account.id}/revoke`,
      headers: administrator.headers,
    });
    expect((await check()).json()).toMatchObject({ code: 'TOKEN_INVALID' });
    expect((await requestToken(issued.clientId, issued.clientSecret)).json()).toMatchObject({
      error: 'invalid_client',
    });
  });

  it('answers 403 naming the missing scope, on sharing routes and on people’s routes alike', async () => {
    const issued = await register({ scopes: ['sharing:identity_check'] });
    const token = await tokenOf(issued);
    const read = await t.app.inject({
      method: 'POST',
      url: '/api/sharing/persons/query',
      headers: bearer(token),
      payload: { idNumber: zhangSan.idNumber, purpose: '社保资格认证', caseId: 'case-1' },
    });
    expect(read.statusCode).toBe(403);
    expect(read.json()).toMatchObject({
      code: 'SCOPE_MISSING',
      fields: [{ path: 'scope', message: 'sharing:person_read' }],
    });
    const staffOnly = await t.app.inject({ method: 'GET', url: '/api/admin/staff', headers: bearer(token) });
    expect(staffOnly.statusCode).toBe(403);
    expect(staffOnly.json()).toMatchObject({ code: 'SCOPE_MISSING', fields: [{ message: 'staff:manage' }] });
  });

  it('never takes a session cookie from a machine: a bearer request ignores cookies and needs no CSRF', async () => {
    const issued = await register();
    const token = await tokenOf(issued);
    const response = await t.app.inject({
      method: 'GET',
      url: '/api/admin/service-accounts',
      headers: { ...bearer(token), cookie: administrator.headers.cookie! },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json()).toMatchObject({ code: 'SCOPE_MISSING' });
    const malformed = await t.app.inject({ method: 'GET', url: '/api/me', headers: { authorization: 'Bearer a b' } });
    expect(malformed.statusCode).toBe(401);
    expect(malformed.json()).toMatchObject({ code: 'TOKEN_INVALID' });
  });
});

describe('registry look-ups for department systems', () => {
  it('checks an identity for a stated purpose and logs the read in the person’s data-use log', async () => {
    const issued = await register();
    const token = await tokenOf(issued);
    const before = (await dataUseOfZhangSan()).length;
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/sharing/identity-checks',
      headers: bearer(token),
      payload: { idNumber: zhangSan.idNumber, name: zhangSan.name, purpose: '社保卡申领核验身份' },
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({ matches: true });
    const log = await dataUseOfZhangSan();
    expect(log.length).toBe(before + 1);
    expect(log[0]).toMatchObject({
      readerKind: 'machine',
      readerLabel: '部门系统：济南市人力资源和社会保障局业务系统',
      purpose: '社保卡申领核验身份',
    });
  });

  it('refuses a personal-data read without a purpose, or without a case or consent reference, and logs nothing', async () => {
    const issued = await register();
    const token = await tokenOf(issued);
    const before = (await dataUseOfZhangSan()).length;
    const noPurpose = await t.app.inject({
      method: 'POST',
      url: '/api/sharing/persons/query',
      headers: bearer(token),
      payload: { idNumber: zhangSan.idNumber, caseId: 'case-1' },
    });
    expect(noPurpose.statusCode).toBe(400);
    expect(noPurpose.json().fields.map((field: { path: string }) => field.path)).toContain('body.purpose');
    const noReference = await t.app.inject({
      method: 'POST',
      url: '/api/sharing/persons/query',
      headers: bearer(token),
      payload: { idNumber: zhangSan.idNumber, purpose: '社保待遇资格认证' },
    });
    expect(noReference.statusCode).toBe(400);
    expect(noReference.json()).toMatchObject({ code: 'CASE_OR_CONSENT_REQUIRED' });
    expect((await dataUseOfZhangSan()).length).toBe(before);
  });

  it('returns only the fields the account was granted, and names the consent in the person’s log', async () => {
    const issued = await register({ personFields: ['name'] });
    const token = await tokenOf(issued);
    const zhang = await sessionForAccount(t.database.db, 'demo-person-zhangsan');
    const consent = await t.app.inject({
      method: 'POST',
      url: '/api/me/sharing-consents',
      headers: zhang.headers,
      payload: { clientId: issued.clientId, purpose: '社保待遇资格认证', validUntil: '2027-01-31' },
    });
    expect(consent.statusCode, consent.body).toBe(201);
    const reference = consent.json<{ reference: string }>().reference;
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/sharing/persons/query',
      headers: bearer(token),
      payload: {
        idNumber: zhangSan.idNumber,
        fields: ['name', 'phone', 'householdAddress'],
        purpose: '社保待遇资格认证',
        consentReference: reference,
      },
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({ idNumber: zhangSan.idNumber, name: zhangSan.name });
    const [entry] = await dataUseOfZhangSan();
    expect(entry).toMatchObject({ readerKind: 'machine', purpose: `社保待遇资格认证（本人授权 ${reference}）` });
  });

  it('reads only the fields the person’s consent was narrowed to, and logs exactly those', async () => {
    const issued = await register({ personFields: ['name', 'birthDate', 'householdAddress'] });
    const token = await tokenOf(issued);
    const zhang = await sessionForAccount(t.database.db, 'demo-person-zhangsan');
    const consent = await t.app.inject({
      method: 'POST',
      url: '/api/me/sharing-consents',
      headers: zhang.headers,
      payload: {
        clientId: issued.clientId,
        purpose: '开立账户核验身份',
        validUntil: '2027-01-31',
        personFields: ['name', 'birthDate', 'phone'],
      },
    });
    expect(consent.statusCode, consent.body).toBe(201);
    // What the person sees: the intersection with the account's scope, marked as narrowed.
    expect(consent.json()).toMatchObject({ personFields: ['name', 'birthDate'], narrowed: true });
    const reference = consent.json<{ reference: string }>().reference;
    const read = (fields?: string[]) =>
      t.app.inject({
        method: 'POST',
        url: '/api/sharing/persons/query',
        headers: bearer(token),
        payload: { idNumber: zhangSan.idNumber, fields, purpose: '开立账户核验身份', consentReference: reference },
      });
    const all = await read();
    expect(all.statusCode, all.body).toBe(200);
    expect(all.json()).toEqual({ idNumber: zhangSan.idNumber, name: zhangSan.name, birthDate: zhangSan.birthDate });
    const [entry] = await dataUseOfZhangSan();
    expect(entry!.fields.sort()).toEqual(['birthDate', 'name']);
    // The address is in the account's scope but not in the consent: not read, not logged.
    const address = await read(['householdAddress', 'name']);
    expect(address.json()).toEqual({ idNumber: zhangSan.idNumber, name: zhangSan.name });
    const [latest] = await dataUseOfZhangSan();
    expect(latest!.fields).toEqual(['name']);
    const stored = await queryRows<{ person_fields: string[] }>(
      t.database.db,
      sql`select person_fields from sharing_consents where reference = ${reference}`,
    );
    expect(stored[0]!.person_fields).toEqual(['name', 'birthDate', 'phone']);
  });

  it('treats a person outside the account’s region as missing and logs nothing', async () => {
    const issued = await register({ regionCode: '3702' });
    const token = await tokenOf(issued);
    const before = (await dataUseOfZhangSan()).length;
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/sharing/persons/query',
      headers: bearer(token),
      payload: { idNumber: zhangSan.idNumber, purpose: '社保待遇资格认证', caseId: 'case-9' },
    });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ code: 'NOT_FOUND_OR_OUT_OF_SCOPE' });
    expect((await dataUseOfZhangSan()).length).toBe(before);
  });
});

describe('legal-entity look-ups', () => {
  it('gives an entity’s registered facts without the legal representative’s ID number, and its credit status', async () => {
    const issued = await register({ scopes: ['sharing:entity_read', 'sharing:credit_read'], regionCode: '37' });
    const token = await tokenOf(issued);
    const facts = await t.app.inject({
      method: 'POST',
      url: '/api/sharing/entities/query',
      headers: bearer(token),
      payload: { uscc: yiciTech.uscc, purpose: '对公开户核实企业登记信息' },
    });
    expect(facts.statusCode, facts.body).toBe(200);
    expect(facts.json()).toMatchObject({ uscc: yiciTech.uscc, name: yiciTech.name });
    expect(facts.json()).not.toHaveProperty('legalRepresentativeIdNumber');
    const credit = await t.app.inject({
      method: 'POST',
      url: '/api/sharing/credit/query',
      headers: bearer(token),
      payload: { uscc: yiciTech.uscc, purpose: '授信前核查信用状况' },
    });
    expect(credit.statusCode, credit.body).toBe(200);
    expect(credit.json()).toHaveProperty('blacklisted');
    const log = await t.services.registries.listDataUse({
      subjectType: 'legal_person',
      subjectId: yiciTech.uscc,
      limit: 10,
    });
    expect(log.items.slice(0, 2).map((entry) => entry.purpose)).toEqual([
      '授信前核查信用状况',
      '对公开户核实企业登记信息',
    ]);
  });
});

describe('event subscriptions', () => {
  it('refuses webhook addresses outside https, with credentials or a fragment, and keeps nothing', async () => {
    const issued = await register({ scopes: ['sharing:events'] });
    const token = await tokenOf(issued);
    for (const url of [
      'http://dept.example.gov.cn/events',
      'ftp://dept.example.gov.cn/events',
      'javascript:alert(1)',
      'https://user:pw@dept.example.gov.cn/events',
      'https://dept.example.gov.cn/events#x',
      'not a url at all',
    ]) {
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/sharing/subscriptions',
        headers: bearer(token),
        payload: { url, eventTypes: ['case.completed'] },
      });
      expect(response.statusCode, url).toBe(400);
      expect(response.json(), url).toMatchObject({ code: 'WEBHOOK_URL_REFUSED', fields: [{ path: 'url' }] });
    }
    const list = await t.app.inject({ method: 'GET', url: '/api/sharing/subscriptions', headers: bearer(token) });
    expect(list.json()).toEqual([]);
    const accepted = await t.app.inject({
      method: 'POST',
      url: '/api/sharing/subscriptions',
      headers: bearer(token),
      payload: { url: 'https://dept.example.gov.cn/events', eventTypes: ['case.completed'] },
    });
    expect(accepted.statusCode).toBe(201);
    expect(accepted.json().signingKey).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses https addresses inside the network, by literal or after resolving the name', async () => {
    const token = await tokenOf(await register({ scopes: ['sharing:events'] }));
    for (const [url, reason] of [
      ['https://127.0.0.1/events', '不得指向内部网络地址'],
      ['https://10.20.30.40/events', '不得指向内部网络地址'],
      ['https://169.254.169.254/latest/meta-data', '不得指向内部网络地址'],
      ['https://[::1]/events', '不得指向内部网络地址'],
      ['https://localhost:8443/events', '不得指向内部网络地址'],
      ['https://rebind.example.cn/events', '域名解析到内部网络地址'],
      ['https://unknown.example.org/events', '域名无法解析'],
    ]) {
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/sharing/subscriptions',
        headers: bearer(token),
        payload: { url, eventTypes: ['certificate.revoked'] },
      });
      expect(response.statusCode, url).toBe(400);
      expect(response.json(), url).toMatchObject({
        code: 'WEBHOOK_URL_REFUSED',
        fields: [{ path: 'url', message: reason }],
      });
    }
    const list = await t.app.inject({ method: 'GET', url: '/api/sharing/subscriptions', headers: bearer(token) });
    expect(list.json()).toEqual([]);
  });

  it('shows a subscription and its deliveries to its own account only', async () => {
    const owner = await register({ scopes: ['sharing:events'] });
    const other = await register({ scopes: ['sharing:events'] });
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/sharing/subscriptions',
      headers: bearer(await tokenOf(owner)),
      payload: { url: 'https://dept.example.gov.cn/events', eventTypes: ['case.completed'] },
    });
    const id = created.json().subscription.id as string;
    const foreign = await t.app.inject({
      method: 'GET',
      url: `/api/sharing/subscriptions/${id}/deliveries`,
      headers: bearer(await tokenOf(other)),
    });
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json()).toMatchObject({ code: 'SUBSCRIPTION_NOT_FOUND' });
  });

  it('shows an administrator an account’s subscriptions with their deliveries, and replays for it', async () => {
    const owner = await register({ scopes: ['sharing:events'] });
    const other = await register({ scopes: ['sharing:events'] });
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/sharing/subscriptions',
      headers: bearer(await tokenOf(owner)),
      payload: { url: 'https://dept.example.gov.cn/events', eventTypes: ['case.completed'] },
    });
    const id = created.json().subscription.id as string;
    const base = `/api/admin/service-accounts/${owner.account.id}/subscriptions`;
    const list = await t.app.inject({ method: 'GET', url: base, headers: administrator.headers });
    expect(list.statusCode, list.body).toBe(200);
    expect(list.json()).toEqual([
      expect.objectContaining({
        id,
        status: 'active',
        deliveries: {
          pending: { value: 0, atLeast: false },
          delivered: { value: 0, atLeast: false },
          failed: { value: 0, atLeast: false },
        },
      }),
    ]);
    const deliveries = await t.app.inject({
      method: 'GET',
      url: `${base}/${id}/deliveries`,
      headers: administrator.headers,
    });
    expect(deliveries.json()).toMatchObject({ items: [], next: null, prev: null, count: { value: 0, atLeast: false } });
    const replay = await t.app.inject({
      method: 'POST',
      url: `${base}/${id}/replay`,
      headers: administrator.headers,
      payload: { since: '2026-01-01T00:00:00+08:00' },
    });
    expect(replay.json()).toEqual({ requeued: 0 });
    // Another account's path does not reach this subscription.
    const foreign = await t.app.inject({
      method: 'GET',
      url: `/api/admin/service-accounts/${other.account.id}/subscriptions/${id}/deliveries`,
      headers: administrator.headers,
    });
    expect(foreign.json()).toMatchObject({ code: 'SUBSCRIPTION_NOT_FOUND' });
    const machine = await t.app.inject({ method: 'GET', url: base, headers: bearer(await tokenOf(owner)) });
    expect(machine.statusCode).toBe(403);
  });
});

describe('delivery logs, a page at a time', () => {
  type Page = {
    items: { id: string; eventId: string }[];
    next: string | null;
    prev: string | null;
    count: { value: number; atLeast: boolean };
    limit: number;
  };
  const ids = (page: Page) => page.items.map((d) => d.id);

  /** A subscription with deliveries made straight in the table: two share an instant (one fan-out), so the id breaks the tie. */
  async function subscriptionWithDeliveries(n: number) {
    const owner = await register({ scopes: ['sharing:events'] });
    const token = await tokenOf(owner);
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/sharing/subscriptions',
      headers: bearer(token),
      payload: { url: 'https://dept.example.gov.cn/events', eventTypes: ['case.completed'] },
    });
    const id = created.json().subscription.id as string;
    const base = Date.parse('2026-03-02T08:00:00Z');
    const rows = Array.from({ length: n }, (_, i) => ({
      id: `${id}-d${String(i).padStart(2, '0')}`,
      subscriptionId: id,
      eventId: `${id}-e${i}`,
      eventType: 'case.completed',
      payload: { n: i },
      status: 'delivered' as const,
      attempts: 1,
      nextAttemptAt: new Date(base),
      // Deliveries 0 and 1 share an instant; the rest come a minute apart.
      createdAt: new Date(base + Math.max(0, i - 1) * 60_000),
    }));
    await t.database.db.insert(webhookDeliveries).values(rows);
    // The log newest first: by time, then by id, both descending.
    const newestFirst = rows
      .slice()
      .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? 1 : -1))
      .map((r) => r.id);
    return {
      owner,
      token,
      id,
      newestFirst,
      admin: `/api/admin/service-accounts/${owner.account.id}/subscriptions/${id}`,
    };
  }

  async function get(url: string, headers: Record<string, string>) {
    const response = await t.app.inject({ method: 'GET', url, headers });
    return { status: response.statusCode, body: response.json() };
  }

  it('pages the subscriber’s log newest first along signed cursors, forth and back, with the count', async () => {
    const { token, id, newestFirst } = await subscriptionWithDeliveries(5);
    const url = `/api/sharing/subscriptions/${id}/deliveries`;
    const first = (await get(`${url}?limit=2`, bearer(token))).body as Page;
    expect(first).toMatchObject({ prev: null, count: { value: 5, atLeast: false }, limit: 2 });
    expect(ids(first)).toEqual(newestFirst.slice(0, 2));
    const second = (await get(`${url}?limit=2&cursor=${first.next}`, bearer(token))).body as Page;
    expect(ids(second)).toEqual(newestFirst.slice(2, 4));
    const third = (await get(`${url}?limit=2&cursor=${second.next}`, bearer(token))).body as Page;
    expect(ids(third)).toEqual(newestFirst.slice(4));
    expect(third.next).toBeNull();
    const back = (await get(`${url}?limit=2&cursor=${second.prev}`, bearer(token))).body as Page;
    expect(ids(back)).toEqual(ids(first));
    expect(back.prev).toBeNull();
  });

  it('pages the administrator’s view of the same log', async () => {
    const { admin, newestFirst } = await subscriptionWithDeliveries(4);
    const first = (await get(`${admin}/deliveries?limit=3`, administrator.headers)).body as Page;
    expect(ids(first)).toEqual(newestFirst.slice(0, 3));
    expect(first.count).toEqual({ value: 4, atLeast: false });
    const second = (await get(`${admin}/deliveries?limit=3&cursor=${first.next}`, administrator.headers)).body as Page;
    expect(ids(second)).toEqual(newestFirst.slice(3));
    expect(second.next).toBeNull();
    const back = (await get(`${admin}/deliveries?limit=3&cursor=${second.prev}`, administrator.headers)).body as Page;
    expect(ids(back)).toEqual(ids(first));
    // The subscription's counts by status, each bounded: the four delivered ones.
    const subscriptions = (await get(admin.slice(0, admin.lastIndexOf('/')), administrator.headers)).body;
    expect(subscriptions[0].deliveries).toEqual({
      pending: { value: 0, atLeast: false },
      delivered: { value: 4, atLeast: false },
      failed: { value: 0, atLeast: false },
    });
  });

  it('refuses a tampered cursor, one of another subscription or list, and a page over 100', async () => {
    const one = await subscriptionWithDeliveries(3);
    const other = await subscriptionWithDeliveries(3);
    const url = `/api/sharing/subscriptions/${one.id}/deliveries`;
    const first = (await get(`${url}?limit=1`, bearer(one.token))).body as Page;
    const [body, mac] = first.next!.split('.');
    const tampered = await get(`${url}?limit=1&cursor=${body!.slice(0, -2)}AA.${mac}`, bearer(one.token));
    expect([tampered.status, tampered.body.code]).toEqual([400, 'CURSOR_INVALID']);
    const madeUp = await get(`${url}?cursor=12345`, bearer(one.token));
    expect([madeUp.status, madeUp.body.code]).toEqual([400, 'CURSOR_INVALID']);
    // Another subscription's log: its cursor does not page this one.
    const otherFirst = (await get(`/api/sharing/subscriptions/${other.id}/deliveries?limit=1`, bearer(other.token)))
      .body as Page;
    const otherSubscription = await get(`${url}?limit=1&cursor=${otherFirst.next}`, bearer(one.token));
    expect([otherSubscription.status, otherSubscription.body.code]).toEqual([400, 'CURSOR_OTHER_LIST']);
    // The administrator's list of the same log is another list.
    const adminFirst = (await get(`${one.admin}/deliveries?limit=1`, administrator.headers)).body as Page;
    const otherList = await get(`${url}?limit=1&cursor=${adminFirst.next}`, bearer(one.token));
    expect([otherList.status, otherList.body.code]).toEqual([400, 'CURSOR_OTHER_LIST']);
    const adminOther = await get(`${one.admin}/deliveries?limit=1&cursor=${otherFirst.next}`, administrator.headers);
    expect([adminOther.status, adminOther.body.code]).toEqual([400, 'CURSOR_OTHER_LIST']);
    const tooMany = await get(`${url}?limit=101`, bearer(one.token));
    expect([tooMany.status, tooMany.body.code]).toEqual([400, 'PAGE_SIZE_TOO_LARGE']);
    const adminTooMany = await get(`${one.admin}/deliveries?limit=101`, administrator.headers);
    expect([adminTooMany.status, adminTooMany.body.code]).toEqual([400, 'PAGE_SIZE_TOO_LARGE']);
  });
});
