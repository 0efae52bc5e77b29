import { ProblemSchema, type Problem } from '@yici/contracts';
import { messages } from '../messages';

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

  get code(): string {
    return this.problem.code;
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

export function localProblem(options: {
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

export async function problemOf(response: Response): Promise<Problem> {
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

/** Whether an error is an API problem with one of these codes. */
export function hasProblemCode(error: unknown, ...codes: string[]): error is ApiError {
  return error instanceof ApiError && codes.includes(error.problem.code);
}
