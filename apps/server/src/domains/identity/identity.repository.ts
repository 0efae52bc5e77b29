import { and, asc, desc, eq, gt, isNull, sql } from 'drizzle-orm';
import type { ListCount } from '@yici/contracts';
import type { DbOrTx } from '../../platform/db/database';
import { boundedCount, keysetOrder, keysetOrderBy, keysetWhere, type KeysetPosition } from '../../platform/db/keyset';
import { queryRows, queryRowsPrepared, runText } from '../../platform/db/database';
import { accounts, entityBindings, mandates, oneTimeCodes, sessions } from './identity.tables';

export type AccountRow = typeof accounts.$inferSelect;
export type SessionRow = typeof sessions.$inferSelect;
export type OneTimeCodeRow = typeof oneTimeCodes.$inferSelect;
export type EntityBindingRow = typeof entityBindings.$inferSelect;
export type MandateRow = typeof mandates.$inferSelect;

/** Staff accounts by login, ascending; logins are unique (accounts_login_idx), so no tiebreak is needed. */
export const STAFF_ORDER = keysetOrder('asc', [{ column: accounts.login, type: 'text' }]);

/** A live session with its account, read in one round trip on every authenticated request. */
export type SessionWithAccount = SessionRow & {
  account: SessionAccount;
  actingForName: string | null;
  actingForCapacity: string | null;
};

/** What a request needs of its account: no password hash, no counters. */
export type SessionAccount = Pick<
  AccountRow,
  | 'id'
  | 'kind'
  | 'login'
  | 'name'
  | 'idNumber'
  | 'phone'
  | 'realNameLevel'
  | 'status'
  | 'roles'
  | 'departmentId'
  | 'regionCode'
>;

/** The account columns of a raw row (read by the session check and the profile). */
function toSessionAccount(r: Record<string, unknown>, idColumn: 'id' | 'account_id'): SessionAccount {
  return {
    id: r[idColumn] as string,
    kind: r.kind as AccountRow['kind'],
    login: r.login as string,
    name: r.name as string,
    idNumber: (r.id_number as string | null) ?? null,
    phone: r.phone as string,
    realNameLevel: (r.real_name_level as AccountRow['realNameLevel']) ?? null,
    status: r.status as AccountRow['status'],
    roles: parseTextArray(r.roles),
    departmentId: (r.department_id as string | null) ?? null,
    regionCode: (r.region_code as string | null) ?? null,
  };
}

/** PGlite returns text[] as an array; node-postgres without drizzle's parsers may give '{a,b}'. */
function parseTextArray(value: unknown): string[] {
  if (Array.isArray(value)) return value as string[];
  const text = String(value ?? '{}');
  return text === '{}'
    ? []
    : text
        .slice(1, -1)
        .split(',')
        .map((v) => v.replace(/^"|"$/g, ''));
}

