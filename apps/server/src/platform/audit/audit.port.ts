import type { RequestContext } from '../actor';
import type { DbOrTx } from '../db/database';
import type { Statement } from '../db/write-batch';

/** What a domain needs of the audit log: one entry, written in the caller's transaction. */
export type AuditPort = {
  record(
    tx: DbOrTx,
    context: RequestContext,
    entry: {
      action: string;
      subjectType: string;
      subjectId: string;
      purpose?: string | null;
      caseId?: string | null;
      details?: Record<string, unknown>;
    },
  ): Promise<void>;
  /** The same entry as a statement, for a caller that writes several rows at once (writeAll). */
  recordStatement(context: RequestContext, entry: Parameters<AuditPort['record']>[2]): Statement;
};
