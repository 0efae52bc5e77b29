import { DomainError, invalid, type FieldIssue } from '../../platform/errors';

/** Codes of the bulk history generator (the kind, in brackets, decides the HTTP status). */
export const HISTORY_ERROR_CODES = {
  /** [invalid] the request is malformed: cases not a whole number ≥ 1, a bad seed or period. */
  requestInvalid: 'HISTORY_REQUEST_INVALID',
  /** [unprocessable] the year (or period) is outside the calendar's years (from 2000) or not yet over (after yesterday). */
  yearOutOfRange: 'HISTORY_YEAR_OUT_OF_RANGE',
  /** [unprocessable] no catalog item was in force in the period: there is nothing to have applied for. */
  nothingInForce: 'HISTORY_NOTHING_IN_FORCE',
  /** [conflict] this period and seed were generated already (same ids): drop them first. */
  alreadyGenerated: 'HISTORY_ALREADY_GENERATED',
} as const;

export const historyErrors = {
  requestInvalid: (fields: FieldIssue[]) => invalid(HISTORY_ERROR_CODES.requestInvalid, '历史数据生成参数有误', fields),
  yearOutOfRange: (detail: string) =>
    new DomainError({
      kind: 'unprocessable',
      code: HISTORY_ERROR_CODES.yearOutOfRange,
      title: '年份超出可生成历史的范围',
      detail,
    }),
  nothingInForce: (from: string, to: string) =>
    new DomainError({
      kind: 'unprocessable',
      code: HISTORY_ERROR_CODES.nothingInForce,
      title: '所选期间没有已公布的事项',
      detail: `${from} 至 ${to} 期间事项清单尚未公布，无从生成办件。`,
    }),
  alreadyGenerated: (from: string, to: string, seed: number) =>
    new DomainError({
      kind: 'conflict',
      code: HISTORY_ERROR_CODES.alreadyGenerated,
      title: '该期间与种子的历史数据已生成',
      detail: `${from} 至 ${to}（种子 ${seed}）的模拟历史已存在；如需重新生成，请先加 --drop 删除。`,
    }),
};
