import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { CreateServiceAccount, IssuedSecret, PersonField, ServiceAccount } from '@yici/contracts';
import type { Actor, RequestContext } from '../../platform/actor';
import { requireStaff } from '../../platform/access/access';
import { machinePermissions, type Permission } from '../../platform/access/permissions';
import type { AuditLog } from '../../platform/audit/audit.service';
import type { Clock } from '../../platform/clock';
import type { Db } from '../../platform/db/database';
import { hashPassword, verifyAgainstDummy, verifyPassword } from '../identity/identity.passwords';
import { sharingErrors } from './sharing.errors';
import type { ServiceAccountRow, SharingRepository } from './sharing.repository';

/** Access tokens live ten minutes: a leaked one is soon worthless, and a revocation ends them at once. */
export const ACCESS_TOKEN_SECONDS = 600;

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
/** 32 random bytes, URL-safe: a client secret or an access token. */
const newSecret = () => randomBytes(32).toString('base64url');

type Deps = { db: Db; repo: SharingRepository; clock: Clock; audit: AuditLog };

/**
 * Service accounts: registered by administrators, authenticated with OAuth 2.0 client credentials.
 * Secrets are argon2id-hashed like passwords; a rotation keeps the previous secret valid for an
 * overlap so a department can roll its systems over without an outage.
 */
