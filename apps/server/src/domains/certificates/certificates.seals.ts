import { randomUUID } from 'node:crypto';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { RequestContext } from '../../platform/actor';
import { requireStaff } from '../../platform/access/access';
import type { Clock } from '../../platform/clock';
import type { Db, DbOrTx } from '../../platform/db/database';
import { generateSealKeyPair, type KeyWrapper } from '../../platform/crypto/sm';
import { certificatesErrors } from './certificates.errors';
import { seals } from './certificates.tables';
import type { AuditPort } from './certificates.deps';

export type SealRow = typeof seals.$inferSelect;
export type SigningSeal = SealRow & { privateKey: string };

/**
 * A seal signed validly at a moment if it existed then and had not been retired: rotation and
 * revocation end a seal's use, never what it signed while it was in force.
 */
export function sealCoveredMoment(seal: SealRow, at: Date): boolean {
  const day = at.toISOString().slice(0, 10);
  if (seal.validFrom > day) return false;
  if (seal.validTo !== null && seal.validTo < day) return false;
  return seal.retiredAt === null || seal.retiredAt.getTime() > at.getTime();
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

  async function retire(
    context: RequestContext,
    options: { id: string; status: 'rotated' | 'revoked'; reason: string | null },
  ) {
    return db.transaction(async (tx) => {
      const [seal] = await tx.select().from(seals).where(eq(seals.id, options.id)).for('update');
      if (!seal) throw certificatesErrors.sealNotFound(options.id);
      requireStaff(context, 'seal:manage', { kind: 'region', regionCode: seal.ownerRegionCode });
      if (seal.status !== 'active') throw certificatesErrors.sealNotActive(seal.id);
      await tx
        .update(seals)
        .set({ status: options.status, retiredAt: clock.now(), revokedReason: options.reason })
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
        details: { ownerUscc: seal.ownerUscc, successor: successor?.id ?? null },
      });
      return { retired: seal.id, successor };
    });
  }

  return {
    insertSeal,

    /** The seal a body signs with now; a body without one gets its first (approval bureaus are seeded). */
    async signingSealFor(tx: DbOrTx, owner: { uscc: string; name: string; regionCode: string }): Promise<SigningSeal> {
      const seal = (await findActive(tx, owner.uscc)) ?? (await insertSeal(tx, owner));
      let privateKey = unwrapped.get(seal.id);
      if (!privateKey) {
        privateKey = keys.unwrap(seal.privateKeyWrapped);
        unwrapped.set(seal.id, privateKey);
      }
      return { ...seal, privateKey };
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
    revokeSeal: (context: RequestContext, input: { id: string; reason: string }) =>
      retire(context, { id: input.id, status: 'revoked', reason: input.reason }),
  };
}

export type SealService = ReturnType<typeof createSealService>;
