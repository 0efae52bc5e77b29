import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../../platform/actor';
import { queryRows } from '../../platform/db/database';
import { openTestApp, type TestApp } from '../../testing/test-app';
import { DEMO_ENTITIES, DEMO_RESIDENTS } from '../registries/registries.demo';
import { DEMO_PASSWORD } from './identity.seed';

let t: TestApp;
beforeAll(async () => {
  t = await openTestApp();
});
afterAll(async () => t?.close());

type Headers = Record<string, string>;
const { zhaoMin, zhangSan, liSi } = DEMO_RESIDENTS;
const MINUTE = 60_000;

async function call(method: 'GET' | 'POST' | 'DELETE' | 'PATCH', url: string, headers: Headers = {}, payload?: object) {
  const response = await t.app.inject({ method, url, headers, ...(payload ? { payload } : {}) });
  const isJson = String(response.headers['content-type'] ?? '').includes('json');
  return {
    status: response.statusCode,
    body: isJson ? response.json() : response.body,
    cookies: response.cookies,
    headers: response.headers,
  };
}

/** Session headers from a response that set the cookies. */
function sessionFrom(cookies: { name: string; value: string }[]): Headers {
  const session = cookies.find((c) => c.name === 'yici_session')!.value;
  const csrf = cookies.find((c) => c.name === 'yici_csrf')!.value;
  return { cookie: `yici_session=${session}; yici_csrf=${csrf}`, 'x-csrf-token': csrf };
}

async function latestCodeFor(phone: string): Promise<string> {
  const [message] = await t.services.outbox.list(systemContext('test'), { recipient: phone, limit: 1 });
  return /(\d{6})/.exec(message!.body)![1]!;
}

async function login(loginName: string, password = DEMO_PASSWORD): Promise<Headers> {
  const first = await call('POST', '/api/identity/login', {}, { login: loginName, password });
  if (first.body.status === 'logged_in') return sessionFrom(first.cookies);
  const staffPhone = (await t.services.outbox.list(systemContext('test'), { limit: 1 }))[0]!.recipient;
  const second = await call(
    'POST',
    '/api/identity/login/second-factor',
    {},
    {
      challengeId: first.body.challengeId,
      code: await latestCodeFor(staffPhone),
    },
  );
  expect(second.status).toBe(200);
  return sessionFrom(second.cookies);
}

