import type { QueryClient } from '@tanstack/react-query';
import { createBrowserRouter, Navigate, type Params, type RouteObject } from 'react-router';
import { catalogQueries } from '../public/catalog/catalog.queries';
import { PageLoading } from '../shared/page-loading';
import { workbenchTool } from '../workbench/workbench-tools';
import { HomePage } from '../public/catalog/home/home-page';
import { AppLayout } from './app-layout';
import { NotFoundPage } from './not-found-page';
import { RequireSession } from './require-session';
import { RouteError } from './route-error';

/**
 * Each page is its own chunk, fetched the first time someone opens it. The catalog's pages only
 * read: they need none of antd's feedback hooks (WithFeedback), which every other page has.
 */
const catalogRoutes: RouteObject[] = [
  // The home page is where most visits start: part of the first download (its chunks preloaded
  // with the shell's by index.html), not a second round trip after the shell has run.
  { index: true, Component: HomePage },
  {
    path: 'catalog',
    lazy: async () => ({ Component: (await import('../public/catalog/browse/catalog-page')).CatalogPage }),
  },
  {
    path: 'catalog/items/:code',
    lazy: async () => ({ Component: (await import('../public/catalog/guide/item-guide-page')).ItemGuidePage }),
  },
  {
    path: 'bundles',
    lazy: async () => ({ Component: (await import('../public/catalog/bundles/bundles-page')).BundlesPage }),
  },
  {
    path: 'bundles/:id',
    lazy: async () => ({ Component: (await import('../public/catalog/bundles/bundle-guide-page')).BundleGuidePage }),
  },
  {
    path: 'service-points',
    lazy: async () => ({ Component: (await import('../public/network/service-points-page')).ServicePointsPage }),
  },
  {
    path: 'open-data',
    lazy: async () => ({ Component: (await import('../public/opendata/open-data-page')).OpenDataPage }),
  },
  {
    path: 'open-data/:dataset',
    lazy: async () => ({ Component: (await import('../public/opendata/dataset-page')).DatasetPage }),
  },
];

const verifyRoutes: RouteObject[] = [
  {
    path: 'figures',
    lazy: async () => ({ Component: (await import('../public/figures/public-figures-page')).PublicFiguresPage }),
  },
  { path: 'verify', lazy: async () => ({ Component: (await import('../public/verify/verify-page')).VerifyPage }) },
  {
    // The QR code on every certificate leads here: /verify/<identifier>?h=<content hash prefix>.
    path: 'verify/:identifier',
    lazy: async () => ({ Component: (await import('../public/verify/verify-link-page')).VerifyLinkPage }),
  },
  {
    // The holder's 亮证 QR code leads here: /verify/share/<share code>.
    path: 'verify/share/:code',
    lazy: async () => ({ Component: (await import('../public/verify/verify-share-page')).VerifySharePage }),
  },
];

const evaluationRoutes: RouteObject[] = [
  {
    path: 'evaluations',
    lazy: async () => ({ Component: (await import('../public/evaluation/evaluations-page')).EvaluationsPage }),
  },
  {
    path: 'evaluations/reforms',
    lazy: async () => ({ Component: (await import('../public/evaluation/reforms-page')).ReformsPage }),
  },
  {
    path: 'evaluations/:id',
    lazy: async () => ({
      Component: (await import('../public/evaluation/evaluation-report-page')).EvaluationReportPage,
    }),
  },
];

const bulletinRoutes: RouteObject[] = [
  {
    path: 'bulletins',
    lazy: async () => ({ Component: (await import('../public/bulletins/bulletins-page')).BulletinsPage }),
  },
  {
    path: 'bulletins/:id',
    lazy: async () => ({ Component: (await import('../public/bulletins/bulletin-page')).BulletinPage }),
  },
];

