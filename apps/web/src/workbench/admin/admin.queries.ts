import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { AuditEntriesQuery } from '../../api/audit.shapes';
import type { OutboxQuery } from '../../api/staff.endpoints';

export const OUTBOX_REFRESH_MS = 5000;
export const AUDIT_PAGE_SIZE = 20;

/** Workbench data: every key starts with 'workbench' so that a session change drops it. */
export const adminQueries = {
  staff: () =>
    queryOptions({ queryKey: ['workbench', 'staff'], queryFn: ({ signal }) => api.listStaff(signal), staleTime: 0 }),
  outbox: (query: OutboxQuery) =>
    queryOptions({
      queryKey: ['workbench', 'outbox', query],
      queryFn: ({ signal }) => api.listOutbox(query, signal),
      placeholderData: keepPreviousData,
      staleTime: 0,
    }),
  auditEntries: (query: AuditEntriesQuery) =>
    queryOptions({
      queryKey: ['workbench', 'audit', query],
      queryFn: ({ signal }) => api.listAuditEntries(query, signal),
      placeholderData: keepPreviousData,
      staleTime: 0,
    }),
  serviceAccounts: () =>
    queryOptions({
      queryKey: ['workbench', 'service-accounts'],
      queryFn: ({ signal }) => api.listServiceAccounts(signal),
      staleTime: 0,
    }),
  serviceAccountSubscriptions: (id: string) =>
    queryOptions({
      queryKey: ['workbench', 'service-accounts', id, 'subscriptions'],
      queryFn: ({ signal }) => api.listServiceAccountSubscriptions(id, signal),
      staleTime: 0,
    }),
  serviceAccountDeliveries: (id: string, subscriptionId: string) =>
    queryOptions({
      queryKey: ['workbench', 'service-accounts', id, 'subscriptions', subscriptionId, 'deliveries'],
      queryFn: ({ signal }) => api.listServiceAccountDeliveries(id, subscriptionId, signal),
      staleTime: 0,
    }),
};
