import type { Task } from '@yici/contracts';
import type { RequestContext } from '../../platform/actor';
import { DomainError } from '../../platform/errors';
import type { World } from './simulation.world';

/**
 * 准予 as an approver does it at the decide screen: the certificate is built from the case's form;
 * when the service answers that some of its fields are missing (RESULT_DATA_INVALID, each field
 * named), the approver types those fields from what the case shows — the applicant's registry
 * record (read for the case, logged), the uploaded application and proofs — and decides again.
 * Fields the simulated approver cannot know are left out, so the refusal stands and is counted.
 * False when the task must wait (a 容缺 material not yet supplied).
 */
export async function grantTask(world: World, approver: RequestContext, task: Task): Promise<boolean> {
  const decision = { decision: 'grant' as const, reason: '材料齐全，符合法定条件' };
  try {
    await world.services.cases.decide(approver, task.id, decision);
    return true;
  } catch (error) {
    // A 容缺 material still to come: the screen says so, and the approver waits for it.
    if (error instanceof DomainError && error.code === 'DEFERRED_MATERIALS_OUTSTANDING') return false;
    if (!(error instanceof DomainError) || error.code !== 'RESULT_DATA_INVALID') throw error;
    // Each missing field named as the approver types it (resultData.<field>).
    const asked = error.fields.map((f) => f.path.replace(/^resultData\./, ''));
    const known = await certificateFieldsKnown(world, approver, task);
    const resultData = Object.fromEntries(asked.flatMap((k) => (known[k] !== undefined ? [[k, known[k]]] : [])));
    if (Object.keys(resultData).length === 0) throw error;
    await world.services.cases.decide(approver, task.id, { ...decision, resultData });
    world.counters.certificateFieldsTyped += 1;
    return true;
  }
}

/** The certificate type a task's item issues, read once per run. */
async function resultTypeOf(world: World, basicCode: string): Promise<string | null> {
  const cached = world.caches.resultTypes.get(basicCode);
  if (cached !== undefined) return cached;
  const found = (await world.services.catalog.getItem(basicCode)).item.resultCertificateType ?? null;
  world.caches.resultTypes.set(basicCode, found);
  return found;
}

/** What the approver can fill in for the certificate the task issues, by the type's field names. */
async function certificateFieldsKnown(
  world: World,
  approver: RequestContext,
  task: Task,
): Promise<Record<string, string>> {
  const type = await resultTypeOf(world, task.basicCode);
  const theCase = await world.services.cases.getCase(approver, task.caseId);
  const serial = (theCase.caseNumber ?? theCase.id).slice(-4);
  const county = theCase.regionName ?? '';
  if (type === 'business_licence')
    // 个体工商户: the 字号, the premises and the scope as the 申请书 and the premises proof state them.
    return {
      name: `${county}${theCase.applicant.name.slice(0, 1)}记模拟便利店${serial}`,
      address: `${county}模拟街${Number(serial) + 1}号`,
      businessScope: '预包装食品、日用百货零售（模拟）',
      legalRepresentative: theCase.applicant.name,
    };
  if (type === 'residence_permit' && theCase.applicant.kind === 'person') {
    const person = await world.services.registries.readPerson(approver, {
      idNumber: theCase.applicant.id,
      purpose: '居住证签发',
      caseId: theCase.id,
      fields: ['name', 'sex', 'birthDate', 'householdAddress'],
    });
    return {
      name: person.name,
      sex: person.sex,
      birthDate: person.birthDate,
      idNumber: person.idNumber,
      householdAddress: person.householdAddress,
      // The ID card's copy gives the ethnicity (the population registry keeps none); the proof of
      // residence the address in the city.
      ethnicity: '汉',
      residenceAddress: `${county}模拟小区${Number(serial) + 1}号`,
      issuingAuthority: task.departmentName,
    };
  }
  return {};
}
