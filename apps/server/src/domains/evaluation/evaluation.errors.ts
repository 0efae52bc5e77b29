import { DomainError, type FieldIssue } from '../../platform/errors';

/** The problem codes of the evaluation domain; one line each on when it is thrown. */
export const evaluationErrors = {
  /** The input breaks a rule (indicator system, frontier, income, imported CSV): every problem listed. */
  inputInvalid: (fields: FieldIssue[]) =>
    new DomainError({
      kind: 'invalid',
      code: 'EVALUATION_INPUT_INVALID',
      title: '评价参数有误，未保存任何内容',
      detail: `共 ${fields.length} 处问题`,
      fields,
    }),
  /** The imported CSV has bad rows: the file is refused whole, every row's problem listed. */
  importInvalid: (fields: FieldIssue[]) =>
    new DomainError({
      kind: 'invalid',
      code: 'EVALUATION_IMPORT_INVALID',
      title: '导入的指标数据有误，整个文件未导入',
      detail: `共 ${fields.length} 处问题`,
      fields,
    }),
  /** The DTF calculator: a component with best equal to worst. */
  dtfInvalid: (fields: FieldIssue[]) =>
    new DomainError({ kind: 'invalid', code: 'EVALUATION_DTF_INVALID', title: '前沿距离无法计算', fields }),
  /** No measured case and no imported value for the year. */
  noData: (year: number) =>
    new DomainError({
      kind: 'unprocessable',
      code: 'EVALUATION_NO_DATA',
      title: '所评年份没有数据',
      detail: `${year} 年既没有可测量的办件，也没有导入的指标数据`,
      fields: [{ path: 'year', message: `${year} 年没有数据` }],
    }),
  /** The year has no cities in force (before the province's divisions are known). */
  noCities: (year: number) =>
    new DomainError({
      kind: 'unprocessable',
      code: 'EVALUATION_NO_DATA',
      title: '所评年份没有数据',
      detail: `${year} 年末没有有效的市级行政区划`,
      fields: [{ path: 'year', message: `${year} 年没有有效的城市` }],
    }),
  notFound: (id: string) =>
    new DomainError({
      kind: 'not_found',
      code: 'EVALUATION_NOT_FOUND',
      title: '评价不存在',
      detail: `没有评价 ${id}`,
    }),
  /** A reform scenario's changes break a rule (unknown bundle or step, a cyclic graph …): every problem named. */
  reformInvalid: (fields: FieldIssue[]) =>
    new DomainError({
      kind: 'invalid',
      code: 'REFORM_CHANGE_INVALID',
      title: '改革措施有误，未保存任何内容',
      detail: `共 ${fields.length} 处问题`,
      fields,
    }),
  reformNotFound: (id: string) =>
    new DomainError({
      kind: 'not_found',
      code: 'REFORM_NOT_FOUND',
      title: '改革模拟不存在',
      detail: `没有改革模拟 ${id}`,
    }),
};
