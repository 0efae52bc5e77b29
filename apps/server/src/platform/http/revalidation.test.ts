import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpApp } from './app';

let app: FastifyInstance;
let guide = { name: '食品经营许可', limitDays: 10 };
beforeAll(async () => {
  app = await createHttpApp({
    logLevel: 'silent',
    version: 'test',
    databaseKind: 'pglite',
    webDist: null,
    resolveSession: null,
    secureCookies: false,
    routes: [
      (api) => {
        api.get('/api/test/guide', { config: { permission: 'public:read', revalidate: true } }, async () => guide);
        api.get('/api/test/missing', { config: { permission: 'public:read', revalidate: true } }, async (_r, reply) =>
          reply.code(404).send({ code: 'NOT_FOUND' }),
        );
        api.get('/api/test/plain', { config: { permission: 'public:read' } }, async () => guide);
      },
    ],
  });
  await app.ready();
});
afterAll(async () => app?.close());

describe('revalidated reference data', () => {
  it('answers with an ETag, and 304 without a body while the data is unchanged', async () => {
    const first = await app.inject({ method: 'GET', url: '/api/test/guide' });
    expect(first.statusCode).toBe(200);
    expect(first.headers['cache-control']).toBe('no-cache');
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^"[\w-]{27}"$/);
    const again = await app.inject({ method: 'GET', url: '/api/test/guide', headers: { 'if-none-match': etag } });
    expect(again.statusCode).toBe(304);
    expect(again.rawPayload.length).toBe(0);
    const weak = await app.inject({ method: 'GET', url: '/api/test/guide', headers: { 'if-none-match': `W/${etag}` } });
    expect(weak.statusCode).toBe(304);
  });

  it('answers the new body with a new ETag once the data changed', async () => {
    const before = String((await app.inject({ method: 'GET', url: '/api/test/guide' })).headers.etag);
    guide = { ...guide, limitDays: 5 };
    const after = await app.inject({ method: 'GET', url: '/api/test/guide', headers: { 'if-none-match': before } });
    expect(after.statusCode).toBe(200);
    expect(after.json()).toEqual({ name: '食品经营许可', limitDays: 5 });
    expect(after.headers.etag).not.toBe(before);
  });

  it('leaves problems and other routes alone', async () => {
    const missing = await app.inject({ method: 'GET', url: '/api/test/missing' });
    expect(missing.statusCode).toBe(404);
    expect(missing.headers.etag).toBeUndefined();
    const plain = await app.inject({ method: 'GET', url: '/api/test/plain' });
    expect(plain.headers.etag).toBeUndefined();
  });
});