describe('registering and verifying a real name', () => {
  let zhao: Headers;

  it('refuses an ID number with a wrong check digit and creates nothing', async () => {
    const wrong = zhaoMin.idNumber.slice(0, 17) + (zhaoMin.idNumber[17] === '0' ? '1' : '0');
    const { status, body } = await call(
      'POST',
      '/api/identity/register',
      {},
      { name: zhaoMin.name, idNumber: wrong, phone: zhaoMin.phone, password: 'a-good-password' },
    );
    expect(status).toBe(400);
    expect(body.code).toBe('ID_NUMBER_INVALID');
    expect(
      (await call('POST', '/api/identity/login', {}, { login: zhaoMin.phone, password: 'a-good-password' })).status,
    ).toBe(401);
  });

  it('registers a person, logs them in and sends a code to the phone', async () => {
    const { status, cookies } = await call(
      'POST',
      '/api/identity/register',
      {},
      { name: zhaoMin.name, idNumber: zhaoMin.idNumber, phone: zhaoMin.phone, password: 'a-good-password' },
    );
    expect(status).toBe(201);
    zhao = sessionFrom(cookies);
    const me = await call('GET', '/api/me', zhao);
    expect(me.body).toMatchObject({
      kind: 'person',
      name: zhaoMin.name,
      realNameLevel: null,
      idNumberMasked: '370102********4863',
    });
  });

  it('refuses a second registration of the same ID number or phone, naming both', async () => {
    const { status, body } = await call(
      'POST',
      '/api/identity/register',
      {},
      { name: zhaoMin.name, idNumber: zhaoMin.idNumber, phone: zhaoMin.phone, password: 'a-good-password' },
    );
    expect(status).toBe(409);
    expect(body.fields.map((f: { path: string }) => f.path)).toEqual(['idNumber', 'phone']);
  });

  it('refuses unknown fields in the body', async () => {
    const { status } = await call(
      'POST',
      '/api/identity/register',
      {},
      {
        name: 'x',
        idNumber: zhaoMin.idNumber,
        phone: zhaoMin.phone,
        password: 'a-good-password',
        role: 'administrator',
      },
    );
    expect(status).toBe(400);
  });

  it('needs the CSRF token on cookie-authenticated writes', async () => {
    const { 'x-csrf-token': _dropped, ...withoutToken } = zhao;
    const { status, body } = await call('POST', '/api/me/phone/verify', withoutToken, { code: '000000' });
    expect(status).toBe(403);
    expect(body.code).toBe('CSRF_TOKEN_INVALID');
  });

  it('verifies the phone with the code, and refuses a wrong or reused code', async () => {
    const code = await latestCodeFor(zhaoMin.phone);
    const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, '0');
    expect((await call('POST', '/api/me/phone/verify', zhao, { code: wrong })).body.code).toBe('ONE_TIME_CODE_INVALID');
    expect((await call('POST', '/api/me/phone/verify', zhao, { code })).status).toBe(200);
    expect((await call('GET', '/api/me', zhao)).body.realNameLevel).toBe('phone');
    expect((await call('POST', '/api/me/phone/verify', zhao, { code })).body.code).toBe('ONE_TIME_CODE_USED');
  });

  it('refuses an expired code', async () => {
    await call('POST', '/api/me/phone/code', zhao);
    const code = await latestCodeFor(zhaoMin.phone);
    t.clock.advance(6 * MINUTE);
    expect((await call('POST', '/api/me/phone/verify', zhao, { code })).body.code).toBe('ONE_TIME_CODE_EXPIRED');
  });

  it('raises the level when name and ID number match the population registry', async () => {
    expect((await call('POST', '/api/me/real-name/registry', zhao)).status).toBe(200);
    expect((await call('GET', '/api/me', zhao)).body.realNameLevel).toBe('registry');
  });

  it('lets the legal representative bind the entity and authorise a handler', async () => {
    const bound = await call('POST', '/api/me/entities', zhao, { uscc: DEMO_ENTITIES.quanchengTrade.uscc });
    expect(bound.status).toBe(201);
    expect(bound.body).toMatchObject({
      capacity: 'legal_representative',
      entityName: DEMO_ENTITIES.quanchengTrade.name,
    });
    const handler = await call('POST', `/api/me/entities/${DEMO_ENTITIES.quanchengTrade.uscc}/handlers`, zhao, {
      idNumber: zhangSan.idNumber,
      name: zhangSan.name,
    });
    expect(handler.status).toBe(201);
    const bindings = await call('GET', `/api/me/entities/${DEMO_ENTITIES.quanchengTrade.uscc}/bindings`, zhao);
    expect(bindings.body.map((b: { capacity: string }) => b.capacity)).toEqual(['legal_representative', 'handler']);
  });

  it('shows the entity its data-use log when its legal representative acts for it', async () => {
    expect((await call('POST', '/api/me/acting-as', zhao, { uscc: DEMO_ENTITIES.quanchengTrade.uscc })).status).toBe(
      200,
    );
    const log = await call('GET', `/api/me/entities/${DEMO_ENTITIES.quanchengTrade.uscc}/data-use`, zhao);
    expect(log.status).toBe(200);
    expect(log.body.items.map((e: { purpose: string }) => e.purpose)).toContain('法人账号绑定');
  });
});

describe('legal persons', () => {
  it('refuses to bind an entity the person does not represent', async () => {
    const zhang = await login(zhangSan.phone);
    const { status, body } = await call('POST', '/api/me/entities', zhang, { uscc: DEMO_ENTITIES.yiciTech.uscc });
    expect(status).toBe(403);
    expect(body.code).toBe('NOT_LEGAL_REPRESENTATIVE');
  });

  it('warns on a USCC that fails its check character instead of silently refusing', async () => {
    const li = await login(liSi.phone);
    const bad = DEMO_ENTITIES.yiciTech.uscc.slice(0, 17) + (DEMO_ENTITIES.yiciTech.uscc[17] === '0' ? '1' : '0');
    const { status, body } = await call('POST', '/api/me/entities', li, { uscc: bad });
    expect(status).toBe(422);
    expect(body.code).toBe('USCC_CHECK_FAILED');
    expect(body.detail).toContain(DEMO_ENTITIES.yiciTech.uscc[17]);
  });

  it('lets a handler act for the entity but not manage its handlers', async () => {
    const zhang = await login(zhangSan.phone);
    expect((await call('POST', '/api/me/acting-as', zhang, { uscc: DEMO_ENTITIES.quanchengTrade.uscc })).status).toBe(
      200,
    );
    expect((await call('GET', '/api/me', zhang)).body.actingFor).toMatchObject({ capacity: 'handler' });
    const { body } = await call('GET', `/api/me/entities/${DEMO_ENTITIES.quanchengTrade.uscc}/bindings`, zhang);
    expect(body.code).toBe('ENTITY_NOT_BOUND');
    expect((await call('POST', '/api/me/acting-as', zhang, { uscc: DEMO_ENTITIES.yiciTech.uscc })).body.code).toBe(
      'ENTITY_NOT_BOUND',
    );
  });
});

