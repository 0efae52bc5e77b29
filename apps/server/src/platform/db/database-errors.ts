import { DomainError } from '../errors';

/** Seconds a client is asked to wait (Retry-After) when the database cannot be reached. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

// SQLSTATEs that mean "the connection or the server is gone", not "this statement is wrong":
// class 08 (connection exception), 57P01–57P03 (terminated by an administrator, crash shutdown,
// cannot connect now: starting up or shutting down), 53300 (too many connections), and what a
// connection attempt meets when the database is closed to connections, gone or refuses the
// platform's credentials (3D000, 28000, 28P01): none of them a request can cause.
const UNAVAILABLE_STATES = new Set(['57P01', '57P02', '57P03', '53300', '3D000', '28000', '28P01']);
// Socket errors from node-postgres when the server is down, restarting or unreachable.
const UNAVAILABLE_SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);
// node-postgres and pg-pool say these in words only.
const UNAVAILABLE_MESSAGES = [
  'Connection terminated',
  'connection error and is not queryable',
  'Client was closed and is not queryable',
  'timeout exceeded when trying to connect',
  'Connection timeout',
  'the database system is',
  'is not currently accepting connections',
  // The process is shutting down and has closed its side.
  'Cannot use a pool after calling end on the pool',
  'PGlite is closed',
];

/**
 * Whether an error means the database could not be reached (a dropped connection, a restart, a
 * refused connection), as opposed to a fault of the request or the code. drizzle wraps the
 * driver's error in `cause`, so the whole chain is looked at.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
    const { code, message } = e as { code?: unknown; message?: unknown };
    if (typeof code === 'string' && (code.startsWith('08') || UNAVAILABLE_STATES.has(code))) return true;
    if (typeof code === 'string' && UNAVAILABLE_SOCKET_CODES.has(code)) return true;
    if (typeof message === 'string' && UNAVAILABLE_MESSAGES.some((m) => message.includes(m))) return true;
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}

/** 503: the request could not reach the database; nothing was decided, a retry later may succeed. */
export function databaseUnavailable(): DomainError {
  return new DomainError({
    kind: 'unavailable',
    code: 'DATABASE_UNAVAILABLE',
    title: '数据库暂时无法访问，请稍后重试',
  });
}
