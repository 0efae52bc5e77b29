import { DomainError } from '../../platform/errors';

/** The problem codes of e-monitoring (电子监察); one line each on when it is thrown. */
export const monitoringErrors = {
  /** No such 督办 order, or one of another department or region (answered the same, so ids cannot be probed). */
  orderNotFound: (id: string) =>
    new DomainError({
      kind: 'not_found',
      code: 'MONITORING_ORDER_NOT_FOUND',
      title: '督办单不存在或不属于本部门',
      detail: `没有可处理的督办单 ${id}`,
    }),
  /** Acknowledging an order already acknowledged (or explained). */
  alreadyAcknowledged: () =>
    new DomainError({ kind: 'conflict', code: 'MONITORING_ORDER_ALREADY_ACKNOWLEDGED', title: '督办单已签收' }),
  /** A written explanation comes after the acknowledgement. */
  notAcknowledged: () =>
    new DomainError({ kind: 'conflict', code: 'MONITORING_ORDER_NOT_ACKNOWLEDGED', title: '请先签收督办单再作说明' }),
  /** An order is explained once; a second explanation changes nothing. */
  alreadyExplained: () =>
    new DomainError({ kind: 'conflict', code: 'MONITORING_ORDER_ALREADY_EXPLAINED', title: '督办单已作书面说明' }),
  /** Someone changed the order since it was read (the version sent is not the present one). */
  orderChanged: () =>
    new DomainError({
      kind: 'conflict',
      code: 'MONITORING_ORDER_CHANGED',
      title: '督办单已被他人处理，请刷新后再试',
      fields: [{ path: 'version', message: '版本已变化' }],
    }),
  /** The promised completion date lies before today (China date). */
  promisedInPast: () =>
    new DomainError({
      kind: 'unprocessable',
      code: 'MONITORING_PROMISED_DATE_PAST',
      title: '承诺办结日期不能早于今天',
      fields: [{ path: 'promisedOn', message: '不能早于今天' }],
    }),
  /** A region code that names no region. */
  regionUnknown: (code: string) =>
    new DomainError({
      kind: 'unprocessable',
      code: 'MONITORING_REGION_UNKNOWN',
      title: '行政区划不存在',
      fields: [{ path: 'regionCode', message: `没有行政区划 ${code}` }],
    }),
};
