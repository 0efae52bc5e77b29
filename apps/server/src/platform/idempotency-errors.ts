import { DomainError } from './errors';

/** Idempotency-Key problems: shared by the HTTP store and use cases that keep the key themselves. */
export const idempotencyErrors = {
  keyInvalid: () =>
    new DomainError({
      kind: 'invalid',
      code: 'IDEMPOTENCY_KEY_INVALID',
      title: 'Idempotency-Key 格式有误',
      fields: [{ path: 'Idempotency-Key', message: '应为 8–128 位字母、数字或 ._:-' }],
    }),
  reused: () =>
    new DomainError({
      kind: 'unprocessable',
      code: 'IDEMPOTENCY_KEY_REUSED',
      title: '幂等键已用于另一请求',
      detail: '同一 Idempotency-Key 只能用于同一请求',
    }),
  inProgress: () =>
    new DomainError({
      kind: 'conflict',
      code: 'IDEMPOTENCY_IN_PROGRESS',
      title: '相同请求正在处理，请稍后重试',
    }),
};
