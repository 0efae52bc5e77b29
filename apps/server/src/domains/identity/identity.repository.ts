import { and, asc, desc, eq, gt, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/database';
import { queryRows } from '../../platform/db/database';
import { accounts, entityBindings, mandates, oneTimeCodes, sessions } from './identity.tables';

export type AccountRow = typeof accounts.$inferSelect;
export type SessionRow = typeof sessions.$inferSelect;
export type OneTimeCodeRow = typeof oneTimeCodes.$inferSelect;
export type EntityBindingRow = typeof entityBindings.$inferSelect;
export type MandateRow = typeof mandates.$inferSelect;

/** A live session with its account, read in one round trip on every authenticated request. */
export type SessionWithAccount = SessionRow & {
  account: AccountRow;
  actingForName: string | null;
  actingForCapacity: string | null;
};

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

    async listStaff(options: { regionPrefix: string }): Promise<AccountRow[]> {
      return db
        .select()
        .from(accounts)
        .where(and(eq(accounts.kind, 'staff'), sql`${accounts.regionCode} like ${options.regionPrefix + '%'}`))
        .orderBy(asc(accounts.login));
    },

    async insertSession(row: typeof sessions.$inferInsert): Promise<void> {
      await db.insert(sessions).values(row);
    },

    async findSession(tokenHash: string): Promise<SessionWithAccount | null> {
      const rows = await db
        .select({ session: sessions, account: accounts, binding: entityBindings })
        .from(sessions)
        .innerJoin(accounts, eq(accounts.id, sessions.accountId))
        .leftJoin(
          entityBindings,
          and(
            eq(entityBindings.uscc, sessions.actingForUscc),
            eq(entityBindings.accountId, sessions.accountId),
            isNull(entityBindings.revokedAt),
          ),
        )
        .where(eq(sessions.tokenHash, tokenHash))
        .limit(1);
      const row = rows[0];
      if (!row) return null;
      return {
        ...row.session,
        account: row.account,
        actingForName: row.binding?.entityName ?? null,
        actingForCapacity: row.binding?.capacity ?? null,
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
