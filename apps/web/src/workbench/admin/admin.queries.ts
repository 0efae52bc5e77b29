import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { AuditEntriesQuery } from '../../api/audit.shapes';
import type { DeliveryListQuery } from '../../api/sharing.endpoints';
import type { OutboxQuery, StaffListQuery } from '../../api/staff.endpoints';

export const STAFF_PAGE_SIZE = 20;
/** Every page of the staff list: what a change of an account refreshes. */
export const STAFF_QUERY_KEY = ['workbench', 'staff'] as const;
export const DELIVERY_PAGE_SIZE = 20;

export const OUTBOX_REFRESH_MS = 5000;
export const AUDIT_PAGE_SIZE = 20;

/** Workbench data: every key starts with 'workbench' so that a session change drops it. */
export const adminQueries = {
  staff: (query: StaffListQuery = {}) =>
    queryOptions({
      queryKey: [...STAFF_QUERY_KEY, query],
      queryFn: ({ signal }) => api.listStaff(query, signal),
      placeholderData: keepPreviousData,
      staleTime: 0,
    }),
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
  serviceAccountDeliveries: (id: string, subscriptionId: string, query: DeliveryListQuery = {}) =>
    queryOptions({
      queryKey: ['workbench', 'service-accounts', id, 'subscriptions', subscriptionId, 'deliveries', query],
      queryFn: ({ signal }) => api.listServiceAccountDeliveries(id, subscriptionId, query, signal),
      placeholderData: keepPreviousData,
      staleTime: 0,
    }),
};