describe('logging in', () => {
  it('never says whether the login or the password was wrong', async () => {
    const unknown = await call('POST', '/api/identity/login', {}, { login: '13000000000', password: 'whatever-1' });
    const wrong = await call('POST', '/api/identity/login', {}, { login: liSi.phone, password: 'whatever-1' });
    expect(unknown.status).toBe(401);
    expect(wrong.status).toBe(401);
    expect(unknown.body.title).toBe(wrong.body.title);
    expect(unknown.body.code).toBe(wrong.body.code);
  });

  it('locks after repeated failures and lets the person in after the back-off', async () => {
    const attempt = (password: string) => call('POST', '/api/identity/login', {}, { login: zhangSan.phone, password });
    for (let i = 0; i < 4; i++) expect((await attempt('wrong-password')).status).toBe(401);
    const locked = await attempt('wrong-password');
    expect(locked.status).toBe(429);
    expect(locked.body.code).toBe('ACCOUNT_LOCKED');
    expect(locked.headers['retry-after']).toBe('60');
    expect((await attempt(DEMO_PASSWORD)).status).toBe(429);
    t.clock.advance(2 * MINUTE);
    expect((await attempt(DEMO_PASSWORD)).status).toBe(200);
  });

  it('asks staff for a second factor sent to their phone', async () => {
    const first = await call('POST', '/api/identity/login', {}, { login: 'admin', password: DEMO_PASSWORD });
    expect(first.body).toMatchObject({ status: 'second_factor_required', sentTo: '139****0000' });
    expect(first.cookies.find((c) => c.name === 'yici_session')).toBeUndefined();
    const admin = await login('admin');
    expect((await call('GET', '/api/me', admin)).body).toMatchObject({ kind: 'staff', roles: ['administrator'] });
  });

  it('answers a forged session with SESSION_INVALID', async () => {
    const { status, body } = await call('GET', '/api/mandates', { cookie: 'yici_session=forged-token' });
    expect(status).toBe(401);
    expect(body.code).toBe('SESSION_INVALID');
  });

  it('ends a session after 30 idle minutes', async () => {
    const li = await login(liSi.phone);
    expect((await call('GET', '/api/mandates', li)).status).toBe(200);
    t.clock.advance(31 * MINUTE);
    expect((await call('GET', '/api/mandates', li)).body.code).toBe('SESSION_INVALID');
  });

  it('logs out everywhere', async () => {
    const phoneA = await login(liSi.phone);
    const phoneB = await login(liSi.phone);
    expect((await call('POST', '/api/identity/logout-everywhere', phoneA)).body.ended).toBeGreaterThanOrEqual(2);
    expect((await call('GET', '/api/mandates', phoneB)).body.code).toBe('SESSION_INVALID');
  });
});

