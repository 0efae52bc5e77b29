import type { Actor, RealNameLevel, StaffRole } from '../actor';

/**
 * The one permission list. Each route names exactly one permission (route config `permission`),
 * each use case checks it first with `access.require`. Who holds a permission:
 * - 'public': anyone, logged in or not;
 * - 'person': a logged-in natural person (acting for themselves or an entity), at least at `level`;
 * - staff roles: staff holding any of them, within their data scope;
 * - 'machine': a service account (a department's system, a partner) may hold it as an OAuth scope
 *   (`describe` is what the scope means to whoever grants it); its region and department bound it.
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
  // A department's system that decides its tasks issues the grant's certificate with the department's seal.
  'certificate:issue': {
    staff: ['approver', 'administrator'],
    machine: true,
    describe: '准予决定时以本部门印章签发电子证照',
  },
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
  // A department's own system may take its department's tasks through the API (scope in the use case).
  'task:read': {
    staff: ['reviewer', 'approver', 'supervisor', 'administrator'],
    machine: true,
    describe: '读取本部门的审批任务',
  },
  'task:work': { staff: ['reviewer', 'approver'], machine: true, describe: '认领本部门任务、出具审查意见' },
  'task:decide': { staff: ['approver'], machine: true, describe: '对本部门任务作出准予或不予许可的决定' },
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
  // The dispatch catalogue is data, changed by administrators with a reason (kept in its history).
  'hotline:catalogue': { staff: ['administrator'] },
  // 好差评: persons rate their own services (staff hold no rating permission: no one rates themselves).
  'rating:create': { person: 'phone' },
  'rating:confirm': { person: 'phone' },
  'rating:read': { person: 'any', staff: ['reviewer', 'approver', 'supervisor', 'hotline_operator', 'administrator'] },
  'rating:rectify': { staff: ['reviewer', 'approver'] },
  'rating:appeal': { staff: ['reviewer', 'approver'] },
  'rating:desk': { staff: ['supervisor'] },
  // 营商环境评价: the evaluator (营商环境评价员), supervisors and administrators run evaluations; the results are public.
  'evaluation:run': { staff: ['evaluator', 'supervisor', 'administrator'] },
  // The figures of the reform: supervisors see their region's subtree and the cases behind a figure.
  'figures:read': { staff: ['supervisor', 'administrator'] },
  'figures:cases': { staff: ['supervisor', 'administrator'] },
  // 台账 and 通报: departments report on their reform tasks, supervisors review, record and publish.
  'ledger:read': { staff: ['reviewer', 'approver', 'supervisor', 'administrator'] },
  'ledger:report': { staff: ['reviewer', 'approver'] },
  'ledger:review': { staff: ['supervisor'] },
  'ledger:oversee': { staff: ['supervisor'] },
  'bulletin:read': { staff: ['supervisor', 'administrator'] },
  'bulletin:edit': { staff: ['supervisor'] },
  // 电子监察: departments see and answer their own cards and 督办 orders (the head, an approver, answers);
  // supervisors see counts and lists within their region; administrators may run a pass at once.
  'monitoring:inbox': { staff: ['reviewer', 'approver'] },
  'monitoring:answer': { staff: ['approver'] },
  'monitoring:supervise': { staff: ['supervisor'] },
  'monitoring:run': { staff: ['administrator', 'supervisor'] },
  // Data sharing (数据共享交换): registered department systems and partners, never people.
  'service_account:manage': { staff: ['administrator'] },
  'sharing:identity_check': {
    machine: true,
    describe: '核验身份：姓名与公民身份号码是否一致（只答是否一致）',
  },
  'sharing:person_read': {
    machine: true,
    describe: '按用途读取人口库信息（须说明用途，依法需要时附办件或授权编号；只给账号获准的字段）',
  },
  'sharing:entity_read': { machine: true, describe: '读取法人库信息（须说明用途）' },
  'sharing:credit_read': { machine: true, describe: '查询公共信用状态（须说明用途）' },
  'sharing:certificate_read': {
    machine: true,
    describe: '按持证人与证照类型查询电子证照（须持证人授权或办件编号）',
  },
  'sharing_consent:manage_own': { person: 'any' },
  'sharing:events': { machine: true, describe: '订阅本部门的办件与证照事件（签名推送）' },
} as const satisfies Record<
  string,
  {
    public?: true;
    person?: 'any' | RealNameLevel;
    staff?: 'any' | readonly StaffRole[];
    machine?: true;
    describe?: string;
  }
>;

export type Permission = keyof typeof PERMISSIONS;

const LEVEL_ORDER: Record<RealNameLevel, number> = { phone: 1, registry: 2, in_person: 3 };

export function meetsLevel(actual: RealNameLevel | null, required: 'any' | RealNameLevel): boolean {
  if (required === 'any') return true;
  return actual !== null && LEVEL_ORDER[actual] >= LEVEL_ORDER[required];
}

/** Whether the actor's kind, roles and real-name level grant the permission (scope is checked separately). */
export function grants(
  actor: Actor,
  permission: Permission,
): 'allowed' | 'unauthenticated' | 'forbidden' | 'level' | 'scope' {
  const rule: { public?: true; person?: 'any' | RealNameLevel; staff?: 'any' | readonly StaffRole[]; machine?: true } =
    PERMISSIONS[permission];
  if (rule.public) return 'allowed';
  if (actor.kind === 'anonymous') return 'unauthenticated';
  if (actor.kind === 'system') return 'allowed';
  // A service account holds exactly the scopes it was granted; what it lacks is named in the 403.
  if (actor.kind === 'machine') return rule.machine && actor.scopes.includes(permission) ? 'allowed' : 'scope';
  if (actor.kind === 'person') {
    if (!rule.person) return 'forbidden';
    return meetsLevel(actor.realNameLevel, rule.person) ? 'allowed' : 'level';
  }
  if (!rule.staff) return 'forbidden';
  if (rule.staff === 'any') return 'allowed';
  return actor.roles.some((role) => (rule.staff as readonly StaffRole[]).includes(role)) ? 'allowed' : 'forbidden';
}

/** Permissions a service account may hold as scopes. */
export function machinePermissions(): Permission[] {
  return (Object.keys(PERMISSIONS) as Permission[]).filter(
    (permission) => (PERMISSIONS[permission] as { machine?: true }).machine,
  );
}
