import { isNullable, isNumber, isString, shapeOf } from './local-schemas';

/**
 * The audit log's answers. The server keeps their schemas beside the audit log until they move to
 * packages/contracts; until then these types mirror them and the checks cover what the pages read.
 */
export type AuditBreakReason =
  | 'content_changed'
  | 'link_broken'
  | 'missing_entry'
  | 'signature_invalid'
  | 'signature_missing'
  | 'checkpoint_mismatch';

export type AuditVerification =
  | {
      ok: true;
      sealed: number;
      unsealed: number;
      signedBatches: number;
      checkpoints: number;
      head: { seq: number; linkHash: string } | null;
    }
  | {
      ok: false;
      firstBroken: { id: number | null; seq: number | null; reason: AuditBreakReason; missingSeq?: number };
      checked: number;
    };

export type AuditEntry = {
  id: number;
  at: string;
  actor: { kind: 'anonymous' | 'person' | 'staff' | 'system'; id: string | null; label: string };
  onBehalfOf: {
    kind: 'person' | 'legal_person';
    id: string;
    mandateId?: string;
    capacity?: 'legal_representative' | 'handler';
  } | null;
  action: string;
  subject: { type: string; id: string };
  purpose: string | null;
  caseId: string | null;
  requestId: string;
  ip: string | null;
  details: Record<string, unknown>;
  seq: number | null;
  sealedAt: string | null;
};

/** A keyset page: follow `next` and `prev` (see packages/contracts keyset.ts). */
export type AuditEntryPage = {
  items: AuditEntry[];
  next: string | null;
  prev: string | null;
  count: { value: number; atLeast: boolean };
  limit: number;
};

export type AuditEntriesQuery = {
  cursor?: string;
  limit?: number;
  subjectType?: string;
  subjectId?: string;
  actorId?: string;
};

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function isAuditEntry(value: unknown): boolean {
  if (!isObject(value) || !isObject(value.actor) || !isObject(value.subject)) return false;
  return (
    isNumber(value.id) &&
    isString(value.at) &&
    isString(value.action) &&
    isString(value.actor.label) &&
    isString(value.subject.type) &&
    isString(value.subject.id) &&
    isNullable(isNumber)(value.seq)
  );
}

export const AuditVerificationSchema = shapeOf<AuditVerification>({
  expected: 'an audit chain verification',
  test: (value) =>
    value.ok === true
      ? isNumber(value.sealed) && isNumber(value.unsealed)
      : value.ok === false &&
        isObject(value.firstBroken) &&
        isNullable(isNumber)(value.firstBroken.id) &&
        isNumber(value.checked),
});

export const AuditEntryPageSchema = shapeOf<AuditEntryPage>({
  expected: 'a page of audit entries',
  test: (value) =>
    Array.isArray(value.items) &&
    value.items.every(isAuditEntry) &&
    isObject(value.count) &&
    isNumber(value.count.value) &&
    isNullable(isString)(value.next) &&
    isNullable(isString)(value.prev),
});
