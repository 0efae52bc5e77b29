import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { systemContext, type RequestContext } from '../actor';
import { fixedClock } from '../clock';
import { generateSealKeyPair } from '../crypto/sm';
import { queryRows, type DbOrTx } from '../db/database';
import { createOutbox, developmentTransport } from '../outbox/outbox.service';
import { openTestDatabase, TEST_AUDIT_SIGNER, testDatabaseKind, type TestDatabase } from '../../testing/test-database';
import { contentHashOf, GENESIS_LINK, linkHashOf } from './audit.canonical';
import { checkpointDirectoryOf, readCheckpoints, type CheckpointDirectory } from './audit.checkpoints';
import { runAuditCheckpoint, runAuditVerify } from './audit.cli';
import { createAuditRepository } from './audit.repository';
import { createAuditLog, type AuditLog } from './audit.service';
import { batchMessage, signCheckpoint } from './audit.signing';
import { signSm2 } from '../crypto/sm';

// 2026-11-27 10:00 in China.
const clock = fixedClock(new Date('2026-11-27T02:00:00Z'));
const system = systemContext('audit-signing-test');
const atWindow: RequestContext = {
  actor: {
    kind: 'staff',
    accountId: 'staff-1',
    name: '王芳',
    roles: ['window_clerk'],
    departmentId: null,
    regionCode: '3702',
  },
  requestId: 'req-signing-0001',
  ip: '10.37.2.15',
};
let database: TestDatabase;
let dataDir: string;
let directory: CheckpointDirectory;
let audit: AuditLog;

beforeAll(async () => {
  database = await openTestDatabase({ seed: false });
});
afterAll(async () => database?.drop());

beforeEach(async () => {
  await asDatabaseOwner((tx) =>
    tx.execute(sql`truncate audit_entries, audit_batch_seals, audit_checkpoints, outbox_messages restart identity`),
  );
  dataDir = mkdtempSync(path.join(tmpdir(), 'yici-audit-'));
  directory = checkpointDirectoryOf(dataDir);
  audit = auditLog();
});

function auditLog(): AuditLog {
  return createAuditLog({
    db: database.db,
    clock,
    signer: TEST_AUDIT_SIGNER,
    // As the platform wires it: on the embedded database, verification and sealing take turns.
    embedded: testDatabaseKind() === 'pglite',
    checkpoints: {
      directory,
      outbox: createOutbox({ db: database.db, clock, transport: developmentTransport }),
      witness: 'witness@supervision.example',
    },
  });
}

/** Someone with full database access (and nothing else): triggers off, any row rewritten. */
async function asDatabaseOwner(change: (tx: DbOrTx) => Promise<unknown>) {
  await database.db.transaction(async (tx) => {
    await tx.execute(sql`alter table audit_entries disable trigger user`);
    await tx.execute(sql`alter table audit_batch_seals disable trigger user`);
    await change(tx);
    await tx.execute(sql`alter table audit_entries enable trigger user`);
    await tx.execute(sql`alter table audit_batch_seals enable trigger user`);
  });
}

async function recordAndSeal(count: number): Promise<void> {
  for (let i = 1; i <= count; i++) {
    clock.advance(1_000);
    await audit.record(database.db, atWindow, {
      action: 'registries.person.read',
      subjectType: 'person',
      subjectId: `p-${i}`,
      purpose: '受理核验',
    });
  }
  while ((await audit.seal()) > 0);
}

/**
 * The re-chain forgery: change one entry, then recompute its content hash and every later link
 * — all public formulas, no secret needed — and write them back with SQL.
 */
