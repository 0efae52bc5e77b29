import { DatasetRowsSchema, DatasetSchema } from '@yici/contracts';
import { segment, type Transport } from './transport';

export type DatasetListQuery = { theme?: string; publisher?: string };
export type DatasetRowsQuery = { page: number; pageSize: number; field?: string; value?: string };

const DatasetListSchema = DatasetSchema.array();

/** 公共数据开放: the catalog of datasets and their rows; public, read-only. */
export function openDataEndpoints(http: Transport) {
  return {
    listDatasets: (query: DatasetListQuery, signal?: AbortSignal) =>
      http.get({ path: '/api/open-data/datasets', query, schema: DatasetListSchema, signal }),
    getDataset: (id: string, signal?: AbortSignal) =>
      http.get({ path: `/api/open-data/datasets/${segment(id)}`, schema: DatasetSchema, signal }),
    queryDatasetRows: (id: string, query: DatasetRowsQuery, signal?: AbortSignal) =>
      http.get({ path: `/api/open-data/datasets/${segment(id)}/rows`, query, schema: DatasetRowsSchema, signal }),
  };
}
