import { lt } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../../testing/test-app';
import { createTestSession, sessionForAccount, type TestSession } from '../../testing/test-actors';
import { DomainError } from '../errors';
import { createRateLimiter } from './rate-limit';
import { generousRateLimits, type RateLimits } from './rate-limit.rules';
import { rateLimitCounters } from './rate-limit.tables';

/*
 * Rate limits per IP and per account on public verification, login, registration, code sending
 * and submissions: past a limit, 429 problem+json with Retry-After, and the request does nothing.
 */
const MINUTE = 60_000;
const low: RateLimits = {
  verify: { ip: { limit: 3, windowSeconds: 60 }, account: { limit: 2, windowSeconds: 60 } },
  login: { ip: { limit: 4, windowSeconds: 60 }, account: { limit: 2, windowSeconds: 60 } },
  register: { ip: { limit: 5, windowSeconds: 3600 }, account: { limit: 1, windowSeconds: 3600 } },
  code: { ip: { limit: 50, windowSeconds: 3600 }, account: { limit: 1, windowSeconds: 3600 } },
  submit: { ip: { limit: 50, windowSeconds: 60 }, account: { limit: 1, windowSeconds: 60 } },
  open_data: { ip: { limit: 2, windowSeconds: 60 }, account: { limit: 2, windowSeconds: 60 } },
};

let t: TestApp;
let zhang: TestSession;
let ip = 0;
/** A new caller address for each test: limits per address do not leak between tests. */
const nextIp = () => `10.0.0.${++ip}`;

beforeAll(async () => {
  t = await openTestApp({ rateLimits: low });
  zhang = await sessionForAccount(t.database.db, 'demo-person-zhangsan');
});
afterAll(async () => t?.close());

function post(url: string, payload: unknown, options: { ip: string; session?: TestSession }) {
  return t.app.inject({
    method: 'POST',
    url,
    remoteAddress: options.ip,
    headers: options.session?.headers ?? {},
    payload: payload as string,
  });
}

const IDENTIFIER = '1.2.156.3005.2.11100000YC00000114001.11370102020370102W.000000000001.001.0';

