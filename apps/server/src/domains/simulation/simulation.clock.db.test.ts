import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../platform/clock';
import { generousRateLimits } from '../../platform/rate-limit/rate-limit.rules';
import { createPlatformHttp, createServices } from '../../platform';
import { seedReferenceData } from '../../seed/seed';
import {
  openTestDatabase,
  TEST_AUDIT_SIGNER,
  TEST_SEAL_MASTER_KEY,
  type TestDatabase,
} from '../../testing/test-database';
import { openTestApp, type TestApp } from '../../testing/test-app';
import { sessionForAccount, type TestSession } from '../../testing/test-actors';
import { createSimulatedClock, type SimulatedClock } from './simulation.clock';
import {
  installationMode,
  loadClockAnchor,
  recordInstallationMode,
  requireInstallationMode,
} from './simulation.installation';

/** 模拟环境: the clock's endpoint, who may move it, and that it only moves forward. */
const START = new Date('2018-09-27T02:00:00Z'); // Thursday 27 September 2018, 10:00 in China
let database: TestDatabase;
let app: Awaited<ReturnType<typeof createPlatformHttp>>;
let clock: SimulatedClock;
let realApp: TestApp;

beforeAll(async () => {
  database = await openTestDatabase({ seed: false });
  // Seals and accounts as of the start instant, as a simulated platform seeds them.
  await seedReferenceData(database.db, {
    clock: fixedClock(START),
    scope: 'core',
    sealMasterKey: TEST_SEAL_MASTER_KEY,
  });
  await recordInstallationMode(database.db, 'simulated', START);
  clock = createSimulatedClock({ start: START, rate: null, realNow: () => 0 });
  const services = createServices({
    database,
    clock,
    sealMasterKey: TEST_SEAL_MASTER_KEY,
    publicUrl: 'http://yici.test',
    audit: { signer: TEST_AUDIT_SIGNER },
  });
  app = await createPlatformHttp({
    database,
    services,
    clock,
    logLevel: 'silent',
    webDist: null,
    secureCookies: false,
    rateLimits: generousRateLimits(),
  });
  await app.ready();
  realApp = await openTestApp();
});
afterAll(async () => {
  await app?.close();
  await database?.drop();
  await realApp?.close();
});

/** Sessions live on the platform's clock: a fresh one at the current simulated instant. */
const as = (account: string): Promise<TestSession> => sessionForAccount(database.db, account, clock.now());
const advance = async (session: TestSession | null, payload: unknown) =>
  app.inject({
    method: 'POST',
    url: '/api/admin/clock/advance',
    headers: session?.headers ?? {},
    payload: payload as object,
  });

describe('the platform says it is simulated', () => {
  it('/api/health answers simulated: true, and /api/clock the simulated time', async () => {
    expect((await app.inject('/api/health')).json()).toMatchObject({ status: 'ok', simulated: true });
    expect((await app.inject('/api/clock')).json()).toEqual({
      mode: 'simulated',
      now: '2018-09-27T02:00:00.000Z',
      today: '2018-09-27',
      rate: null,
    });
  });

  it('a real platform answers simulated: false and refuses any advance (409 CLOCK_NOT_SIMULATED)', async () => {
    expect((await realApp.app.inject('/api/health')).json()).toMatchObject({ simulated: false });
    const admin = await sessionForAccount(realApp.database.db, 'demo-staff-admin');
    const res = await realApp.app.inject({
      method: 'POST',
      url: '/api/admin/clock/advance',
      headers: admin.headers,
      payload: { workingDays: 1 },
    });
    expect(res.statusCode, res.body).toBe(409);
    expect(res.json().code).toBe('CLOCK_NOT_SIMULATED');
  });
});

describe('moving the simulated clock', () => {
  it('only administrators: anonymous 401, a window clerk 403, the clock unmoved', async () => {
    expect((await advance(null, { workingDays: 1 })).statusCode).toBe(401);
    expect((await advance(await as('demo-staff-clerk.lixia'), { workingDays: 1 })).statusCode).toBe(403);
    expect(clock.now().toISOString()).toBe(START.toISOString());
  });

  it('bad input is a problem naming the field: neither or both of to / workingDays, a bare date', async () => {
    const admin = await as('demo-staff-admin');
    for (const payload of [
      {},
      { to: '2018-10-01T00:00:00Z', workingDays: 1 },
      { to: '2018-10-01' },
      { workingDays: 0 },
    ]) {
      const res = await advance(admin, payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect(res.json().fields.length).toBeGreaterThan(0);
    }
    expect(clock.now().toISOString()).toBe(START.toISOString());
  });

  it('never backwards: 422 CLOCK_BACKWARDS naming `to`, nothing moved or kept', async () => {
    const res = await advance(await as('demo-staff-admin'), { to: '2018-09-26T10:00:00+08:00' });
    expect(res.statusCode, res.body).toBe(422);
    expect(res.json()).toMatchObject({ code: 'CLOCK_BACKWARDS', fields: [{ path: 'to' }] });
    expect(clock.now().toISOString()).toBe(START.toISOString());
    expect(await loadClockAnchor(database.db)).toBeNull();
  });

  it('by working days across National Day 2018: 29 and 30 September are make-up working days, then 8 October', async () => {
    const first = await advance(await as('demo-staff-admin'), { workingDays: 3 });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ today: '2018-09-30', now: '2018-09-30T02:00:00.000Z' });
    const second = await advance(await as('demo-staff-admin'), { workingDays: 1 });
    expect(second.json()).toMatchObject({ today: '2018-10-08', now: '2018-10-08T02:00:00.000Z' });
    // Kept for the other processes and a restart.
    expect((await loadClockAnchor(database.db))?.simulatedAt).toBe(Date.parse('2018-10-08T02:00:00Z'));
  });

  it('to an instant, and an audit entry says who moved it from when to when', async () => {
    const admin = await as('demo-staff-admin');
    const res = await advance(admin, { to: '2018-10-09T09:30:00+08:00' });
    expect(res.statusCode, res.body).toBe(200);
    expect((await app.inject('/api/clock')).json().now).toBe('2018-10-09T01:30:00.000Z');
    const audit = await app.inject({
      url: '/api/admin/audit/entries?subjectType=platform_clock&subjectId=simulated',
      headers: (await as('demo-staff-admin')).headers,
    });
    expect(audit.statusCode, audit.body).toBe(200);
    const actions = (audit.json().items as { action: string; details: { to: string } }[]).filter(
      (e) => e.action === 'platform.clock.advance',
    );
    expect(actions.map((e) => e.details.to)).toContain('2018-10-09T01:30:00.000Z');
  });
});

describe('a database keeps the mode of its first start', () => {
  it('a simulated database refuses a real start, a real one a simulated start or simulation', async () => {
    expect(await installationMode(database.db)).toBe('simulated');
    await expect(requireInstallationMode(database, 'real', '')).rejects.toThrow(/模拟时间/);
    expect(await installationMode(realApp.database.db)).toBe('real');
    await expect(requireInstallationMode(realApp.database, 'simulated', '')).rejects.toThrow(/实际时间/);
    await expect(requireInstallationMode(realApp.database, 'real', '')).resolves.toBeUndefined();
  });
});
