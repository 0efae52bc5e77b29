import { ServicePointKindSchema, type ServicePointKind } from '@yici/contracts';
import type { ServicePointListQuery } from '../../api/client';
import { PROVINCE_CODE, isProvinceRegion } from './region-path';

export const SERVICE_POINT_PAGE_SIZE = 20;

export type ServicePointFilters = { region: string; kind?: ServicePointKind; q?: string; page: number };

const MAX_QUERY_LENGTH = 30;

/**
 * The region the URL names; without one, the visitor's own city when they chose one before
 * (`fallbackRegion`), else the whole province.
 */
export function readServicePointFilters(params: URLSearchParams, fallbackRegion?: string): ServicePointFilters {
  const region = params.get('region');
  const kind = ServicePointKindSchema.safeParse(params.get('kind'));
  const page = Number.parseInt(params.get('page') ?? '', 10);
  const q = params.get('q')?.trim().slice(0, MAX_QUERY_LENGTH);
  return {
    region: isProvinceRegion(region) ? region : isProvinceRegion(fallbackRegion) ? fallbackRegion : PROVINCE_CODE,
    q: q && q.length >= 2 ? q : undefined,
    kind: kind.success ? kind.data : undefined,
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
}

export function servicePointSearchParams(filters: ServicePointFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.region !== PROVINCE_CODE) params.set('region', filters.region);
  if (filters.kind) params.set('kind', filters.kind);
  if (filters.q) params.set('q', filters.q);
  if (filters.page > 1) params.set('page', String(filters.page));
  return params;
}

export function servicePointQueryOf(filters: ServicePointFilters): ServicePointListQuery {
  return {
    region: filters.region,
    kind: filters.kind,
    q: filters.q,
    page: filters.page,
    pageSize: SERVICE_POINT_PAGE_SIZE,
  };
}
