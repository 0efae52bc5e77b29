import { DomainError } from '../../platform/errors';

/** Codes the network domain throws. */
export const networkErrors = {
  /** The region code is unknown, or the region did not exist on the date asked about. */
  regionNotFound: (code: string, asOf: string) =>
    new DomainError({
      kind: 'not_found',
      code: 'REGION_NOT_FOUND',
      title: '行政区划不存在',
      detail: `区划代码 ${code} 在 ${asOf} 不存在`,
      fields: [{ path: 'region', message: `区划代码 ${code} 不存在` }],
    }),
  /** No department of that kind exists in the region. */
  departmentNotFound: (regionCode: string, kind: string) =>
    new DomainError({
      kind: 'not_found',
      code: 'DEPARTMENT_NOT_FOUND',
      title: '部门不存在',
      detail: `区划 ${regionCode} 没有 ${kind} 部门`,
    }),
  /** No service point has the id. */
  servicePointNotFound: (id: string) =>
    new DomainError({
      kind: 'not_found',
      code: 'SERVICE_POINT_NOT_FOUND',
      title: '服务网点不存在',
      detail: `没有编号为 ${id} 的服务网点`,
    }),
  /** `after` names no service point: a list can only continue after one of its own rows. */
  afterUnknown: () =>
    new DomainError({
      kind: 'invalid',
      code: 'SERVICE_POINT_AFTER_UNKNOWN',
      title: '翻页位置无效',
      detail: 'after 应为上一页返回的 next（最后一个网点的编号）',
      fields: [{ path: 'after', message: '没有这个网点' }],
    }),
  pageWithAfter: () =>
    new DomainError({
      kind: 'invalid',
      code: 'SERVICE_POINT_PAGE_WITH_AFTER',
      title: '页码与翻页位置不能同时使用',
      detail: '按页码翻页用 page，按位置翻页用 after（上一页返回的 next），二者选一',
      fields: [{ path: 'page', message: '与 after 不能同时使用' }],
    }),
};
