import type { ResponseSchema } from './transport';

/**
 * Checks for the few answers packages/contracts does not publish a schema for yet (`{ ok: true }`,
 * the audit log's bodies). Each names what it expects so that a mismatch reads like a contract one.
 */
export function shapeOf<T>(options: { expected: string; test: (value: Record<string, unknown>) => boolean }) {
  const schema: ResponseSchema<T> = {
    safeParse(data) {
      const isObject = typeof data === 'object' && data !== null && !Array.isArray(data);
      if (isObject && options.test(data as Record<string, unknown>)) return { success: true, data: data as T };
      return { success: false, error: { issues: [{ path: [], message: `expected ${options.expected}` }] } };
    },
  };
  return schema;
}

export const isString = (value: unknown): value is string => typeof value === 'string';
export const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
export const isNullable =
  <T>(test: (value: unknown) => value is T) =>
  (value: unknown): value is T | null =>
    value === null || test(value);

export const OkSchema = shapeOf<{ ok: true }>({ expected: '{ ok: true }', test: (value) => value.ok === true });
export const AccountCreatedSchema = shapeOf<{ accountId: string }>({
  expected: '{ accountId }',
  test: (value) => isString(value.accountId),
});
export const SessionsEndedSchema = shapeOf<{ ended: number }>({
  expected: '{ ended }',
  test: (value) => isNumber(value.ended),
});