const accountRoutes: RouteObject[] = [
  { path: 'login', lazy: async () => ({ Component: (await import('../portal/account/login-page')).LoginPage }) },
  {
    path: 'register',
    lazy: async () => ({ Component: (await import('../portal/account/register-page')).RegisterPage }),
  },
  {
    element: <RequireSession audience="any" />,
    children: [
      {
        path: 'account',
        lazy: async () => ({ Component: (await import('../portal/account/account-page')).AccountPage }),
      },
    ],
  },
  {
    path: 'account',
    element: <RequireSession audience="person" />,
    children: [
      {
        path: 'real-name',
        lazy: async () => ({ Component: (await import('../portal/account/real-name-page')).RealNamePage }),
      },
      {
        path: 'mandates',
        lazy: async () => ({ Component: (await import('../portal/account/mandates-page')).MandatesPage }),
      },
      {
        path: 'data-use',
        lazy: async () => ({ Component: (await import('../portal/account/data-use-page')).DataUsePage }),
      },
      {
        path: 'sharing-consents',
        lazy: async () => ({
          Component: (await import('../portal/account/sharing-consents-page')).SharingConsentsPage,
        }),
      },
      {
        path: 'certificates',
        lazy: async () => ({
          Component: (await import('../portal/certificates/certificate-wallet-page')).CertificateWalletPage,
        }),
      },
      {
        path: 'certificates/:identifier',
        lazy: async () => ({
          Component: (await import('../portal/certificates/certificate-detail-page')).CertificateDetailPage,
        }),
      },
    ],
  },
  {
    path: 'portal',
    element: <RequireSession audience="person" />,
    children: [
      {
        path: 'cases',
        lazy: async () => ({ Component: (await import('../portal/cases/my-cases-page')).MyCasesPage }),
      },
      {
        path: 'cases/:id',
        lazy: async () => ({ Component: (await import('../portal/cases/my-case-page')).MyCasePage }),
      },
      {
        path: 'tickets',
        lazy: async () => ({ Component: (await import('../portal/tickets/my-tickets-page')).MyTicketsPage }),
      },
      {
        // The rating screen of a hall's window (一次一评), on a tablet at the counter.
        path: 'rate/:servicePointId/:window',
        lazy: async () => ({ Component: (await import('../portal/ratings/hall-rating-page')).HallRatingPage }),
      },
    ],
  },
  {
    // Applying needs a name checked against the population registry (case:apply).
    path: 'portal',
    element: <RequireSession audience="person" level="registry" />,
    children: [
      { path: 'apply', lazy: async () => ({ Component: (await import('../portal/cases/apply-page')).ApplyPage }) },
    ],
  },
  {
    // Binding an entity and managing its handlers need the registry level (entity:bind).
    path: 'account',
    element: <RequireSession audience="person" level="registry" />,
    children: [
      {
        path: 'entities',
        lazy: async () => ({ Component: (await import('../portal/account/entities-page')).EntitiesPage }),
      },
    ],
  },
];