describe('mandates and the data-use log', () => {
  it('authorises an agent, which only the grantor can revoke, once', async () => {
    const li = await login(liSi.phone);
    const validTo = new Date(t.clock.now().getTime() + 7 * 24 * 60 * MINUTE).toISOString();
    const created = await call('POST', '/api/mandates', li, {
      agentLogin: 'agent.lixia',
      scopeKind: 'period',
      actions: ['apply', 'view'],
      validTo,
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ agentName: '帮办代办员', status: 'active', grantorName: liSi.name });

    const agent = await login('agent.lixia');
    expect((await call('GET', '/api/mandates/received', agent)).body.map((m: { id: string }) => m.id)).toContain(
      created.body.id,
    );

    const zhang = await login(zhangSan.phone);
    expect((await call('POST', `/api/mandates/${created.body.id}/revoke`, zhang)).body.code).toBe('MANDATE_NOT_FOUND');
    expect((await call('POST', `/api/mandates/${created.body.id}/revoke`, li)).body.status).toBe('revoked');
    expect((await call('POST', `/api/mandates/${created.body.id}/revoke`, li)).body.code).toBe(
      'MANDATE_ALREADY_REVOKED',
    );
  });

  it('refuses a mandate whose scope does not fit its kind', async () => {
    const li = await login(liSi.phone);
    const validTo = new Date(t.clock.now().getTime() - MINUTE).toISOString();
    const { status, body } = await call('POST', '/api/mandates', li, {
      agentLogin: 'agent.lixia',
      scopeKind: 'case',
      actions: ['apply'],
      validTo,
    });
    expect(status).toBe(400);
    expect(body.fields.map((f: { path: string }) => f.path)).toEqual(['caseId', 'validTo']);
  });

  it('shows a resident who read their data, for what purpose', async () => {
    const reviewer = await login('reviewer.jinan');
    const read = await call(
      'GET',
      `/api/staff/registries/persons/${zhangSan.idNumber}?purpose=${encodeURIComponent('审查企业开办申请')}`,
      reviewer,
    );
    expect(read.status).toBe(200);
    const zhang = await login(zhangSan.phone);
    const log = await call('GET', '/api/me/data-use', zhang);
    expect(log.body.items[0]).toMatchObject({ purpose: '审查企业开办申请', readerKind: 'staff' });
  });

  it('pages the data-use log by cursor, and refuses a tampered cursor, another person’s and a page over 100', async () => {
    const reviewer = await login('reviewer.jinan');
    for (const purpose of ['核对一', '核对二', '核对三'])
      await call(
        'GET',
        `/api/staff/registries/persons/${zhangSan.idNumber}?purpose=${encodeURIComponent(purpose)}`,
        reviewer,
      );
    const zhang = await login(zhangSan.phone);
    const first = (await call('GET', '/api/me/data-use?limit=2', zhang)).body;
    expect(first.items.map((e: { purpose: string }) => e.purpose)).toEqual(['核对三', '核对二']);
    expect(first.prev).toBeNull();
    const second = (await call('GET', `/api/me/data-use?limit=2&cursor=${first.next}`, zhang)).body;
    expect(second.items[0].purpose).toBe('核对一');
    const back = (await call('GET', `/api/me/data-use?limit=2&cursor=${second.prev}`, zhang)).body;
    expect(back.items.map((e: { id: number }) => e.id)).toEqual(first.items.map((e: { id: number }) => e.id));

    const [body, mac] = (first.next as string).split('.');
    const tampered = await call('GET', `/api/me/data-use?limit=2&cursor=${body!.slice(0, -2)}AA.${mac}`, zhang);
    expect([tampered.status, tampered.body.code]).toEqual([400, 'CURSOR_INVALID']);
    const li = await login(liSi.phone);
    const another = await call('GET', `/api/me/data-use?limit=2&cursor=${first.next}`, li);
    expect([another.status, another.body.code]).toEqual([400, 'CURSOR_OTHER_LIST']);
    const tooMany = await call('GET', '/api/me/data-use?limit=101', zhang);
    expect([tooMany.status, tooMany.body.code]).toEqual([400, 'PAGE_SIZE_TOO_LARGE']);
  });

  it('hides residents outside a staff member region, and logs nothing', async () => {
    const clerk = await login('hotline.jinan');
    expect((await call('GET', `/api/staff/registries/persons/${zhangSan.idNumber}?purpose=x1`, clerk)).status).toBe(
      403,
    );
    const before = (await call('GET', '/api/me/data-use', await login(zhangSan.phone))).body.count.value;
    const reviewer = await login('reviewer.jinan');
    const far = '370202199001011234'.slice(0, 17);
    const outside = await call(
      'GET',
      `/api/staff/registries/persons/${far}${'X'}?purpose=${encodeURIComponent('核查')}`,
      reviewer,
    );
    expect([400, 404]).toContain(outside.status);
    expect((await call('GET', '/api/me/data-use', await login(zhangSan.phone))).body.count.value).toBe(before);
  });
});

describe('the audit trail of identity', () => {
  it('records registration and logins in a chain that verifies', async () => {
    await t.services.audit.seal();
    const admin = await login('admin');
    const entries = await call('GET', '/api/admin/audit/entries?limit=100', admin);
    const actions = entries.body.items.map((e: { action: string }) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining(['identity.account.register', 'identity.login', 'identity.mandate.create']),
    );
    const verified = await call('POST', '/api/admin/audit/verify', admin);
    expect(verified.body.ok).toBe(true);
  });
});

