import { RealNameLevelSchema, StaffRoleSchema } from '@yici/contracts';
import type { Permission } from './access/permissions';

/**
 * Who is acting. Every use case receives a RequestContext and authorises its actor first; the
 * audit log and the data-use log record the same actor.
 */
export const STAFF_ROLES = StaffRoleSchema.options;
export type StaffRole = (typeof STAFF_ROLES)[number];

/** Real-name levels: phone verified → ID matched against the population registry → verified in person. */
export const REAL_NAME_LEVELS = RealNameLevelSchema.options;
export type RealNameLevel = (typeof REAL_NAME_LEVELS)[number];

export type Actor =
  | { kind: 'anonymous' }
  | {
      kind: 'person';
      accountId: string;
      name: string;
      idNumber: string;
      realNameLevel: RealNameLevel | null;
      /** Set while the person acts for a legal person they may act for. */
      actingFor: { uscc: string; name: string; capacity: 'legal_representative' | 'handler' } | null;
    }
  | {
      kind: 'staff';
      accountId: string;
      name: string;
      roles: StaffRole[];
      departmentId: string | null;
      /** Data scope: this region and everything below it. */
      regionCode: string;
    }
  | { kind: 'system'; name: string }
  | {
      /** A service account (a department's system, a partner) holding an OAuth access token. */
      kind: 'machine';
      serviceAccountId: string;
      name: string;
      scopes: Permission[];
      /** Data scope: this region and everything below it, and this department when bound to one. */
      regionCode: string;
      departmentId: string | null;
    };

export type RequestContext = {
  actor: Actor;
  requestId: string;
  ip: string | null;
  /** Set when an agent or handler acts under a mandate: recorded as "agent X for Y". */
  onBehalfOf?: { kind: 'person' | 'legal_person'; id: string; mandateId: string } | null;
};

export const systemContext = (name: string, requestId = `system-${name}`): RequestContext => ({
  actor: { kind: 'system', name },
  requestId,
  ip: null,
});

/** A stable id and readable label of an actor for logs the data subject reads. */
export function actorRef(actor: Actor): { kind: Actor['kind']; id: string | null; label: string } {
  switch (actor.kind) {
    case 'anonymous':
      return { kind: 'anonymous', id: null, label: '匿名访问' };
    case 'person':
      return { kind: 'person', id: actor.accountId, label: actor.name };
    case 'staff':
      return { kind: 'staff', id: actor.accountId, label: actor.name };
    case 'system':
      return { kind: 'system', id: null, label: `系统：${actor.name}` };
    case 'machine':
      return { kind: 'machine', id: actor.serviceAccountId, label: `部门系统：${actor.name}` };
  }
}
