import { sql } from 'drizzle-orm';
import { bigint, date, index, integer, jsonb, pgSequence, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { bytea } from '../../platform/db/columns';

/** Serial numbers of identifiers: a sequence, so issuing never waits on a counter row. */
export const certificateSerials = pgSequence('certificate_serial_seq', { startWith: 1, cache: 20 });

/**
 * Electronic seals (GB/T 38540): an SM2 key pair per issuing body; the private key is stored wrapped
 * (SM4). `retired` (rotated out) and `revoked` (compromised) are told apart by status and `revoked_at`.
 */
export const seals = pgTable(
  'seals',
  {
    id: text('id').primaryKey(),
    ownerUscc: text('owner_uscc').notNull(),
    ownerName: text('owner_name').notNull(),
    ownerRegionCode: text('owner_region_code').notNull(),
    publicKey: text('public_key').notNull(),
    privateKeyWrapped: text('private_key_wrapped').notNull(),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }),
    status: text('status', { enum: ['active', 'rotated', 'revoked'] }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    /** When it stopped signing (rotated or revoked): what it signed before stays valid. */
    retiredAt: timestamp('retired_at', { withTimezone: true }),
    /** Revoked only (key compromised): everything it signed from this instant on is invalid. */
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    revokedReason: text('revoked_reason'),
  },
  (t) => [index('seals_owner_idx').on(t.ownerUscc, t.status)],
);

/** Issued electronic certificates: the signed content and its lifecycle. Expiry is derived, not stored. */
export const certificates = pgTable(
  'certificates',
  {
    identifier: text('identifier').primaryKey(),
    typeSlug: text('type_slug').notNull(),
    typeCode: text('type_code').notNull(),
    holderKind: text('holder_kind', { enum: ['person', 'legal_person'] }).notNull(),
    holderId: text('holder_id').notNull(),
    holderName: text('holder_name').notNull(),
    issuerUscc: text('issuer_uscc').notNull(),
    issuerName: text('issuer_name').notNull(),
    issuerRegionCode: text('issuer_region_code').notNull(),
    data: jsonb('data').$type<Record<string, unknown>>().notNull(),
    issuedAt: timestamp('issued_at', { withTimezone: true }).notNull(),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }),
    sealId: text('seal_id').notNull(),
    contentHash: text('content_hash').notNull(),
    signature: text('signature').notNull(),
    status: text('status', { enum: ['valid', 'revoked', 'replaced'] }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    revokedReason: text('revoked_reason'),
    replacedBy: text('replaced_by'),
    caseId: text('case_id'),
  },
  (t) => [
    index('certificates_holder_idx').on(t.holderKind, t.holderId, t.typeSlug),
    index('certificates_issuer_idx').on(t.issuerUscc),
  ],
);

/** 加注件: a holder's copy of a certificate for one purpose and case, until a date, signed by the platform. */
export const certificateCopies = pgTable(
  'certificate_copies',
  {
    id: text('id').primaryKey(),
    identifier: text('identifier').notNull(),
    holderId: text('holder_id').notNull(),
    purpose: text('purpose').notNull(),
    caseId: text('case_id'),
    expiresOn: date('expires_on', { mode: 'string' }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    sealId: text('seal_id').notNull(),
    contentHash: text('content_hash').notNull(),
    signature: text('signature').notNull(),
  },
  (t) => [index('certificate_copies_identifier_idx').on(t.identifier)],
);

/** What happened to a certificate: issued, revoked, replaced, renewed, copied, used, declined. */
export const certificateEvents = pgTable(
  'certificate_events',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    identifier: text('identifier').notNull(),
    kind: text('kind').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    actorLabel: text('actor_label').notNull(),
    purpose: text('purpose'),
    caseId: text('case_id'),
    details: jsonb('details')
      .$type<Record<string, unknown>>()
      .notNull()
      .default(sql`'{}'::jsonb`),
  },
  (t) => [index('certificate_events_identifier_idx').on(t.identifier, t.id)],
);

/** Rendered PDFs, cached: rendering is kept off the issuing path and done once per document. */
export const certificatePdfs = pgTable('certificate_pdfs', {
  documentId: text('document_id').primaryKey(),
  pdf: bytea('pdf').notNull(),
  renderedAt: timestamp('rendered_at', { withTimezone: true }).notNull(),
  bytes: integer('bytes').notNull(),
});

/**
 * 亮证码: a code the holder shows for a few minutes so that someone sees the certificate's content.
 * Only the code's SM3 digest is stored: whoever reads the table cannot use a live code.
 */
export const certificateShareCodes = pgTable(
  'certificate_share_codes',
  {
    id: text('id').primaryKey(),
    codeHash: text('code_hash').notNull().unique(),
    identifier: text('identifier').notNull(),
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('certificate_share_codes_expires_idx').on(t.expiresAt)],
);
