import { and, asc, eq, gt, gte, inArray, isNull, lt, lte, or, sql } from 'drizzle-orm';
import type { ListCount } from '@yici/contracts';
import type { DbOrTx } from '../../platform/db/database';
import { boundedCount, keysetOrder, keysetOrderBy, keysetWhere, type KeysetPosition } from '../../platform/db/keyset';
import {
  serviceAccounts,
  serviceAccountSecrets,
  serviceTokens,
  webhookDeliveries,
  webhookSubscriptions,
} from './sharing.tables';

export type SubscriptionRow = typeof webhookSubscriptions.$inferSelect;
export type DeliveryRow = typeof webhookDeliveries.$inferSelect;

export type ServiceAccountRow = typeof serviceAccounts.$inferSelect;
export type ServiceAccountSecretRow = typeof serviceAccountSecrets.$inferSelect;

/** A delivery log newest first; the id breaks ties between deliveries of one instant (one fan-out). */
export const DELIVERY_ORDER = keysetOrder('desc', [
  { column: webhookDeliveries.createdAt, type: 'timestamp' },
  { column: webhookDeliveries.id, type: 'text' },
]);

export function createSharingRepository(db: DbOrTx) {
  return {
    db,
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
    async insertSubscription(row: SubscriptionRow) {
      await db.insert(webhookSubscriptions).values(row);
    },
    async findSubscription(id: string): Promise<SubscriptionRow | null> {
      return (await db.select().from(webhookSubscriptions).where(eq(webhookSubscriptions.id, id)).limit(1))[0] ?? null;
    },
    async listSubscriptionsOf(accountId: string): Promise<SubscriptionRow[]> {
      return db
        .select()
        .from(webhookSubscriptions)
        .where(eq(webhookSubscriptions.accountId, accountId))
        .orderBy(asc(webhookSubscriptions.createdAt));
    },
    /** Active subscriptions with their account, for a fan-out. */
    async activeSubscriptions(tx: DbOrTx = db) {
      return tx
        .select({ subscription: webhookSubscriptions, account: serviceAccounts })
        .from(webhookSubscriptions)
        .innerJoin(serviceAccounts, eq(serviceAccounts.id, webhookSubscriptions.accountId))
        .where(and(eq(webhookSubscriptions.status, 'active'), eq(serviceAccounts.status, 'active')));
    },
    async updateSubscription(id: string, values: Partial<SubscriptionRow>, tx: DbOrTx = db) {
      await tx.update(webhookSubscriptions).set(values).where(eq(webhookSubscriptions.id, id));
    },
    async insertDeliveries(rows: DeliveryRow[], tx: DbOrTx = db) {
      if (rows.length === 0) return;
      await tx.insert(webhookDeliveries).values(rows).onConflictDoNothing();
    },
    /**
     * Takes up to `limit` due deliveries by pushing their next attempt out by a lease, so another
     * process does not send them at the same time; the attempt's outcome then sets the real time.
     */
    async claimDueDeliveries(now: Date, leaseUntil: Date, limit: number) {
      return db.transaction(async (tx) => {
        const due = await tx
          .select({ delivery: webhookDeliveries, subscription: webhookSubscriptions })
          .from(webhookDeliveries)
          .innerJoin(webhookSubscriptions, eq(webhookSubscriptions.id, webhookDeliveries.subscriptionId))
          .where(
            and(
              eq(webhookDeliveries.status, 'pending'),
              lte(webhookDeliveries.nextAttemptAt, now),
              eq(webhookSubscriptions.status, 'active'),
            ),
          )
          .orderBy(asc(webhookDeliveries.createdAt), asc(webhookDeliveries.id))
          .limit(limit)
          .for('update', { of: webhookDeliveries, skipLocked: true });
        if (due.length > 0) {
          await tx
            .update(webhookDeliveries)
            .set({ nextAttemptAt: leaseUntil })
            .where(
              inArray(
                webhookDeliveries.id,
                due.map((row) => row.delivery.id),
              ),
            );
        }
        return due;
      });
    },
    async updateDelivery(id: string, values: Partial<DeliveryRow>, tx: DbOrTx = db) {
      await tx.update(webhookDeliveries).set(values).where(eq(webhookDeliveries.id, id));
    },
    /**
     * One page of a subscription's delivery log, newest first (keyset on created_at, id: never
     * OFFSET, never the whole log), with its count up to the bound, both along webhook_deliveries_log_idx.
     */
    async deliveryPage(
      subscriptionId: string,
      options: { position: KeysetPosition; limit: number },
    ): Promise<{ rows: DeliveryRow[]; count: ListCount }> {
      const where = eq(webhookDeliveries.subscriptionId, subscriptionId);
      const [rows, count] = await Promise.all([
        db
          .select()
          .from(webhookDeliveries)
          .where(and(where, keysetWhere(DELIVERY_ORDER, options.position)))
          .orderBy(...keysetOrderBy(DELIVERY_ORDER, options.position))
          // One more than the page: whether it is there tells if another page follows.
          .limit(options.limit + 1),
        boundedCount(
          db,
          db
            .select({ one: sql`1` })
            .from(webhookDeliveries)
            .where(where),
        ),
      ]);
      return { rows, count };
    },
    /**
     * A subscription's deliveries by status, each counted up to the lists' bound from
     * `webhook_deliveries_status_idx` alone: a subscription gets a delivery per event, and a
     * `group by` over all of them counted every delivery it ever had on each page view.
     */
    async countDeliveriesByStatus(subscriptionId: string): Promise<Record<DeliveryRow['status'], ListCount>> {
      const of = (status: DeliveryRow['status']) =>
        boundedCount(
          db,
          db
            .select({ one: sql`1` })
            .from(webhookDeliveries)
            .where(and(eq(webhookDeliveries.subscriptionId, subscriptionId), eq(webhookDeliveries.status, status))),
        );
      const [pending, delivered, failed] = await Promise.all([of('pending'), of('delivered'), of('failed')]);
      return { pending, delivered, failed };
    },
    /** Sends again every delivery of the subscription since `since` (replay): same event ids. */
    async requeueDeliveries(subscriptionId: string, since: Date, now: Date, tx: DbOrTx = db) {
      const rows = await tx
        .update(webhookDeliveries)
        .set({ status: 'pending', attempts: 0, nextAttemptAt: now, lastError: null })
        .where(and(eq(webhookDeliveries.subscriptionId, subscriptionId), gte(webhookDeliveries.createdAt, since)))
        .returning({ id: webhookDeliveries.id });
      return rows.length;
    },
    async deleteExpiredTokens(now: Date) {
      await db.delete(serviceTokens).where(lt(serviceTokens.expiresAt, now));
    },
  };
}

export type SharingRepository = ReturnType<typeof createSharingRepository>;