describe('rate limits', () => {
  it('answers verification past the limit per address with 429 and Retry-After, and again in the next window', async () => {
    const from = nextIp();
    for (let i = 0; i < 3; i++) {
      expect((await post('/api/certificates/verify', { identifier: IDENTIFIER }, { ip: from })).statusCode).not.toBe(
        429,
      );
    }
    const refused = await post('/api/certificates/verify', { identifier: IDENTIFIER }, { ip: from });
    expect(refused.statusCode).toBe(429);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.json()).toMatchObject({ code: 'RATE_LIMITED', status: 429 });
    const retryAfter = Number(refused.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    // Another address is not held up.
    expect((await post('/api/certificates/verify', { identifier: IDENTIFIER }, { ip: nextIp() })).statusCode).not.toBe(
      429,
    );
    t.clock.advance(retryAfter * 1000);
    expect((await post('/api/certificates/verify', { identifier: IDENTIFIER }, { ip: from })).statusCode).not.toBe(429);
  });

  it('limits the verification of share codes as any other, so codes cannot be guessed in bulk', async () => {
    const from = nextIp();
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++)
      statuses.push((await post('/api/certificates/verify', { shareCode: 'ZZZZ-ZZZZ-ZZZZ' }, { ip: from })).statusCode);
    expect(statuses).toEqual([404, 404, 404, 429]);
  });

  it('limits logins per account tried, from however many addresses, and per address across accounts', async () => {
    const tries = async (login: string, from: string) =>
      (await post('/api/identity/login', { login, password: 'wrong-password' }, { ip: from })).statusCode;
    expect(await tries('nobody-1', nextIp())).toBe(401);
    expect(await tries('nobody-1', nextIp())).toBe(401);
    expect(await tries('nobody-1', nextIp())).toBe(429);

    const from = nextIp();
    const statuses = [];
    for (const login of ['a-1', 'a-2', 'a-3', 'a-4', 'a-5']) statuses.push(await tries(login, from));
    expect(statuses).toEqual([401, 401, 401, 401, 429]);
    t.clock.advance(MINUTE);
  });

  it('limits registrations per phone number and code sending per account', async () => {
    const register = (from: string) =>
      post(
        '/api/identity/register',
        { name: '测试', idNumber: '370102199003071238', phone: '13900000000', password: 'Yici@2018x' },
        { ip: from },
      );
    expect((await register(nextIp())).statusCode).not.toBe(429);
    expect((await register(nextIp())).statusCode).toBe(429);

    const person = await createTestSession(t.database.db, { kind: 'person', level: null });
    expect((await post('/api/me/phone/code', undefined, { ip: nextIp(), session: person })).statusCode).toBe(200);
    const again = await post('/api/me/phone/code', undefined, { ip: nextIp(), session: person });
    expect(again.statusCode).toBe(429);
    expect(Number(again.headers['retry-after'])).toBeGreaterThan(60);
  });

  it('limits submissions per account, from any address', async () => {
    const submit = () =>
      post(
        '/api/applications',
        { target: { kind: 'bundle', bundleId: 'no-such-bundle', regionCode: '370102' }, form: {} },
        { ip: nextIp(), session: zhang },
      );
    expect((await submit()).statusCode).not.toBe(429);
    const refused = await submit();
    expect(refused.statusCode).toBe(429);
    expect(refused.json().code).toBe('RATE_LIMITED');
    t.clock.advance(MINUTE);
  });

  it('shares one count between server processes on one database', async () => {
    const limits = { ...generousRateLimits(), verify: low.verify };
    const first = createRateLimiter({ db: t.database.db, clock: t.clock, limits });
    const second = createRateLimiter({ db: t.database.db, clock: t.clock, limits });
    const keys = { ip: nextIp(), account: null };
    await first.hit('verify', keys);
    await second.hit('verify', keys);
    await first.hit('verify', keys);
    const refused = await second.hit('verify', keys).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(DomainError);
    expect((refused as DomainError).code).toBe('RATE_LIMITED');
  });

  it('never lets a bucket past its limit, however many processes lease from its count at once', async () => {
    const limits = {
      ...generousRateLimits(),
      verify: { ip: { limit: 50, windowSeconds: 60 }, account: low.verify.account },
    };
    const processes = [1, 2, 3].map(() => createRateLimiter({ db: t.database.db, clock: t.clock, limits }));
    const keys = { ip: nextIp(), account: null };
    const outcomes = await Promise.all(
      Array.from({ length: 120 }, (_, i) =>
        processes[i % 3]!.hit('verify', keys).then(
          () => 'let through',
          (error: unknown) => (error as DomainError).code,
        ),
      ),
    );
    const through = outcomes.filter((o) => o === 'let through').length;
    expect(through).toBeLessThanOrEqual(50);
    // Leases left unused at the window's end may refuse a little early, never a lot.
    expect(through).toBeGreaterThanOrEqual(40);
    expect(new Set(outcomes.filter((o) => o !== 'let through'))).toEqual(new Set(['RATE_LIMITED']));
    t.clock.advance(MINUTE);
  });

  it('keeps the shared count at least at what it let through, while a busy bucket takes its slots in leases', async () => {
    const limits = generousRateLimits();
    const limiter = createRateLimiter({ db: t.database.db, clock: t.clock, limits });
    const keys = { ip: nextIp(), account: null };
    await t.database.db.delete(rateLimitCounters);
    for (let i = 0; i < 300; i++) await limiter.hit('verify', keys);
    const rows = await t.database.db.select().from(rateLimitCounters);
    const counted = rows.reduce((sum, row) => sum + row.hits, 0);
    expect(counted).toBeGreaterThanOrEqual(300);
    // Leases double while the bucket is busy: 1 + 2 + … + 256 covers 300 hits in nine statements.
    expect(counted).toBeLessThan(600);
  });

  it('deletes counters whose window has ended, as it counts', async () => {
    const limiter = createRateLimiter({ db: t.database.db, clock: t.clock, limits: low });
    await limiter.hit('verify', { ip: nextIp(), account: null });
    t.clock.advance(2 * 3600_000);
    // The first hit of a limiter purges; the counters of two hours ago have all ended.
    await createRateLimiter({ db: t.database.db, clock: t.clock, limits: low }).hit('verify', {
      ip: nextIp(),
      account: null,
    });
    const ended = await t.database.db
      .select()
      .from(rateLimitCounters)
      .where(lt(rateLimitCounters.expiresAt, t.clock.now()));
    expect(ended).toEqual([]);
    expect((await t.database.db.select().from(rateLimitCounters)).length).toBe(1);
  });
});

describe('open data', () => {
  it('limits a dataset’s API per address: past the limit 429 with Retry-After', async () => {
    const get = () =>
      t.app.inject({ method: 'GET', url: '/api/open-data/datasets/departments/rows', remoteAddress: '198.51.100.77' });
    expect((await get()).statusCode).toBe(200);
    expect((await get()).statusCode).toBe(200);
    const refused = await get();
    expect(refused.statusCode).toBe(429);
    expect(refused.json()).toMatchObject({ code: 'RATE_LIMITED' });
    expect(refused.headers['retry-after']).toBeDefined();
  });
});
