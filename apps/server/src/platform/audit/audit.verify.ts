import { contentHashOf, GENESIS_LINK, linkHashOf } from './audit.canonical';
import type { AuditRepository, ChainLink } from './audit.repository';
import type { AuditEntryRow } from './audit.tables';

export type AuditBreakReason = 'content_changed' | 'link_broken' | 'missing_entry';

export type AuditBreak = {
  /** The entry at fault; for missing_entry, the first entry after the gap. */
  id: number;
  seq: number | null;
  reason: AuditBreakReason;
  /** For missing_entry: the position no row holds any more. */
  missingSeq?: number;
};

export type AuditVerification =
  | { ok: true; sealed: number; unsealed: number; head: ChainLink | null }
  | { ok: false; firstBroken: AuditBreak; checked: number };

/**
 * Walks the chain in seq order, a page at a time, recomputing every content hash from the row's
 * fields and every link from the previous one; then checks the content hashes of entries not yet
 * sealed. Stops at the first break, because everything after it is unproven anyway.
 *
 * A deleted tail (the newest sealed entries) leaves a shorter chain that is still valid; only a
 * head noted elsewhere (the result carries it) exposes that.
 */
export async function verifyChain(repo: AuditRepository, pageSize: number): Promise<AuditVerification> {
  let previous = GENESIS_LINK;
  let expectedSeq = 1;
  let checked = 0;
  for (;;) {
    const page = await repo.sealedPage({ afterSeq: expectedSeq - 1, limit: pageSize });
    for (const row of page) {
      const broken = checkSealed(row, { previous, expectedSeq });
      if (broken) return { ok: false, firstBroken: broken, checked };
      previous = row.linkHash ?? GENESIS_LINK;
      expectedSeq += 1;
      checked += 1;
    }
    if (page.length < pageSize) break;
  }

  let unsealed = 0;
  let afterId = 0;
  for (;;) {
    const page = await repo.unsealedPage({ afterId, limit: pageSize });
    for (const row of page) {
      if (contentHashOfRow(row) !== row.contentHash) {
        return {
          ok: false,
          firstBroken: { id: row.id, seq: null, reason: 'content_changed' },
          checked: checked + unsealed,
        };
      }
      unsealed += 1;
      afterId = row.id;
    }
    if (page.length < pageSize) break;
  }

  const head = checked > 0 ? { seq: expectedSeq - 1, linkHash: previous } : null;
  return { ok: true, sealed: checked, unsealed, head };
}

function checkSealed(row: AuditEntryRow, chain: { previous: string; expectedSeq: number }): AuditBreak | null {
  const seq = row.seq ?? 0;
  if (seq > chain.expectedSeq) {
    return { id: row.id, seq, reason: 'missing_entry', missingSeq: chain.expectedSeq };
  }
  const contentHash = contentHashOfRow(row);
  if (contentHash !== row.contentHash) return { id: row.id, seq, reason: 'content_changed' };
  // The link covers the position, so a row moved to another seq breaks here too.
  const link = linkHashOf({ previous: chain.previous, seq: chain.expectedSeq, id: row.id, contentHash });
  if (link !== row.linkHash) return { id: row.id, seq, reason: 'link_broken' };
  return null;
}

function contentHashOfRow(row: AuditEntryRow): string {
  return contentHashOf({
    at: row.at,
    actorKind: row.actorKind,
    actorId: row.actorId,
    actorLabel: row.actorLabel,
    onBehalfOf: row.onBehalfOf,
    action: row.action,
    subjectType: row.subjectType,
    subjectId: row.subjectId,
    purpose: row.purpose,
    caseId: row.caseId,
    requestId: row.requestId,
    ip: row.ip,
    details: row.details,
  });
}
