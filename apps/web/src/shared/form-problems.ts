import { ApiError } from '../api/client';

export type FieldErrors<N extends string = string> = { name: N; errors: string[] }[];

/**
 * The field messages of a problem, addressed to the form's own fields (`body.phone` → `phone`);
 * `rest` says whether anything could not be shown beside a field and needs an alert.
 */
export function fieldErrorsOf<N extends string>(
  error: unknown,
  fieldNames: readonly N[],
): { fields: FieldErrors<N>; rest: boolean } {
  if (!(error instanceof ApiError)) return { fields: [], rest: true };
  const byField = new Map<N, string[]>();
  let rest = error.problem.fields.length === 0;
  for (const issue of error.problem.fields) {
    const name = issue.path.replace(/^body\./, '') as N;
    if (!fieldNames.includes(name)) {
      rest = true;
      continue;
    }
    byField.set(name, [...(byField.get(name) ?? []), issue.message]);
  }
  return { fields: [...byField].map(([name, errors]) => ({ name, errors })), rest };
}
