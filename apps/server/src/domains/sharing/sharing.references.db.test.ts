import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IssuedSecret } from '@yici/contracts';
import { queryRows } from '../../platform/db/database';
import { openTestApp, type TestApp } from '../../testing/test-app';
import { createTestSession, sessionForAccount, type TestSession } from '../../testing/test-actors';
import { insertTestCase } from '../../testing/test-rows';
import { DEMO_ENTITIES, DEMO_RESIDENTS } from '../registries/registries.demo';
import { readAllPages } from '../../platform/db/keyset';

const { zhangSan, liSi } = DEMO_RESIDENTS;
let t: TestApp;
let administrator: TestSession;
let zhang: TestSession;
let approver: TestSession;

beforeAll(async () => {
  t = await openTestApp();
  const db = t.database.db;
  administrator = await createTestSession(db, { kind: 'staff', roles: ['administrator'] });
  approver = await createTestSession(db, { kind: 'staff', roles: ['approver'], regionCode: '3701' });
  zhang = await sessionForAccount(db, 'demo-person-zhangsan');
});
afterAll(async () => t?.close());

async function register(input: Record<string, unknown> = {}): Promise<IssuedSecret> {
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/admin/service-accounts',
    headers: administrator.headers,
    payload: {
      name: '济南市不动产登记系统',
      kind: 'department',
      scopes: ['sharing:certificate_read', 'sharing:person_read'],
      personFields: ['name'],
      regionCode: '3701',
      ...input,
    },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<IssuedSecret>();
}

async function tokenOf(issued: IssuedSecret): Promise<string> {
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/oauth/token',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      authorization: `Basic ${Buffer.from(`${issued.clientId}:${issued.clientSecret}`).toString('base64')}`,
    },
    payload: 'grant_type=client_credentials',
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<{ access_token: string }>().access_token;
}

const lookUp = (token: string, payload: Record<string, unknown>) =>
  t.app.inject({
    method: 'POST',
    url: '/api/sharing/certificates/query',
    headers: { authorization: `Bearer ${token}` },
    payload: { holderKind: 'person', holderId: zhangSan.idNumber, type: 'identity_card', ...payload },
  });

async function grant(clientId: string, validUntil = '2027-06-30') {
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/me/sharing-consents',
    headers: zhang.headers,
    payload: { clientId, purpose: '不动产登记核验身份', validUntil },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<{ reference: string }>().reference;
}

async function dataUseOfZhangSan() {
  return readAllPages((cursor) =>
    t.services.registries.listDataUse({ subjectType: 'person', subjectId: zhangSan.idNumber, cursor, limit: 100 }),
  );
}

const insertCase = (applicantId: string, regionCode: string) =>
  insertTestCase(t.database.db, { applicantId, regionCode });

