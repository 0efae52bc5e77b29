/**
 * The tamper-evident audit log.
 *
 * Writing: `record` inserts one row in the caller's transaction, so the act and its entry commit
 * or vanish together. It takes no lock and reads nothing: the row carries only the SM3 hash of its
 * own canonical content (audit.canonical.ts), so writers across the province never wait on each
 * other or on the chain.
 *
 * Chaining: one chain, sealed in ordered batches shortly after commit, as X-Road's message log
 * batch-signs its records. A sealer (every second in each server process) takes a transaction
 * advisory lock without waiting, so only one process seals at a time and the others skip that
 * turn; it reads the chain head, takes the oldest unsealed rows by id, gives them consecutive
 * seq and link_hash = SM3(previous link, seq, id, content hash) and writes them in one statement.
 * The unique seq is the backstop: two sealers could never fork the chain, only fail. The sealer
 * is the only serial part, and one turn chains up to 5,000 entries with one UPDATE.
 *
 * Why one batch-sealed chain rather than independent chains (per region or per subject): it
 * keeps a single total order and a single head to anchor, verification is one walk, and nothing
 * has to choose a chain per write. The cost — an entry is chained a second or so after commit —
 * is a window in which an unsealed row is protected only by its own content hash and the
 * append-only trigger.
 *
 * Chain order is seq, not id: an entry whose transaction commits late (a lower id after a higher
 * one was already sealed) is simply sealed in the next batch.
 *
 * Signing: each batch's head is signed with the audit key in the sealing transaction, and once a
 * (China) day a signed checkpoint of the head leaves the database — a file under the data
 * directory and an outbox message to the witness — so that someone with only database access can
 * neither re-chain nor cut the log unnoticed (audit.signing.ts).
 */
import { randomBytes } from 'node:crypto';
import type { ListCount } from '@yici/contracts';
import { requireAccess } from '../access/access';
import { actorRef, type RequestContext } from '../actor';
import type { Clock } from '../clock';
import type { Db, DbOrTx } from '../db/database';
import { startPeriodicJob, type PeriodicJob } from '../jobs/periodic-job';
import {
  contentHashOf,
  GENESIS_LINK,
  linkHashOf,
  storableJson,
  storableText,
  type AuditActorKind,
  type AuditContent,
  type AuditOnBehalfOf,
  type JsonObject,
} from './audit.canonical';
import { createListCursors, type ListCursors } from '../db/keyset';
import { AUDIT_ORDER, createAuditRepository, type AuditEntryFilter, type Seal } from './audit.repository';
import { auditEntries, type AuditEntryRow } from './audit.tables';
import { insertRow, type Statement } from '../db/write-batch';
import { verifyChain, type AuditVerification } from './audit.verify';
import { signBatch, signCheckpoint, type AuditCheckpoint, type AuditSigner } from './audit.signing';
import type { CheckpointDirectory } from './audit.checkpoints';
import type { Outbox } from '../outbox/outbox.service';

export type AuditLogOptions = {
  db: Db;
  clock: Clock;
  /** Signs the list's cursors; without it (tools, tests) a key of this process only. */
  cursors?: ListCursors;
  /** Rows chained per seal transaction. */
  sealBatchSize?: number;
  /** Rows read per page by verify. */
  verifyPageSize?: number;
  /** The key that signs batches and checkpoints; without it the log records and verifies but cannot seal. */
  signer?: AuditSigner;
  /** Older public keys whose signatures still count (after the key was replaced). */
  trustedPublicKeys?: readonly string[];
  /**
   * One process owns the database (PGlite). Verification then reads outside a transaction, which
   * would hold the only connection for the whole walk, and this process's sealing waits for it
   * instead, so the walk still sees every batch whole.
   */
  embedded?: boolean;
  /** Where the daily checkpoint goes outside the database. */
  checkpoints?: { directory: CheckpointDirectory | null; outbox: Outbox | null; witness: string | null };
};

