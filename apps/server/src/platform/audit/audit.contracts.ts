import { z } from 'zod';
import { PageQuerySchema, pageOf } from '@yici/contracts';

/**
 * The audit log's HTTP contract. It lives beside the audit log until it moves to
 * packages/contracts with the administration console that reads it.
 */
export const AuditVerificationSchema = z
  .discriminatedUnion('ok', [
    z.object({
      ok: z.literal(true),
      sealed: z.number().int().meta({ description: 'entries in the chain, all verified' }),
      unsealed: z.number().int().meta({ description: 'entries awaiting sealing; their content hashes verified' }),
      head: z
        .object({ seq: z.number().int(), linkHash: z.string() })
        .nullable()
        .meta({ description: 'the last link; note it elsewhere to detect a deleted tail later' }),
    }),
    z.object({
      ok: z.literal(false),
      firstBroken: z.object({
        id: z.number().int(),
        seq: z.number().int().nullable(),
        reason: z.enum(['content_changed', 'link_broken', 'missing_entry']),
        missingSeq: z.number().int().optional(),
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
      kind: z.enum(['anonymous', 'person', 'staff', 'system']),
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

export const AuditEntryPageSchema = pageOf(AuditEntrySchema).meta({ id: 'AuditEntryPage' });

const filterText = z.string().min(1).max(200);
export const AuditEntriesQuerySchema = PageQuerySchema.extend({
  subjectType: filterText.optional(),
  subjectId: filterText.optional(),
  actorId: filterText.optional(),
}).strict();
export type AuditEntriesQuery = z.infer<typeof AuditEntriesQuerySchema>;
