import { queryOptions } from '@tanstack/react-query';
import { api } from '../../api/client';

export const DATA_USE_PAGE_SIZE = 20;

/** One person's data: every key starts with 'account' so that a session change drops it. */
export const accountQueries = {
  entityBindings: (uscc: string) =>
    queryOptions({
      queryKey: ['account', 'entities', uscc, 'bindings'],
      queryFn: ({ signal }) => api.listEntityBindings(uscc, signal),
      staleTime: 0,
    }),
  grantedMandates: () =>
    queryOptions({
      queryKey: ['account', 'mandates', 'granted'],
      queryFn: ({ signal }) => api.listMyMandates(signal),
      staleTime: 0,
    }),
  receivedMandates: () =>
    queryOptions({
      queryKey: ['account', 'mandates', 'received'],
      queryFn: ({ signal }) => api.listReceivedMandates(signal),
      staleTime: 0,
    }),
  /** The consents given to department systems, by the person or the entity they act for. */
  sharingConsents: () =>
    queryOptions({
      queryKey: ['account', 'sharing-consents'],
      queryFn: ({ signal }) => api.listMySharingConsents(signal),
      staleTime: 0,
    }),
  /** The entity's log when acting for it as legal representative, otherwise one's own. */
  dataUse: (options: { uscc: string | null; cursor: string | undefined }) =>
    queryOptions({
      queryKey: ['account', 'data-use', options.uscc ?? 'self', options.cursor ?? null],
      queryFn: ({ signal }) => {
        const page = { cursor: options.cursor, limit: DATA_USE_PAGE_SIZE };
        return options.uscc ? api.listEntityDataUse(options.uscc, page, signal) : api.listMyDataUse(page, signal);
      },
      // Keep the rows while paging, never across identities.
      placeholderData: (previous, previousQuery) =>
        previousQuery?.queryKey[2] === (options.uscc ?? 'self') ? previous : undefined,
      staleTime: 0,
    }),
};
