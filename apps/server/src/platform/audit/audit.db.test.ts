import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { systemContext, type Actor, type RequestContext } from '../actor';
import { fixedClock } from '../clock';
import { queryRows, type DbOrTx } from '../db/database';
import { createHttpApp } from '../http/app';
import { openTestDatabase, TEST_AUDIT_SIGNER, testDatabaseKind, type TestDatabase } from '../../testing/test-database';
import { GENESIS_LINK, linkHashOf } from './audit.canonical';
import { runAuditVerify } from './audit.cli';
import { checkpointDirectoryOf } from './audit.checkpoints';
import { createAuditRepository } from './audit.repository';
import { auditRoutes } from './audit.routes';
import { createAuditLog, type AuditLog, type AuditLogOptions } from './audit.service';

const onPostgres = testDatabaseKind() === 'postgresql';
const clock = fixedClock(new Date('2026-11-27T02:00:00Z'));
let database: TestDatabase;
let audit: AuditLog;

const clerk: Actor = {
  kind: 'staff',
  accountId: 'staff-clerk-1',
  name: '王芳',
  roles: ['window_clerk'],
  departmentId: null,
  regionCode: '3702',
};
const administrator: Actor = { ...clerk, accountId: 'staff-admin-1', name: '李强', roles: ['administrator'] };
const atWindow: RequestContext = { actor: clerk, requestId: 'req-window-0001', ip: '10.37.2.15' };
const system = systemContext('audit-test');

beforeAll(async () => {
  database = await openTestDatabase({ seed: false });
});
afterAll(async () => database?.drop());

beforeEach(async () => {
  await asTableOwner((tx) => tx.execute(sql`truncate audit_entries, audit_batch_seals restart identity`));
  audit = auditLog();
});

/** The audit log as the platform wires it: signing with the audit key. */
function auditLog(options: Partial<AuditLogOptions> = {}): AuditLog {
  return createAuditLog({ db: database.db, clock, signer: TEST_AUDIT_SIGNER, ...options });
}

/** What someone with the table owner's rights can do: switch the append-only triggers off. */
async function asTableOwner(change: (tx: DbOrTx) => Promise<unknown>) {
  await database.db.transaction(async (tx) => {
    await tx.execute(sql`alter table audit_entries disable trigger user`);
    await tx.execute(sql`alter table audit_batch_seals disable trigger user`);
    await change(tx);
    await tx.execute(sql`alter table audit_entries enable trigger user`);
    await tx.execute(sql`alter table audit_batch_seals enable trigger user`);
  });
}

async function recordSome(count: number, log: AuditLog = audit): Promise<void> {
  for (let i = 1; i <= count; i++) {
    clock.advance(1_000);
    await database.db.transaction((tx) =>
      log.record(tx, atWindow, {
        action: 'identity.real_name.in_person',
        subjectType: 'account',
        subjectId: `acc-${i}`,
        purpose: '窗口当面核验',
        details: { step: i },
      }),
    );
  }
}

type ChainRow = { id: number; seq: number | null; link_hash: string | null; content_hash: string };
async function chainRows(): Promise<ChainRow[]> {
  const rows = await queryRows<{
    id: string | number;
    seq: string | number | null;
    link_hash: string | null;
    content_hash: string;
  }>(database.db, sql`select id, seq, link_hash, content_hash from audit_entries order by seq nulls last, id`);
  return rows.map((r) => ({ ...r, id: Number(r.id), seq: r.seq === null ? null : Number(r.seq) }));
}

async function drainSeals(log: AuditLog = audit): Promise<number[]> {
  const batches: number[] = [];
  for (let sealed = await log.seal(); sealed > 0; sealed = await log.seal()) batches.push(sealed);
  return batches;
}

