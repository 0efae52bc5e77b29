import { randomUUID } from 'node:crypto';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { RequestContext } from '../../platform/actor';
import { requireStaff } from '../../platform/access/access';
import type { Clock } from '../../platform/clock';
import { runText, type Db, type DbOrTx } from '../../platform/db/database';
import { generateSealKeyPair, type KeyWrapper } from '../../platform/crypto/sm';
import { certificatesErrors } from './certificates.errors';
import { certificateSerials, seals } from './certificates.tables';
import type { AuditPort } from './certificates.deps';

export type SealRow = typeof seals.$inferSelect;
export type SigningSeal = SealRow & { privateKey: string };

/**
 * The body's active seal and the next certificate serial in one statement: issuing reads the seal
 * in its own transaction every time (a seal another process rotated or revoked a moment ago is
 * never used, as a cache would risk), and the serial costs no round trip of its own. Dates come
 * back as text and timestamps as the driver's; the row is mapped below.
 */
const ACTIVE_SEAL_WITH_SERIAL = `select id, owner_uscc, owner_name, owner_region_code, public_key, private_key_wrapped,
  valid_from::text as valid_from, valid_to::text as valid_to, status, created_at, retired_at, revoked_at, revoked_reason,
  nextval('${certificateSerials.seqName}')::text as serial
  from seals where owner_uscc = $1 and status = 'active' limit 1`;

type ActiveSealRecord = {
  id: string;
  owner_uscc: string;
  owner_name: string;
  owner_region_code: string;
  public_key: string;
  private_key_wrapped: string;
  valid_from: string;
  valid_to: string | null;
  status: SealRow['status'];
  created_at: Date | string;
  retired_at: Date | string | null;
  revoked_at: Date | string | null;
  revoked_reason: string | null;
  serial: string;
};

const toDate = (value: Date | string) => (value instanceof Date ? value : new Date(value));

function sealOfRecord(record: ActiveSealRecord): SealRow {
  return {
    id: record.id,
    ownerUscc: record.owner_uscc,
    ownerName: record.owner_name,
    ownerRegionCode: record.owner_region_code,
    publicKey: record.public_key,
    privateKeyWrapped: record.private_key_wrapped,
    validFrom: record.valid_from,
    validTo: record.valid_to,
    status: record.status,
    createdAt: toDate(record.created_at),
    retiredAt: record.retired_at === null ? null : toDate(record.retired_at),
    revokedAt: record.revoked_at === null ? null : toDate(record.revoked_at),
    revokedReason: record.revoked_reason,
  };
}

/** The instant a revocation takes effect: stated (between the seal's creation and now) or now. */
function revocationInstant(seal: SealRow, stated: string | null, now: Date): Date {
  if (stated === null) return now;
  const at = new Date(stated);
  if (Number.isNaN(at.getTime()) || at.getTime() > now.getTime() || at.getTime() < seal.createdAt.getTime())
    throw certificatesErrors.revocationInstantInvalid(seal.createdAt.toISOString());
  return at;
}

