import type { MaterialSupply } from '@yici/contracts';
import { ApiError } from '../../../api/client';

export type FieldMessages = { name: string; errors: string[] }[];

/** A problem's field messages, sorted to where the wizard shows them. */
export type ApplicationProblems = {
  /** `form.entity_name` → the combined form's field `entity_name`. */
  form: FieldMessages;
  /** `materials.0.sha256` → the material that supply 0 was for. */
  materials: Record<string, string[]>;
  /** `delivery.address` → the delivery form's `address`. */
  delivery: FieldMessages;
  /** Something no field shows: the alert has to. */
  rest: boolean;
};

function add(list: FieldMessages, name: string, message: string) {
  const entry = list.find((candidate) => candidate.name === name);
  if (entry) entry.errors.push(message);
  else list.push({ name, errors: [message] });
}

/** Material paths name the supply by its index or, for a material nobody supplied, by its key. */
function materialKeyOf(segment: string | undefined, supplies: readonly MaterialSupply[], keys: readonly string[]) {
  if (segment === undefined) return undefined;
  if (/^\d+$/.test(segment)) return supplies[Number(segment)]?.materialKey;
  return keys.includes(segment) ? segment : undefined;
}

export function applicationProblemsOf(
  error: unknown,
  options: { supplies: readonly MaterialSupply[]; materialKeys: readonly string[] },
): ApplicationProblems {
  const problems: ApplicationProblems = { form: [], materials: {}, delivery: [], rest: true };
  if (!(error instanceof ApiError)) return problems;
  problems.rest = error.problem.fields.length === 0;
  for (const issue of error.problem.fields) {
    const [root, second] = issue.path.replace(/^body\./, '').split('.');
    const materialKey =
      root === 'materials' ? materialKeyOf(second, options.supplies, options.materialKeys) : undefined;
    if (root === 'form' && second) add(problems.form, second, issue.message);
    else if (root === 'delivery' && second) add(problems.delivery, second, issue.message);
    else if (materialKey) problems.materials[materialKey] = [...(problems.materials[materialKey] ?? []), issue.message];
    else problems.rest = true;
  }
  return problems;
}
