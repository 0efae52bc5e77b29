import {
  BundleSchema,
  BundleSummarySchema,
  DepartmentSchema,
  ItemDetailSchema,
  ItemSummarySchema,
  RegionDetailSchema,
  RegionSchema,
  ServicePointPageSchema,
  ServicePointSchema,
  pageOf,
  type DepartmentKind,
  type ItemQuery,
  type ServicePointKind,
} from '@yici/contracts';
import { segment, type Transport } from './transport';

export type ItemListQuery = Partial<ItemQuery>;

export type DepartmentListQuery = { region?: string; kind?: DepartmentKind };
export type ServicePointListQuery = {
  region: string;
  kind?: ServicePointKind;
  q?: string;
  page?: number;
  pageSize?: number;
};

const ItemPageSchema = pageOf(ItemSummarySchema);
const RegionListSchema = RegionSchema.array();
const BundleListSchema = BundleSummarySchema.array();
const DepartmentListSchema = DepartmentSchema.array();

/** The published catalog and the service network: public, read-only. */
export function catalogEndpoints(http: Transport) {
  return {
    listRegions: (parent: string, signal?: AbortSignal) =>
      http.get({ path: '/api/regions', query: { parent }, schema: RegionListSchema, signal }),
    getRegion: (code: string, signal?: AbortSignal) =>
      http.get({ path: `/api/regions/${segment(code)}`, schema: RegionDetailSchema, signal }),
    listItems: (query: ItemListQuery, signal?: AbortSignal) =>
      http.get({ path: '/api/catalog/items', query, schema: ItemPageSchema, signal }),
    getItem: (code: string, signal?: AbortSignal) =>
      http.get({ path: `/api/catalog/items/${segment(code)}`, schema: ItemDetailSchema, signal }),
    listBundles: (signal?: AbortSignal) => http.get({ path: '/api/catalog/bundles', schema: BundleListSchema, signal }),
    /** The bundles a query finds (everyday words too), best first. */
    findBundles: (q: string, signal?: AbortSignal) =>
      http.get({ path: '/api/catalog/bundles', query: { q }, schema: BundleListSchema, signal }),
    getBundle: (id: string, signal?: AbortSignal) =>
      http.get({ path: `/api/catalog/bundles/${segment(id)}`, schema: BundleSchema, signal }),
    listDepartments: (query: DepartmentListQuery, signal?: AbortSignal) =>
      http.get({ path: '/api/network/departments', query, schema: DepartmentListSchema, signal }),
    getServicePoint: (id: string, signal?: AbortSignal) =>
      http.get({ path: `/api/network/service-points/${segment(id)}`, schema: ServicePointSchema, signal }),
    listServicePoints: (query: ServicePointListQuery, signal?: AbortSignal) =>
      http.get({ path: '/api/network/service-points', query, schema: ServicePointPageSchema, signal }),
  };
}
