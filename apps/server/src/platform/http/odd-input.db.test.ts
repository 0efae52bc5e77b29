import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { sql } from 'drizzle-orm';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../../testing/test-app';
import { createTestSession, type TestSession } from '../../testing/test-actors';
import { queryRows } from '../db/database';

let t: TestApp;
let person: TestSession;
beforeAll(async () => {
  t = await openTestApp();
  person = await createTestSession(t.database.db, { kind: 'person', level: 'registry' });
});
afterAll(async () => t?.close());

/** Rows in the tables a refused request could have touched: none may change. */
async function writtenRows(): Promise<Record<string, number>> {
  const rows = await queryRows<Record<string, string>>(
    t.database.db,
    sql`select (select count(*) from audit_entries) as audit, (select count(*) from accounts) as accounts,
               (select count(*) from sessions) as sessions, (select count(*) from cases) as cases,
               (select count(*) from mandates) as mandates, (select count(*) from outbox_messages) as outbox`,
  );
  return Object.fromEntries(Object.entries(rows[0]!).map(([k, v]) => [k, Number(v)]));
}

async function expectNulRefused(request: InjectOptions, field: string): Promise<void> {
  const before = await writtenRows();
  const response = await t.app.inject(request);
  expect(response.statusCode).toBe(400);
  expect(response.headers['content-type']).toContain('application/problem+json');
  expect(response.json()).toMatchObject({ code: 'INPUT_NUL_CHARACTER', fields: [{ path: field }] });
  expect(await writtenRows()).toEqual(before);
}

describe('a NUL character (U+0000) anywhere in a request', () => {
  it('in the catalog search term is a 400', async () => {
    await expectNulRefused({ method: 'GET', url: '/api/catalog/items?q=%E5%BC%80%00%E5%8A%9E' }, 'querystring.q');
  });

  it('in a login is a 400, and no failed attempt is counted', async () => {
    await expectNulRefused(
      { method: 'POST', url: '/api/identity/login', payload: { login: '13805310001\u0000', password: 'Yici@2018' } },
      'body.login',
    );
  });

  it('in a registration is a 400 and creates no account', async () => {
    await expectNulRefused(
      {
        method: 'POST',
        url: '/api/identity/register',
        payload: { name: '赵\u0000敏', idNumber: '370102199209214863', phone: '18605310004', password: 'Yici@2018x' },
      },
      'body.name',
    );
  });

  it('in a path id is a 400', async () => {
    await expectNulRefused({ method: 'GET', url: '/api/applications/abc%00def', headers: person.headers }, 'params.id');
  });

  it('in a form value is a 400 and files nothing', async () => {
    await expectNulRefused(
      {
        method: 'POST',
        url: '/api/applications/prepare',
        headers: person.headers,
        payload: {
          target: { kind: 'bundle', bundleId: 'enterprise-opening', regionCode: '370102' },
          form: { x: 'a\u0000' },
        },
      },
      'body.form.x',
    );
  });

  it('in a file name is a 400', async () => {
    await expectNulRefused(
      {
        method: 'POST',
        url: '/api/applications',
        headers: { ...person.headers, 'idempotency-key': 'nul-file-name-1' },
        payload: {
          target: { kind: 'bundle', bundleId: 'enterprise-opening', regionCode: '370102' },
          materials: [{ kind: 'upload', materialKey: 'm1', sha256: 'a'.repeat(64), fileName: 'scan\u0000.pdf' }],
        },
      },
      'body.materials.0.fileName',
    );
  });

  it('in a mandate agent login is a 400 and grants nothing', async () => {
    await expectNulRefused(
      {
        method: 'POST',
        url: '/api/mandates',
        headers: person.headers,
        payload: {
          agentLogin: 'agent.lixia\u0000',
          scopeKind: 'period',
          actions: ['case:apply'],
          validTo: '2026-12-31T00:00:00+08:00',
        },
      },
      'body.agentLogin',
    );
  });

  it('in an object key is a 400', async () => {
    await expectNulRefused(
      { method: 'POST', url: '/api/identity/login', payload: { 'login\u0000': 'x', password: 'y' } },
      'body.login\\u0000',
    );
  });
});

describe('half a surrogate pair in JSON text', () => {
  it('is a 400, since neither UTF-8 nor jsonb can hold it', async () => {
    const before = await writtenRows();
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/identity/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"login":"13805310001\\udfff","password":"Yici@2018"}',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'INPUT_TEXT_MALFORMED', fields: [{ path: 'body.login' }] });
    expect(await writtenRows()).toEqual(before);
  });
});

describe('JSON nested deeper than any form', () => {
  it('is a 400 naming where, not a crash of recursive code', async () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    for (const url of ['/api/certificates/verify/file', '/api/identity/login']) {
      const before = await writtenRows();
      const response = await t.app.inject({
        method: 'POST',
        url,
        headers: { 'content-type': 'application/json' },
        payload: deep,
      });
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({ code: 'INPUT_TOO_DEEP', fields: [{ path: `body${'.0'.repeat(32)}` }] });
      expect(await writtenRows()).toEqual(before);
    }
  });
});

describe('values the database could not take', () => {
  it('refuses a date in year 0000 as a 400', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/regions?asOf=0000-01-01' });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'REQUEST_INVALID', fields: [{ path: 'querystring.asOf' }] });
  });

  it('answers a region code of no level with not found', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/catalog/items?region=%EF%BF%BD' });
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toContain('application/problem+json');
  });
});

describe('URLs the router cannot take', () => {
  it('answers an undecodable path with a problem', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/cases/%ff' });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json()).toMatchObject({ code: 'URL_MALFORMED', status: 400 });
  });

  it('answers an over-long path parameter with a problem', async () => {
    const response = await t.app.inject({ method: 'GET', url: `/api/cases/${'x'.repeat(500)}` });
    expect(response.statusCode).toBe(414);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json()).toMatchObject({ code: 'URL_TOO_LONG' });
  });

  it('answers headers or a URL beyond the server limit with a 431 problem', async () => {
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = t.app.server.address() as AddressInfo;
    const send = (path: string, headers: Record<string, string>) =>
      new Promise<{ status: number; type: string; body: string }>((resolve, reject) => {
        const req = httpRequest({ host: '127.0.0.1', port, path, headers }, (res) => {
          let body = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => (body += chunk));
          res.on('end', () =>
            resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type']), body }),
          );
        });
        req.on('error', reject);
        req.end();
      });
    for (const answer of [
      await send(`/api/catalog/items?q=${'a'.repeat(20_000)}`, {}),
      await send('/api/health', { 'x-filler': 'b'.repeat(20_000) }),
    ]) {
      expect(answer.status).toBe(431);
      expect(answer.type).toContain('application/problem+json');
      expect(JSON.parse(answer.body)).toMatchObject({ code: 'HEADERS_TOO_LARGE', status: 431 });
    }
  });
});
