import type { RequestContext } from '../../platform/actor';
import type { DbOrTx } from '../../platform/db/database';
import type { Statement } from '../../platform/db/write-batch';

import type { AuditPort } from '../../platform/audit/audit.port';

export type { AuditPort };

/** What certificates needs of the registries: holders exist, and every use of their data is logged. */
export type RegistriesPort = {
  withTx(tx: DbOrTx): RegistriesPort;
  logInto(pending: Statement[]): RegistriesPort;
  readPerson(
    context: RequestContext,
    input: { idNumber: string; purpose: string; caseId?: string | null; fields?: readonly 'name'[] },
  ): Promise<{ idNumber: string; name: string }>;
  readEntity(
    context: RequestContext,
    input: { uscc: string; purpose: string; caseId?: string | null; fields?: readonly 'name'[] },
  ): Promise<{ uscc: string; name: string }>;
  recordDataUse(
    context: RequestContext,
    input: {
      subjectType: 'person' | 'legal_person';
      subjectId: string;
      purpose: string;
      caseId?: string | null;
      fields: readonly string[];
    },
  ): Promise<void>;
};

/** What certificates needs of the network: the issuing body behind a department id. */
export type NetworkPort = {
  getDepartment(id: string): Promise<{ id: string; uscc: string; name: string; regionCode: string; kind: string }>;
};

/**
 * Where certificate events for department systems go (数据共享交换): the platform's event outbox,
 * as a statement written in the transaction that changes the certificate.
 */
export type EventsPort = {
  eventStatement(event: {
    type: 'certificate.issued' | 'certificate.revoked' | 'certificate.replaced';
    regionCode: string;
    departmentId?: string | null;
    payload: Record<string, unknown>;
  }): Statement;
};
