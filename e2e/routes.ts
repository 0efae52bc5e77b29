/**
 * Every page of the web app with who may open it: the browser tests visit each at phone width
 * (e2e/phone.e2e.test.ts). apps/web/src/app/router.test.ts fails when the router has a page that
 * is not listed here, so a new page is held to the same rules as soon as it exists.
 * `:params` are filled with real records the test finds or makes (an item, a bundle, a case…).
 */
export type Audience = 'public' | 'person' | 'staff' | 'window' | 'hotline' | 'department' | 'supervisor';

export const PAGES: Record<string, Audience> = {
  '/': 'public',
  '/catalog': 'public',
  '/catalog/items/:code': 'public',
  '/bundles': 'public',
  '/bundles/:id': 'public',
  '/service-points': 'public',
  '/open-data': 'public',
  '/open-data/:dataset': 'public',
  '/figures': 'public',
  '/verify': 'public',
  '/verify/:identifier': 'public',
  '/verify/share/:code': 'public',
  '/evaluations': 'public',
  '/evaluations/:id': 'public',
  '/evaluations/reforms': 'supervisor',
  '/bulletins': 'public',
  '/bulletins/:id': 'public',
  '/login': 'public',
  '/register': 'public',
  '/*': 'public',
  '/account': 'person',
  '/account/real-name': 'person',
  '/account/mandates': 'person',
  '/account/data-use': 'person',
  '/account/sharing-consents': 'person',
  '/account/certificates': 'person',
  '/account/certificates/:identifier': 'person',
  '/account/entities': 'person',
  '/portal/cases': 'person',
  '/portal/cases/:id': 'person',
  '/portal/apply': 'person',
  '/portal/tickets': 'person',
  // The rating screen of a hall's window (a tablet at the counter).
  '/portal/rate/:servicePointId/:window': 'person',
  '/workbench': 'staff',
  '/workbench/admin/staff': 'staff',
  '/workbench/admin/outbox': 'staff',
  '/workbench/admin/audit': 'staff',
  '/workbench/admin/seals': 'staff',
  '/workbench/admin/service-accounts': 'staff',
  '/workbench/certificates/issue': 'staff',
  '/workbench/certificates/manage': 'staff',
  '/workbench/cases': 'staff',
  '/workbench/cases/:id': 'staff',
  '/workbench/tasks': 'staff',
  '/workbench/tasks/:id': 'staff',
  '/workbench/window/verify-in-person': 'window',
  '/workbench/window/entity-binding': 'window',
  '/workbench/window/intake': 'window',
  // The 12345 hotline: its operator (hotline.jinan) takes calls and works the tickets.
  '/workbench/hotline': 'hotline',
  '/workbench/tickets': 'hotline',
  '/workbench/hotline/knowledge': 'hotline',
  '/workbench/hotline/figures': 'hotline',
  '/workbench/admin/dispatch-catalogue': 'staff',
  '/workbench/ratings': 'staff',
  // 改革指标: the administrator sees the province's figures and the cases behind them.
  '/workbench/figures': 'staff',
  '/workbench/figures/cases': 'staff',
  // 台账 and 通报: the supervisor (seeded as `supervisor`) reviews, records and publishes.
  '/workbench/ledger': 'staff',
  '/workbench/ledger/:id': 'staff',
  '/workbench/ledger-reviews': 'supervisor',
  '/workbench/ledger-oversight': 'supervisor',
  '/workbench/bulletins': 'supervisor',
  '/workbench/bulletins/:id': 'supervisor',
  // 电子监察: a department's cards and 督办 orders (approver.jinan), the supervisor's counts.
  '/workbench/monitoring': 'department',
  '/workbench/monitoring/overview': 'supervisor',
  // A redirect to /workbench/admin/outbox (the server's start-up banner names it).
  '/admin/outbox': 'staff',
};
