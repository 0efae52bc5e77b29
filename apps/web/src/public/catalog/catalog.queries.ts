import { queryOptions } from '@tanstack/react-query';
import { api, type ItemListQuery } from '../../api/client';

export const catalogQueries = {
  items: (query: ItemListQuery) =>
    queryOptions({
      queryKey: ['catalog', 'items', query],
      queryFn: ({ signal }) => api.listItems(query, signal),
      placeholderData: (previous) => previous,
    }),
  item: (code: string) =>
    queryOptions({ queryKey: ['catalog', 'item', code], queryFn: ({ signal }) => api.getItem(code, signal) }),
  bundles: () => queryOptions({ queryKey: ['catalog', 'bundles'], queryFn: ({ signal }) => api.listBundles(signal) }),
  bundlesFor: (q: string) =>
    queryOptions({
      queryKey: ['catalog', 'bundles', q],
      queryFn: ({ signal }) => api.findBundles(q, signal),
      enabled: q.trim().length > 0,
    }),
  bundle: (id: string) =>
    queryOptions({ queryKey: ['catalog', 'bundle', id], queryFn: ({ signal }) => api.getBundle(id, signal) }),
};
