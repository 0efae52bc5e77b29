import { describe, expect, it } from 'vitest';
import { ApiError, createApiClient, describeProblem } from './client';

function answering(response: Response) {
  const requested: string[] = [];
  const client = createApiClient({
    fetch: async (input) => {
      requested.push(String(input));
      return response;
    },
  });
  return { client, requested };
}

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
});