/** Seals of the issuing bodies: created, rotated and revoked here; the private keys never leave wrapped. */
export function createSealService(deps: { db: Db; clock: Clock; keys: KeyWrapper; audit: AuditPort }) {
  const { db, clock, keys, audit } = deps;
  const unwrapped = new Map<string, string>();

  async function insertSeal(tx: DbOrTx, owner: { uscc: string; name: string; regionCode: string }): Promise<SealRow> {
    const pair = generateSealKeyPair();
    const row: SealRow = {
      id: randomUUID(),
      ownerUscc: owner.uscc,
      ownerName: owner.name,
      ownerRegionCode: owner.regionCode,
      publicKey: pair.publicKey,
      privateKeyWrapped: keys.wrap(pair.privateKey),
      validFrom: clock.today(),
      validTo: null,
      status: 'active',
      createdAt: clock.now(),
      retiredAt: null,
      revokedAt: null,
      revokedReason: null,
    };
    await tx.insert(seals).values(row);
    return row;
  }

  async function findActive(tx: DbOrTx, ownerUscc: string): Promise<SealRow | null> {
    const rows = await tx
      .select()
      .from(seals)
      .where(and(eq(seals.ownerUscc, ownerUscc), eq(seals.status, 'active')))
      .limit(1);
    return rows[0] ?? null;
  }

  /**
   * Rotation retires a seal: it stops signing now and what it signed stays valid. Revocation is for
   * a compromised key: it stops signing now, and everything it signed from the stated instant on
   * (by default now; never before the seal existed, never in the future) is invalid.
   */
  async function retire(
    context: RequestContext,
    options: { id: string; status: 'rotated' | 'revoked'; reason: string | null; revokedFrom?: string | null },
  ) {
    return db.transaction(async (tx) => {
      const [seal] = await tx.select().from(seals).where(eq(seals.id, options.id)).for('update');
      if (!seal) throw certificatesErrors.sealNotFound(options.id);
      requireStaff(context, 'seal:manage', { kind: 'region', regionCode: seal.ownerRegionCode });
      if (seal.status !== 'active') throw certificatesErrors.sealNotActive(seal.id);
      const now = clock.now();
      const revokedAt = options.status === 'revoked' ? revocationInstant(seal, options.revokedFrom ?? null, now) : null;
      await tx
        .update(seals)
        .set({ status: options.status, retiredAt: now, revokedAt, revokedReason: options.reason })
        .where(eq(seals.id, seal.id));
      unwrapped.delete(seal.id);
      const successor =
        options.status === 'rotated'
          ? await insertSeal(tx, { uscc: seal.ownerUscc, name: seal.ownerName, regionCode: seal.ownerRegionCode })
          : null;
      await audit.record(tx, context, {
        action: `certificates.seal.${options.status === 'rotated' ? 'rotate' : 'revoke'}`,
        subjectType: 'seal',
        subjectId: seal.id,
        purpose: options.reason,
        details: {
          ownerUscc: seal.ownerUscc,
          successor: successor?.id ?? null,
          revokedAt: revokedAt?.toISOString() ?? null,
        },
      });
      return { retired: seal.id, successor };
    });
  }

  function signingOf(seal: SealRow): SigningSeal {
    let privateKey = unwrapped.get(seal.id);
    if (!privateKey) {
      privateKey = keys.unwrap(seal.privateKeyWrapped);
      unwrapped.set(seal.id, privateKey);
    }
    return { ...seal, privateKey };
  }

  return {
    insertSeal,

    /** The seal a body signs with now; a body without one gets its first (approval bureaus are seeded). */
    async signingSealFor(tx: DbOrTx, owner: { uscc: string; name: string; regionCode: string }): Promise<SigningSeal> {
      return signingOf((await findActive(tx, owner.uscc)) ?? (await insertSeal(tx, owner)));
    },

    /**
     * The seal a body signs with now and a fresh certificate serial, read in the caller's
     * transaction as one statement (the issuing path). A body without a seal gets its first, and
     * the serial is then drawn on its own.
     */
    async signingSealAndSerial(
      tx: DbOrTx,
      owner: { uscc: string; name: string; regionCode: string },
    ): Promise<{ seal: SigningSeal; serial: number }> {
      const [record] = await runText<ActiveSealRecord>(tx, ACTIVE_SEAL_WITH_SERIAL, [owner.uscc], 'y_cert_seal_serial');
      if (record) return { seal: signingOf(sealOfRecord(record)), serial: Number(record.serial) };
      const seal = signingOf(await insertSeal(tx, owner));
      const [drawn] = await runText<{ serial: string }>(
        tx,
        `select nextval('${certificateSerials.seqName}')::text as serial`,
        [],
        'y_cert_serial',
      );
      return { seal, serial: Number(drawn!.serial) };
    },

    async listSeals(options: { ownerUscc?: string } = {}): Promise<SealRow[]> {
      return db
        .select()
        .from(seals)
        .where(options.ownerUscc ? eq(seals.ownerUscc, options.ownerUscc) : undefined)
        .orderBy(asc(seals.ownerUscc), asc(seals.createdAt));
    },

    async findSeals(ids: string[], source: DbOrTx = db): Promise<SealRow[]> {
      if (ids.length === 0) return [];
      return source.select().from(seals).where(inArray(seals.id, ids));
    },

    async getSeal(id: string): Promise<SealRow> {
      const [seal] = await db.select().from(seals).where(eq(seals.id, id));
      if (!seal) throw certificatesErrors.sealNotFound(id);
      return seal;
    },

    rotateSeal: (context: RequestContext, input: { id: string; reason: string }) =>
      retire(context, { id: input.id, status: 'rotated', reason: input.reason }),
    revokeSeal: (context: RequestContext, input: { id: string; reason: string; revokedFrom?: string | null }) =>
      retire(context, { id: input.id, status: 'revoked', reason: input.reason, revokedFrom: input.revokedFrom }),
  };
}

export type SealService = ReturnType<typeof createSealService>;
