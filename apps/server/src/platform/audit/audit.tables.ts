import { sql } from 'drizzle-orm';
import { bigint, check, date, index, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import type { AuditActorKind, AuditOnBehalfOf, JsonObject } from './audit.canonical';

/**
 * The audit log: one row per audited act, inserted in the transaction of the act. `content_hash`
 * is fixed at insert; `seq`, `link_hash` and `sealed_at` are filled once by the sealer and never
 * again (the append-only trigger in audit.sql.ts refuses every other change and every delete).
 */
export const auditEntries = pgTable(
  'audit_entries',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    actorKind: text('actor_kind').$type<AuditActorKind>().notNull(),
    actorId: text('actor_id'),
    actorLabel: text('actor_label').notNull(),
    onBehalfOf: jsonb('on_behalf_of').$type<AuditOnBehalfOf>(),
    action: text('action').notNull(),
    subjectType: text('subject_type').notNull(),
    subjectId: text('subject_id').notNull(),
    purpose: text('purpose'),
    caseId: text('case_id'),
    requestId: text('request_id').notNull(),
    ip: text('ip'),
    details: jsonb('details').$type<JsonObject>().notNull().default({}),
    contentHash: text('content_hash').notNull(),
    seq: bigint('seq', { mode: 'number' }).unique(),
    linkHash: text('link_hash'),
    sealedAt: timestamp('sealed_at', { withTimezone: true }),
  },
  (t) => [
    // The sealer's queue: only the few rows not yet chained.
    index('audit_entries_unsealed_idx')
      .on(t.id)
      .where(sql`${t.seq} is null`),
    index('audit_entries_subject_idx').on(t.subjectType, t.subjectId, t.id),
    index('audit_entries_actor_idx').on(t.actorId, t.id),
    check(
      'audit_entries_sealed_check',
      sql`(${t.seq} is null) = (${t.linkHash} is null) and (${t.seq} is null) = (${t.sealedAt} is null)`,
    ),
  ],
);

export type AuditEntryRow = typeof auditEntries.$inferSelect;

/**
 * One SM2 signature per sealed batch over the chain's link at its last position (audit.signing.ts).
 * Batches cover the chain without gaps: first_seq is the previous batch's last_seq + 1 (the first
 * batch after an upgrade also covers the entries sealed before signing existed).
 */
export const auditBatchSeals = pgTable('audit_batch_seals', {
  lastSeq: bigint('last_seq', { mode: 'number' }).primaryKey(),
  firstSeq: bigint('first_seq', { mode: 'number' }).notNull().unique(),
  headLink: text('head_link').notNull(),
  sealedAt: timestamp('sealed_at', { withTimezone: true }).notNull(),
  publicKey: text('public_key').notNull(),
  signature: text('signature').notNull(),
});

/**
 * The daily checkpoints as published (file and witness message); the row makes sure one process
 * publishes each day's. The copies that count are the ones outside the database.
 */
export const auditCheckpoints = pgTable('audit_checkpoints', {
  day: date('day', { mode: 'string' }).primaryKey(),
  seq: bigint('seq', { mode: 'number' }).notNull(),
  linkHash: text('link_hash').notNull(),
  at: timestamp('at', { withTimezone: true }).notNull(),
  publicKey: text('public_key').notNull(),
  signature: text('signature').notNull(),
});
