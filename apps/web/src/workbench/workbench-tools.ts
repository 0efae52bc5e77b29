import type { StaffRole } from '../shared/session/session-access';

export type WorkbenchToolKey =
  | 'staff'
  | 'outbox'
  | 'audit'
  | 'verifyInPerson'
  | 'overrideBinding'
  | 'seals'
  | 'issueCertificate'
  | 'manageCertificates'
  | 'caseInbox'
  | 'taskInbox'
  | 'windowIntake'
  | 'hotlineConsole'
  | 'ticketInbox'
  | 'knowledge'
  | 'hotlineFigures'
  | 'dispatchCatalogue'
  | 'ratingDesk'
  | 'figures'
  | 'ledger'
  | 'ledgerReviews'
  | 'ledgerOversight'
  | 'bulletins'
  | 'monitoringInbox'
  | 'monitoringOverview'
  | 'serviceAccounts';

/**
 * The workbench's tools, with the roles the server's permission list grants them to
 * (staff:manage, outbox:read, audit:read, identity:verify_in_person, identity:override_uscc,
 * seal:manage, certificate:issue, certificate:revoke, case:read, task:read, case:intake, ticket:intake,
 * ticket:read, knowledge:manage, hotline:figures, hotline:catalogue, rating:rectify/rating:desk, figures:read,
 * ledger:read, ledger:review, ledger:oversee, bulletin:read, monitoring:inbox, monitoring:supervise, service_account:manage).
 */
export const WORKBENCH_TOOLS: readonly { key: WorkbenchToolKey; path: string; roles: readonly StaffRole[] }[] = [
  { key: 'staff', path: '/workbench/admin/staff', roles: ['administrator'] },
  { key: 'outbox', path: '/workbench/admin/outbox', roles: ['administrator'] },
  { key: 'audit', path: '/workbench/admin/audit', roles: ['administrator', 'supervisor'] },
  { key: 'verifyInPerson', path: '/workbench/window/verify-in-person', roles: ['window_clerk'] },
  { key: 'overrideBinding', path: '/workbench/window/entity-binding', roles: ['window_clerk', 'administrator'] },
  { key: 'seals', path: '/workbench/admin/seals', roles: ['administrator'] },
  { key: 'serviceAccounts', path: '/workbench/admin/service-accounts', roles: ['administrator'] },
  { key: 'issueCertificate', path: '/workbench/certificates/issue', roles: ['approver', 'administrator'] },
  { key: 'manageCertificates', path: '/workbench/certificates/manage', roles: ['approver', 'administrator'] },
  {
    key: 'caseInbox',
    path: '/workbench/cases',
    roles: ['window_clerk', 'reviewer', 'approver', 'supervisor', 'administrator'],
  },
  { key: 'taskInbox', path: '/workbench/tasks', roles: ['reviewer', 'approver', 'supervisor', 'administrator'] },
  { key: 'windowIntake', path: '/workbench/window/intake', roles: ['window_clerk'] },
  { key: 'hotlineConsole', path: '/workbench/hotline', roles: ['hotline_operator'] },
  { key: 'ticketInbox', path: '/workbench/tickets', roles: ['hotline_operator', 'reviewer', 'approver', 'supervisor'] },
  { key: 'knowledge', path: '/workbench/hotline/knowledge', roles: ['hotline_operator', 'administrator'] },
  {
    key: 'hotlineFigures',
    path: '/workbench/hotline/figures',
    roles: ['hotline_operator', 'supervisor', 'administrator'],
  },
  { key: 'dispatchCatalogue', path: '/workbench/admin/dispatch-catalogue', roles: ['administrator'] },
  {
    key: 'ratingDesk',
    path: '/workbench/ratings',
    roles: ['reviewer', 'approver', 'supervisor', 'administrator'],
  },
  { key: 'figures', path: '/workbench/figures', roles: ['supervisor', 'administrator'] },
  { key: 'ledger', path: '/workbench/ledger', roles: ['reviewer', 'approver', 'supervisor', 'administrator'] },
  { key: 'ledgerReviews', path: '/workbench/ledger-reviews', roles: ['supervisor'] },
  { key: 'ledgerOversight', path: '/workbench/ledger-oversight', roles: ['supervisor'] },
  { key: 'bulletins', path: '/workbench/bulletins', roles: ['supervisor', 'administrator'] },
  { key: 'monitoringInbox', path: '/workbench/monitoring', roles: ['reviewer', 'approver'] },
  { key: 'monitoringOverview', path: '/workbench/monitoring/overview', roles: ['supervisor'] },
];

export function workbenchTool(key: WorkbenchToolKey) {
  return WORKBENCH_TOOLS.find((tool) => tool.key === key)!;
}

export function toolsFor(roles: readonly StaffRole[]) {
  return WORKBENCH_TOOLS.filter((tool) => tool.roles.some((role) => roles.includes(role)));
}