describe('recording', () => {
  it('leaves no entry when the transaction of the act rolls back', async () => {
    await expect(
      database.db.transaction(async (tx) => {
        await audit.record(tx, atWindow, { action: 'identity.staff.create', subjectType: 'account', subjectId: 'a' });
        throw new Error('the act failed');
      }),
    ).rejects.toThrow('the act failed');
    expect(await chainRows()).toEqual([]);
  });

  it('keeps actor, action, subject, purpose, request id, ip and time', async () => {
    const agent: RequestContext = {
      ...atWindow,
      onBehalfOf: { kind: 'person', id: 'acc-77', mandateId: 'mandate-5' },
    };
    await database.db.transaction((tx) =>
      audit.record(tx, agent, {
        action: 'registries.person.read',
        subjectType: 'person',
        subjectId: 'acc-77',
        purpose: '代办：不动产登记',
        caseId: 'case-2026-0001',
        details: { fields: ['name', 'address'] },
      }),
    );
    const page = await audit.listEntries(system, { subjectType: 'person', subjectId: 'acc-77', limit: 10 });
    const entry = page.items.find((item) => item.action === 'registries.person.read');
    expect(entry).toEqual({
      id: expect.any(Number),
      at: clock.now().toISOString(),
      actor: { kind: 'staff', id: 'staff-clerk-1', label: '王芳' },
      onBehalfOf: { kind: 'person', id: 'acc-77', mandateId: 'mandate-5' },
      action: 'registries.person.read',
      subject: { type: 'person', id: 'acc-77' },
      purpose: '代办：不动产登记',
      caseId: 'case-2026-0001',
      requestId: 'req-window-0001',
      ip: '10.37.2.15',
      details: { fields: ['name', 'address'] },
      seq: null,
      sealedAt: null,
    });
  });

  it('records a person acting for a legal person as acting on its behalf', async () => {
    const person: Actor = {
      kind: 'person',
      accountId: 'acc-5',
      name: '张伟',
      idNumber: '370102199001011234',
      realNameLevel: 'registry',
      actingFor: { uscc: '91370200MA3C5XXXX0', name: '青岛某公司', capacity: 'handler' },
    };
    await audit.record(
      database.db,
      { actor: person, requestId: 'req-person-01', ip: null },
      {
        action: 'identity.act_as',
        subjectType: 'account',
        subjectId: 'acc-5',
      },
    );
    const [entry] = (await audit.listEntries(system, { actorId: 'acc-5', limit: 5 })).items;
    expect(entry?.onBehalfOf).toEqual({ kind: 'legal_person', id: '91370200MA3C5XXXX0', capacity: 'handler' });
    expect(JSON.stringify(entry)).not.toContain('370102199001011234');
  });

  it('refuses an action that is not domain.subject.verb', async () => {
    await expect(
      audit.record(database.db, atWindow, { action: 'Login', subjectType: 'a', subjectId: 'b' }),
    ).rejects.toThrow('domain.subject.verb');
  });

  it('stores odd characters so that the entry still verifies', async () => {
    await audit.record(database.db, atWindow, {
      action: 'identity.account.rename',
      subjectType: 'account',
      subjectId: 'acc-\u0000',
      details: { name: '张\uD800三', nested: { z: 1, a: [1.5, 1e21, -0] }, at: new Date('2026-01-01T00:00:00Z') },
    });
    await audit.seal();
    expect(await audit.verify(system)).toMatchObject({ ok: true, sealed: 1 });
  });
});