export type AuditRecordInput = {
  /** What happened, as `<domain>.<subject>.<verb>`, e.g. 'identity.account.register'. */
  action: string;
  subjectType: string;
  subjectId: string;
  /** Why personal data was touched, when it was (the data subject may ask). */
  purpose?: string | null;
  caseId?: string | null;
  details?: Record<string, unknown>;
};

export type AuditEntryView = {
  id: number;
  at: string;
  actor: { kind: AuditActorKind; id: string | null; label: string };
  onBehalfOf: AuditOnBehalfOf | null;
  action: string;
  subject: { type: string; id: string };
  purpose: string | null;
  caseId: string | null;
  requestId: string;
  ip: string | null;
  details: JsonObject;
  seq: number | null;
  sealedAt: string | null;
};

export type AuditEntryPage = {
  items: AuditEntryView[];
  next: string | null;
  prev: string | null;
  count: ListCount;
  limit: number;
};

const ACTION_PATTERN = /^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$/;

export function createAuditLog(options: AuditLogOptions) {
  const { db, clock } = options;
  const cursors = options.cursors ?? createListCursors(randomBytes(32));
  const sealBatchSize = options.sealBatchSize ?? 5_000;
  const verifyPageSize = options.verifyPageSize ?? 1_000;
  let sealer: PeriodicJob | null = null;
  const trustedKeys = [...(options.signer ? [options.signer.publicKey] : []), ...(options.trustedPublicKeys ?? [])];
  // Entries sealed before batches were signed get covered by the first turn, even with nothing new.
  let coverageChecked = false;
  let checkpointDay: string | null = null;
  let nextCheckpointTry = 0;

  // Sealing and an embedded verification never overlap (see `embedded`).
  let busy: Promise<unknown> = Promise.resolve();
  function exclusively<T>(run: () => Promise<T>): Promise<T> {
    const result = busy.then(run, run);
    busy = result.catch(() => undefined);
    return result;
  }

  function requireSigner(): AuditSigner {
    if (!options.signer) throw new Error('the audit log cannot seal or sign without its signing key');
    return options.signer;
  }

  /** Records one audited act inside the caller's transaction. */
  function rowOf(context: RequestContext, entry: AuditRecordInput) {
    if (!ACTION_PATTERN.test(entry.action)) {
      throw new Error(`audit action "${entry.action}" is not domain.subject.verb`);
    }
    const content = contentOf(context, entry, clock.now());
    return { ...content, contentHash: contentHashOf(content) };
  }

  async function record(tx: DbOrTx, context: RequestContext, entry: AuditRecordInput): Promise<void> {
    await createAuditRepository(tx).insertEntry(rowOf(context, entry));
  }

  /** The same entry as a statement, for a caller that writes several rows in one (see writeAll). */
  function recordStatement(context: RequestContext, entry: AuditRecordInput): Statement {
    return insertRow(auditEntries, rowOf(context, entry));
  }

  async function seal(): Promise<number> {
    const signer = requireSigner();
    // Most turns find nothing to do; do not open a transaction for them.
    if (!(await createAuditRepository(db).hasUnsealed()) && coverageChecked) return 0;
    coverageChecked = true;
    return exclusively(() => sealBatch(signer));
  }

  async function sealBatch(signer: AuditSigner): Promise<number> {
    return db.transaction(
      async (tx) => {
        const repo = createAuditRepository(tx);
        if (!(await repo.tryLockSealing())) return 0;
        const [head, signedUpTo, batch] = [
          await repo.chainHead(),
          await repo.signedUpTo(),
          await repo.unsealedHashes(sealBatchSize),
        ];
        const seals = chainBatch(head, batch);
        const sealedAt = clock.now();
        if (seals.length > 0) {
          const written = await repo.writeSeals(seals, sealedAt);
          if (written !== seals.length) throw new Error(`audit sealing wrote ${written} of ${seals.length} seals`);
        }
        const newHead = seals.at(-1) ?? head;
        if (newHead && newHead.seq > signedUpTo) {
          await repo.insertBatchSeal(
            signBatch(signer, { firstSeq: signedUpTo + 1, lastSeq: newHead.seq, headLink: newHead.linkHash, sealedAt }),
          );
        }
        return seals.length;
      },
      // Each statement must see the previous sealer's commit, whatever the server's default is.
      { isolationLevel: 'read committed' },
    );
  }

  /** A signed checkpoint of the chain's head as it is now; null while the chain is empty. */
  async function makeCheckpoint(): Promise<AuditCheckpoint | null> {
    const head = await createAuditRepository(db).chainHead();
    return head ? signCheckpoint(requireSigner(), head, clock.now()) : null;
  }

  /**
   * Publishes today's checkpoint once (whichever process gets there first): recorded, sent to the
   * witness through the outbox and written to the checkpoint directory, all before the commit.
   * A file left by a failed commit is still a true statement about the chain.
   */
  async function publishDailyCheckpoint(): Promise<AuditCheckpoint | null> {
    const day = clock.today();
    if (checkpointDay === day) return null;
    const checkpoint = await makeCheckpoint();
    if (!checkpoint) return null;
    const published = await db.transaction(async (tx) => {
      if (!(await createAuditRepository(tx).insertCheckpoint(day, checkpoint))) return false;
      const target = options.checkpoints;
      if (target?.outbox && target.witness) {
        await target.outbox.enqueue(tx, {
          channel: 'email',
          recipient: target.witness,
          template: 'audit.checkpoint',
          body: `一次政务服务平台审计日志检查点 ${day}：seq ${checkpoint.seq}，链接摘要 ${checkpoint.linkHash}。请妥善留存附带的签名检查点，用于日后核验。`,
          payload: { day, checkpoint },
        });
      }
      target?.directory?.write(day, checkpoint);
      return true;
    });
    checkpointDay = day;
    return published ? checkpoint : null;
  }

  return {
    record,
    recordStatement,

    /** Chains one batch of unsealed entries; 0 when there were none or another process is sealing. */
    seal,

    /** Signs the current head now (for `yici audit checkpoint`); null while the chain is empty. */
    makeCheckpoint,

    /** Today's checkpoint, once per day across processes; null when already published or nothing to anchor. */
    publishDailyCheckpoint,

    /**
     * Seals every interval until stop(); a full batch is followed at once by the next. A turn also
     * publishes the day's checkpoint when it is due (tried at most once a minute).
     */
    startSealer(sealerOptions: { intervalMs?: number; onError?: (error: unknown) => void } = {}): void {
      if (sealer) throw new Error('the audit sealer is already running');
      sealer = startPeriodicJob({
        intervalMs: sealerOptions.intervalMs ?? 1_000,
        run: async () => {
          const full = (await seal()) === sealBatchSize;
          if (options.checkpoints && clock.now().getTime() >= nextCheckpointTry) {
            nextCheckpointTry = clock.now().getTime() + 60_000;
            await publishDailyCheckpoint();
          }
          return full;
        },
        onError: sealerOptions.onError ?? ((error) => console.error('audit sealing failed', error)),
      });
    },

    /** A sealing turn now (it publishes the day's checkpoint when due), e.g. after the simulated clock moved. */
    sealSoon(): void {
      sealer?.runNow();
    },

    /** Stops the sealer and waits for a seal in progress. */
    async stop(): Promise<void> {
      const running = sealer;
      sealer = null;
      await running?.stop();
    },

    /**
     * Recomputes the chain, checks every batch signature and the checkpoints given (plus those in
     * the checkpoint directory), and names the first break. Reads one snapshot, so a batch sealed
     * meanwhile is seen whole or not at all.
     */
    async verify(
      context: RequestContext,
      given: { checkpoints?: readonly AuditCheckpoint[] } = {},
    ): Promise<AuditVerification> {
      requireAccess(context, 'audit:verify');
      const checkpoints = [...(given.checkpoints ?? []), ...(options.checkpoints?.directory?.list() ?? [])];
      const walk = { pageSize: verifyPageSize, trustedKeys, checkpoints };
      if (options.embedded) return exclusively(() => verifyChain(createAuditRepository(db), walk));
      return db.transaction((tx) => verifyChain(createAuditRepository(tx), walk), {
        isolationLevel: 'repeatable read',
        accessMode: 'read only',
      });
    },

    /**
     * Entries newest first, for administrators and supervisors. Reading the log shows who did
     * what to whose data, so the reading is itself recorded.
     */
    async listEntries(
      context: RequestContext,
      query: AuditEntryFilter & { cursor?: string; limit: number },
    ): Promise<AuditEntryPage> {
      requireAccess(context, 'audit:read');
      const filter = { subjectType: query.subjectType, subjectId: query.subjectId, actorId: query.actorId };
      const request = cursors.open({ list: 'audit', filters: filter, query, order: AUDIT_ORDER });
      await record(db, context, {
        action: 'platform.audit.read',
        subjectType: query.subjectType ?? 'audit_log',
        subjectId: query.subjectId ?? '*',
        details: { ...filter, ...(request.position ? { after: request.position.key } : {}) },
      });
      const { rows, count } = await createAuditRepository(db).pageEntries({
        ...filter,
        position: request.position,
        limit: request.limit,
      });
      const page = cursors.close(request, rows, (r) => [r.id]);
      return { items: page.rows.map(viewOf), next: page.next, prev: page.prev, count, limit: request.limit };
    },
  };
}