async function rechainAfterEditing(id: number, purpose: string): Promise<void> {
  await asDatabaseOwner(async (tx) => {
    await tx.execute(sql`update audit_entries set purpose = ${purpose} where id = ${id}`);
    const rows = await createAuditRepository(tx).sealedPage({ afterSeq: 0, limit: 1_000 });
    let previous = GENESIS_LINK;
    for (const row of rows) {
      const contentHash = contentHashOf(row);
      const linkHash = linkHashOf({ previous, seq: row.seq!, id: row.id, contentHash });
      await tx.execute(
        sql`update audit_entries set content_hash = ${contentHash}, link_hash = ${linkHash} where id = ${row.id}`,
      );
      previous = linkHash;
    }
  });
}

describe('batch signatures', () => {
  it('sign every sealed batch with the audit key', async () => {
    await recordAndSeal(4);
    await recordAndSeal(2);
    const batches = await queryRows<{ first_seq: string; last_seq: string; public_key: string }>(
      database.db,
      sql`select first_seq, last_seq, public_key from audit_batch_seals order by last_seq`,
    );
    expect(batches.map((b) => [Number(b.first_seq), Number(b.last_seq)])).toEqual([
      [1, 4],
      [5, 6],
    ]);
    expect(batches.every((b) => b.public_key === TEST_AUDIT_SIGNER.publicKey)).toBe(true);
    expect(await audit.verify(system)).toMatchObject({ ok: true, sealed: 6, signedBatches: 2 });
  });

  it('expose the re-chain forgery: an entry changed and every later link recomputed with SQL', async () => {
    await recordAndSeal(6);
    await recordAndSeal(3);
    await rechainAfterEditing(3, '另有用途');
    expect(await audit.verify(system)).toEqual({
      ok: false,
      firstBroken: { id: 6, seq: 6, reason: 'signature_invalid', batch: { firstSeq: 1, lastSeq: 6 } },
      checked: 5,
    });
    const lines: string[] = [];
    const code = await runAuditVerify({ database, signer: TEST_AUDIT_SIGNER, directory, write: (l) => lines.push(l) });
    expect(code).toBe(1);
    expect(lines.join('\n')).toContain('批次签名不符');
  });

  it('expose a forger who also re-signs the batch with a key of their own', async () => {
    await recordAndSeal(5);
    await rechainAfterEditing(2, '另有用途');
    const forger = generateSealKeyPair();
    await asDatabaseOwner(async (tx) => {
      const [row] = await queryRows<{ link_hash: string }>(tx, sql`select link_hash from audit_entries where seq = 5`);
      const [batch] = await queryRows<{ sealed_at: Date | string }>(tx, sql`select sealed_at from audit_batch_seals`);
      const sealedAt = new Date(batch!.sealed_at);
      const message = batchMessage({ firstSeq: 1, lastSeq: 5, headLink: row!.link_hash, sealedAt });
      await tx.execute(
        sql`update audit_batch_seals set head_link = ${row!.link_hash}, public_key = ${forger.publicKey},
            signature = ${signSm2({ ...forger, message })}`,
      );
    });
    expect(await audit.verify(system)).toMatchObject({
      ok: false,
      firstBroken: { seq: 5, reason: 'signature_invalid' },
    });
  });

  it('expose removed batch signatures', async () => {
    await recordAndSeal(3);
    await recordAndSeal(2);
    await asDatabaseOwner((tx) => tx.execute(sql`delete from audit_batch_seals where last_seq = 5`));
    expect(await audit.verify(system)).toMatchObject({
      ok: false,
      firstBroken: { id: 4, seq: 4, reason: 'signature_missing' },
    });
  });

  it('cover entries sealed before signing existed on the first turn', async () => {
    await recordAndSeal(3);
    await asDatabaseOwner((tx) => tx.execute(sql`delete from audit_batch_seals`));
    expect(await audit.verify(system)).toMatchObject({ ok: false, firstBroken: { reason: 'signature_missing' } });
    const upgraded = auditLog();
    expect(await upgraded.seal()).toBe(0);
    expect(await upgraded.verify(system)).toMatchObject({ ok: true, sealed: 3, signedBatches: 1 });
  });
});

