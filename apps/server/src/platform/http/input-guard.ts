import type { FastifyInstance, FastifyRequest } from 'fastify';
import { invalid } from '../errors';

/**
 * Text that PostgreSQL cannot store never reaches a use case. PostgreSQL refuses U+0000 in `text`
 * and in `jsonb` alike, so a NUL anywhere (a search term, a login, a path id, a form value, a file
 * name, an object key) would fail deep inside a statement as a 500 — after earlier statements of
 * the same request may already have run. One rule at the edge instead of a refinement per field:
 * every string the request carries (path, query, JSON body, keys included) is checked before the
 * handler, after the route's permission (a caller who may not use the route learns nothing).
 * Lone surrogates (half a UTF-16 pair, which JSON can carry as an escape) are refused for the same
 * reason, and the walk refuses JSON nested deeper than any form, which recursive code would choke on.
 */
const NUL = '\u0000';
/** Half of a surrogate pair alone: not Unicode text, and PostgreSQL's jsonb refuses its escape. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Deeper than any form the platform takes; deeper JSON would only exhaust recursive code later. */
export const MAX_INPUT_DEPTH = 32;

export type InputIssue = { code: 'nul' | 'surrogate' | 'depth'; path: string };

function textIssue(text: string): InputIssue['code'] | null {
  if (text.includes(NUL)) return 'nul';
  return LONE_SURROGATE.test(text) ? 'surrogate' : null;
}

/**
 * The first NUL (in a value or a key) or excessive nesting in a parsed value, with its dotted
 * path; null when there is none. Walks with its own stack: a JSON body of 1 MiB can nest half a
 * million levels deep, which recursion (here, in zod, in JSON.stringify) would not survive.
 */
export function findInputIssue(value: unknown, path: string): InputIssue | null {
  const pending: { value: unknown; path: string; depth: number }[] = [{ value, path, depth: 0 }];
  while (pending.length > 0) {
    const item = pending.pop()!;
    if (typeof item.value === 'string') {
      const code = textIssue(item.value);
      if (code) return { code, path: item.path };
      continue;
    }
    if (item.value === null || typeof item.value !== 'object' || Buffer.isBuffer(item.value)) continue;
    if (item.depth >= MAX_INPUT_DEPTH) return { code: 'depth', path: item.path };
    const entries = Array.isArray(item.value)
      ? item.value.map((child, i) => [String(i), child] as const)
      : Object.entries(item.value as Record<string, unknown>);
    // Pushed in reverse so that the first offending field is the one reported.
    for (let i = entries.length - 1; i >= 0; i -= 1) {
      const [key, child] = entries[i]!;
      const code = textIssue(key);
      if (code) return { code, path: `${item.path}.${JSON.stringify(key).slice(1, -1)}` };
      pending.push({ value: child, path: `${item.path}.${key}`, depth: item.depth + 1 });
    }
  }
  return null;
}

export function inputIssueOf(request: Pick<FastifyRequest, 'params' | 'query' | 'body'>): InputIssue | null {
  return (
    findInputIssue(request.params, 'params') ??
    findInputIssue(request.query, 'querystring') ??
    findInputIssue(request.body, 'body')
  );
}

export const inputErrors = {
  nulCharacter: (path: string) =>
    invalid('INPUT_NUL_CHARACTER', '请求中含有不允许的空字符', [{ path, message: '不能包含空字符（U+0000）' }]),
  textMalformed: (path: string) =>
    invalid('INPUT_TEXT_MALFORMED', '请求中含有无效的 Unicode 字符', [{ path, message: '含有不成对的代理项字符' }]),
  tooDeep: (path: string) =>
    invalid('INPUT_TOO_DEEP', '请求内容嵌套层级过深', [{ path, message: `嵌套不能超过 ${MAX_INPUT_DEPTH} 层` }]),
};

/** Registered after the auth hook, so the permission is checked first. */
export function registerInputGuard(app: FastifyInstance) {
  app.addHook('preValidation', async (request) => {
    const issue = inputIssueOf(request);
    if (!issue) return;
    if (issue.code === 'nul') throw inputErrors.nulCharacter(issue.path);
    if (issue.code === 'surrogate') throw inputErrors.textMalformed(issue.path);
    throw inputErrors.tooDeep(issue.path);
  });
}
