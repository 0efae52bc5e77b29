import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '../../platform/db/database';
import {
  certificateCopies,
  certificateEvents,
  certificatePdfs,
  certificates,
  certificateSerials,
  certificateShareCodes,
  seals,
} from './certificates.tables';

export type CertificateRow = typeof certificates.$inferSelect;
export type CopyRow = typeof certificateCopies.$inferSelect;
export type EventRow = typeof certificateEvents.$inferSelect;
export type ShareCodeRow = typeof certificateShareCodes.$inferSelect;

function prepareWithSeal(db: DbOrTx) {
  return db
    .select({ certificate: certificates, seal: seals })
    .from(certificates)
    .leftJoin(seals, eq(seals.id, certificates.sealId))
    .where(eq(certificates.identifier, sql.placeholder('identifier')))
    .prepare('certificate_with_seal');
}

export function createCertificatesRepository(db: DbOrTx) {
  let withSeal: ReturnType<typeof prepareWithSeal> | undefined;
  return {
    async nextSerial(): Promise<number> {
      const rows = await queryRows<{ serial: string }>(
        db,
        sql`select nextval(${sql.raw(`'${certificateSerials.seqName}'`)}) as serial`,
      );
      return Number(rows[0]!.serial);
    },

    async insertCertificate(row: CertificateRow): Promise<void> {
      await db.insert(certificates).values(row);
    },

    async insertCertificates(rows: CertificateRow[]): Promise<void> {
      for (let i = 0; i < rows.length; i += 500) await db.insert(certificates).values(rows.slice(i, i + 500));
    },

    async findCertificate(identifier: string, options: { forUpdate?: boolean } = {}): Promise<CertificateRow | null> {
      const query = db.select().from(certificates).where(eq(certificates.identifier, identifier));
      const rows = options.forUpdate ? await query.for('update') : await query;
      return rows[0] ?? null;
    },

    /**
     * A certificate with the seal that signed it, in one statement: public verification by
     * identifier is the most requested read of the platform and needs both, fresh, every time.
     */
    async findCertificateWithSeal(
      identifier: string,
    ): Promise<{ certificate: CertificateRow; seal: typeof seals.$inferSelect | null } | null> {
      // Built once per repository and prepared by name: composing the select of two whole rows
      // took a fifth of a verification's time in the server.
      withSeal ??= prepareWithSeal(db);
      const rows = await withSeal.execute({ identifier });
      return rows[0] ?? null;
    },

    async findHeldCertificates(holder: { kind: string; id: string }, identifiers: string[]): Promise<CertificateRow[]> {
      if (identifiers.length === 0) return [];
      return db
        .select()
        .from(certificates)
        .where(
          and(
            eq(certificates.holderKind, holder.kind as CertificateRow['holderKind']),
            eq(certificates.holderId, holder.id),
            inArray(certificates.identifier, identifiers),
          ),
        );
    },

    async listByHolder(holder: { kind: string; id: string; typeSlug?: string }): Promise<CertificateRow[]> {
      return db
        .select()
        .from(certificates)
        .where(
          and(
            eq(certificates.holderKind, holder.kind as 'person'),
            eq(certificates.holderId, holder.id),
            holder.typeSlug ? eq(certificates.typeSlug, holder.typeSlug) : undefined,
          ),
        )
        .orderBy(desc(certificates.issuedAt));
    },

    /** Valid certificates of a type whose data names the subject in `field`, locked for the caller's transaction. */
    async lockValidBySubject(subject: {
      typeSlug: string;
      holder?: { kind: string; id: string };
      field?: { name: string; value: string };
    }): Promise<CertificateRow[]> {
      return db
        .select()
        .from(certificates)
        .where(
          and(
            eq(certificates.typeSlug, subject.typeSlug),
            eq(certificates.status, 'valid'),
            subject.holder ? eq(certificates.holderKind, subject.holder.kind as 'person') : undefined,
            subject.holder ? eq(certificates.holderId, subject.holder.id) : undefined,
            subject.field ? sql`${certificates.data} ->> ${subject.field.name} = ${subject.field.value}` : undefined,
          ),
        )
        .orderBy(asc(certificates.issuedAt))
        .for('update');
    },

    /** Ends a certificate that is still valid, as a statement for the caller's one write. */
    endValidStatement(
      identifier: string,
      changes: Pick<CertificateRow, 'status' | 'revokedAt' | 'revokedReason' | 'replacedBy'>,
    ) {
      return db
        .update(certificates)
        .set(changes)
        .where(and(eq(certificates.identifier, identifier), eq(certificates.status, 'valid')));
    },

    async updateCertificate(identifier: string, changes: Partial<CertificateRow>): Promise<void> {
      await db.update(certificates).set(changes).where(eq(certificates.identifier, identifier));
    },

    async insertCopy(row: CopyRow): Promise<void> {
      await db.insert(certificateCopies).values(row);
    },

    async findCopy(id: string): Promise<CopyRow | null> {
      const rows = await db.select().from(certificateCopies).where(eq(certificateCopies.id, id));
      return rows[0] ?? null;
    },

    async listCopies(identifier: string): Promise<CopyRow[]> {
      return db
        .select()
        .from(certificateCopies)
        .where(eq(certificateCopies.identifier, identifier))
        .orderBy(desc(certificateCopies.createdAt));
    },

    async insertShareCode(row: ShareCodeRow): Promise<void> {
      await db.insert(certificateShareCodes).values(row);
    },

    async findShareCode(codeHash: string): Promise<ShareCodeRow | null> {
      const rows = await db.select().from(certificateShareCodes).where(eq(certificateShareCodes.codeHash, codeHash));
      return rows[0] ?? null;
    },

    /** Ends every live code of a certificate now; answers how many were live. */
    async endShareCodes(identifier: string, now: Date): Promise<number> {
      const ended = await db
        .update(certificateShareCodes)
        .set({ expiresAt: now })
        .where(
          and(
            eq(certificateShareCodes.identifier, identifier),
            sql`${certificateShareCodes.expiresAt} > ${now.toISOString()}`,
          ),
        )
        .returning({ id: certificateShareCodes.id });
      return ended.length;
    },

    /** Codes live minutes; a day later they serve nobody (their views stay in the data-use log). */
    async deleteShareCodesExpiredBefore(at: Date): Promise<void> {
      await db.delete(certificateShareCodes).where(sql`${certificateShareCodes.expiresAt} < ${at.toISOString()}`);
    },

    async insertEvent(row: typeof certificateEvents.$inferInsert): Promise<void> {
      await db.insert(certificateEvents).values(row);
    },

    async insertEvents(rows: (typeof certificateEvents.$inferInsert)[]): Promise<void> {
      for (let i = 0; i < rows.length; i += 1000) await db.insert(certificateEvents).values(rows.slice(i, i + 1000));
    },

    async listEvents(identifier: string): Promise<EventRow[]> {
      return db
        .select()
        .from(certificateEvents)
        .where(eq(certificateEvents.identifier, identifier))
        .orderBy(asc(certificateEvents.id));
    },

    async findPdf(documentId: string): Promise<Buffer | null> {
      const rows = await db.select().from(certificatePdfs).where(eq(certificatePdfs.documentId, documentId));
      return rows[0]?.pdf ?? null;
    },

    /** Two renderings of the same document are identical: the second simply loses the race. */
    async savePdf(documentId: string, pdf: Buffer, at: Date): Promise<void> {
      await db
        .insert(certificatePdfs)
        .values({ documentId, pdf, renderedAt: at, bytes: pdf.length })
        .onConflictDoNothing();
    },
  };
}

export type CertificatesRepository = ReturnType<typeof createCertificatesRepository>;