export type AuditLog = ReturnType<typeof createAuditLog>;

function chainBatch(head: { seq: number; linkHash: string } | null, batch: { id: number; contentHash: string }[]) {
  let previous = head?.linkHash ?? GENESIS_LINK;
  let seq = head?.seq ?? 0;
  return batch.map(({ id, contentHash }): Seal => {
    seq += 1;
    previous = linkHashOf({ previous, seq, id, contentHash });
    return { id, seq, linkHash: previous };
  });
}

/** The entry's fields exactly as the row will hold them, so the hash survives the round trip. */
function contentOf(context: RequestContext, entry: AuditRecordInput, at: Date): AuditContent {
  const actor = actorRef(context.actor);
  const optionalText = (text: string | null | undefined) => (text == null ? null : storableText(text));
  return {
    at,
    actorKind: actor.kind,
    actorId: optionalText(actor.id),
    actorLabel: storableText(actor.label),
    onBehalfOf: onBehalfOfOf(context),
    action: entry.action,
    subjectType: storableText(entry.subjectType),
    subjectId: storableText(entry.subjectId),
    purpose: optionalText(entry.purpose),
    caseId: optionalText(entry.caseId),
    requestId: storableText(context.requestId),
    ip: optionalText(context.ip),
    details: storableJson(entry.details ?? {}) as JsonObject,
  };
}

