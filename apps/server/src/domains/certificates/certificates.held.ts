import type { RequestContext } from '../../platform/actor';
import type { Clock } from '../../platform/clock';
import type { Db } from '../../platform/db/database';
import type { RegistriesPort } from './certificates.deps';
import { createCertificatesRepository } from './certificates.repository';
import { certificateTypeBySlug } from './certificates.types';

/** What a department system learns of a holder's certificate: which one, and whether it holds. Not its content. */
export type HeldCertificate = {
  identifier: string;
  type: { slug: string; name: string };
  holderName: string;
  issuer: { uscc: string; name: string };
  validFrom: string;
  validTo: string | null;
  status: 'valid' | 'expired' | 'revoked' | 'replaced';
};

/**
 * For data sharing: the certificates of a type a holder has, newest first, for a purpose. The read
 * lands in the holder's data-use log whether or not one is found (the question itself tells the
 * asker something). The certificate's data is not included: the holder's copy or a verification by
 * identifier shows it.
 */
export function createHeldCertificates(deps: { db: Db; clock: Clock; registries: RegistriesPort }) {
  return {
    async heldOfType(
      context: RequestContext,
      input: {
        holder: { kind: 'person' | 'legal_person'; id: string };
        type: string;
        purpose: string;
        caseId: string | null;
      },
    ): Promise<HeldCertificate[] | null> {
      const type = certificateTypeBySlug(input.type);
      if (!type) return null;
      const today = deps.clock.today();
      const rows = await createCertificatesRepository(deps.db).listByHolder({
        kind: input.holder.kind,
        id: input.holder.id,
        typeSlug: type.slug,
      });
      await deps.registries.recordDataUse(context, {
        subjectType: input.holder.kind,
        subjectId: input.holder.id,
        purpose: input.purpose,
        caseId: input.caseId,
        fields: [`电子证照：${type.name}`],
      });
      return rows.map((row) => ({
        identifier: row.identifier,
        type: { slug: type.slug, name: type.name },
        holderName: row.holderName,
        issuer: { uscc: row.issuerUscc, name: row.issuerName },
        validFrom: row.validFrom,
        validTo: row.validTo,
        status: row.status !== 'valid' ? row.status : row.validTo !== null && row.validTo < today ? 'expired' : 'valid',
      }));
    },
  };
}

export type HeldCertificates = ReturnType<typeof createHeldCertificates>;
