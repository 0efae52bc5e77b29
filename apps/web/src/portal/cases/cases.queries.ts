import { queryOptions } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { MyCaseQuery } from '../../api/cases.endpoints';

/** The applicant's cases: keys start with 'account' so that a session or identity change drops them. */
export const myCaseQueries = {
  all: () => ['account', 'cases'] as const,
  list: (holder: string, query: MyCaseQuery) =>
    queryOptions({
      queryKey: ['account', 'cases', 'list', holder, query],
      queryFn: ({ signal }) => api.listMyApplications(query, signal),
      staleTime: 0,
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: ['account', 'cases', 'detail', id],
      queryFn: ({ signal }) => api.getMyApplication(id, signal),
      staleTime: 0,
    }),
  /** Applications naming the signed-in person as the buyer, waiting for them to join. */
  coApplications: () =>
    queryOptions({
      queryKey: ['account', 'cases', 'co-applications'],
      queryFn: ({ signal }) => api.listMyCoApplications(signal),
      staleTime: 0,
    }),
  timeline: (id: string) =>
    queryOptions({
      queryKey: ['account', 'cases', 'timeline', id],
      queryFn: ({ signal }) => api.getCaseTimeline(id, signal),
      staleTime: 0,
    }),
};

export function myCasePath(id: string): string {
  return `/portal/cases/${encodeURIComponent(id)}`;
}