/** "Agent X for Y": a mandate when there is one, else the legal person a person acts for. */
function onBehalfOfOf(context: RequestContext): AuditOnBehalfOf | null {
  if (context.onBehalfOf) {
    const { kind, id, mandateId } = context.onBehalfOf;
    return storableJson({ kind, id, mandateId }) as AuditOnBehalfOf;
  }
  if (context.actor.kind === 'person' && context.actor.actingFor) {
    const { uscc, capacity } = context.actor.actingFor;
    return storableJson({ kind: 'legal_person', id: uscc, capacity }) as AuditOnBehalfOf;
  }
  return null;
}

function viewOf(row: AuditEntryRow): AuditEntryView {
  return {
    id: row.id,
    at: row.at.toISOString(),
    actor: { kind: row.actorKind, id: row.actorId, label: row.actorLabel },
    onBehalfOf: row.onBehalfOf,
    action: row.action,
    subject: { type: row.subjectType, id: row.subjectId },
    purpose: row.purpose,
    caseId: row.caseId,
    requestId: row.requestId,
    ip: row.ip,
    details: row.details,
    seq: row.seq,
    sealedAt: row.sealedAt ? row.sealedAt.toISOString() : null,
  };
}

export type { AuditBreak, AuditBreakReason, AuditVerification } from './audit.verify';
