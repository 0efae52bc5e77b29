import { contentHashOf, GENESIS_LINK, linkHashOf } from './audit.canonical';
import type { AuditRepository, ChainLink } from './audit.repository';
import {
  batchMessage,
  checkpointMessage,
  isTrustedSignature,
  type AuditBatchSeal,
  type AuditCheckpoint,
} from './audit.signing';
import type { AuditEntryRow } from './audit.tables';

export type AuditBreakReason =
  | 'content_changed'
  | 'link_broken'
  | 'missing_entry'
  | 'signature_invalid'
  | 'signature_missing'
  | 'checkpoint_mismatch';

export type AuditBreak = {
  /** The entry at fault; for missing_entry, the first entry after the gap; null when no row holds the position. */
  id: number | null;
  seq: number | null;
  reason: AuditBreakReason;
  /** For missing_entry: the position no row holds any more. */
  missingSeq?: number;
  /** For signature_invalid: the signed batch that no longer matches the chain. */
  batch?: { firstSeq: number; lastSeq: number };
};

export type AuditVerification =
  | {
      ok: true;
      sealed: number;
      unsealed: number;
      signedBatches: number;
      checkpoints: number;
      head: ChainLink | null;
    }
  | { ok: false; firstBroken: AuditBreak; checked: number };

export type VerifyOptions = {
  pageSize: number;
  /** Public keys whose batch and checkpoint signatures count (never the keys the rows name). */
  trustedKeys: readonly string[];
  /** Checkpoints kept outside the database, each to be found in the chain. */
  checkpoints: readonly AuditCheckpoint[];
};

/**
 * Walks the chain in seq order, a page at a time, recomputing every content hash from the row's
 * fields and every link from the previous one. At the last position of each signed batch the
 * link must be the one the batch signature covers, signed by a trusted key, and the batches must
 * cover the chain without a gap; at a checkpoint's position the link must be the checkpoint's.
 * Then checks the content hashes of entries not yet sealed. Stops at the first break, because
 * everything after it is unproven anyway.
 *
 * Links alone catch edits but not a re-chain (a row changed and every later link recomputed:
 * that needs no secret); the batch signatures catch that. A deleted tail leaves a shorter chain
 * that is whole; a batch signature or a checkpoint beyond the new head exposes it.
 */
export async function verifyChain(repo: AuditRepository, options: VerifyOptions): Promise<AuditVerification> {
  const { pageSize } = options;
  const checkpoints = checkpointsBySeq(options.checkpoints);
  const batches = batchCursor(repo, pageSize);
  let previous = GENESIS_LINK;
  let expectedSeq = 1;
  let checked = 0;
  let signedUpTo = 0;
  let signedBatches = 0;
  let firstUnsigned: { id: number; seq: number } | null = null;
  let matchedCheckpoints = 0;
  for (;;) {
    const page = await repo.sealedPage({ afterSeq: expectedSeq - 1, limit: pageSize });
    for (const row of page) {
      const seq = row.seq ?? 0;
      const broken = checkSealed(row, { previous, expectedSeq });
      if (broken) return { ok: false, firstBroken: broken, checked };
      if (seq === signedUpTo + 1) firstUnsigned = { id: row.id, seq };
      const batch = await batches.peek();
      if (batch && batch.lastSeq <= seq) {
        const batchBreak = checkBatch(batch, row, { signedUpTo, firstUnsigned, trustedKeys: options.trustedKeys });
        if (batchBreak) return { ok: false, firstBroken: batchBreak, checked };
        signedUpTo = batch.lastSeq;
        signedBatches += 1;
        batches.advance();
      }
      for (const checkpoint of checkpoints.get(seq) ?? []) {
        if (!checkpointHolds(checkpoint, row, options.trustedKeys)) {
          return { ok: false, firstBroken: { id: row.id, seq, reason: 'checkpoint_mismatch' }, checked };
        }
        matchedCheckpoints += 1;
      }
      checkpoints.delete(seq);
      previous = row.linkHash ?? GENESIS_LINK;
      expectedSeq += 1;
      checked += 1;
    }
    if (page.length < pageSize) break;
  }
  const headSeq = expectedSeq - 1;

  // Sealed entries no signature covers: the batch signatures of the tail were removed.
  if (signedUpTo < headSeq && firstUnsigned) {
    return { ok: false, firstBroken: { ...firstUnsigned, reason: 'signature_missing' }, checked };
  }
  // A signature or a checkpoint for a position the chain no longer reaches: the tail was deleted.
  if ((await batches.peek()) !== null || checkpoints.size > 0) {
    return {
      ok: false,
      firstBroken: { id: null, seq: null, reason: 'missing_entry', missingSeq: headSeq + 1 },
      checked,
    };
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

  const head = checked > 0 ? { seq: headSeq, linkHash: previous } : null;
  return { ok: true, sealed: checked, unsealed, signedBatches, checkpoints: matchedCheckpoints, head };
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

function checkBatch(
  batch: AuditBatchSeal,
  row: AuditEntryRow,
  state: { signedUpTo: number; firstUnsigned: { id: number; seq: number } | null; trustedKeys: readonly string[] },
): AuditBreak | null {
  const seq = row.seq ?? 0;
  // A batch must start where the previous one ended; a later start leaves entries unsigned.
  if (batch.firstSeq > state.signedUpTo + 1 && state.firstUnsigned) {
    return { ...state.firstUnsigned, reason: 'signature_missing' };
  }
  const range = { firstSeq: batch.firstSeq, lastSeq: batch.lastSeq };
  const holds =
    batch.lastSeq === seq &&
    batch.firstSeq === state.signedUpTo + 1 &&
    batch.headLink === row.linkHash &&
    isTrustedSignature(state.trustedKeys, batch, batchMessage(batch));
  return holds ? null : { id: row.id, seq, reason: 'signature_invalid', batch: range };
}

function checkpointHolds(checkpoint: AuditCheckpoint, row: AuditEntryRow, trustedKeys: readonly string[]): boolean {
  return (
    checkpoint.linkHash.toLowerCase() === row.linkHash &&
    isTrustedSignature(trustedKeys, checkpoint, checkpointMessage(checkpoint))
  );
}

function checkpointsBySeq(checkpoints: readonly AuditCheckpoint[]): Map<number, AuditCheckpoint[]> {
  const bySeq = new Map<number, AuditCheckpoint[]>();
  for (const checkpoint of checkpoints) bySeq.set(checkpoint.seq, [...(bySeq.get(checkpoint.seq) ?? []), checkpoint]);
  return bySeq;
}

/** The batch signatures in order of position, read a page at a time alongside the chain. */
function batchCursor(repo: AuditRepository, pageSize: number) {
  let page: AuditBatchSeal[] = [];
  let index = 0;
  let afterLastSeq = 0;
  let exhausted = false;
  return {
    async peek(): Promise<AuditBatchSeal | null> {
      if (index < page.length) return page[index]!;
      if (exhausted) return null;
      page = await repo.batchSealPage({ afterLastSeq, limit: pageSize });
      index = 0;
      if (page.length < pageSize) exhausted = true;
      return page[0] ?? null;
    },
    advance() {
      afterLastSeq = page[index]!.lastSeq;
      index += 1;
    },
  };
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