export function createServiceAccounts(deps: Deps) {
  const { db, repo, clock, audit } = deps;

  async function view(row: ServiceAccountRow): Promise<ServiceAccount> {
    const secrets = await repo.listSecrets(row.id);
    return {
      id: row.id,
      clientId: row.clientId,
      name: row.name,
      kind: row.kind,
      scopes: row.scopes,
      personFields: row.personFields as PersonField[],
      regionCode: row.regionCode,
      departmentId: row.departmentId,
      status: row.status,
      flaggedAt: row.flaggedAt?.toISOString() ?? null,
      flagReason: row.flagReason,
      createdAt: row.createdAt.toISOString(),
      secrets: secrets.map((secret) => ({
        id: secret.id,
        createdAt: secret.createdAt.toISOString(),
        expiresAt: secret.expiresAt?.toISOString() ?? null,
        revokedAt: secret.revokedAt?.toISOString() ?? null,
      })),
    };
  }

  async function accountOf(id: string): Promise<ServiceAccountRow> {
    const row = await repo.findAccount(id);
    if (!row) throw sharingErrors.accountNotFound();
    return row;
  }

  /** A new client secret: shown once, kept as its argon2id hash. */
  async function newClientSecret() {
    const clientSecret = newSecret();
    return { clientSecret, secretId: randomUUID(), secretHash: await hashPassword(clientSecret) };
  }

  return {
    async register(context: RequestContext, input: CreateServiceAccount): Promise<IssuedSecret> {
      requireStaff(context, 'service_account:manage', { kind: 'region', regionCode: input.regionCode });
      const allowed = new Set<string>(machinePermissions());
      const unknown = input.scopes.filter((scope) => !allowed.has(scope));
      if (unknown.length > 0) throw sharingErrors.scopeUnknown(unknown);
      const now = clock.now();
      const row: ServiceAccountRow = {
        id: randomUUID(),
        clientId: `yici-${randomBytes(9).toString('base64url')}`,
        name: input.name,
        kind: input.kind,
        scopes: [...new Set(input.scopes)],
        personFields: [...new Set(input.personFields)],
        regionCode: input.regionCode,
        departmentId: input.departmentId,
        status: 'active',
        flaggedAt: null,
        flagReason: null,
        createdAt: now,
        revokedAt: null,
      };
      const issued = await newClientSecret();
      await db.transaction(async (tx) => {
        await repo.insertAccount(row, tx);
        await repo.insertSecret(
          {
            id: issued.secretId,
            accountId: row.id,
            secretHash: issued.secretHash,
            createdAt: now,
            expiresAt: null,
            revokedAt: null,
          },
          tx,
        );
        await audit.record(tx, context, {
          action: 'sharing.service_account.register',
          subjectType: 'service_account',
          subjectId: row.id,
          details: { name: row.name, scopes: row.scopes, regionCode: row.regionCode },
        });
      });
      return {
        account: await view(row),
        clientId: row.clientId,
        clientSecret: issued.clientSecret,
        secretId: issued.secretId,
      };
    },

    async list(context: RequestContext): Promise<ServiceAccount[]> {
      const actor = requireStaff(context, 'service_account:manage');
      const rows = await repo.listAccounts();
      return Promise.all(rows.filter((row) => row.regionCode.startsWith(actor.regionCode)).map(view));
    },

    async get(context: RequestContext, id: string): Promise<ServiceAccount> {
      const row = await accountOf(id);
      requireStaff(context, 'service_account:manage', { kind: 'region', regionCode: row.regionCode });
      return view(row);
    },

    /** A new secret; the ones in use stay valid `overlapHours` more, then only the new one works. */
    async rotateSecret(context: RequestContext, id: string, input: { overlapHours: number }): Promise<IssuedSecret> {
      const row = await accountOf(id);
      requireStaff(context, 'service_account:manage', { kind: 'region', regionCode: row.regionCode });
      if (row.status === 'revoked') throw sharingErrors.accountRevoked();
      const now = clock.now();
      const overlapEnd = new Date(now.getTime() + input.overlapHours * 3_600_000);
      const issued = await newClientSecret();
      const previous = await repo.listUsableSecrets(row.id, now);
      await db.transaction(async (tx) => {
        for (const secret of previous) {
          if (!secret.expiresAt || secret.expiresAt > overlapEnd)
            await repo.updateSecret(secret.id, { expiresAt: overlapEnd }, tx);
        }
        await repo.insertSecret(
          {
            id: issued.secretId,
            accountId: row.id,
            secretHash: issued.secretHash,
            createdAt: now,
            expiresAt: null,
            revokedAt: null,
          },
          tx,
        );
        await audit.record(tx, context, {
          action: 'sharing.service_account.rotate',
          subjectType: 'service_account',
          subjectId: row.id,
          details: { overlapUntil: overlapEnd.toISOString() },
        });
      });
      return {
        account: await view(row),
        clientId: row.clientId,
        clientSecret: issued.clientSecret,
        secretId: issued.secretId,
      };
    },

    /** A leaked secret ends now, with the tokens it may have obtained (tokens do not say which secret made them). */
    async revokeSecret(context: RequestContext, id: string, secretId: string): Promise<ServiceAccount> {
      const row = await accountOf(id);
      requireStaff(context, 'service_account:manage', { kind: 'region', regionCode: row.regionCode });
      const secret = (await repo.listSecrets(row.id)).find((candidate) => candidate.id === secretId);
      if (!secret) throw sharingErrors.secretNotFound();
      await db.transaction(async (tx) => {
        await repo.updateSecret(secret.id, { revokedAt: secret.revokedAt ?? clock.now() }, tx);
        await repo.deleteTokensOf(row.id, tx);
        await audit.record(tx, context, {
          action: 'sharing.service_account.revoke_secret',
          subjectType: 'service_account',
          subjectId: row.id,
          details: { secretId },
        });
      });
      return view((await repo.findAccount(row.id))!);
    },

    async revokeAccount(context: RequestContext, id: string): Promise<ServiceAccount> {
      const row = await accountOf(id);
      requireStaff(context, 'service_account:manage', { kind: 'region', regionCode: row.regionCode });
      const now = clock.now();
      await db.transaction(async (tx) => {
        await repo.updateAccount(row.id, { status: 'revoked', revokedAt: row.revokedAt ?? now }, tx);
        await repo.deleteTokensOf(row.id, tx);
        await audit.record(tx, context, {
          action: 'sharing.service_account.revoke',
          subjectType: 'service_account',
          subjectId: row.id,
        });
      });
      return view((await repo.findAccount(row.id))!);
    },

    /** The client, when its id and one of its usable secrets match and it is active; null otherwise. */
    async authenticateClient(clientId: string, clientSecret: string): Promise<ServiceAccountRow | null> {
      const row = await repo.findAccountByClientId(clientId);
      if (!row || row.status !== 'active') return verifyAgainstDummy(clientSecret).then(() => null);
      for (const secret of await repo.listUsableSecrets(row.id, clock.now())) {
        if (await verifyPassword(secret.secretHash, clientSecret)) return row;
      }
      return null;
    },

    /** Keeps an access token issued by the token endpoint (its hash), expiring by the platform's clock. */
    async storeToken(row: ServiceAccountRow, accessToken: string, scopes: string[]): Promise<{ expiresAt: Date }> {
      const now = clock.now();
      const expiresAt = new Date(now.getTime() + ACCESS_TOKEN_SECONDS * 1000);
      await repo.insertToken({ tokenHash: sha256(accessToken), accountId: row.id, scopes, createdAt: now, expiresAt });
      return { expiresAt };
    },

    /** A bearer token → the machine actor; unknown, expired or revoked: 401 TOKEN_INVALID. */
    async resolveToken(token: string): Promise<Actor> {
      const found = await repo.findToken(sha256(token), clock.now());
      if (!found || found.account.status !== 'active') throw sharingErrors.tokenInvalid();
      return {
        kind: 'machine',
        serviceAccountId: found.account.id,
        name: found.account.name,
        scopes: found.token.scopes as Permission[],
        regionCode: found.account.regionCode,
        departmentId: found.account.departmentId,
      };
    },

    async personFieldsOf(accountId: string): Promise<PersonField[]> {
      return ((await repo.findAccount(accountId))?.personFields ?? []) as PersonField[];
    },

    async deleteExpiredTokens(): Promise<void> {
      await repo.deleteExpiredTokens(clock.now());
    },
  };
}

export type ServiceAccounts = ReturnType<typeof createServiceAccounts>;
