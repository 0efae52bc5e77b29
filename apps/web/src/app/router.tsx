import { createBrowserRouter, type RouteObject } from 'react-router';
import { PageLoading } from '../shared/page-loading';
import { AppLayout } from './app-layout';
import { NotFoundPage } from './not-found-page';
import { RouteError } from './route-error';

/** Each page is its own chunk, fetched the first time someone opens it. */
const publicRoutes: RouteObject[] = [
  {
    index: true,
    lazy: async () => ({ Component: (await import('../public/catalog/home/home-page')).HomePage }),
  },
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
];

export function createAppRouter() {
  return createBrowserRouter([
    {
      path: '/',
      Component: AppLayout,
      HydrateFallback: PageLoading,
      children: [
        {
          // A pathless layer so that an error keeps the header and footer around it.
          ErrorBoundary: RouteError,
          children: [...publicRoutes, { path: '*', Component: NotFoundPage }],
        },
      ],
    },
  ]);
}
