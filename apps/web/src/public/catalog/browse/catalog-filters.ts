import { AudienceSchema, DepartmentKindSchema, type Audience, type DepartmentKind } from '@yici/contracts';
import type { ItemListQuery } from '../../../api/client';
import { isSelectableRegion } from '../../network/region-path';

export const CATALOG_PAGE_SIZE = 10;
// The API's own limits (ItemQuerySchema): longer text would only come back as a 400.
const MAX_QUERY_LENGTH = 50;
const MAX_THEME_LENGTH = 30;

/** What the catalog page filters by; the URL query is its only store, so links and reloads keep it. */
export type CatalogFilters = {
  region?: string;
  q?: string;
  department?: DepartmentKind;
  audience?: Audience;
  theme?: string;
  oneVisit: boolean;
  online: boolean;
  page: number;
};

function textParam(params: URLSearchParams, limit: { name: string; maxLength: number }): string | undefined {
  const { name, maxLength } = limit;
  const value = params.get(name)?.trim();
  return value ? value.slice(0, maxLength) : undefined;
}

/** Unknown or malformed values are dropped rather than sent on to fail at the API. */
export function readCatalogFilters(params: URLSearchParams): CatalogFilters {
  const region = params.get('region');
  const department = DepartmentKindSchema.safeParse(params.get('department'));
  const audience = AudienceSchema.safeParse(params.get('audience'));
  const page = Number.parseInt(params.get('page') ?? '', 10);
  return {
    region: isSelectableRegion(region) ? region : undefined,
    q: textParam(params, { name: 'q', maxLength: MAX_QUERY_LENGTH }),
    department: department.success ? department.data : undefined,
    audience: audience.success ? audience.data : undefined,
    theme: textParam(params, { name: 'theme', maxLength: MAX_THEME_LENGTH }),
    oneVisit: params.get('oneVisit') === 'true',
    online: params.get('online') === 'true',
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
}

export function catalogSearchParams(filters: CatalogFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.region) params.set('region', filters.region);
  if (filters.q) params.set('q', filters.q);
  if (filters.department) params.set('department', filters.department);
  if (filters.audience) params.set('audience', filters.audience);
  if (filters.theme) params.set('theme', filters.theme);
  if (filters.oneVisit) params.set('oneVisit', 'true');
  if (filters.online) params.set('online', 'true');
  if (filters.page > 1) params.set('page', String(filters.page));
  return params;
}

/** Any filter change other than paging starts again from the first page. */
export function withFilter(filters: CatalogFilters, change: Partial<Omit<CatalogFilters, 'page'>>): CatalogFilters {
  return { ...filters, ...change, page: 1 };
}

export function itemListQueryOf(filters: CatalogFilters): ItemListQuery {
  return {
    region: filters.region,
    q: filters.q,
    department: filters.department,
    audience: filters.audience,
    theme: filters.theme,
    // "Only" switches: off means no filter, not "items that are not".
    oneVisit: filters.oneVisit || undefined,
    online: filters.online || undefined,
    page: filters.page,
    pageSize: CATALOG_PAGE_SIZE,
  };
}

export function hasActiveFilters(filters: CatalogFilters): boolean {
  return catalogSearchParams({ ...filters, page: 1 }).size > 0;
}
