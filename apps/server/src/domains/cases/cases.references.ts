import { and, eq, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/database';
import { cases } from './cases.tables';

/**
 * For other domains (data sharing): whether a case a machine names as the reason of a read exists
 * and concerns the person or legal person read (its applicant), and where it is handled. A case
 * number is accepted as well as the id.
 */
export function createCaseReferences(db: DbOrTx) {
  return {
    async caseOfSubject(
      reference: string,
      subject: { kind: 'person' | 'legal_person'; id: string },
    ): Promise<{ id: string; regionCode: string } | null> {
      const rows = await db
        .select({ id: cases.id, regionCode: cases.regionCode })
        .from(cases)
        .where(
          and(
            or(eq(cases.id, reference), eq(cases.caseNumber, reference)),
            eq(cases.applicantKind, subject.kind),
            eq(cases.applicantId, subject.id),
            sql`not ${cases.synthetic}`,
            sql`${cases.status} not in ('draft', 'withdrawn')`,
          ),
        )
        .limit(1);
      return rows[0] ?? null;
    },
  };
}

export type CaseReferences = ReturnType<typeof createCaseReferences>;
