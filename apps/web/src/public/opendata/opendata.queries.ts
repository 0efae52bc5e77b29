import { queryOptions } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { DatasetListQuery, DatasetRowsQuery } from '../../api/opendata.endpoints';

export const openDataQueries = {
  datasets: (query: DatasetListQuery) =>
    queryOptions({
      queryKey: ['open-data', 'datasets', query],
      queryFn: ({ signal }) => api.listDatasets(query, signal),
      placeholderData: (previous) => previous,
    }),
  dataset: (id: string) =>
    queryOptions({ queryKey: ['open-data', 'dataset', id], queryFn: ({ signal }) => api.getDataset(id, signal) }),
  rows: (id: string, query: DatasetRowsQuery) =>
    queryOptions({
      queryKey: ['open-data', 'rows', id, query],
      queryFn: ({ signal }) => api.queryDatasetRows(id, query, signal),
      placeholderData: (previous) => previous,
    }),
};
