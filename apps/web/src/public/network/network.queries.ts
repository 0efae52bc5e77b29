import { queryOptions } from '@tanstack/react-query';
import { api, type ServicePointListQuery } from '../../api/client';

/** Divisions change rarely; a day-long freshness keeps the cascade instant while browsing. */
const REGION_STALE_MS = 24 * 60 * 60 * 1000;

export const networkQueries = {
  regions: (parent: string) =>
    queryOptions({
      queryKey: ['network', 'regions', parent],
      queryFn: ({ signal }) => api.listRegions(parent, signal),
      staleTime: REGION_STALE_MS,
    }),
  region: (code: string) =>
    queryOptions({
      queryKey: ['network', 'region', code],
      queryFn: ({ signal }) => api.getRegion(code, signal),
      staleTime: REGION_STALE_MS,
    }),
  servicePoints: (query: ServicePointListQuery) =>
    queryOptions({
      queryKey: ['network', 'service-points', query],
      queryFn: ({ signal }) => api.listServicePoints(query, signal),
      placeholderData: (previous) => previous,
    }),
};
