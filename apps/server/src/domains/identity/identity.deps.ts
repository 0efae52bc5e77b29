import type { RequestContext } from '../../platform/actor';
import type { Clock } from '../../platform/clock';
import type { Db } from '../../platform/db/database';
import type { ListCursors } from '../../platform/db/keyset';
import type { Outbox } from '../../platform/outbox/outbox.service';

/** What identity needs of the registries domain (its service satisfies this). */
export type RegistriesPort = {
  matchPerson(context: RequestContext, person: { idNumber: string; name: string }): Promise<boolean>;
  readEntity(
    context: RequestContext,
    query: { uscc: string; purpose: string },
  ): Promise<{ uscc: string; name: string; legalRepresentativeIdNumber: string; status: string }>;
};

import type { AuditPort } from '../../platform/audit/audit.port';

export type { AuditPort };

export type IdentityDeps = {
  db: Db;
  clock: Clock;
  outbox: Pick<Outbox, 'enqueue'>;
  audit: AuditPort;
  registries: RegistriesPort;
  /** Signs and reads the staff list's cursors (keyset pagination), with the platform's one key. */
  cursors: ListCursors;
  /** Session lifetimes: idle and absolute, in minutes. */
  sessionPolicy?: { idleMinutes: number; absoluteMinutes: number };
};

export const DEFAULT_SESSION_POLICY = { idleMinutes: 30, absoluteMinutes: 12 * 60 };

export function maskPhone(phone: string): string {
  return phone.length === 11 ? `${phone.slice(0, 3)}****${phone.slice(7)}` : '****';
}
