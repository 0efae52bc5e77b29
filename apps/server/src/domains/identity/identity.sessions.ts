import { createHash, randomBytes } from 'node:crypto';
import type { Actor, RealNameLevel, StaffRole } from '../../platform/actor';
import { identityErrors } from './identity.errors';
import { DEFAULT_SESSION_POLICY, type IdentityDeps } from './identity.deps';
import { createIdentityRepository, type IdentityRepository, type SessionWithAccount } from './identity.repository';

/** last_seen_at is written at most this often: a session check is then one read, not a write. */
const TOUCH_EVERY_MS = 60_000;

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** `lifetimeSeconds`: how long the session lasts from its opening, for the cookie's Max-Age. */
export type NewSession = { token: string; csrfToken: string; expiresAt: Date; lifetimeSeconds: number };

export async function openSession(
  repo: IdentityRepository,
  options: { accountId: string; now: Date; ip: string | null; policy?: IdentityDeps['sessionPolicy'] },
): Promise<NewSession> {
  const policy = options.policy ?? DEFAULT_SESSION_POLICY;
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  const expiresAt = new Date(options.now.getTime() + policy.absoluteMinutes * 60_000);
  await repo.insertSession({
    tokenHash: hashToken(token),
    accountId: options.accountId,
    csrfToken,
    createdAt: options.now,
    lastSeenAt: options.now,
    expiresAt,
    ip: options.ip,
  });
  return { token, csrfToken, expiresAt, lifetimeSeconds: policy.absoluteMinutes * 60 };
}

export function actorOf(session: SessionWithAccount): Actor {
  const account = session.account;
  if (account.kind === 'staff') {
    return {
      kind: 'staff',
      accountId: account.id,
      name: account.name,
      roles: account.roles as StaffRole[],
      departmentId: account.departmentId,
      regionCode: account.regionCode ?? '37',
    };
  }
  return {
    kind: 'person',
    accountId: account.id,
    name: account.name,
    idNumber: account.idNumber ?? '',
    realNameLevel: account.realNameLevel as RealNameLevel | null,
    actingFor:
      session.actingForUscc && session.actingForName && session.actingForCapacity
        ? {
            uscc: session.actingForUscc,
            name: session.actingForName,
            capacity: session.actingForCapacity as 'legal_representative' | 'handler',
          }
        : null,
  };
}

export type ResolvedSession = { actor: Actor; tokenHash: string; csrfToken: string };

/** Resolves a session cookie on every request: unknown, revoked, idle or past its absolute end → invalid. */
export function createSessionResolver(deps: Pick<IdentityDeps, 'db' | 'clock' | 'sessionPolicy'>) {
  const repo = createIdentityRepository(deps.db);
  const policy = deps.sessionPolicy ?? DEFAULT_SESSION_POLICY;
  return async function resolveSession(token: string): Promise<ResolvedSession> {
    const now = deps.clock.now();
    const tokenHash = hashToken(token);
    const session = await repo.findSession(tokenHash);
    if (!session || session.revokedAt) throw identityErrors.sessionInvalid();
    const idleUntil = session.lastSeenAt.getTime() + policy.idleMinutes * 60_000;
    if (session.expiresAt.getTime() <= now.getTime() || idleUntil <= now.getTime()) {
      throw identityErrors.sessionInvalid();
    }
    if (session.account.status !== 'active') throw identityErrors.sessionInvalid();
    if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) await repo.touchSession(tokenHash, now);
    return { actor: actorOf(session), tokenHash, csrfToken: session.csrfToken };
  };
}