export function createIdentityRepository(db: DbOrTx) {
  return {
    async insertAccount(row: typeof accounts.$inferInsert): Promise<void> {
      await db.insert(accounts).values(row);
    },

    async findAccountByLogin(login: string): Promise<AccountRow | null> {
      const rows = await db.select().from(accounts).where(eq(accounts.login, login)).limit(1);
      return rows[0] ?? null;
    },

    async findAccount(id: string): Promise<AccountRow | null> {
      const rows = await db.select().from(accounts).where(eq(accounts.id, id)).limit(1);
      return rows[0] ?? null;
    },

    async findPersonByIdNumber(idNumber: string): Promise<AccountRow | null> {
      const rows = await db
        .select()
        .from(accounts)
        .where(and(eq(accounts.kind, 'person'), eq(accounts.idNumber, idNumber)))
        .limit(1);
      return rows[0] ?? null;
    },

    async updateAccount(id: string, changes: Partial<typeof accounts.$inferInsert>): Promise<void> {
      await db.update(accounts).set(changes).where(eq(accounts.id, id));
    },

    /** Counts a failed login and returns the new count (atomically, so parallel guesses all count). */
    async countFailedLogin(id: string): Promise<number> {
      const rows = await queryRows<{ failed_logins: number }>(
        db,
        sql`update ${accounts} set failed_logins = failed_logins + 1 where id = ${id} returning failed_logins`,
      );
      return Number(rows[0]?.failed_logins ?? 0);
    },

    /**
     * One page of the staff accounts of a region and below, by login (keyset: never OFFSET, never
     * the whole region), with their count up to the bound, both along accounts_staff_login_idx.
     */
    async staffPage(options: {
      regionPrefix: string;
      position: KeysetPosition;
      limit: number;
    }): Promise<{ rows: AccountRow[]; count: ListCount }> {
      const where = and(eq(accounts.kind, 'staff'), sql`${accounts.regionCode} like ${options.regionPrefix + '%'}`);
      const [rows, count] = await Promise.all([
        db
          .select()
          .from(accounts)
          .where(and(where, keysetWhere(STAFF_ORDER, options.position)))
          .orderBy(...keysetOrderBy(STAFF_ORDER, options.position))
          // One more than the page: whether it is there tells if another page follows.
          .limit(options.limit + 1),
        boundedCount(
          db,
          db
            .select({ one: sql`1` })
            .from(accounts)
            .where(where),
        ),
      ]);
      return { rows, count };
    },

    /** The phones of active staff holding a role (platform notices), without reading every account. */
    async staffPhonesWithRole(role: string): Promise<string[]> {
      const rows = await db
        .select({ phone: accounts.phone })
        .from(accounts)
        .where(and(eq(accounts.kind, 'staff'), eq(accounts.status, 'active'), sql`${role} = any(${accounts.roles})`));
      return rows.map((r) => r.phone);
    },

    async insertSession(row: typeof sessions.$inferInsert): Promise<void> {
      await db.insert(sessions).values(row);
    },

    /**
     * The session check of every authenticated request: one prepared statement for the session,
     * its account and the entity it acts for (planning cost more than executing it).
     */
    async findSession(tokenHash: string): Promise<SessionWithAccount | null> {
      const rows = await queryRowsPrepared<Record<string, unknown>>(
        db,
        sql`select s.token_hash, s.account_id, s.csrf_token, s.created_at, s.last_seen_at, s.expires_at,
                   s.acting_for_uscc, s.revoked_at, s.ip,
                   a.kind, a.login, a.name, a.id_number, a.phone, a.real_name_level, a.status, a.roles,
                   a.department_id, a.region_code,
                   b.entity_name as acting_for_name, b.capacity as acting_for_capacity
            from sessions s
            join accounts a on a.id = s.account_id
            left join entity_bindings b
              on b.uscc = s.acting_for_uscc and b.account_id = s.account_id and b.revoked_at is null
            where s.token_hash = ${tokenHash}
            limit 1`,
      );
      const r = rows[0];
      if (!r) return null;
      const at = (v: unknown) => (v === null || v === undefined ? null : new Date(v as string));
      return {
        tokenHash: r.token_hash as string,
        accountId: r.account_id as string,
        csrfToken: r.csrf_token as string,
        createdAt: at(r.created_at)!,
        lastSeenAt: at(r.last_seen_at)!,
        expiresAt: at(r.expires_at)!,
        actingForUscc: (r.acting_for_uscc as string | null) ?? null,
        revokedAt: at(r.revoked_at),
        ip: (r.ip as string | null) ?? null,
        account: toSessionAccount(r, 'account_id'),
        actingForName: (r.acting_for_name as string | null) ?? null,
        actingForCapacity: (r.acting_for_capacity as string | null) ?? null,
      };
    },

    /** The account's profile and the entities it may act for, in one prepared statement (GET /api/me). */
    async findProfile(accountId: string): Promise<{
      account: SessionAccount;
      entities: { uscc: string; name: string; capacity: 'legal_representative' | 'handler' }[];
    } | null> {
      const rows = await queryRowsPrepared<Record<string, unknown>>(
        db,
        sql`select a.id, a.kind, a.login, a.name, a.id_number, a.phone, a.real_name_level, a.status, a.roles,
                   a.department_id, a.region_code,
                   coalesce((select json_agg(json_build_object('uscc', b.uscc, 'name', b.entity_name, 'capacity', b.capacity)
                                             order by b.created_at)
                             from entity_bindings b where b.account_id = a.id and b.revoked_at is null), '[]') as entities
            from accounts a where a.id = ${accountId}`,
      );
      const r = rows[0];
      if (!r) return null;
      return {
        account: toSessionAccount(r, 'id'),
        entities: (typeof r.entities === 'string' ? JSON.parse(r.entities) : r.entities) as {
          uscc: string;
          name: string;
          capacity: 'legal_representative' | 'handler';
        }[],
      };
    },

    async touchSession(tokenHash: string, at: Date): Promise<void> {
      await db.update(sessions).set({ lastSeenAt: at }).where(eq(sessions.tokenHash, tokenHash));
    },

    async updateSession(tokenHash: string, changes: Partial<typeof sessions.$inferInsert>): Promise<void> {
      await db.update(sessions).set(changes).where(eq(sessions.tokenHash, tokenHash));
    },

    async revokeSessions(accountId: string, at: Date): Promise<number> {
      const rows = await db
        .update(sessions)
        .set({ revokedAt: at })
        .where(and(eq(sessions.accountId, accountId), isNull(sessions.revokedAt)))
        .returning({ tokenHash: sessions.tokenHash });
      return rows.length;
    },

    async insertCode(row: typeof oneTimeCodes.$inferInsert): Promise<void> {
      await db.insert(oneTimeCodes).values(row);
    },

    async findCode(id: string): Promise<OneTimeCodeRow | null> {
      const rows = await db.select().from(oneTimeCodes).where(eq(oneTimeCodes.id, id)).limit(1);
      return rows[0] ?? null;
    },

    async latestCode(accountId: string, purpose: OneTimeCodeRow['purpose']): Promise<OneTimeCodeRow | null> {
      const rows = await db
        .select()
        .from(oneTimeCodes)
        .where(and(eq(oneTimeCodes.accountId, accountId), eq(oneTimeCodes.purpose, purpose)))
        // An unused code first: a resend makes the newest open code the one to check.
        .orderBy(sql`${oneTimeCodes.usedAt} is null desc`, desc(oneTimeCodes.createdAt))
        .limit(1);
      return rows[0] ?? null;
    },

    async updateCode(id: string, changes: Partial<typeof oneTimeCodes.$inferInsert>): Promise<void> {
      await db.update(oneTimeCodes).set(changes).where(eq(oneTimeCodes.id, id));
    },

    /** Marks a code used only if nobody used it first; false means it was already used. */
    async consumeCode(id: string, at: Date): Promise<boolean> {
      const rows = await db
        .update(oneTimeCodes)
        .set({ usedAt: at })
        .where(and(eq(oneTimeCodes.id, id), isNull(oneTimeCodes.usedAt)))
        .returning({ id: oneTimeCodes.id });
      return rows.length === 1;
    },

    async insertBinding(row: typeof entityBindings.$inferInsert): Promise<void> {
      await db.insert(entityBindings).values(row);
    },

    async listBindingsOfAccount(accountId: string): Promise<EntityBindingRow[]> {
      return db
        .select()
        .from(entityBindings)
        .where(and(eq(entityBindings.accountId, accountId), isNull(entityBindings.revokedAt)))
        .orderBy(asc(entityBindings.createdAt));
    },

    async listBindingsOfEntity(uscc: string): Promise<(EntityBindingRow & { holderName: string })[]> {
      const rows = await db
        .select({ binding: entityBindings, holderName: accounts.name })
        .from(entityBindings)
        .innerJoin(accounts, eq(accounts.id, entityBindings.accountId))
        .where(and(eq(entityBindings.uscc, uscc), isNull(entityBindings.revokedAt)))
        .orderBy(sql`${entityBindings.capacity} = 'legal_representative' desc`, asc(entityBindings.createdAt));
      return rows.map((r) => ({ ...r.binding, holderName: r.holderName }));
    },

    /** Whether the account holds a live binding to the entity (prepared text, no query building). */
    async hasBinding(options: { uscc: string; accountId: string }): Promise<boolean> {
      const rows = await runText(
        db,
        'select 1 from entity_bindings where uscc = $1 and account_id = $2 and revoked_at is null limit 1',
        [options.uscc, options.accountId],
        'y_id_has_binding',
      );
      return rows.length > 0;
    },

    async findBinding(options: { uscc: string; accountId: string }): Promise<EntityBindingRow | null> {
      const rows = await db
        .select()
        .from(entityBindings)
        .where(
          and(
            eq(entityBindings.uscc, options.uscc),
            eq(entityBindings.accountId, options.accountId),
            isNull(entityBindings.revokedAt),
          ),
        )
        .limit(1);
      return rows[0] ?? null;
    },

    async revokeBinding(id: string, at: Date): Promise<void> {
      await db.update(entityBindings).set({ revokedAt: at }).where(eq(entityBindings.id, id));
    },

    async insertMandate(row: typeof mandates.$inferInsert): Promise<void> {
      await db.insert(mandates).values(row);
    },

    async findMandate(id: string): Promise<MandateRow | null> {
      const rows = await db.select().from(mandates).where(eq(mandates.id, id)).limit(1);
      return rows[0] ?? null;
    },

    async listMandates(
      options: { grantorKind: string; grantorId: string } | { agentAccountId: string },
    ): Promise<MandateRow[]> {
      const where =
        'agentAccountId' in options
          ? eq(mandates.agentAccountId, options.agentAccountId)
          : and(eq(mandates.grantorKind, options.grantorKind as 'person'), eq(mandates.grantorId, options.grantorId));
      return db.select().from(mandates).where(where).orderBy(desc(mandates.createdAt));
    },

    async revokeMandate(id: string, at: Date): Promise<boolean> {
      const rows = await db
        .update(mandates)
        .set({ revokedAt: at })
        .where(and(eq(mandates.id, id), isNull(mandates.revokedAt)))
        .returning({ id: mandates.id });
      return rows.length === 1;
    },

    /** Mandates in force now that allow the agent an action for a grantor. */
    async findMandatesInForce(options: { agentAccountId: string; now: Date }): Promise<MandateRow[]> {
      return db
        .select()
        .from(mandates)
        .where(
          and(
            eq(mandates.agentAccountId, options.agentAccountId),
            isNull(mandates.revokedAt),
            sql`${mandates.validFrom} <= ${options.now}`,
            gt(mandates.validTo, options.now),
          ),
        );
    },

    async countAccounts(): Promise<number> {
      const rows = await queryRows<{ n: string }>(db, sql`select count(*) as n from ${accounts}`);
      return Number(rows[0]?.n ?? 0);
    },
  };
}

export type IdentityRepository = ReturnType<typeof createIdentityRepository>;
