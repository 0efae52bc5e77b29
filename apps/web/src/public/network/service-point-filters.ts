import { ServicePointKindSchema, type ServicePointKind } from '@yici/contracts';
import type { ServicePointListQuery } from '../../api/client';
import { PROVINCE_CODE, isProvinceRegion } from './region-path';

export const SERVICE_POINT_PAGE_SIZE = 20;

export type ServicePointFilters = { region: string; kind?: ServicePointKind; page: number };

/** The whole province unless the URL names a region inside it. */
export function readServicePointFilters(params: URLSearchParams): ServicePointFilters {
  const region = params.get('region');
  const kind = ServicePointKindSchema.safeParse(params.get('kind'));
  const page = Number.parseInt(params.get('page') ?? '', 10);
  return {
    region: isProvinceRegion(region) ? region : PROVINCE_CODE,
    kind: kind.success ? kind.data : undefined,
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
}

export function servicePointSearchParams(filters: ServicePointFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.region !== PROVINCE_CODE) params.set('region', filters.region);
  if (filters.kind) params.set('kind', filters.kind);
  if (filters.page > 1) params.set('page', String(filters.page));
  return params;
}

export function servicePointQueryOf(filters: ServicePointFilters): ServicePointListQuery {
  return { region: filters.region, kind: filters.kind, page: filters.page, pageSize: SERVICE_POINT_PAGE_SIZE };
}
