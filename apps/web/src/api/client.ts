import {
  BundleSchema,
  BundleSummarySchema,
  ItemDetailSchema,
  ItemSummarySchema,
  ProblemSchema,
  RegionDetailSchema,
  RegionSchema,
  ServicePointSchema,
  pageOf,
  type ItemQuery,
  type Problem,
  type ServicePointKind,
} from '@yici/contracts';
import { messages } from '../messages';

/** Any contract schema: the client only needs to check a body against it. */
type ResponseSchema<T> = {
  safeParse(
    data: unknown,
  ):
    | { success: true; data: T }
    | { success: false; error: { issues: ReadonlyArray<{ path: PropertyKey[]; message: string }> } };
};

type QueryValue = string | number | boolean | null | undefined;
type Query = Record<string, QueryValue>;

/** An API failure as RFC 9457 problem details; network and contract failures are described the same way. */
export class ApiError extends Error {
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(describeProblem(problem));
    this.name = 'ApiError';
    this.problem = problem;
  }

  get status(): number {
    return this.problem.status;
  }

  get isNotFound(): boolean {
    return this.problem.status === 404;
  }
}

/** The title, then every field message: what a person needs to fix the request. */
export function describeProblem(problem: Problem): string {
  if (problem.fields.length === 0) return problem.title;
  return `${problem.title}：${problem.fields.map((field) => field.message).join('；')}`;
}

function localProblem(options: {
  status: number;
  code: string;
  title: string;
  correlationId?: string | null;
  fields?: Problem['fields'];
}): Problem {
  return {
    type: 'about:blank',
    title: options.title,
    status: options.status,
    code: options.code,
    correlationId: options.correlationId ?? '',
    fields: options.fields ?? [],
  };
}

function urlOf(baseUrl: string, path: string, query: Query | undefined): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    params.set(name, String(value));
  }
  const search = params.toString();
  return `${baseUrl}${path}${search ? `?${search}` : ''}`;
}

async function problemOf(response: Response): Promise<Problem> {
  const correlationId = response.headers.get('x-request-id');
  const fallback = localProblem({
    status: response.status,
    code: `HTTP_${response.status}`,
    title: messages.errors.generic,
    correlationId,
  });
  if (!(response.headers.get('content-type') ?? '').includes('application/problem+json')) return fallback;
  const parsed = ProblemSchema.safeParse(await response.json().catch(() => null));
  return parsed.success ? parsed.data : fallback;
}

export type ItemListQuery = Partial<ItemQuery>;

export type ServicePointListQuery = { region: string; kind?: ServicePointKind; page?: number; pageSize?: number };

const ItemPageSchema = pageOf(ItemSummarySchema);
const ServicePointPageSchema = pageOf(ServicePointSchema);
const RegionListSchema = RegionSchema.array();
const BundleListSchema = BundleSummarySchema.array();

/** The one typed client of the API: every body is checked against its contract before use. */
export function createApiClient(options: { baseUrl?: string; fetch?: typeof fetch } = {}) {
  const baseUrl = options.baseUrl ?? '';
  const doFetch = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));

  async function getJson<T>(request: {
    path: string;
    schema: ResponseSchema<T>;
    query?: Query;
    signal?: AbortSignal;
  }): Promise<T> {
    let response: Response;
    try {
      response = await doFetch(urlOf(baseUrl, request.path, request.query), {
        headers: { accept: 'application/json' },
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

  const segment = encodeURIComponent;

  return {
    listRegions: (parent: string, signal?: AbortSignal) =>
      getJson({ path: '/api/regions', query: { parent }, schema: RegionListSchema, signal }),
    getRegion: (code: string, signal?: AbortSignal) =>
      getJson({ path: `/api/regions/${segment(code)}`, schema: RegionDetailSchema, signal }),
    listItems: (query: ItemListQuery, signal?: AbortSignal) =>
      getJson({ path: '/api/catalog/items', query, schema: ItemPageSchema, signal }),
    getItem: (code: string, signal?: AbortSignal) =>
      getJson({ path: `/api/catalog/items/${segment(code)}`, schema: ItemDetailSchema, signal }),
    listBundles: (signal?: AbortSignal) => getJson({ path: '/api/catalog/bundles', schema: BundleListSchema, signal }),
    getBundle: (id: string, signal?: AbortSignal) =>
      getJson({ path: `/api/catalog/bundles/${segment(id)}`, schema: BundleSchema, signal }),
    listServicePoints: (query: ServicePointListQuery, signal?: AbortSignal) =>
      getJson({ path: '/api/network/service-points', query, schema: ServicePointPageSchema, signal }),
  };
}

export type ApiClient = ReturnType<typeof createApiClient>;

/** Same origin: the API server also serves this app. */
export const api = createApiClient();

/** The contracts export no name for this shape yet; derived here from the parsed response. */
export type BundleSummary = Awaited<ReturnType<ApiClient['listBundles']>>[number];