describe('the certificate look-up by holder and type', () => {
  it('needs a case or the holder’s consent, and answers which certificate the holder has, logged for the holder', async () => {
    const issued = await register();
    const token = await tokenOf(issued);
    const before = (await dataUseOfZhangSan()).length;
    const without = await lookUp(token, { purpose: '不动产登记核验身份' });
    expect(without.statusCode).toBe(400);
    expect(without.json()).toMatchObject({ code: 'CASE_OR_CONSENT_REQUIRED' });
    const invented = await lookUp(token, { purpose: '不动产登记核验身份', consentReference: 'SQ-2026-0001' });
    expect(invented.statusCode).toBe(400);
    expect(invented.json()).toMatchObject({
      code: 'SHARING_REFERENCE_INVALID',
      fields: [{ path: 'consentReference' }],
    });
    expect((await dataUseOfZhangSan()).length).toBe(before);

    const reference = await grant(issued.clientId);
    const answered = await lookUp(token, { purpose: '不动产登记核验身份', consentReference: reference });
    expect(answered.statusCode, answered.body).toBe(200);
    const [card] = answered.json().certificates;
    expect(card).toMatchObject({ type: { slug: 'identity_card' }, holderName: zhangSan.name, status: 'valid' });
    expect(card).not.toHaveProperty('data');
    const [entry] = await dataUseOfZhangSan();
    expect(entry).toMatchObject({
      readerKind: 'machine',
      purpose: `不动产登记核验身份（本人授权 ${reference}）`,
    });
  });

  it('refuses a consent given to another account, by another person, or withdrawn', async () => {
    const mine = await register();
    const other = await register({ name: '某银行开户系统', kind: 'partner' });
    const token = await tokenOf(mine);
    const toOther = await grant(other.clientId);
    expect((await lookUp(token, { purpose: '核验', consentReference: toOther })).json()).toMatchObject({
      code: 'SHARING_REFERENCE_INVALID',
    });
    const reference = await grant(mine.clientId);
    const forLiSi = await lookUp(token, { purpose: '核验', consentReference: reference, holderId: liSi.idNumber });
    expect(forLiSi.json()).toMatchObject({ code: 'SHARING_REFERENCE_INVALID' });
    expect((await lookUp(token, { purpose: '核验', consentReference: reference })).statusCode).toBe(200);
    const withdrawn = await t.app.inject({
      method: 'POST',
      url: `/api/me/sharing-consents/${reference}/withdraw`,
      headers: zhang.headers,
    });
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    expect(withdrawn.json().withdrawnAt).not.toBeNull();
    expect((await lookUp(token, { purpose: '核验', consentReference: reference })).json()).toMatchObject({
      code: 'SHARING_REFERENCE_INVALID',
    });
    const listed = await t.app.inject({ method: 'GET', url: '/api/me/sharing-consents', headers: zhang.headers });
    expect(listed.json().find((c: { reference: string }) => c.reference === reference)).toMatchObject({
      accountName: '济南市不动产登记系统',
      status: 'withdrawn',
    });
  });

  it('shows the holder each consent’s state and what it lets the account read', async () => {
    const issued = await register({ name: '某银行开户核验系统', kind: 'partner' });
    const lastDay = t.clock.today();
    const reference = await grant(issued.clientId, lastDay);
    const mine = async () =>
      (await t.app.inject({ method: 'GET', url: '/api/me/sharing-consents', headers: zhang.headers }))
        .json()
        .find((c: { reference: string }) => c.reference === reference);
    expect(await mine()).toMatchObject({
      accountName: '某银行开户核验系统',
      purpose: '不动产登记核验身份',
      validUntil: lastDay,
      status: 'active',
      personFields: ['name'],
      certificates: true,
    });
    // Past its last day (a China date, on the platform's clock) it is expired, not withdrawn.
    await t.database.db.execute(
      sql`update sharing_consents set valid_until = (valid_until::date - 1)::text where reference = ${reference}`,
    );
    expect(await mine()).toMatchObject({ status: 'expired', withdrawnAt: null });
    // An account without the person read lists no fields.
    const certificatesOnly = await register({ scopes: ['sharing:certificate_read'], personFields: [] });
    const other = await grant(certificatesOnly.clientId);
    const listed = (await t.app.inject({ method: 'GET', url: '/api/me/sharing-consents', headers: zhang.headers }))
      .json()
      .find((c: { reference: string }) => c.reference === other);
    expect(listed).toMatchObject({ personFields: [], certificates: true });
  });

  it('accepts a case only when it exists, is the holder’s and is handled in the account’s region', async () => {
    const token = await tokenOf(await register());
    const own = await insertCase(zhangSan.idNumber, '370102');
    const someoneElses = await insertCase(liSi.idNumber, '370102');
    const elsewhere = await insertCase(zhangSan.idNumber, '370202');
    expect((await lookUp(token, { purpose: '不动产登记', caseId: own })).statusCode).toBe(200);
    for (const caseId of [someoneElses, elsewhere, 'no-such-case'])
      expect((await lookUp(token, { purpose: '不动产登记', caseId })).json(), caseId).toMatchObject({
        code: 'SHARING_REFERENCE_INVALID',
        fields: [{ path: 'caseId' }],
      });
    // The person read checks its references the same way.
    const person = await t.app.inject({
      method: 'POST',
      url: '/api/sharing/persons/query',
      headers: { authorization: `Bearer ${token}` },
      payload: { idNumber: zhangSan.idNumber, purpose: '不动产登记', caseId: someoneElses },
    });
    expect(person.json()).toMatchObject({ code: 'SHARING_REFERENCE_INVALID' });
  });

  it('names the missing scope, refuses an unknown type and a consent beyond a year', async () => {
    const token = await tokenOf(await register({ scopes: ['sharing:person_read'] }));
    const refused = await lookUp(token, { purpose: '核验', caseId: 'x' });
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({ code: 'SCOPE_MISSING' });
    const issued = await register();
    const reference = await grant(issued.clientId);
    const unknown = await lookUp(await tokenOf(issued), { purpose: '核验', consentReference: reference, type: 'x' });
    expect(unknown.json()).toMatchObject({ code: 'CERTIFICATE_TYPE_UNKNOWN' });
    const tooLong = await t.app.inject({
      method: 'POST',
      url: '/api/me/sharing-consents',
      headers: zhang.headers,
      payload: { clientId: issued.clientId, purpose: '核验', validUntil: '2028-12-31' },
    });
    expect(tooLong.json()).toMatchObject({ code: 'CONSENT_UNTIL_INVALID' });
  });
});

