import { canonicalJson, sm3Hex } from '../crypto/sm';

// The audit format below is defined by these two, and the audit code imports them from here.
export { canonicalJson, sm3Hex };

/**
 * What the audit chain hashes, written down so that an auditor can recompute it from a plain SQL
 * export without this code:
 *
 *   content_hash = SM3( canonical JSON of { action, actor_id, actor_kind, actor_label, at, case_id,
 *                  details, ip, on_behalf_of, purpose, request_id, subject_id, subject_type } )
 *   link_hash    = SM3( previous link_hash ":" seq ":" id ":" content_hash ), the previous link of
 *                  seq 1 being 64 zeros
 *
 * Canonical JSON is RFC 8785 in practice: object keys sorted by UTF-16 code units, no whitespace,
 * numbers and strings as `JSON.stringify` writes them, absent values written as null. `at` is the
 * ISO 8601 UTC instant with milliseconds. Hashes are lowercase hex of the UTF-8 text.
 *
 * The keys are the column names, not the code's field names, so a rename in code cannot silently
 * change what old entries hash to. Changing this format needs a new chain, never a rewrite.
 */
export const GENESIS_LINK = '0'.repeat(64);

export type AuditActorKind = 'anonymous' | 'person' | 'staff' | 'system' | 'machine';

export type AuditOnBehalfOf = {
  kind: 'person' | 'legal_person';
  id: string;
  /** The mandate under which an agent acts. */
  mandateId?: string;
  /** How a person acts for a legal person when no mandate is involved. */
  capacity?: 'legal_representative' | 'handler';
};

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

/** The hashed fields of one entry, as the row holds them. */
export type AuditContent = {
  at: Date;
  actorKind: AuditActorKind;
  actorId: string | null;
  actorLabel: string;
  onBehalfOf: AuditOnBehalfOf | null;
  action: string;
  subjectType: string;
  subjectId: string;
  purpose: string | null;
  caseId: string | null;
  requestId: string;
  ip: string | null;
  details: JsonObject;
};

export function canonicalContent(content: AuditContent): string {
  return canonicalJson({
    at: content.at.toISOString(),
    actor_kind: content.actorKind,
    actor_id: content.actorId,
    actor_label: content.actorLabel,
    on_behalf_of: content.onBehalfOf,
    action: content.action,
    subject_type: content.subjectType,
    subject_id: content.subjectId,
    purpose: content.purpose,
    case_id: content.caseId,
    request_id: content.requestId,
    ip: content.ip,
    details: content.details,
  });
}

export function contentHashOf(content: AuditContent): string {
  return sm3Hex(canonicalContent(content));
}

export function linkHashOf(link: { previous: string; seq: number; id: number; contentHash: string }): string {
  return sm3Hex(`${link.previous}:${link.seq}:${link.id}:${link.contentHash}`);
}

const SURROGATE = /[\uD800-\uDFFF]/;

/**
 * Text exactly as PostgreSQL will store and return it: a lone surrogate becomes U+FFFD (UTF-8 has
 * no encoding for it) and NUL, which text and jsonb refuse, becomes U+FFFD too. Without this an
 * odd character in user input would either fail the caller's transaction or make the stored row
 * hash differently from what was recorded.
 */
export function storableText(text: string): string {
  const wellFormed = SURROGATE.test(text) ? Buffer.from(text, 'utf8').toString('utf8') : text;
  return wellFormed.includes('\u0000') ? wellFormed.replaceAll('\u0000', '\uFFFD') : wellFormed;
}

/** A JSON value as it will come back from a jsonb column (dates as ISO text, undefined dropped). */
export function storableJson(value: unknown): JsonValue {
  const plain = JSON.stringify(value);
  return plain === undefined ? null : cleanJson(JSON.parse(plain) as JsonValue);
}

function cleanJson(value: JsonValue): JsonValue {
  if (typeof value === 'string') return storableText(value);
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(cleanJson);
  // fromEntries defines own properties, so a "__proto__" key stays data, as JSON.parse reads it.
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [storableText(key), cleanJson(item)]));
}
