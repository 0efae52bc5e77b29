import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../../testing/test-app';
import { createTestSession, type TestSession } from '../../testing/test-actors';
import { testDatabaseKind } from '../../testing/test-database';

let t: TestApp;
let administrator: TestSession;
let clerk: TestSession;
beforeAll(async () => {
  t = await openTestApp();
  administrator = await createTestSession(t.database.db, { kind: 'staff', roles: ['administrator'] });
  clerk = await createTestSession(t.database.db, { kind: 'staff', roles: ['window_clerk'] });
});
afterAll(async () => t?.close());

describe('the HTTP edge', () => {
  it('reports health with the database kind in use', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(response.json()).toMatchObject({ status: 'ok', database: testDatabaseKind() });
  });

  it('publishes an OpenAPI 3 document generated from the contracts', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/regions',
        '/api/catalog/items',
        '/api/catalog/items/{code}',
        '/api/catalog/consistency',
      ]),
    );
    expect(doc.components.schemas.Problem).toBeDefined();
  });

  it('serves Swagger UI from its own assets', async () => {
    const page = await t.app.inject({ method: 'GET', url: '/docs/' });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('swagger-ui');
    const script = await t.app.inject({ method: 'GET', url: '/docs/static/swagger-ui-bundle.js' });
    expect(script.statusCode).toBe(200);
  });

  it('answers an unknown API route with a problem and a correlation id', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: '/api/nothing-here',
      headers: { 'x-request-id': 'abcdef12-test' },
    });
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json()).toMatchObject({ code: 'ROUTE_NOT_FOUND', correlationId: 'abcdef12-test' });
  });
});

describe('the working-day calendar API', () => {
  const arrangement2027 = {
    year: 2027,
    holidays: [
      { date: '2027-01-01', name: '元旦' },
      { date: '2027-02-05', name: '春节' },
      { date: '2027-02-08', name: '春节' },
    ],
    workdays: [{ date: '2027-02-13', name: '春节' }],
  };
  const put = (body: unknown, session: TestSession | null = administrator) =>
    t.app.inject({
      method: 'PUT',
      url: '/api/calendar/years/2027',
      payload: body as object,
      headers: session?.headers ?? {},
    });

  it('counts working days across the 2025 National Day holiday', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/calendar/workdays?from=2025-09-30&workdays=3' });
    expect(response.json()).toMatchObject({ deadline: '2025-10-11', isWorkday: true });
  });

  it('answers a year nobody has entered from the law, marked provisional', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/calendar/workdays?from=2027-03-01&workdays=1' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ deadline: '2027-03-02', provisional: true });
    const official = await t.app.inject({ method: 'GET', url: '/api/calendar/workdays?from=2025-09-30&workdays=3' });
    expect(official.json().provisional).toBe(false);
    const year = await t.app.inject({ method: 'GET', url: '/api/calendar/years/2027' });
    expect(year.json()).toMatchObject({ year: 2027, source: 'provisional' });
  });

  it('refuses only a year outside 2000–2100', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/calendar/workdays?from=2101-03-01&workdays=1' });
    expect(response.statusCode).toBe(422);
    expect(response.json().code).toBe('CALENDAR_YEAR_OUT_OF_RANGE');
  });

  it('lets only an administrator enter a year', async () => {
    expect((await put(arrangement2027, null)).statusCode).toBe(401);
    expect((await put(arrangement2027, clerk)).statusCode).toBe(403);
  });

  it('refuses a contradictory year whole, naming the entries, and changes nothing', async () => {
    const contradictory = { ...arrangement2027, workdays: [{ date: '2027-02-05', name: '春节' }] };
    const response = await put(contradictory);
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe('CALENDAR_OVERRIDE_CONTRADICTION');
    expect(response.json().fields.map((f: { path: string }) => f.path)).toContain('workdays[0].date');
    const years = (await t.app.inject({ method: 'GET', url: '/api/calendar/years' })).json().years;
    expect(years).toContainEqual({ year: 2027, source: 'provisional' });
  });

  it('refuses unknown fields in the body', async () => {
    const response = await put({ ...arrangement2027, note: 'x' });
    expect(response.statusCode).toBe(400);
  });

  it('makes 2027 known once an administrator enters it', async () => {
    const response = await put(arrangement2027);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ source: 'override', clocksRederived: 0, dueDaysMoved: 0 });
    const deadline = await t.app.inject({ method: 'GET', url: '/api/calendar/workdays?from=2027-02-04&workdays=1' });
    expect(deadline.json().deadline).toBe('2027-02-09');
    const saturday = await t.app.inject({ method: 'GET', url: '/api/calendar/workdays?from=2027-02-13' });
    expect(saturday.json().isWorkday).toBe(true);
  });
});