describe('checkpoints outside the database', () => {
  it('publish the day’s checkpoint once: a file in the data directory and a message to the witness', async () => {
    await recordAndSeal(3);
    const checkpoint = await audit.publishDailyCheckpoint();
    expect(checkpoint).toMatchObject({ format: 'yici-audit-checkpoint/1', seq: 3 });
    // Another process, the same day: nothing more.
    expect(await auditLog().publishDailyCheckpoint()).toBeNull();
    const file = path.join(dataDir, 'audit-checkpoints', '2026-11-27.json');
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(checkpoint);
    const messages = await queryRows<{ channel: string; recipient: string; payload: { checkpoint: unknown } }>(
      database.db,
      sql`select channel, recipient, payload from outbox_messages`,
    );
    expect(messages).toEqual([
      { channel: 'email', recipient: 'witness@supervision.example', payload: { day: '2026-11-27', checkpoint } },
    ]);
  });

  it('expose a deleted tail that the chain alone cannot show', async () => {
    await recordAndSeal(4);
    await recordAndSeal(3);
    const witnessCopy = await audit.makeCheckpoint();
    // The newest entries and their batch signature vanish; what is left is a whole, signed chain.
    await asDatabaseOwner(async (tx) => {
      await tx.execute(sql`delete from audit_entries where seq > 4`);
      await tx.execute(sql`delete from audit_batch_seals where last_seq > 4`);
    });
    expect(await audit.verify(system)).toMatchObject({ ok: true, sealed: 4 });
    expect(await audit.verify(system, { checkpoints: [witnessCopy!] })).toEqual({
      ok: false,
      firstBroken: { id: null, seq: null, reason: 'missing_entry', missingSeq: 5 },
      checked: 4,
    });
  });

  it('refuse a checkpoint that names another link or is signed by another key', async () => {
    await recordAndSeal(3);
    const head = (await createAuditRepository(database.db).chainHead())!;
    const otherLink = signCheckpoint(TEST_AUDIT_SIGNER, { seq: 2, linkHash: head.linkHash }, clock.now());
    expect(await audit.verify(system, { checkpoints: [otherLink] })).toMatchObject({
      ok: false,
      firstBroken: { seq: 2, reason: 'checkpoint_mismatch' },
    });
    const otherKey = signCheckpoint(generateSealKeyPair(), head, clock.now());
    expect(await audit.verify(system, { checkpoints: [otherKey] })).toMatchObject({
      ok: false,
      firstBroken: { seq: 3, reason: 'checkpoint_mismatch' },
    });
    const good = signCheckpoint(TEST_AUDIT_SIGNER, head, clock.now());
    expect(await audit.verify(system, { checkpoints: [good] })).toMatchObject({ ok: true, checkpoints: 1 });
  });

  it('are exported by `yici audit checkpoint` and checked by `yici audit verify --checkpoints`', async () => {
    await recordAndSeal(5);
    const lines: string[] = [];
    const cli = { database, signer: TEST_AUDIT_SIGNER, directory, clock, write: (l: string) => lines.push(l) };
    const out = path.join(dataDir, 'for-the-witness.json');
    expect(await runAuditCheckpoint({ ...cli, out })).toBe(0);
    expect(readCheckpoints(out)).toMatchObject([{ seq: 5 }]);
    // The copy kept by the witness survives; the data directory's is lost with the tail.
    rmSync(directory.dir, { recursive: true });
    await asDatabaseOwner(async (tx) => {
      await tx.execute(sql`delete from audit_entries where seq > 3`);
      await tx.execute(sql`delete from audit_batch_seals`);
    });
    await auditLog().seal();
    expect(await runAuditVerify(cli)).toBe(0);
    lines.length = 0;
    expect(await runAuditVerify({ ...cli, checkpointFiles: [out] })).toBe(1);
    expect(lines.join('\n')).toContain('seq 4');
    expect(existsSync(out)).toBe(true);
  });
});
