import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpApp } from './app';
import { API_CSP, WEB_APP_CSP } from './security-headers';

let app: FastifyInstance;
let webDist: string;
beforeAll(async () => {
  webDist = mkdtempSync(path.join(tmpdir(), 'yici-web-'));
  writeFileSync(path.join(webDist, 'index.html'), '<!doctype html><title>一次</title><div id="root"></div>');
  writeFileSync(path.join(webDist, 'app.js'), 'console.log(1)');
  app = await createHttpApp({
    logLevel: 'silent',
    version: 'test',
    databaseKind: 'pglite',
    routes: [],
    webDist,
    resolveSession: null,
    secureCookies: false,
  });
  await app.ready();
});
afterAll(async () => {
  await app?.close();
  rmSync(webDist, { recursive: true, force: true });
});

function expectCommonHeaders(headers: Record<string, unknown>) {
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(headers['x-frame-options']).toBe('DENY');
  expect(String(headers['content-security-policy'])).toContain("frame-ancestors 'none'");
}

describe('security headers', () => {
  it('serve the web app under a policy that allows only its own scripts and refuses framing', async () => {
    for (const url of ['/', '/catalog/items/123']) {
      const page = await app.inject({ method: 'GET', url });
      expect(page.statusCode).toBe(200);
      expectCommonHeaders(page.headers);
      expect(page.headers['content-security-policy']).toBe(WEB_APP_CSP);
    }
    expect(WEB_APP_CSP).toContain("script-src 'self';");
    expect(WEB_APP_CSP).not.toMatch(/script-src[^;]*unsafe/);
    expect(WEB_APP_CSP).toContain("object-src 'none'");
  });

  it('mark the app’s own files nosniff too', async () => {
    const script = await app.inject({ method: 'GET', url: '/app.js' });
    expect(script.statusCode).toBe(200);
    expectCommonHeaders(script.headers);
  });

  it('give API answers, problems included, a policy that loads nothing', async () => {
    const health = await app.inject({ method: 'GET', url: '/api/health' });
    expectCommonHeaders(health.headers);
    expect(health.headers['content-security-policy']).toBe(API_CSP);
    const missing = await app.inject({ method: 'GET', url: '/api/nothing-here' });
    expect(missing.statusCode).toBe(404);
    expectCommonHeaders(missing.headers);
    const malformed = await app.inject({ method: 'GET', url: '/api/cases/%ff' });
    expect(malformed.statusCode).toBe(400);
    expectCommonHeaders(malformed.headers);
  });

  it('let Swagger UI run its own scripts but never inside a frame', async () => {
    const docs = await app.inject({ method: 'GET', url: '/docs/' });
    expect(docs.statusCode).toBe(200);
    expectCommonHeaders(docs.headers);
    const policy = String(docs.headers['content-security-policy']);
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toContain("frame-ancestors 'self'");
    expect(policy).not.toContain('upgrade-insecure-requests');
  });
});
