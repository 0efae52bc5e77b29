import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

/**
 * A department's system or a partner (bank, utility, another province's platform) that reaches the
 * platform as a machine. Its scopes are permissions from the one list; its region (and department)
 * bound what it sees, as for staff; `personFields` lists the registry fields it may receive.
 */
export const serviceAccounts = pgTable('service_accounts', {
  id: text('id').primaryKey(),
  clientId: text('client_id').notNull().unique(),
  name: text('name').notNull(),
  kind: text('kind', { enum: ['department', 'bank', 'utility', 'province', 'partner'] }).notNull(),
  scopes: jsonb('scopes').$type<string[]>().notNull(),
  personFields: jsonb('person_fields').$type<string[]>().notNull(),
  regionCode: text('region_code').notNull(),
  departmentId: text('department_id'),
  status: text('status', { enum: ['active', 'revoked'] }).notNull(),
  /** Set when its webhook receiver failed past the retry budget: an administrator looks. */
  flaggedAt: timestamp('flagged_at', { withTimezone: true }),
  flagReason: text('flag_reason'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  revokedAt: timestamp('revoked_at', { withTimezone: true }),
});

// No foreign keys: each test schema (and a later distribution by region) keeps its tables apart;
// the service checks the account exists before it writes a secret, token or subscription.

/** Client secrets, argon2id-hashed; a rotation leaves the previous one valid until `expiresAt`. */
export const serviceAccountSecrets = pgTable(
  'service_account_secrets',
  {
    id: text('id').primaryKey(),
    accountId: text('account_id').notNull(),
    secretHash: text('secret_hash').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [index('service_account_secrets_account_idx').on(t.accountId)],
);

/** Short-lived access tokens, stored as their SHA-256 only. */
export const serviceTokens = pgTable(
  'service_tokens',
  {
    tokenHash: text('token_hash').primaryKey(),
    accountId: text('account_id').notNull(),
    scopes: jsonb('scopes').$type<string[]>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('service_tokens_expiry_idx').on(t.expiresAt)],
);

/** Where a service account receives events; the HMAC-SM3 key is kept wrapped with SM4. */
export const webhookSubscriptions = pgTable(
  'webhook_subscriptions',
  {
    id: text('id').primaryKey(),
    accountId: text('account_id').notNull(),
    url: text('url').notNull(),
    eventTypes: jsonb('event_types').$type<string[]>().notNull(),
    signingKeyWrapped: text('signing_key_wrapped').notNull(),
    status: text('status', { enum: ['active', 'suspended', 'cancelled'] }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('webhook_subscriptions_account_idx').on(t.accountId)],
);

/**
 * One event for one subscription: the delivery log. At least once; `eventId` is stable across
 * retries and replays so receivers de-duplicate. Rows are never deleted.
 */
export const webhookDeliveries = pgTable(
  'webhook_deliveries',
  {
    id: text('id').primaryKey(),
    subscriptionId: text('subscription_id').notNull(),
    eventId: text('event_id').notNull(),
    eventType: text('event_type').notNull(),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    status: text('status', { enum: ['pending', 'delivered', 'failed'] }).notNull(),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull(),
    lastStatusCode: integer('last_status_code'),
    lastError: text('last_error'),
    deliveredAt: timestamp('delivered_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('webhook_deliveries_event_idx').on(t.subscriptionId, t.eventId),
    // A subscription's delivery log, newest first (keyset on created_at, id); nulls first matches
    // a plain `order by created_at desc, id desc`.
    // Each status's bounded count, index-only (`countDeliveriesByStatus`).
    index('webhook_deliveries_status_idx').on(t.subscriptionId, t.status),
    index('webhook_deliveries_log_idx').on(t.subscriptionId, t.createdAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    index('webhook_deliveries_due_idx')
      .on(t.nextAttemptAt)
      .where(sql`status = 'pending'`),
  ],
);

/**
 * A person's consent (本人授权) for one service account to read their data for a purpose, until a
 * China date: the reference a machine names when no case makes the read a statutory duty
 * (个人信息保护法 第十三条、第十四条). The person can withdraw it at any time (第十五条).
 */
export const sharingConsents = pgTable(
  'sharing_consents',
  {
    reference: text('reference').primaryKey(),
    accountId: text('account_id').notNull(),
    subjectType: text('subject_type', { enum: ['person', 'legal_person'] }).notNull(),
    subjectId: text('subject_id').notNull(),
    purpose: text('purpose').notNull(),
    /**
     * The person may narrow a consent to fewer fields than the account's scope lists (个人信息保护法
     * 第六条, the minimum necessary, decided by the person); null: all the fields the account may read.
     */
    personFields: jsonb('person_fields').$type<string[]>(),
    validUntil: text('valid_until').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
  },
  (t) => [index('sharing_consents_subject_idx').on(t.subjectId, t.createdAt)],
);
