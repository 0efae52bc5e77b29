import { sql } from 'drizzle-orm';
import { index, integer, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

/** One account per person or staff member ("一号登录"); persons log in with their phone. */
export const accounts = pgTable(
  'accounts',
  {
    id: text('id').primaryKey(),
    kind: text('kind', { enum: ['person', 'staff'] }).notNull(),
    login: text('login').notNull(),
    name: text('name').notNull(),
    idNumber: text('id_number'),
    phone: text('phone').notNull(),
    passwordHash: text('password_hash').notNull(),
    phoneVerifiedAt: timestamp('phone_verified_at', { withTimezone: true }),
    realNameLevel: text('real_name_level', { enum: ['phone', 'registry', 'in_person'] }),
    status: text('status', { enum: ['active', 'disabled'] }).notNull(),
    failedLogins: integer('failed_logins').notNull().default(0),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    // Staff only: roles and data scope.
    roles: text('roles')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    departmentId: text('department_id'),
    regionCode: text('region_code'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('accounts_login_idx').on(t.login),
    uniqueIndex('accounts_person_id_number_idx')
      .on(t.idNumber)
      .where(sql`kind = 'person'`),
    // The staff list's keyset (by login) over staff only: the persons' logins (phones, millions)
    // stay out of it, and the region is read from the index for the filter and the bounded count.
    index('accounts_staff_login_idx')
      .on(t.login, t.regionCode)
      .where(sql`kind = 'staff'`),
  ],
);

/** Server-side sessions; the cookie holds a random token, the table its SHA-256. */
export const sessions = pgTable(
  'sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    accountId: text('account_id').notNull(),
    csrfToken: text('csrf_token').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    actingForUscc: text('acting_for_uscc'),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    ip: text('ip'),
  },
  (t) => [index('sessions_account_idx').on(t.accountId)],
);

/** One-time codes for phone verification and the staff second factor; stored hashed, used once. */
export const oneTimeCodes = pgTable(
  'one_time_codes',
  {
    id: text('id').primaryKey(),
    accountId: text('account_id').notNull(),
    purpose: text('purpose', { enum: ['verify_phone', 'staff_login'] }).notNull(),
    codeHash: text('code_hash').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
    attempts: integer('attempts').notNull().default(0),
  },
  (t) => [index('one_time_codes_account_idx').on(t.accountId, t.purpose)],
);

/** Who may act for a legal person: its legal representative and the handlers they authorised. */
export const entityBindings = pgTable(
  'entity_bindings',
  {
    id: text('id').primaryKey(),
    uscc: text('uscc').notNull(),
    entityName: text('entity_name').notNull(),
    accountId: text('account_id').notNull(),
    capacity: text('capacity', { enum: ['legal_representative', 'handler'] }).notNull(),
    grantedBy: text('granted_by').notNull(),
    overrideReason: text('override_reason'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [index('entity_bindings_account_idx').on(t.accountId), index('entity_bindings_uscc_idx').on(t.uscc)],
);

/** An applicant's authorisation of an agent or handler for one case, one bundle or a period. */
export const mandates = pgTable(
  'mandates',
  {
    id: text('id').primaryKey(),
    grantorKind: text('grantor_kind', { enum: ['person', 'legal_person'] }).notNull(),
    grantorId: text('grantor_id').notNull(),
    grantorName: text('grantor_name').notNull(),
    grantedByAccountId: text('granted_by_account_id').notNull(),
    agentAccountId: text('agent_account_id').notNull(),
    agentName: text('agent_name').notNull(),
    scopeKind: text('scope_kind', { enum: ['case', 'bundle', 'period'] }).notNull(),
    caseId: text('case_id'),
    bundleId: text('bundle_id'),
    actions: text('actions').array().notNull(),
    validFrom: timestamp('valid_from', { withTimezone: true }).notNull(),
    validTo: timestamp('valid_to', { withTimezone: true }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [
    index('mandates_grantor_idx').on(t.grantorKind, t.grantorId),
    index('mandates_agent_idx').on(t.agentAccountId),
  ],
);