/** A workbench tool behind the roles its permission names; `detail` adds its `/:id` page. */
function toolRoute(
  key: Parameters<typeof workbenchTool>[0],
  page: RouteObject['lazy'],
  detail?: RouteObject['lazy'],
): RouteObject {
  const tool = workbenchTool(key);
  const path = tool.path.replace(/^\/workbench\//, '');
  return {
    element: <RequireSession audience="staff" roles={tool.roles} />,
    children: [{ path, lazy: page }, ...(detail ? [{ path: `${path}/:id`, lazy: detail }] : [])],
  };
}

const workbenchRoutes: RouteObject[] = [
  {
    path: 'workbench',
    element: <RequireSession audience="staff" />,
    children: [
      {
        index: true,
        lazy: async () => ({ Component: (await import('../workbench/workbench-home-page')).WorkbenchHomePage }),
      },
      toolRoute('staff', async () => ({ Component: (await import('../workbench/admin/staff-page')).StaffPage })),
      toolRoute('outbox', async () => ({ Component: (await import('../workbench/admin/outbox-page')).OutboxPage })),
      toolRoute('audit', async () => ({ Component: (await import('../workbench/admin/audit-page')).AuditPage })),
      toolRoute('verifyInPerson', async () => ({
        Component: (await import('../workbench/window/verify-in-person-page')).VerifyInPersonPage,
      })),
      toolRoute('overrideBinding', async () => ({
        Component: (await import('../workbench/window/entity-binding-page')).EntityBindingPage,
      })),
      toolRoute('seals', async () => ({ Component: (await import('../workbench/seals/seals-page')).SealsPage })),
      toolRoute('serviceAccounts', async () => ({
        Component: (await import('../workbench/admin/service-accounts-page')).ServiceAccountsPage,
      })),
      toolRoute('issueCertificate', async () => ({
        Component: (await import('../workbench/certificates/issue-certificate-page')).IssueCertificatePage,
      })),
      toolRoute('manageCertificates', async () => ({
        Component: (await import('../workbench/certificates/manage-certificates-page')).ManageCertificatesPage,
      })),
      toolRoute('hotlineConsole', async () => ({
        Component: (await import('../workbench/hotline/hotline-console-page')).HotlineConsolePage,
      })),
      toolRoute('ticketInbox', async () => ({
        Component: (await import('../workbench/hotline/ticket-inbox-page')).TicketInboxPage,
      })),
      toolRoute('knowledge', async () => ({
        Component: (await import('../workbench/hotline/knowledge-page')).KnowledgePage,
      })),
      toolRoute('hotlineFigures', async () => ({
        Component: (await import('../workbench/hotline/hotline-figures-page')).HotlineFiguresPage,
      })),
      toolRoute('dispatchCatalogue', async () => ({
        Component: (await import('../workbench/hotline/dispatch-catalogue-page')).DispatchCataloguePage,
      })),
      toolRoute('ratingDesk', async () => ({
        Component: (await import('../workbench/ratings/rating-desk-page')).RatingDeskPage,
      })),
      toolRoute('monitoringInbox', async () => ({
        Component: (await import('../workbench/monitoring/monitoring-inbox-page')).MonitoringInboxPage,
      })),
      toolRoute('monitoringOverview', async () => ({
        Component: (await import('../workbench/monitoring/monitoring-overview-page')).MonitoringOverviewPage,
      })),
      toolRoute(
        'caseInbox',
        async () => ({ Component: (await import('../workbench/cases/case-inbox-page')).CaseInboxPage }),
        async () => ({ Component: (await import('../workbench/cases/staff-case-page')).StaffCasePage }),
      ),
      toolRoute(
        'taskInbox',
        async () => ({ Component: (await import('../workbench/cases/task-inbox-page')).TaskInboxPage }),
        async () => ({ Component: (await import('../workbench/cases/task-page')).TaskPage }),
      ),
      toolRoute('figures', async () => ({
        Component: (await import('../workbench/figures/figures-page')).FiguresPage,
      })),
      {
        element: <RequireSession audience="staff" roles={workbenchTool('figures').roles} />,
        children: [
          {
            path: 'figures/cases',
            lazy: async () => ({
              Component: (await import('../workbench/figures/figures-cases-page')).FiguresCasesPage,
            }),
          },
        ],
      },
      toolRoute(
        'ledger',
        async () => ({ Component: (await import('../workbench/ledger/ledger-page')).LedgerPage }),
        async () => ({ Component: (await import('../workbench/ledger/ledger-task-page')).LedgerTaskPage }),
      ),
      toolRoute('ledgerReviews', async () => ({
        Component: (await import('../workbench/ledger/ledger-reviews-page')).LedgerReviewsPage,
      })),
      toolRoute('ledgerOversight', async () => ({
        Component: (await import('../workbench/ledger/ledger-oversight-page')).LedgerOversightPage,
      })),
      toolRoute(
        'bulletins',
        async () => ({ Component: (await import('../workbench/ledger/bulletins-page')).BulletinsAdminPage }),
        async () => ({ Component: (await import('../workbench/ledger/bulletin-edit-page')).BulletinEditPage }),
      ),
      toolRoute('windowIntake', async () => ({
        Component: (await import('../workbench/cases/window-intake-page')).WindowIntakePage,
      })),
    ],
  },
  // The server's start-up banner points administrators here.
  { path: 'admin/outbox', element: <Navigate to={workbenchTool('outbox').path} replace /> },
];

/** Every page of the app; e2e/routes.ts lists each path's audience for the browser tests (router.test.ts). */
export const appRoutes: RouteObject[] = [
  {
    path: '/',
    Component: AppLayout,
    HydrateFallback: PageLoading,
    children: [
      {
        // A pathless layer so that an error keeps the header and footer around it.
        ErrorBoundary: RouteError,
        children: [
          ...catalogRoutes,
          {
            lazy: async () => ({ Component: (await import('./with-feedback')).WithFeedback }),
            children: [
              ...verifyRoutes,
              ...evaluationRoutes,
              ...bulletinRoutes,
              ...accountRoutes,
              ...workbenchRoutes,
              { path: '*', Component: NotFoundPage },
            ],
          },
        ],
      },
    ],
  },
];

/** The full path of every page (`/catalog/items/:code`), redirects included. */
export function routePaths(routes: RouteObject[] = appRoutes, parent = ''): string[] {
  return routes.flatMap((route) => {
    const here = route.path === undefined ? parent : `${parent.replace(/\/$/, '')}/${route.path.replace(/^\//, '')}`;
    const own = route.index || (route.path !== undefined && !route.children) ? [here || '/'] : [];
    return [...own, ...(route.children ? routePaths(route.children, here) : [])];
  });
}

/**
 * The data a guide shows is asked for as the page's code is: a loader starts the request beside the
 * chunk's download instead of after it (on a 150 ms phone network that is one round trip less
 * before a citizen sees the guide). It does not wait: the page reads the same query.
 */
const PREFETCH: Record<string, (client: QueryClient, params: Params) => void> = {
  'catalog/items/:code': (client, params) => void client.prefetchQuery(catalogQueries.item(params.code ?? '')),
  'bundles/:id': (client, params) => void client.prefetchQuery(catalogQueries.bundle(params.id ?? '')),
};

function withPrefetch(routes: RouteObject[], client: QueryClient): RouteObject[] {
  return routes.map((route) => {
    const prefetch = route.path === undefined ? undefined : PREFETCH[route.path];
    const children = route.children ? withPrefetch(route.children, client) : undefined;
    if (!prefetch) return (children ? { ...route, children } : route) as RouteObject;
    return {
      ...route,
      loader: ({ params }: { params: Params }) => {
        prefetch(client, params);
        return null;
      },
    } as RouteObject;
  });
}

export function createAppRouter(client: QueryClient) {
  return createBrowserRouter(withPrefetch(appRoutes, client));
}
