import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STAFF_ROLES, type Actor } from '../actor';
import { openTestApp, type TestApp } from '../../testing/test-app';
import { createTestSession, type TestSession } from '../../testing/test-actors';
import { grants, PERMISSIONS } from './permissions';
import { createIdentityRepository } from '../../domains/identity/identity.repository';
import { openSession } from '../../domains/identity/identity.sessions';

/**
 * The access matrix: every API route, called by every kind of actor, is allowed or denied exactly
 * as the permission list says. Routes come from the running app, so a new route is in the matrix
 * the moment it exists (and cannot exist without naming a permission).
 */
type Caller = { name: string; actor: Actor; session: TestSession | null };

let t: TestApp;
const callers: Caller[] = [];
const DENIAL_CODES = new Set(['AUTH_REQUIRED', 'SESSION_INVALID', 'ACCESS_DENIED', 'REAL_NAME_LEVEL_TOO_LOW']);

beforeAll(async () => {
  t = await openTestApp();
  const db = t.database.db;
  callers.push({ name: 'anonymous', actor: { kind: 'anonymous' }, session: null });
  for (const level of [null, 'phone', 'registry', 'in_person'] as const) {
    const session = await createTestSession(db, { kind: 'person', level });
    callers.push({
      name: `person(${level ?? 'unverified'})`,
      actor: {
        kind: 'person',
        accountId: session.accountId,
        name: '',
        idNumber: '',
        realNameLevel: level,
        actingFor: null,
      },
      session,
    });
  }
  for (const role of STAFF_ROLES) {
    const session = await createTestSession(db, { kind: 'staff', roles: [role] });
    callers.push({
      name: `staff(${role})`,
      actor: {
        kind: 'staff',
        accountId: session.accountId,
        name: '',
        roles: [role],
        departmentId: null,
        regionCode: '37',
      },
      session,
    });
  }
});
afterAll(async () => t?.close());

async function freshSession(accountId: string) {
  const session = await openSession(createIdentityRepository(t.database.db), {
    accountId,
    now: t.clock.now(),
    ip: null,
  });
  return { headers: { cookie: `yici_session=${session.token}`, 'x-csrf-token': session.csrfToken } };
}

/** A concrete URL for a route pattern: ids that exist nowhere, valid in shape. */
function concrete(url: string): string {
  return url
    .replace(':uscc', '91370102MA3C00000X')
    .replace(':code', '370113001000')
    .replace(':year', '2026')
    .replace(/:[a-zA-Z]+/g, 'no-such-id');
}

describe('the access matrix', () => {
  it('names a permission from the one list on every API route', () => {
    expect(t.app.apiRoutes.length).toBeGreaterThan(20);
    for (const route of t.app.apiRoutes) expect(Object.keys(PERMISSIONS)).toContain(route.permission);
  });

  it('allows and denies every route for every actor as the permission list says', async () => {
    const mismatches: string[] = [];
    let cells = 0;
    // "Log out everywhere" ends every session of the caller: those routes go last.
    const routes = [...t.app.apiRoutes].sort(
      (a, b) => Number(a.url.includes('/logout')) - Number(b.url.includes('/logout')),
    );
    for (const route of routes) {
      for (const caller of callers) {
        // Logging out ends the session it is called with: give those calls a session of their own.
        const session =
          caller.session && route.url.includes('/logout')
            ? await freshSession(caller.session.accountId)
            : caller.session;
        const response = await t.app.inject({
          method: route.method as 'GET',
          url: concrete(route.url),
          headers: session?.headers ?? {},
          ...(route.method === 'GET' || route.method === 'DELETE' ? {} : { payload: {} }),
        });
        cells += 1;
        const body = String(response.headers['content-type'] ?? '').includes('json') ? response.json() : {};
        const denied = DENIAL_CODES.has(body.code);
        const shouldAllow = grants(caller.actor, route.permission) === 'allowed';
        if (shouldAllow === denied || response.statusCode >= 500) {
          mismatches.push(`${route.method} ${route.url} as ${caller.name}: ${response.statusCode} ${body.code ?? ''}`);
        }
      }
    }
    expect(cells).toBe(t.app.apiRoutes.length * callers.length);
    expect(mismatches).toEqual([]);
  });
});
