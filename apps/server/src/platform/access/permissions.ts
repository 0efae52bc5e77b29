import type { Actor, RealNameLevel, StaffRole } from '../actor';

/**
 * The one permission list. Each route names exactly one permission (route config `permission`),
 * each use case checks it first with `access.require`. Who holds a permission:
 * - 'public': anyone, logged in or not;
 * - 'person': a logged-in natural person (acting for themselves or an entity), at least at `level`;
 * - staff roles: staff holding any of them, within their data scope.
 */
export const PERMISSIONS = {
  'public:read': { public: true },
  'account:self': { person: 'any', staff: 'any' },
  'account:real_name': { person: 'any' },
  'entity:bind': { person: 'registry' },
  'entity:manage_handlers': { person: 'registry' },
  'entity:act_for': { person: 'any' },
  'mandate:manage_own': { person: 'registry' },
  'mandate:read_received': { person: 'any', staff: ['agent'] },
  'data_use:read_own': { person: 'any' },
  'identity:verify_in_person': { staff: ['window_clerk'] },
  'identity:override_uscc': { staff: ['window_clerk', 'administrator'] },
  'registries:read_person': { staff: ['window_clerk', 'reviewer', 'approver', 'agent'] },
  'staff:manage': { staff: ['administrator'] },
  'outbox:read': { staff: ['administrator'] },
  'audit:read': { staff: ['administrator', 'supervisor'] },
  'audit:verify': { staff: ['administrator', 'supervisor'] },
  'calendar:edit': { staff: ['administrator'] },
  // 模拟环境 only: moving the simulated clock forward.
  'clock:advance': { staff: ['administrator'] },
  'certificate:read_own': { person: 'any' },
  // One certificate: its holder, or staff of the issuing region (scope checked in the use case).
  'certificate:view': { person: 'any', staff: ['window_clerk', 'reviewer', 'approver', 'supervisor', 'administrator'] },
  'certificate:share': { person: 'phone' },
  'certificate:read': { staff: ['window_clerk', 'reviewer', 'approver', 'supervisor', 'administrator'] },
  'certificate:issue': { staff: ['approver', 'administrator'] },
  'certificate:revoke': { staff: ['approver', 'administrator'] },
  'seal:manage': { staff: ['administrator'] },
  // Cases. Applying needs a registry-verified name; clerks take in at the window, agents file under a mandate.
  'case:apply': { person: 'registry', staff: ['agent'] },
  'case:intake': { staff: ['window_clerk'] },
  'case:prepare': { person: 'registry', staff: ['agent', 'window_clerk'] },
  'upload:create': { person: 'registry', staff: ['window_clerk', 'agent'] },
  // One case: its applicant or filer, or staff whose region covers it (scope checked in the use case).
  'case:view': {
    person: 'any',
    staff: ['window_clerk', 'reviewer', 'approver', 'agent', 'supervisor', 'administrator'],
  },
  'case:read_own': { person: 'any', staff: ['agent'] },
  'case:read': { staff: ['window_clerk', 'reviewer', 'approver', 'supervisor', 'administrator'] },
  'case:accept': { staff: ['window_clerk', 'approver'] },
  // The other party of a co-applied case (the buyer of a sale) joins it with a registry-verified name.
  'case:co_apply': { person: 'registry' },
  // The filer (or applicant) withdraws an application not yet accepted; scope checked in the use case.
  'case:withdraw': { person: 'any', staff: ['agent', 'window_clerk'] },
  'case:deliver': { staff: ['window_clerk', 'approver'] },
  'task:read': { staff: ['reviewer', 'approver', 'supervisor', 'administrator'] },
  'task:work': { staff: ['reviewer', 'approver'] },
  'task:decide': { staff: ['approver'] },
  'task:extend': { staff: ['approver'] },
  // 12345 (DOMAIN.md §4): the centre takes calls and decides; departments sign, reply, return.
  'ticket:intake': { staff: ['hotline_operator'] },
  'ticket:decide': { staff: ['hotline_operator'] },
  'ticket:read': { staff: ['hotline_operator', 'reviewer', 'approver', 'supervisor', 'administrator'] },
  'ticket:handle': { staff: ['reviewer', 'approver'] },
  'ticket:file_own': { person: 'phone' },
  'knowledge:read': { staff: ['hotline_operator', 'supervisor', 'administrator'] },
  'knowledge:manage': { staff: ['hotline_operator', 'administrator'] },
  'hotline:figures': { staff: ['hotline_operator', 'supervisor', 'administrator'] },
  // 好差评: persons rate their own services (staff hold no rating permission: no one rates themselves).
  'rating:create': { person: 'phone' },
  'rating:confirm': { person: 'phone' },
  'rating:read': { person: 'any', staff: ['reviewer', 'approver', 'supervisor', 'hotline_operator', 'administrator'] },
  'rating:rectify': { staff: ['reviewer', 'approver'] },
  'rating:appeal': { staff: ['reviewer', 'approver'] },
  'rating:desk': { staff: ['supervisor'] },
} as const satisfies Record<
  string,
  { public?: true; person?: 'any' | RealNameLevel; staff?: 'any' | readonly StaffRole[] }
>;

export type Permission = keyof typeof PERMISSIONS;

const LEVEL_ORDER: Record<RealNameLevel, number> = { phone: 1, registry: 2, in_person: 3 };

export function meetsLevel(actual: RealNameLevel | null, required: 'any' | RealNameLevel): boolean {
  if (required === 'any') return true;
  return actual !== null && LEVEL_ORDER[actual] >= LEVEL_ORDER[required];
}

/** Whether the actor's kind, roles and real-name level grant the permission (scope is checked separately). */
export function grants(actor: Actor, permission: Permission): 'allowed' | 'unauthenticated' | 'forbidden' | 'level' {
  const rule: { public?: true; person?: 'any' | RealNameLevel; staff?: 'any' | readonly StaffRole[] } =
    PERMISSIONS[permission];
  if (rule.public) return 'allowed';
  if (actor.kind === 'anonymous') return 'unauthenticated';
  if (actor.kind === 'system') return 'allowed';
  if (actor.kind === 'person') {
    if (!rule.person) return 'forbidden';
    return meetsLevel(actor.realNameLevel, rule.person) ? 'allowed' : 'level';
  }
  if (!rule.staff) return 'forbidden';
  if (rule.staff === 'any') return 'allowed';
  return actor.roles.some((role) => (rule.staff as readonly StaffRole[]).includes(role)) ? 'allowed' : 'forbidden';
}
