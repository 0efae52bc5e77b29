import { and, asc, desc, eq, gt, isNotNull, isNull, sql, type SQL } from 'drizzle-orm';
import { boundedCount, keysetOrder, keysetOrderBy, keysetWhere, type KeysetPosition } from '../db/keyset';
import { queryRows, type DbOrTx } from '../db/database';
import { auditBatchSeals, auditCheckpoints, auditEntries, type AuditEntryRow } from './audit.tables';
import type { AuditBatchSeal, AuditCheckpoint } from './audit.signing';

export type NewAuditEntryRow = Omit<AuditEntryRow, 'id' | 'seq' | 'linkHash' | 'sealedAt'>;
export type ChainLink = { seq: number; linkHash: string };
export type Seal = { id: number; seq: number; linkHash: string };
export type AuditEntryFilter = { subjectType?: string; subjectId?: string; actorId?: string };

/** Namespace of the sealer's advisory lock; the second key is the table's oid (see tryLockSealing). */
const SEAL_LOCK_NAMESPACE = 0x59494331; // 'YIC1'

export function createAuditRepository(db: DbOrTx) {
  return {
    async insertEntry(row: NewAuditEntryRow): Promise<void> {
      await db.insert(auditEntries).values(row);
    },

    /**
     * Takes the sealer's lock until the transaction ends, without waiting. Advisory locks are
     * per database, so the key includes the table's oid: installations (or test files) in other
     * schemas of the same database seal independently.
     */
    async tryLockSealing(): Promise<boolean> {
      const rows = await queryRows<{ locked: boolean }>(
        db,
        sql`select pg_try_advisory_xact_lock(${SEAL_LOCK_NAMESPACE}::int, 'audit_entries'::regclass::oid::int) as locked`,
      );
      return rows[0]?.locked === true;
    },

    async hasUnsealed(): Promise<boolean> {
      const rows = await db.select({ id: auditEntries.id }).from(auditEntries).where(isNull(auditEntries.seq)).limit(1);
      return rows.length > 0;
    },

    async chainHead(): Promise<ChainLink | null> {
      const [head] = await db
        .select({ seq: auditEntries.seq, linkHash: auditEntries.linkHash })
        .from(auditEntries)
        .where(isNotNull(auditEntries.seq))
        .orderBy(desc(auditEntries.seq))
        .limit(1);
      return head?.seq != null && head.linkHash != null ? { seq: head.seq, linkHash: head.linkHash } : null;
    },

    async unsealedHashes(limit: number): Promise<{ id: number; contentHash: string }[]> {
      return db
        .select({ id: auditEntries.id, contentHash: auditEntries.contentHash })
        .from(auditEntries)
        .where(isNull(auditEntries.seq))
        .orderBy(asc(auditEntries.id))
        .limit(limit);
    },

    /** Writes a whole batch of seals in one statement; returns how many rows took their seal. */
    async writeSeals(seals: Seal[], sealedAt: Date): Promise<number> {
      const values = JSON.stringify(seals.map((s) => ({ id: s.id, seq: s.seq, link_hash: s.linkHash })));
      const rows = await queryRows<{ id: unknown }>(
        db,
        sql`update audit_entries as e
            set seq = v.seq, link_hash = v.link_hash, sealed_at = ${sealedAt.toISOString()}::timestamptz
            from jsonb_to_recordset(${values}::jsonb) as v(id bigint, seq bigint, link_hash text)
            where e.id = v.id and e.seq is null
            returning e.id`,
      );
      return rows.length;
    },

    /** The last position a batch signature covers; 0 when none does. */
    async signedUpTo(): Promise<number> {
      const [row] = await db
        .select({ lastSeq: auditBatchSeals.lastSeq })
        .from(auditBatchSeals)
        .orderBy(desc(auditBatchSeals.lastSeq))
        .limit(1);
      return row?.lastSeq ?? 0;
    },

    async insertBatchSeal(seal: AuditBatchSeal): Promise<void> {
      await db.insert(auditBatchSeals).values(seal);
    },

    async batchSealPage(options: { afterLastSeq: number; limit: number }): Promise<AuditBatchSeal[]> {
      return db
        .select()
        .from(auditBatchSeals)
        .where(gt(auditBatchSeals.lastSeq, options.afterLastSeq))
        .orderBy(asc(auditBatchSeals.lastSeq))
        .limit(options.limit);
    },

    /** Records the day's checkpoint; false when another process already published it. */
    async insertCheckpoint(day: string, checkpoint: AuditCheckpoint): Promise<boolean> {
      const rows = await db
        .insert(auditCheckpoints)
        .values({
          day,
          seq: checkpoint.seq,
          linkHash: checkpoint.linkHash,
          at: new Date(checkpoint.at),
          publicKey: checkpoint.publicKey,
          signature: checkpoint.signature,
        })
        .onConflictDoNothing()
        .returning({ day: auditCheckpoints.day });
      return rows.length === 1;
    },

    async sealedPage(options: { afterSeq: number; limit: number }): Promise<AuditEntryRow[]> {
      return db
        .select()
        .from(auditEntries)
        .where(gt(auditEntries.seq, options.afterSeq))
        .orderBy(asc(auditEntries.seq))
        .limit(options.limit);
    },

    async unsealedPage(options: { afterId: number; limit: number }): Promise<AuditEntryRow[]> {
      return db
        .select()
        .from(auditEntries)
        .where(and(isNull(auditEntries.seq), gt(auditEntries.id, options.afterId)))
        .orderBy(asc(auditEntries.id))
        .limit(options.limit);
    },

    /** A page of entries along the id (newest first), and the matches counted up to the bound. */
    async pageEntries(options: AuditEntryFilter & { position: KeysetPosition; limit: number }) {
      const where = filterOf(options);
      const [rows, count] = await Promise.all([
        db
          .select()
          .from(auditEntries)
          .where(and(where, keysetWhere(AUDIT_ORDER, options.position)))
          .orderBy(...keysetOrderBy(AUDIT_ORDER, options.position))
          .limit(options.limit + 1),
        boundedCount(
          db,
          db
            .select({ one: sql`1` })
            .from(auditEntries)
            .where(where),
        ),
      ]);
      return { rows, count };
    },
  };
}

/** The audit list runs newest first along the entry id (unique, so no ties). */
export const AUDIT_ORDER = keysetOrder('desc', [{ column: auditEntries.id, type: 'integer' }]);

function filterOf(filter: AuditEntryFilter): SQL | undefined {
  const conditions: SQL[] = [];
  if (filter.subjectType !== undefined) conditions.push(eq(auditEntries.subjectType, filter.subjectType));
  if (filter.subjectId !== undefined) conditions.push(eq(auditEntries.subjectId, filter.subjectId));
  if (filter.actorId !== undefined) conditions.push(eq(auditEntries.actorId, filter.actorId));
  return conditions.length > 0 ? and(...conditions) : undefined;
}

export type AuditRepository = ReturnType<typeof createAuditRepository>;
