import { randomUUID } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { Problem } from '@yici/contracts';
import { DomainError, type ErrorKind, type FieldIssue } from '../errors';
import { DATABASE_RETRY_AFTER_SECONDS, databaseUnavailable, isDatabaseUnavailable } from '../db/database-errors';

/** The one kind → status table; exhaustive, so a new kind cannot go unmapped. */
export const STATUS_BY_KIND = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  unprocessable: 422,
  too_many: 429,
  unavailable: 503,
} as const satisfies Record<ErrorKind, number>;

const PROBLEM_TYPE_BASE = 'https://yici.gov.cn/problems/';

function problemOf(options: {
  status: number;
  code: string;
  title: string;
  detail?: string;
  fields?: FieldIssue[];
  request: FastifyRequest;
}): Problem {
  return {
    type: PROBLEM_TYPE_BASE + options.code.toLowerCase().replaceAll('_', '-'),
    title: options.title,
    status: options.status,
    code: options.code,
    ...(options.detail ? { detail: options.detail } : {}),
    instance: options.request.url.split('?')[0],
    correlationId: String(options.request.id),
    fields: options.fields ?? [],
  };
}

function fieldsFromValidation(error: FastifyError & { validation: { instancePath: string; message?: string }[] }) {
  const where = error.validationContext ?? 'body';
  return error.validation.map((v) => ({
    path: [where, ...v.instancePath.split('/').filter(Boolean)].join('.'),
    message: v.message ?? '无效',
  }));
}

/** Maps anything thrown in a request to an RFC 9457 problem; unknown errors become a generic 500. */
export function sendProblem(thrown: unknown, request: FastifyRequest, reply: FastifyReply) {
  // A lost database is the platform's fault for a moment, not the caller's and not a bug: 503.
  const error = !(thrown instanceof DomainError) && isDatabaseUnavailable(thrown) ? databaseUnavailable() : thrown;
  let problem: Problem;
  if (error instanceof DomainError) {
    if (error.retryAfterSeconds !== undefined) reply.header('retry-after', String(error.retryAfterSeconds));
    problem = problemOf({
      status: STATUS_BY_KIND[error.kind],
      code: error.code,
      title: error.title,
      detail: error.detail,
      fields: error.fields,
      request,
    });
  } else if (hasZodFastifySchemaValidationErrors(error)) {
    problem = problemOf({
      status: 400,
      code: 'REQUEST_INVALID',
      title: '请求参数有误',
      fields: fieldsFromValidation(error as never),
      request,
    });
  } else if (isClientError(error)) {
    problem = problemOf({
      status: error.statusCode,
      code: clientErrorCode(error),
      title: clientErrorTitle(error.statusCode),
      detail: error.message,
      request,
    });
  } else {
    request.log.error({ err: error, correlationId: request.id }, 'unhandled error');
    problem = problemOf({ status: 500, code: 'INTERNAL', title: '系统内部错误，请稍后再试', request });
  }
  if (problem.status === 503 && !reply.hasHeader('retry-after')) {
    reply.header('retry-after', String(DATABASE_RETRY_AFTER_SECONDS));
  }
  return reply.status(problem.status).type('application/problem+json; charset=utf-8').send(problem);
}

function isClientError(error: unknown): error is FastifyError & { statusCode: number } {
  const status = (error as FastifyError | undefined)?.statusCode;
  return typeof status === 'number' && status >= 400 && status < 500;
}

function clientErrorCode(error: FastifyError): string {
  if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return 'UNSUPPORTED_MEDIA_TYPE';
  if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return 'BODY_TOO_LARGE';
  if (error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' || error.code === 'FST_ERR_CTP_INVALID_JSON_BODY') {
    return 'BODY_MALFORMED';
  }
  if (error.code === 'FST_ERR_BAD_URL') return 'URL_MALFORMED';
  if (error.code === 'FST_ERR_MAX_PARAM_LENGTH') return 'URL_TOO_LONG';
  if ((error.statusCode ?? 0) === 404) return 'ROUTE_NOT_FOUND';
  return 'REQUEST_INVALID';
}

function clientErrorTitle(status: number): string {
  if (status === 404) return '请求的资源不存在';
  if (status === 408) return '请求超时';
  if (status === 413) return '请求内容过大';
  if (status === 414) return '请求地址过长';
  if (status === 431) return '请求头或请求地址过长';
  if (status === 415) return '不支持的内容类型';
  return '请求有误';
}

const SOCKET_ERRORS: Record<string, { status: number; code: string }> = {
  HPE_HEADER_OVERFLOW: { status: 431, code: 'HEADERS_TOO_LARGE' },
  ERR_HTTP_REQUEST_TIMEOUT: { status: 408, code: 'REQUEST_TIMEOUT' },
};

/**
 * What Node refuses before any route sees the request (headers or URL beyond its 16 KiB limit,
 * malformed syntax, a slow client) is answered on the socket as a problem too, instead of the
 * framework's plain JSON; the connection then closes, since the parser cannot resume.
 */
export function problemOnSocket(error: Error & { code?: string }, socket: Socket) {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const { status, code } = SOCKET_ERRORS[error.code ?? ''] ?? { status: 400, code: 'REQUEST_MALFORMED' };
  const correlationId = randomUUID();
  const problem: Problem = {
    type: PROBLEM_TYPE_BASE + code.toLowerCase().replaceAll('_', '-'),
    title: clientErrorTitle(status),
    status,
    code,
    correlationId,
    fields: [],
  };
  const body = JSON.stringify(problem);
  if (socket.writable) {
    socket.write(
      [
        `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? 'Bad Request'}`,
        'Content-Type: application/problem+json; charset=utf-8',
        `Content-Length: ${Buffer.byteLength(body)}`,
        `X-Request-Id: ${correlationId}`,
        'X-Content-Type-Options: nosniff',
        'Connection: close',
        '',
        body,
      ].join('\r\n'),
    );
  }
  socket.destroy(error);
}
