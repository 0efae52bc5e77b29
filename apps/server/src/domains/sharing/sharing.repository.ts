import { and, asc, eq, gt, isNull, lt, or } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/database';
import { serviceAccounts, serviceAccountSecrets, serviceTokens } from './sharing.tables';

export type ServiceAccountRow = typeof serviceAccounts.$inferSelect;
export type ServiceAccountSecretRow = typeof serviceAccountSecrets.$inferSelect;

export function createSharingRepository(db: DbOrTx) {
  return {
    async insertAccount(row: typeof serviceAccounts.$inferInsert, tx: DbOrTx = db) {
      await tx.insert(serviceAccounts).values(row);
    },
    async findAccount(id: string): Promise<ServiceAccountRow | null> {
      return (await db.select().from(serviceAccounts).where(eq(serviceAccounts.id, id)).limit(1))[0] ?? null;
    },
    async findAccountByClientId(clientId: string): Promise<ServiceAccountRow | null> {
      return (
        (await db.select().from(serviceAccounts).where(eq(serviceAccounts.clientId, clientId)).limit(1))[0] ?? null
      );
    },
    async listAccounts(): Promise<ServiceAccountRow[]> {
      return db.select().from(serviceAccounts).orderBy(asc(serviceAccounts.createdAt));
    },
    async updateAccount(id: string, values: Partial<ServiceAccountRow>, tx: DbOrTx = db) {
      await tx.update(serviceAccounts).set(values).where(eq(serviceAccounts.id, id));
    },
    async insertSecret(row: ServiceAccountSecretRow, tx: DbOrTx = db) {
      await tx.insert(serviceAccountSecrets).values(row);
    },
    async listSecrets(accountId: string): Promise<ServiceAccountSecretRow[]> {
      return db
        .select()
        .from(serviceAccountSecrets)
        .where(eq(serviceAccountSecrets.accountId, accountId))
        .orderBy(asc(serviceAccountSecrets.createdAt));
    },
    /** Secrets neither revoked nor past their end at `now`. */
    async listUsableSecrets(accountId: string, now: Date): Promise<ServiceAccountSecretRow[]> {
      return db
        .select()
        .from(serviceAccountSecrets)
        .where(
          and(
            eq(serviceAccountSecrets.accountId, accountId),
            isNull(serviceAccountSecrets.revokedAt),
            or(isNull(serviceAccountSecrets.expiresAt), gt(serviceAccountSecrets.expiresAt, now)),
          ),
        );
    },
    async updateSecret(id: string, values: Partial<ServiceAccountSecretRow>, tx: DbOrTx = db) {
      await tx.update(serviceAccountSecrets).set(values).where(eq(serviceAccountSecrets.id, id));
    },
    async insertToken(row: typeof serviceTokens.$inferInsert) {
      await db.insert(serviceTokens).values(row);
    },
    async findToken(tokenHash: string, now: Date) {
      const rows = await db
        .select({ token: serviceTokens, account: serviceAccounts })
        .from(serviceTokens)
        .innerJoin(serviceAccounts, eq(serviceAccounts.id, serviceTokens.accountId))
        .where(and(eq(serviceTokens.tokenHash, tokenHash), gt(serviceTokens.expiresAt, now)))
        .limit(1);
      return rows[0] ?? null;
    },
    async deleteTokensOf(accountId: string, tx: DbOrTx = db) {
      await tx.delete(serviceTokens).where(eq(serviceTokens.accountId, accountId));
    },
    async deleteExpiredTokens(now: Date) {
      await db.delete(serviceTokens).where(lt(serviceTokens.expiresAt, now));
    },
  };
}

export type SharingRepository = ReturnType<typeof createSharingRepository>;