describe('sealing', () => {
  it('chains entries in id order, each link covering the previous one', async () => {
    await recordSome(5);
    expect(await audit.seal()).toBe(5);
    const rows = await chainRows();
    expect(rows.map((r) => [r.id, r.seq])).toEqual([
      [1, 1],
      [2, 2],
      [3, 3],
      [4, 4],
      [5, 5],
    ]);
    let previous = GENESIS_LINK;
    for (const row of rows) {
      expect(row.link_hash).toBe(linkHashOf({ previous, seq: row.seq!, id: row.id, contentHash: row.content_hash }));
      previous = row.link_hash!;
    }
    expect(await audit.verify(system)).toEqual({
      ok: true,
      sealed: 5,
      unsealed: 0,
      signedBatches: 1,
      checkpoints: 0,
      head: { seq: 5, linkHash: previous },
    });
  });

  it('seals in batches and continues the chain with entries recorded later', async () => {
    const small = auditLog({ sealBatchSize: 2, verifyPageSize: 3 });
    await recordSome(5, small);
    expect(await drainSeals(small)).toEqual([2, 2, 1]);
    await recordSome(2, small);
    expect(await small.verify(system)).toMatchObject({ ok: true, sealed: 5, unsealed: 2 });
    expect(await drainSeals(small)).toEqual([2]);
    expect(await small.verify(system)).toMatchObject({ ok: true, sealed: 7, unsealed: 0, head: { seq: 7 } });
  });

  it('does not seal an entry twice when two processes seal at once', async () => {
    const other = auditLog({ sealBatchSize: 3 });
    const mine = auditLog({ sealBatchSize: 3 });
    await recordSome(12);
    const rounds = await Promise.all([drainSeals(mine), drainSeals(other), drainSeals(mine), drainSeals(other)]);
    expect(rounds.flat().reduce((a, b) => a + b, 0)).toBe(12);
    const seqs = (await chainRows()).map((r) => r.seq);
    expect(seqs).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(await audit.verify(system)).toMatchObject({ ok: true, sealed: 12 });
  });

  it.runIf(onPostgres)('skips its turn while another process holds the sealing lock', async () => {
    await recordSome(2);
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let locked = () => {};
    const isLocked = new Promise<void>((resolve) => (locked = resolve));
    const holder = database.db.transaction(async (tx) => {
      expect(await createAuditRepository(tx).tryLockSealing()).toBe(true);
      locked();
      await held;
    });
    await isLocked;
    expect(await audit.seal()).toBe(0);
    release();
    await holder;
    expect(await audit.seal()).toBe(2);
  });

  it.runIf(onPostgres)('never makes a writer wait for a seal in progress', async () => {
    await recordSome(1);
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let sealing = () => {};
    const isSealing = new Promise<void>((resolve) => (sealing = resolve));
    // A seal that has locked and written its batch but not committed yet.
    const sealer = database.db.transaction(async (tx) => {
      expect(await createAuditRepository(tx).tryLockSealing()).toBe(true);
      await tx.execute(sql`update audit_entries set seq = 1, link_hash = 'x', sealed_at = now() where id = 1`);
      sealing();
      await held;
      throw new Error('abandon the seal');
    });
    await isSealing;
    const writing = database.db.transaction((tx) =>
      audit.record(tx, atWindow, { action: 'identity.logout', subjectType: 'session', subjectId: 's1' }),
    );
    const outcome = await Promise.race([
      writing.then(() => 'written'),
      new Promise((resolve) => setTimeout(() => resolve('waiting'), 2_000)),
    ]);
    release();
    await expect(sealer).rejects.toThrow('abandon the seal');
    expect(outcome).toBe('written');
  });

  it.runIf(onPostgres)('seals an entry committed after later ones were sealed in the next batch', async () => {
    let commit = () => {};
    const committed = new Promise<void>((resolve) => (commit = resolve));
    let recorded = () => {};
    const isRecorded = new Promise<void>((resolve) => (recorded = resolve));
    const slow = database.db.transaction(async (tx) => {
      await audit.record(tx, atWindow, { action: 'identity.staff.create', subjectType: 'account', subjectId: 'slow' });
      recorded();
      await committed;
    });
    await isRecorded;
    await audit.record(database.db, atWindow, {
      action: 'identity.staff.create',
      subjectType: 'account',
      subjectId: 'fast',
    });
    expect(await audit.seal()).toBe(1);
    commit();
    await slow;
    expect(await audit.seal()).toBe(1);
    // The slow entry has the lower id but the later place in the chain.
    expect((await chainRows()).map((r) => [r.id, r.seq])).toEqual([
      [2, 1],
      [1, 2],
    ]);
    expect(await audit.verify(system)).toMatchObject({ ok: true, sealed: 2 });
  });
});

describe('verifying', () => {
  beforeEach(async () => {
    await recordSome(6);
    await audit.seal();
  });

  it('names an entry whose content was edited in the database', async () => {
    await asTableOwner((tx) => tx.execute(sql`update audit_entries set action = 'x' where id = 4`));
    expect(await audit.verify(system)).toEqual({
      ok: false,
      firstBroken: { id: 4, seq: 4, reason: 'content_changed' },
      checked: 3,
    });
  });

  it('names an entry whose details were edited', async () => {
    await asTableOwner((tx) => tx.execute(sql`update audit_entries set details = '{"step": 99}' where id = 2`));
    expect(await audit.verify(system)).toMatchObject({ ok: false, firstBroken: { id: 2, reason: 'content_changed' } });
  });

  it('names an entry whose content and content hash were both rewritten', async () => {
    await asTableOwner(async (tx) => {
      const [row] = await queryRows<{ content_hash: string }>(
        tx,
        sql`select content_hash from audit_entries where id = 6`,
      );
      await tx.execute(sql`update audit_entries set content_hash = ${row!.content_hash} where id = 5`);
    });
    // Its own content no longer matches the rewritten hash…
    expect(await audit.verify(system)).toMatchObject({ firstBroken: { id: 5, reason: 'content_changed' } });
  });

  it('names an entry whose link was changed', async () => {
    await asTableOwner((tx) => tx.execute(sql`update audit_entries set link_hash = repeat('0', 64) where id = 3`));
    expect(await audit.verify(system)).toEqual({
      ok: false,
      firstBroken: { id: 3, seq: 3, reason: 'link_broken' },
      checked: 2,
    });
  });

  it('names the place of a deleted entry', async () => {
    await asTableOwner((tx) => tx.execute(sql`delete from audit_entries where id in (2, 3)`));
    expect(await audit.verify(system)).toEqual({
      ok: false,
      firstBroken: { id: 4, seq: 4, reason: 'missing_entry', missingSeq: 2 },
      checked: 1,
    });
  });

  it('names two entries that swapped places', async () => {
    await asTableOwner(async (tx) => {
      await tx.execute(sql`update audit_entries set seq = 100 where id = 2`);
      await tx.execute(sql`update audit_entries set seq = 2 where id = 3`);
      await tx.execute(sql`update audit_entries set seq = 3 where id = 2`);
    });
    expect(await audit.verify(system)).toMatchObject({
      ok: false,
      firstBroken: { id: 3, seq: 2, reason: 'link_broken' },
    });
  });

  it('checks entries not sealed yet by their content hash', async () => {
    await recordSome(1);
    await asTableOwner((tx) => tx.execute(sql`update audit_entries set purpose = null where id = 7`));
    expect(await audit.verify(system)).toEqual({
      ok: false,
      firstBroken: { id: 7, seq: null, reason: 'content_changed' },
      checked: 6,
    });
  });

  it('answers `yici audit verify` with exit code 0, then 1 naming the entry', async () => {
    const lines: string[] = [];
    const cli = {
      database,
      signer: TEST_AUDIT_SIGNER,
      directory: checkpointDirectoryOf(mkdtempSync(path.join(tmpdir(), 'yici-audit-'))),
      write: (line: string) => lines.push(line),
    };
    expect(await runAuditVerify(cli)).toBe(0);
    expect(lines[0]).toContain('audit chain intact: 6');
    await asTableOwner((tx) => tx.execute(sql`update audit_entries set ip = '8.8.8.8' where id = 5`));
    lines.length = 0;
    expect(await runAuditVerify(cli)).toBe(1);
    expect(lines.join('\n')).toContain('id 5, seq 5 — 内容被修改 / content changed');
  });
});

