/**
 * The one error model of the platform. A `DomainError` carries a kind (which decides the HTTP
 * status, in one table at the edge) and a stable code (which tells clients what happened).
 * Each domain lists its codes in `<domain>.errors.ts` with one line on when each is thrown.
 */
export type ErrorKind =
  | 'invalid' // the input is malformed or breaks a rule → 400
  | 'unauthenticated' // no or bad credentials → 401
  | 'forbidden' // authenticated but not allowed → 403
  | 'not_found' // the subject does not exist (or is not visible) → 404
  | 'conflict' // the subject's state does not allow it, or someone else acted first → 409
  | 'unprocessable' // well-formed, but the domain refuses it → 422
  | 'too_many' // rate or lockout → 429
  | 'unavailable'; // a dependency is down → 503

export type FieldIssue = { path: string; message: string };

export class DomainError extends Error {
  readonly kind: ErrorKind;
  readonly code: string;
  readonly title: string;
  readonly fields: FieldIssue[];
  readonly detail?: string;
  /** For `too_many` and `unavailable`: when to try again, sent as `Retry-After`. */
  readonly retryAfterSeconds?: number;

  constructor(options: {
    kind: ErrorKind;
    code: string;
    title: string;
    detail?: string;
    fields?: FieldIssue[];
    retryAfterSeconds?: number;
  }) {
    super(`${options.code}: ${options.detail ?? options.title}`);
    this.name = 'DomainError';
    this.kind = options.kind;
    this.code = options.code;
    this.title = options.title;
    this.detail = options.detail;
    this.fields = options.fields ?? [];
    this.retryAfterSeconds = options.retryAfterSeconds;
  }
}

/** Shorthand for a 400 naming the fields at fault. */
export function invalid(code: string, title: string, fields: FieldIssue[] = [], detail?: string) {
  return new DomainError({ kind: 'invalid', code, title, fields, detail });
}

export function notFound(code: string, title: string, detail?: string) {
  return new DomainError({ kind: 'not_found', code, title, detail });
}
