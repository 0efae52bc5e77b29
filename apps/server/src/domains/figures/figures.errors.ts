import { DomainError } from '../../platform/errors';

/** The problem codes of the figures; one line each on when it is thrown. */
export const figuresErrors = {
  /** The area is no region (at any time of the period) and no hall. */
  areaUnknown: (area: string) =>
    new DomainError({
      kind: 'not_found',
      code: 'FIGURES_AREA_UNKNOWN',
      title: '统计区域不存在',
      detail: `在所选期间内没有区划或大厅 ${area}`,
      fields: [{ path: 'area', message: '区划或大厅不存在' }],
    }),
  /** A date that is no calendar day, before the platform's records, after today, or a period over 10 years. */
  periodUnknown: (path: 'from' | 'to', message: string) =>
    new DomainError({
      kind: 'unprocessable',
      code: 'FIGURES_PERIOD_UNKNOWN',
      title: '统计期间无效',
      fields: [{ path, message }],
    }),
  /** The period ends before it starts. */
  periodReversed: () =>
    new DomainError({
      kind: 'unprocessable',
      code: 'FIGURES_PERIOD_REVERSED',
      title: '统计期间的结束日期早于开始日期',
      fields: [{ path: 'to', message: '结束日期不能早于开始日期' }],
    }),
  /** An export of a table with more rows than allowed. */
  exportTooLarge: (rows: number, limit: number) =>
    new DomainError({
      kind: 'unprocessable',
      code: 'FIGURES_EXPORT_TOO_LARGE',
      title: `导出行数超过上限（${limit} 行）`,
      detail: `该表有 ${rows} 行，请缩小区域或期间`,
      fields: [{ path: 'table', message: `最多导出 ${limit} 行` }],
    }),
};
