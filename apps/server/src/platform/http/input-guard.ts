import type { FastifyInstance, FastifyRequest } from 'fastify';
import { invalid, type FieldIssue } from '../errors';

/**
 * Text that PostgreSQL cannot store never reaches a use case. PostgreSQL refuses U+0000 in `text`
 * and in `jsonb` alike, so a NUL anywhere (a search term, a login, a path id, a form value, a file
 * name, an object key) would fail deep inside a statement as a 500 — after earlier statements of
 * the same request may already have run. One rule at the edge instead of a refinement per field:
 * every string the request carries (path, query, JSON body, keys included) is checked before the
 * handler, after the route's permission (a caller who may not use the route learns nothing).
 */
const NUL = '\u0000';

/** Where a NUL hides in a parsed value: its dotted path, or null. Walks keys as well as values. */
export function findNul(value: unknown, path: string): string | null {
  if (typeof value === 'string') return value.includes(NUL) ? path : null;
  if (value === null || typeof value !== 'object' || Buffer.isBuffer(value)) return null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) {
      const found = findNul(value[i], `${path}.${i}`);
      if (found) return found;
    }
    return null;
  }
  for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
    if (key.includes(NUL)) return `${path}.${key.replaceAll(NUL, '\\u0000')}`;
    const found = findNul(item, `${path}.${key}`);
    if (found) return found;
  }
  return null;
}

export function nulInRequest(request: Pick<FastifyRequest, 'params' | 'query' | 'body'>): FieldIssue | null {
  const at =
    findNul(request.params, 'params') ?? findNul(request.query, 'querystring') ?? findNul(request.body, 'body');
  return at ? { path: at, message: '不能包含空字符（U+0000）' } : null;
}

export const inputErrors = {
  nulCharacter: (field: FieldIssue) => invalid('INPUT_NUL_CHARACTER', '请求中含有不允许的空字符', [field]),
};

/** Registered after the auth hook, so the permission is checked first. */
export function registerInputGuard(app: FastifyInstance) {
  app.addHook('preValidation', async (request) => {
    const field = nulInRequest(request);
    if (field) throw inputErrors.nulCharacter(field);
  });
}
