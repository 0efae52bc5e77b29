import { messages } from '../messages';
import { ApiError, localProblem, problemOf } from './api-error';
import { CSRF_HEADER, documentCsrfToken } from './csrf';

/** Any contract schema: the client only needs to check a body against it. */
export type ResponseSchema<T> = {
  safeParse(
    data: unknown,
  ):
    | { success: true; data: T }
    | { success: false; error: { issues: ReadonlyArray<{ path: PropertyKey[]; message: string }> } };
};

/** The type a contract schema parses to, without naming the validation library here. */
export type Infer<S extends { parse(data: unknown): unknown }> = ReturnType<S['parse']>;

type QueryValue = string | number | boolean | null | undefined;
export type Query = Record<string, QueryValue>;

type WriteMethod = 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export type TransportOptions = {
  baseUrl?: string;
  fetch?: typeof fetch;
  /** Where the CSRF token comes from; the page's cookie unless a test says otherwise. */
  csrfToken?: () => string | null;
};

/** A body sent as it is (an uploaded file), with its own content type, instead of as JSON. */
export type RawBody = { data: Blob | ArrayBuffer; contentType: string };

type Request<T> = {
  method: 'GET' | WriteMethod;
  path: string;
  schema: ResponseSchema<T>;
  query?: Query;
  body?: unknown;
  raw?: RawBody;
  /** Extra request headers: an `Idempotency-Key`, an uploaded file's name. */
  headers?: Record<string, string>;
  signal?: AbortSignal;
};

function urlOf(baseUrl: string, path: string, query: Query | undefined): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    params.set(name, String(value));
  }
  const search = params.toString();
  return `${baseUrl}${path}${search ? `?${search}` : ''}`;
}

function headersOf(request: Request<unknown>, csrfToken: string | null): Record<string, string> {
  const headers: Record<string, string> = { accept: 'application/json' };
  // An empty JSON body is a client error on the server, so the type is only sent with a body.
  if (request.body !== undefined) headers['content-type'] = 'application/json';
  if (request.raw) headers['content-type'] = request.raw.contentType;
  if (request.method !== 'GET' && csrfToken) headers[CSRF_HEADER] = csrfToken;
  return { ...request.headers, ...headers };
}

/** Sends one request and checks the answer against its contract; every failure becomes an ApiError. */
export function createTransport(options: TransportOptions = {}) {
  const baseUrl = options.baseUrl ?? '';
  const doFetch = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));
  const csrfToken = options.csrfToken ?? documentCsrfToken;

  async function send<T>(request: Request<T>): Promise<T> {
    let response: Response;
    try {
      response = await doFetch(urlOf(baseUrl, request.path, request.query), {
        method: request.method,
        headers: headersOf(request, csrfToken()),
        body: request.raw ? request.raw.data : request.body === undefined ? undefined : JSON.stringify(request.body),
        credentials: 'same-origin',
        signal: request.signal,
      });
    } catch (error) {
      if (request.signal?.aborted) throw error;
      throw new ApiError(localProblem({ status: 0, code: 'NETWORK', title: messages.errors.network }));
    }
    if (!response.ok) throw new ApiError(await problemOf(response));
    const parsed = request.schema.safeParse(await response.json().catch(() => undefined));
    if (parsed.success) return parsed.data;
    throw new ApiError(
      localProblem({
        status: 502,
        code: 'RESPONSE_INVALID',
        title: messages.errors.badResponse,
        correlationId: response.headers.get('x-request-id'),
        fields: parsed.error.issues.map((issue) => ({
          path: issue.path.map(String).join('.'),
          message: issue.message,
        })),
      }),
    );
  }

  return {
    get: <T>(request: Omit<Request<T>, 'method' | 'body'>) => send({ ...request, method: 'GET' }),
    write: <T>(request: Omit<Request<T>, 'method' | 'query'> & { method?: WriteMethod }) =>
      send({ ...request, method: request.method ?? 'POST' }),
  };
}

export type Transport = ReturnType<typeof createTransport>;

export const segment = encodeURIComponent;
