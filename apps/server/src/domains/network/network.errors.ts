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
};
