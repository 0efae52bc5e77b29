import { z } from 'zod';
import { CursorQuerySchema, cursorPageOf } from '@yici/contracts';

/**
 * The audit log's HTTP contract. It lives beside the audit log until it moves to
 * packages/contracts with the administration console that reads it.
 */
const hex = (length: number) => z.string().regex(new RegExp(`^[0-9a-fA-F]{${length}}$`));

/** A signed checkpoint of the chain's head, as published outside the database (audit.signing.ts). */
export const AuditCheckpointSchema = z
  .object({
    format: z.literal('yici-audit-checkpoint/1'),
    seq: z.number().int().min(1),
    linkHash: hex(64),
    at: z.iso.datetime(),
    publicKey: z.string().regex(/^(04[0-9a-fA-F]{128}|0[23][0-9a-fA-F]{64})$/),
    signature: hex(128),
  })
  .strict()
  .meta({ id: 'AuditCheckpoint' });

export const AuditVerifyRequestSchema = z
  .object({
    checkpoints: z.array(AuditCheckpointSchema).max(2_000).optional().meta({
      description: 'checkpoints kept outside the platform (the witness copies); the server adds its own files',
    }),
  })
  .strict()
  // Without a body (fastify then gives null) the server's own checkpoints are checked.
  .nullish()
  .meta({ id: 'AuditVerifyRequest' });

export const AuditVerificationSchema = z
  .discriminatedUnion('ok', [
    z.object({
      ok: z.literal(true),
      sealed: z.number().int().meta({ description: 'entries in the chain, all verified' }),
      signedBatches: z.number().int().meta({ description: 'batch signatures verified with the trusted audit key' }),
      checkpoints: z.number().int().meta({ description: 'checkpoints matched against the chain' }),
      unsealed: z.number().int().meta({ description: 'entries awaiting sealing; their content hashes verified' }),
      head: z
        .object({ seq: z.number().int(), linkHash: z.string() })
        .nullable()
        .meta({ description: 'the last link; note it elsewhere to detect a deleted tail later' }),
    }),
    z.object({
      ok: z.literal(false),
      firstBroken: z.object({
        id: z.number().int().nullable().meta({ description: 'null when no row holds the position any more' }),
        seq: z.number().int().nullable(),
        reason: z.enum([
          'content_changed',
          'link_broken',
          'missing_entry',
          'signature_invalid',
          'signature_missing',
          'checkpoint_mismatch',
        ]),
        missingSeq: z.number().int().optional(),
        batch: z
          .object({ firstSeq: z.number().int(), lastSeq: z.number().int() })
          .optional()
          .meta({ description: 'the signed batch whose signature no longer matches the chain' }),
      }),
      checked: z.number().int().meta({ description: 'entries verified before the break' }),
    }),
  ])
  .meta({ id: 'AuditVerification' });
export type AuditVerificationBody = z.infer<typeof AuditVerificationSchema>;

export const AuditEntrySchema = z
  .object({
    id: z.number().int(),
    at: z.string(),
    actor: z.object({
      kind: z.enum(['anonymous', 'person', 'staff', 'system', 'machine']),
      id: z.string().nullable(),
      label: z.string(),
    }),
    onBehalfOf: z
      .object({
        kind: z.enum(['person', 'legal_person']),
        id: z.string(),
        mandateId: z.string().optional(),
        capacity: z.enum(['legal_representative', 'handler']).optional(),
      })
      .nullable(),
    action: z.string(),
    subject: z.object({ type: z.string(), id: z.string() }),
    purpose: z.string().nullable(),
    caseId: z.string().nullable(),
    requestId: z.string(),
    ip: z.string().nullable(),
    details: z.record(z.string(), z.unknown()),
    seq: z.number().int().nullable().meta({ description: 'position in the chain; null until sealed' }),
    sealedAt: z.string().nullable(),
  })
  .meta({ id: 'AuditEntry' });
export type AuditEntry = z.infer<typeof AuditEntrySchema>;

export const AuditEntryPageSchema = cursorPageOf(AuditEntrySchema).meta({ id: 'AuditEntryPage' });

const filterText = z.string().min(1).max(200);
export const AuditEntriesQuerySchema = CursorQuerySchema.extend({
  subjectType: filterText.optional(),
  subjectId: filterText.optional(),
  actorId: filterText.optional(),
}).strict();
export type AuditEntriesQuery = z.infer<typeof AuditEntriesQuerySchema>;
