import type { Actor, RequestContext } from '../actor';
import { DomainError } from '../errors';
import { grants, type Permission } from './permissions';

/** What a permission is checked against: nothing, a region-scoped record, or an owned record. */
export type Resource =
  | { kind: 'none' }
  | { kind: 'region'; regionCode: string; departmentId?: string | null }
  | { kind: 'owned'; ownerAccountId?: string | null; ownerIdNumber?: string | null; ownerUscc?: string | null };

const none: Resource = { kind: 'none' };

export const accessErrors = {
  unauthenticated: () => new DomainError({ kind: 'unauthenticated', code: 'AUTH_REQUIRED', title: '请先登录' }),
  forbidden: () => new DomainError({ kind: 'forbidden', code: 'ACCESS_DENIED', title: '无权进行此操作' }),
  /** A service account lacks the scope: the 403 names it, so the administrator knows what to grant. */
  scopeMissing: (permission: Permission) =>
    new DomainError({
      kind: 'forbidden',
      code: 'SCOPE_MISSING',
      title: `服务账号缺少权限范围 ${permission}`,
      fields: [{ path: 'scope', message: permission }],
    }),
  level: () =>
    new DomainError({
      kind: 'forbidden',
      code: 'REAL_NAME_LEVEL_TOO_LOW',
      title: '实名认证等级不足，请先完成实名核验',
    }),
  // Out-of-scope records are reported as missing so that ids cannot be probed.
  outOfScope: () => new DomainError({ kind: 'not_found', code: 'NOT_FOUND_OR_OUT_OF_SCOPE', title: '记录不存在' }),
};

/** Staff see their region and everything below it; department-bound staff only their department's. */
function inScope(actor: Actor, resource: Resource): boolean {
  if (resource.kind === 'none') return true;
  if (actor.kind === 'system') return true;
  if (resource.kind === 'region') {
    if (actor.kind !== 'staff' && actor.kind !== 'machine') return false;
    if (!resource.regionCode.startsWith(actor.regionCode)) return false;
    return !resource.departmentId || !actor.departmentId || resource.departmentId === actor.departmentId;
  }
  if (actor.kind === 'person') {
    if (resource.ownerAccountId && resource.ownerAccountId === actor.accountId) return true;
    if (resource.ownerIdNumber && resource.ownerIdNumber === actor.idNumber && !actor.actingFor) return true;
    if (resource.ownerUscc && actor.actingFor?.uscc === resource.ownerUscc) return true;
    return false;
  }
  if (actor.kind === 'staff') return Boolean(resource.ownerAccountId && resource.ownerAccountId === actor.accountId);
  return false;
}

/**
 * The first statement of every use case: `access.require(context, 'entity:bind')`. Throws the
 * matching problem; returns the actor narrowed for convenience.
 */
export function requireAccess(context: RequestContext, permission: Permission, resource: Resource = none): Actor {
  const granted = grants(context.actor, permission);
  if (granted === 'unauthenticated') throw accessErrors.unauthenticated();
  if (granted === 'forbidden') throw accessErrors.forbidden();
  if (granted === 'level') throw accessErrors.level();
  if (granted === 'scope') throw accessErrors.scopeMissing(permission);
  if (!inScope(context.actor, resource)) throw accessErrors.outOfScope();
  return context.actor;
}

/**
 * The same rule as `requireAccess`, answered instead of thrown: for views that show each row's
 * actions to whoever may take them (an exception per row costs a stack trace each).
 */
export function mayAccess(actor: Actor, permission: Permission, resource: Resource = none): boolean {
  return grants(actor, permission) === 'allowed' && inScope(actor, resource);
}

export function requirePerson(context: RequestContext, permission: Permission, resource: Resource = none) {
  const actor = requireAccess(context, permission, resource);
  if (actor.kind !== 'person') throw accessErrors.forbidden();
  return actor;
}

export function requireMachine(context: RequestContext, permission: Permission, resource: Resource = none) {
  const actor = requireAccess(context, permission, resource);
  if (actor.kind !== 'machine') throw accessErrors.forbidden();
  return actor;
}

export function requireStaff(context: RequestContext, permission: Permission, resource: Resource = none) {
  const actor = requireAccess(context, permission, resource);
  if (actor.kind !== 'staff') throw accessErrors.forbidden();
  return actor;
}