describe('certificate events from the certificates domain', () => {
  const store = DEMO_ENTITIES.zhangjiStore;
  const licence = {
    licenceNumber: 'JY13701020019999',
    operatorName: store.name,
    uscc: store.uscc,
    legalRepresentative: zhangSan.name,
    residence: store.registeredAddress,
    premises: store.registeredAddress,
    mainFormat: 'food_sales',
    businessItems: '预包装食品销售',
  };
  const eventsOf = (identifier: string) =>
    queryRows<{ type: string; region_code: string; department_id: string | null; payload: Record<string, unknown> }>(
      t.database.db,
      sql`select type, region_code, department_id, payload from event_outbox
           where payload->>'identifier' = ${identifier} order by occurred_at, type`,
    );
  const post = (url: string, payload: unknown) =>
    t.app.inject({ method: 'POST', url, headers: approver.headers, payload: payload as Record<string, unknown> });

  it('issues, revokes and replaces with an event each, in the same transaction; a refused revoke adds none', async () => {
    const issued = await post('/api/certificates', {
      type: 'food_business_licence',
      issuerDepartmentId: '3701-approval_bureau',
      data: licence,
    });
    expect(issued.statusCode, issued.body).toBe(201);
    const first = issued.json().identifier as string;
    expect(await eventsOf(first)).toEqual([
      {
        type: 'certificate.issued',
        region_code: '3701',
        department_id: '3701-approval_bureau',
        payload: {
          identifier: first,
          type: 'food_business_licence',
          issuerUscc: expect.any(String),
          regionCode: '3701',
        },
      },
    ]);
    const replaced = await post(`/api/certificates/${first}/replace`, { reason: '经营场所变更' });
    expect(replaced.statusCode, replaced.body).toBe(200);
    const second = replaced.json().identifier as string;
    expect((await eventsOf(first)).map((e) => [e.type, e.payload.successor ?? null])).toEqual([
      ['certificate.issued', null],
      ['certificate.replaced', second],
    ]);
    expect((await eventsOf(second)).map((e) => e.type)).toEqual(['certificate.issued']);
    expect((await post(`/api/certificates/${second}/revoke`, { reason: '以欺骗手段取得许可' })).statusCode).toBe(200);
    expect((await post(`/api/certificates/${second}/revoke`, { reason: '重复' })).statusCode).toBe(409);
    expect((await eventsOf(second)).map((e) => e.type)).toEqual(['certificate.issued', 'certificate.revoked']);
    // No holder's data leaves with the event.
    for (const event of await eventsOf(second)) expect(JSON.stringify(event.payload)).not.toContain(zhangSan.idNumber);
  });
});
