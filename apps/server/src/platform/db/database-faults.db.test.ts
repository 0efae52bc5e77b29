import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../../testing/test-app';
import { createTestSession, type TestSession } from '../../testing/test-actors';

// The database goes away under a running platform (here: closed beneath it; the reliability
// suite drops real connections and restarts a real server).
let t: TestApp;
let person: TestSession;
beforeAll(async () => {
  t = await openTestApp();
  person = await createTestSession(t.database.db, { kind: 'person', level: 'registry' });
  expect((await t.app.inject({ method: 'GET', url: '/api/applications', headers: person.headers })).statusCode).toBe(
    200,
  );
  await t.database.close();
});
afterAll(async () => {
  await t?.app.close();
  await t?.database.drop().catch(() => undefined);
});

describe('while the database cannot be reached', () => {
  it('answers a logged-in user 503 DATABASE_UNAVAILABLE with Retry-After, not 401 (the session is not at fault)', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/applications', headers: person.headers });
    expect(response.statusCode).toBe(503);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.headers['retry-after']).toBe('5');
    expect(response.json()).toMatchObject({ code: 'DATABASE_UNAVAILABLE', status: 503 });
  });

  it('answers a login 503, not 500', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/identity/login',
      payload: { login: '13805310001', password: 'Yici@2018' },
    });
    expect(response.statusCode).toBe(503);
    expect(response.json().code).toBe('DATABASE_UNAVAILABLE');
  });

  it('reports it on /api/health (503) while /api/health/live, which does not ask the database, stays 200', async () => {
    const health = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(health.statusCode).toBe(503);
    expect(health.json().code).toBe('DATABASE_UNAVAILABLE');
    const live = await t.app.inject({ method: 'GET', url: '/api/health/live' });
    expect(live.statusCode).toBe(200);
    expect(live.json()).toEqual({ status: 'ok' });
  });
});
