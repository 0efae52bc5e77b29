import { randomUUID } from 'node:crypto';
import type { RealNameLevel, StaffRole } from '../platform/actor';
import type { Db } from '../platform/db/database';
import { idNumberCheckCharacter } from '../platform/codes';
import { hashPassword } from '../domains/identity/identity.passwords';
import { createIdentityRepository } from '../domains/identity/identity.repository';
import { openSession } from '../domains/identity/identity.sessions';

export type TestSession = { accountId: string; cookie: string; csrfToken: string; headers: Record<string, string> };

let passwordHash: Promise<string> | null = null;
let serial = 0;

/**
 * Numbers this process's test logins from `start`: a benchmark that runs again on a database an
 * earlier process filled would otherwise repeat that process's logins (they are unique).
 */
export function numberTestAccountsFrom(start: number): void {
  serial = start;
}

/** A valid ID number for a test person in 历下区 (check character computed). */
export function testIdNumber(): string {
  serial += 1;
  const body = `370102199001${String(10 + (serial % 18)).padStart(2, '0')}${String(100 + serial).slice(-3)}`;
  return body + idNumberCheckCharacter(body);
}

function sessionHeaders(token: string, csrfToken: string) {
  return { cookie: `yici_session=${token}; yici_csrf=${csrfToken}`, 'x-csrf-token': csrfToken };
}

/** Creates an account directly and logs it in, for tests about what an actor may do (not how they log in). */
export async function createTestSession(
  db: Db,
  who:
    | { kind: 'person'; level: RealNameLevel | null; name?: string; idNumber?: string }
    | { kind: 'staff'; roles: StaffRole[]; regionCode?: string; departmentId?: string | null },
  now = new Date('2026-11-27T02:00:00Z'),
): Promise<TestSession> {
  passwordHash ??= hashPassword('test-password-1');
  const repo = createIdentityRepository(db);
  const id = randomUUID();
  serial += 1;
  const login =
    who.kind === 'person' ? `139${String(10_000_000 + serial).slice(-8)}` : `staff${serial}_${id.slice(0, 6)}`;
  await repo.insertAccount({
    id,
    kind: who.kind,
    login,
    name: who.kind === 'person' ? (who.name ?? `测试${serial}`) : `工作人员${serial}`,
    idNumber: who.kind === 'person' ? (who.idNumber ?? testIdNumber()) : null,
    phone: who.kind === 'person' ? login : `138${String(10_000_000 + serial).slice(-8)}`,
    passwordHash: await passwordHash,
    phoneVerifiedAt: who.kind === 'person' && who.level ? now : null,
    realNameLevel: who.kind === 'person' ? who.level : null,
    status: 'active',
    roles: who.kind === 'staff' ? who.roles : [],
    departmentId: who.kind === 'staff' ? (who.departmentId ?? null) : null,
    regionCode: who.kind === 'staff' ? (who.regionCode ?? '37') : null,
    createdAt: now,
  });
  const session = await openSession(repo, { accountId: id, now, ip: '127.0.0.1' });
  return {
    accountId: id,
    cookie: `yici_session=${session.token}`,
    csrfToken: session.csrfToken,
    headers: sessionHeaders(session.token, session.csrfToken),
  };
}

/** A session for an account that already exists (e.g. the seeded demo accounts). */
export async function sessionForAccount(
  db: Db,
  accountId: string,
  now = new Date('2026-11-27T02:00:00Z'),
): Promise<TestSession> {
  const session = await openSession(createIdentityRepository(db), { accountId, now, ip: '127.0.0.1' });
  return {
    accountId,
    cookie: `yici_session=${session.token}`,
    csrfToken: session.csrfToken,
    headers: sessionHeaders(session.token, session.csrfToken),
  };
}
