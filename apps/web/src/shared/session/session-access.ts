import type { Me } from '@yici/contracts';

export type RealNameLevel = NonNullable<Me['realNameLevel']>;
export type StaffRole = Me['roles'][number];

export const REAL_NAME_LEVELS: readonly RealNameLevel[] = ['phone', 'registry', 'in_person'];

/** Who may open a group of pages; the server checks again on every request. */
export type SessionRequirement =
  | { audience: 'any' }
  | { audience: 'person'; level?: RealNameLevel }
  | { audience: 'staff'; roles?: readonly StaffRole[] };

export type SessionVerdict = 'allowed' | 'login' | 'forbidden' | 'person_only' | 'level';

export function meetsLevel(actual: Me['realNameLevel'], required: RealNameLevel): boolean {
  return actual !== null && REAL_NAME_LEVELS.indexOf(actual) >= REAL_NAME_LEVELS.indexOf(required);
}

export function judgeSession(me: Me, requirement: SessionRequirement): SessionVerdict {
  if (me.kind === 'anonymous') return 'login';
  if (requirement.audience === 'any') return 'allowed';
  if (requirement.audience === 'person') {
    if (me.kind !== 'person') return 'person_only';
    return !requirement.level || meetsLevel(me.realNameLevel, requirement.level) ? 'allowed' : 'level';
  }
  if (me.kind !== 'staff') return 'forbidden';
  if (!requirement.roles) return 'allowed';
  return me.roles.some((role) => requirement.roles!.includes(role)) ? 'allowed' : 'forbidden';
}

export function hasAnyRole(me: Me, roles: readonly StaffRole[]): boolean {
  return me.kind === 'staff' && me.roles.some((role) => roles.includes(role));
}

/**
 * Only a path on this site: `//evil.example` and absolute URLs would turn the login page into an
 * open redirect.
 */
export function safeNextPath(next: string | null | undefined): string | null {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return null;
  return next;
}

export function loginPathFor(location: { pathname: string; search: string }): string {
  return `/login?${new URLSearchParams({ next: `${location.pathname}${location.search}` }).toString()}`;
}

/** Where a fresh login lands when no page asked for it. */
export function homePathOf(me: Pick<Me, 'kind'>): string {
  return me.kind === 'staff' ? '/workbench' : '/account';
}