describe('the append-only table', () => {
  it('refuses to edit, delete or truncate entries, sealed or not', async () => {
    await recordSome(2);
    await audit.seal();
    await recordSome(1);
    for (const statement of [
      sql`update audit_entries set action = 'x' where id = 1`,
      sql`update audit_entries set action = 'x' where id = 3`,
      sql`update audit_entries set seq = 9, link_hash = 'x', sealed_at = now() where id = 1`,
      sql`delete from audit_entries where id = 3`,
      sql`truncate audit_entries`,
    ]) {
      await expect(database.db.execute(statement)).rejects.toThrow();
    }
    expect(await audit.seal()).toBe(1);
    expect(await audit.verify(system)).toMatchObject({ ok: true, sealed: 3 });
  });
});

describe('the audit API', () => {
  let app: FastifyInstance;
  const sessions: Record<string, Actor> = { admin: administrator, clerk };

  beforeAll(async () => {
    app = await createHttpApp({
      logLevel: 'silent',
      version: 'test',
      databaseKind: testDatabaseKind(),
      pingDatabase: () => database.ping(),
      webDist: null,
      secureCookies: false,
      resolveSession: async (token) => {
        const actor = sessions[token];
        if (!actor) throw new Error('no session');
        return { actor, tokenHash: token, csrfToken: `csrf-${token}` };
      },
      routes: [auditRoutes(auditLog())],
    });
    await app.ready();
  });
  afterAll(async () => app?.close());

  const as = (session: string) => ({ cookie: `yici_session=${session}`, 'x-csrf-token': `csrf-${session}` });

  it('verifies the chain for an administrator and refuses others', async () => {
    await recordSome(2);
    await audit.seal();
    const ok = await app.inject({ method: 'POST', url: '/api/admin/audit/verify', headers: as('admin') });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ ok: true, sealed: 2, unsealed: 0, head: { seq: 2 } });
    expect(
      (await app.inject({ method: 'POST', url: '/api/admin/audit/verify', headers: as('clerk') })).statusCode,
    ).toBe(403);
    expect((await app.inject({ method: 'POST', url: '/api/admin/audit/verify' })).statusCode).toBe(401);
  });

  it('lists entries newest first, filtered by subject, and records the reading', async () => {
    await recordSome(3);
    const response = await app.inject({
      method: 'GET',
      url: '/api/admin/audit/entries?subjectType=account&subjectId=acc-2',
      headers: as('admin'),
    });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.items.map((e: { action: string }) => e.action)).toEqual([
      'platform.audit.read',
      'identity.real_name.in_person',
    ]);
    expect(body.items[0].actor).toEqual({ kind: 'staff', id: 'staff-admin-1', label: '李强' });
    expect(body).toMatchObject({ count: { value: 2, atLeast: false }, limit: 20, next: null, prev: null });
  });

  it('refuses unknown query parameters', async () => {
    const response = await app.inject({
      method: 'GET',
      url: '/api/admin/audit/entries?colour=red',
      headers: as('admin'),
    });
    expect(response.statusCode).toBe(400);
  });
});
