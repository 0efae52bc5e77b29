import { describe, expect, it } from 'vitest';
import { ApiError, createApiClient, describeProblem } from './client';
import { csrfTokenFrom } from './csrf';

function answering(response: Response, options: { csrfToken?: string | null } = {}) {
  const requested: string[] = [];
  const sent: RequestInit[] = [];
  const client = createApiClient({
    fetch: async (input, init) => {
      requested.push(String(input));
      sent.push(init ?? {});
      return response;
    },
    csrfToken: () => options.csrfToken ?? null,
  });
  return { client, requested, sent };
}

const headersOf = (init: RequestInit | undefined) => (init?.headers ?? {}) as Record<string, string>;

const problem = {
  type: 'https://yici.gov.cn/problems/request-invalid',
  title: '请求参数有误',
  status: 400,
  code: 'REQUEST_INVALID',
  correlationId: 'req-12345678',
  fields: [
    { path: 'querystring.pageSize', message: '每页最多 100 条' },
    { path: 'querystring.q', message: '检索词最多 50 个字' },
  ],
};

describe('the API client', () => {
  it('turns a problem+json answer into an ApiError that shows the title and every field message', async () => {
    const { client } = answering(
      new Response(JSON.stringify(problem), { status: 400, headers: { 'content-type': 'application/problem+json' } }),
    );
    const error = await client.listItems({ pageSize: 500 }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).problem.code).toBe('REQUEST_INVALID');
    expect((error as ApiError).message).toBe('请求参数有误：每页最多 100 条；检索词最多 50 个字');
  });

  it('leaves empty filters out of the query string', async () => {
    const page = { items: [], total: 0, page: 1, pageSize: 10 };
    const { client, requested } = answering(new Response(JSON.stringify(page), { status: 200 }));
    await client.listItems({ q: '', region: '3702', oneVisit: true, department: undefined, page: 1, pageSize: 10 });
    expect(requested).toEqual(['/api/catalog/items?region=3702&oneVisit=true&page=1&pageSize=10']);
  });

  it('refuses a body that does not match its contract', async () => {
    const { client } = answering(new Response(JSON.stringify({ items: 'none' }), { status: 200 }));
    const error = (await client.listItems({}).catch((caught: unknown) => caught)) as ApiError;
    expect(error.problem.code).toBe('RESPONSE_INVALID');
    expect(error.problem.fields.length).toBeGreaterThan(0);
  });

  it('describes an error without problem details by its status alone', async () => {
    const { client } = answering(new Response('<html>bad gateway</html>', { status: 502 }));
    const error = (await client.listBundles().catch((caught: unknown) => caught)) as ApiError;
    expect(error.status).toBe(502);
    expect(describeProblem(error.problem)).toBe('服务暂时不可用，请稍后再试');
  });

  it('echoes the CSRF cookie in X-CSRF-Token on every write made with a session', async () => {
    const { client, sent } = answering(new Response(JSON.stringify({ ok: true }), { status: 200 }), {
      csrfToken: 'csrf-abc',
    });
    await client.verifyPhone({ code: '123456' });
    expect(sent[0]?.method).toBe('POST');
    expect(headersOf(sent[0])['X-CSRF-Token']).toBe('csrf-abc');
    expect(headersOf(sent[0])['content-type']).toBe('application/json');
    expect(sent[0]?.body).toBe('{"code":"123456"}');
  });

  it('sends no CSRF header on reads and no JSON content type on a write without a body', async () => {
    const me = {
      kind: 'anonymous',
      accountId: null,
      name: null,
      idNumberMasked: null,
      phoneMasked: null,
      realNameLevel: null,
      roles: [],
      regionCode: null,
      departmentId: null,
      actingFor: null,
      entities: [],
      csrfToken: null,
    };
    const read = answering(new Response(JSON.stringify(me), { status: 200 }), { csrfToken: 'csrf-abc' });
    await read.client.getMe();
    expect(headersOf(read.sent[0])['X-CSRF-Token']).toBeUndefined();

    const write = answering(new Response(JSON.stringify({ ok: true }), { status: 200 }), { csrfToken: 'csrf-abc' });
    await write.client.logout();
    expect(headersOf(write.sent[0])['content-type']).toBeUndefined();
    expect(headersOf(write.sent[0])['X-CSRF-Token']).toBe('csrf-abc');
  });

  it('revokes a handler with DELETE on the binding', async () => {
    const { client, requested, sent } = answering(new Response(JSON.stringify({ ok: true }), { status: 200 }));
    await client.revokeHandler({ uscc: '91370102MA3D8Q2K5P', bindingId: 'b-1' });
    expect(requested).toEqual(['/api/me/entities/91370102MA3D8Q2K5P/handlers/b-1']);
    expect(sent[0]?.method).toBe('DELETE');
  });
});

describe('certificate verification', () => {
  const result = {
    valid: false,
    reasons: [{ code: 'CONTENT_CHANGED', message: '证照内容与签名时不一致（内容被修改）' }],
    identifier: null,
    disclosure: 'validity',
    validity: null,
    certificate: null,
    sharedUntil: null,
    seal: null,
    signatureValid: false,
    revoked: false,
    expired: false,
    annotation: null,
  };

  it('sends an uploaded file as its bytes with its own content type', async () => {
    const { client, requested, sent } = answering(new Response(JSON.stringify(result), { status: 200 }));
    const file = new Blob(['%PDF-1.7'], { type: 'application/pdf' });
    const answer = await client.verifyCertificateFile({ data: file, contentType: 'application/pdf' });
    expect(requested).toEqual(['/api/certificates/verify/file']);
    expect(sent[0]?.method).toBe('POST');
    expect(sent[0]?.body).toBe(file);
    expect(headersOf(sent[0])['content-type']).toBe('application/pdf');
    expect(answer.reasons[0]?.code).toBe('CONTENT_CHANGED');
  });

  it('addresses a certificate by its identifier, dots and all', async () => {
    const detail = new Response(JSON.stringify({ nope: true }), { status: 200 });
    const { client, requested } = answering(detail);
    const error = (await client.getCertificate('1.2.156.3005.2.X').catch((caught: unknown) => caught)) as ApiError;
    expect(requested).toEqual(['/api/certificates/1.2.156.3005.2.X']);
    expect(error.problem.code).toBe('RESPONSE_INVALID');
  });
});

describe('the CSRF cookie', () => {
  it('is read from the cookie string among others', () => {
    expect(csrfTokenFrom('theme=dark; yici_csrf=abc%3D123; other=1')).toBe('abc=123');
  });

  it('is missing without a session', () => {
    expect(csrfTokenFrom('theme=dark')).toBeNull();
    expect(csrfTokenFrom('')).toBeNull();
  });
});