describe('the staff list', () => {
  type Page = { items: { id: string; login: string; regionCode: string }[]; next: string | null; prev: string | null };
  const logins = (page: Page) => page.items.map((s) => s.login);

  /** The staff accounts of a region and below by login, straight from the table: what the pages must add up to. */
  async function staffLoginsOf(prefix: string): Promise<string[]> {
    const rows = await queryRows<{ login: string }>(
      t.database.db,
      sql`select login from accounts where kind = 'staff' and region_code like ${prefix + '%'} order by login`,
    );
    return rows.map((r) => r.login);
  }

  it('pages the administrator’s staff by login along signed cursors, forth and back, with the count', async () => {
    const admin = await login('admin');
    const all = await staffLoginsOf('37');
    expect(all.length).toBeGreaterThan(6);
    const first = (await call('GET', '/api/admin/staff?limit=3', admin)).body as Page & { count: unknown };
    expect(first.prev).toBeNull();
    expect(first.count).toEqual({ value: all.length, atLeast: false });
    expect(logins(first)).toEqual(all.slice(0, 3));
    const second = (await call('GET', `/api/admin/staff?limit=3&cursor=${first.next}`, admin)).body as Page;
    expect(logins(second)).toEqual(all.slice(3, 6));
    const back = (await call('GET', `/api/admin/staff?limit=3&cursor=${second.prev}`, admin)).body as Page;
    expect(logins(back)).toEqual(logins(first));
    expect(back.prev).toBeNull();

    // Every account once, in login order, page after page.
    const seen: string[] = [];
    let next: string | null = null;
    do {
      const page = (await call('GET', `/api/admin/staff?limit=4${next ? `&cursor=${next}` : ''}`, admin)).body as Page;
      seen.push(...logins(page));
      next = page.next;
    } while (next);
    expect(seen).toEqual(all);
  });

  it('shows an administrator of a city only its staff, and refuses a cursor of another scope or list', async () => {
    const admin = await login('admin');
    const created = await call('POST', '/api/admin/staff', admin, {
      login: 'admin.jinan',
      name: '济南管理员',
      phone: '13900000099',
      password: DEMO_PASSWORD,
      roles: ['administrator'],
      regionCode: '3701',
      departmentId: null,
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const city = await login('admin.jinan');
    const page = (await call('GET', '/api/admin/staff?limit=100', city)).body as Page & {
      count: { value: number };
    };
    expect(logins(page)).toEqual(await staffLoginsOf('3701'));
    expect(page.items.every((s) => s.regionCode.startsWith('3701'))).toBe(true);
    expect(page.count.value).toBe(page.items.length);

    const province = (await call('GET', '/api/admin/staff?limit=2', admin)).body as Page;
    const otherScope = await call('GET', `/api/admin/staff?limit=2&cursor=${province.next}`, city);
    expect([otherScope.status, otherScope.body.code]).toEqual([400, 'CURSOR_OTHER_LIST']);
    const audit = (await call('GET', '/api/admin/audit/entries?limit=1', admin)).body as Page;
    const otherList = await call('GET', `/api/admin/staff?limit=2&cursor=${audit.next}`, admin);
    expect([otherList.status, otherList.body.code]).toEqual([400, 'CURSOR_OTHER_LIST']);
  });

  it('refuses a tampered cursor and a page over 100', async () => {
    const admin = await login('admin');
    const first = (await call('GET', '/api/admin/staff?limit=2', admin)).body as Page;
    const [body, mac] = first.next!.split('.');
    const tampered = await call('GET', `/api/admin/staff?limit=2&cursor=${body!.slice(0, -2)}AA.${mac}`, admin);
    expect([tampered.status, tampered.body.code]).toEqual([400, 'CURSOR_INVALID']);
    const madeUp = await call('GET', '/api/admin/staff?cursor=12345', admin);
    expect([madeUp.status, madeUp.body.code]).toEqual([400, 'CURSOR_INVALID']);
    const tooMany = await call('GET', '/api/admin/staff?limit=101', admin);
    expect([tooMany.status, tooMany.body.code]).toEqual([400, 'PAGE_SIZE_TOO_LARGE']);
  });
});

describe('session cookies', () => {
  it('last by Max-Age, counted on the browser’s clock, never by an Expires date of the platform clock', async () => {
    // A simulated platform's clock stands in 2018: an Expires date from it is already past for
    // the browser, which would drop the cookie at once.
    const first = await call('POST', '/api/identity/login', {}, { login: zhangSan.phone, password: DEMO_PASSWORD });
    expect(first.status).toBe(200);
    const raw = ([] as string[]).concat(first.headers['set-cookie'] as string | string[]);
    const session = raw.find((c) => c.startsWith('yici_session='))!;
    expect(session).toMatch(/Max-Age=\d+/);
    expect(session).not.toMatch(/Expires=/i);
    expect(Number(/Max-Age=(\d+)/.exec(session)![1])).toBeGreaterThan(0);
  });
});
