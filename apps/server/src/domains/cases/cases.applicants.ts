import type {
  ApplicantRef,
  Case,
  CaseMaterial,
  CombinedField,
  CreateApplication,
  PrefilledValue,
} from '@yici/contracts';
import { requireAccess } from '../../platform/access/access';
import type { RequestContext } from '../../platform/actor';
import type { DbOrTx } from '../../platform/db/database';
import type { Statement } from '../../platform/db/write-batch';
import type { FieldIssue } from '../../platform/errors';
import type { CasesDeps } from './cases.deps';
import { casesErrors } from './cases.errors';
import type { CasePlan } from './cases.plan';

/** 企业设立登记: the one item (alone or in 企业开办) that persons apply for on an entity's behalf. */
const ENTERPRISE_REGISTRATION = '370113001000';
const REGISTRY_LABEL = { population: '人口库', legal_entity: '法人库', credit: '公共信用库', account: '账户' } as const;

export type Applicant = { kind: 'person' | 'legal_person'; id: string; name: string };
export type Filer = {
  accountId: string;
  kind: 'person' | 'staff';
  name: string;
  channel: Case['channel'];
  mandateId: string | null;
};

const toText = (value: unknown): string | null =>
  value === null || value === undefined ? null : typeof value === 'string' ? value : String(value);

/**
 * Who applies and where: the filer and the applicant (self, a clerk at a hall, an agent under a
 * mandate), the registry's name for the applicant, whether the item is for them, whether a hall
 * may take it in (handle-anywhere), and what the registries hold for the form and the materials.
 */
export function createApplicantSteps(deps: CasesDeps) {
  const { clock, registries, identity, network } = deps;

  /** Who files, and for whom: the session's person (or the entity they act for), a clerk, or an agent. */
  async function whoFiles(
    context: RequestContext,
    input: { applicant?: ApplicantRef; intake: boolean; bundleId?: string },
  ): Promise<{ filer: Filer; applicant: ApplicantRef }> {
    const actor = context.actor;
    if (input.intake) {
      const staff = requireAccess(context, 'case:intake');
      if (staff.kind !== 'staff') throw casesErrors.applicantInvalid([]);
      if (!input.applicant)
        throw casesErrors.applicantInvalid([
          { path: 'applicant', message: '窗口受理须指明申请人（身份证号或统一社会信用代码）' },
        ]);
      return {
        filer: { accountId: staff.accountId, kind: 'staff', name: staff.name, channel: 'window', mandateId: null },
        applicant: input.applicant,
      };
    }
    requireAccess(context, 'case:apply');
    if (actor.kind === 'person') {
      const self: ApplicantRef = actor.actingFor
        ? { kind: 'legal_person', id: actor.actingFor.uscc }
        : { kind: 'person', id: actor.idNumber };
      if (input.applicant && (input.applicant.kind !== self.kind || input.applicant.id !== self.id))
        throw casesErrors.applicantInvalid([
          { path: 'applicant', message: '只能为本人或当前代表的单位申请；代他人申请请使用委托代办' },
        ]);
      return {
        filer: { accountId: actor.accountId, kind: 'person', name: actor.name, channel: 'online', mandateId: null },
        applicant: self,
      };
    }
    if (actor.kind !== 'staff' || !input.applicant)
      throw casesErrors.applicantInvalid([{ path: 'applicant', message: '代办须指明申请人' }]);
    const mandate = await identity.findMandate({
      agentAccountId: actor.accountId,
      grantorKind: input.applicant.kind,
      grantorId: input.applicant.id,
      action: 'apply',
      bundleId: input.bundleId,
    });
    if (!mandate) throw casesErrors.mandateMissing();
    return {
      filer: { accountId: actor.accountId, kind: 'staff', name: actor.name, channel: 'agent', mandateId: mandate.id },
      applicant: input.applicant,
    };
  }

  /** The applicant's name from the registry (a logged read), or APPLICANT_INVALID. */
  async function applicantOf(
    tx: DbOrTx,
    context: RequestContext,
    ref: ApplicantRef,
    caseId: string | null,
    /** Where the read's log row goes when the caller writes it with its own write (else now). */
    pending?: Statement[],
  ): Promise<Applicant> {
    const actor = context.actor;
    if (actor.kind === 'person' && ref.kind === 'person' && ref.id === actor.idNumber)
      return { ...ref, name: actor.name };
    if (actor.kind === 'person' && ref.kind === 'legal_person' && actor.actingFor?.uscc === ref.id)
      return { ...ref, name: actor.actingFor.name };
    const reg = pending ? registries.withTx(tx).logInto(pending) : registries.withTx(tx);
    try {
      const record =
        ref.kind === 'person'
          ? await reg.readPerson(context, { idNumber: ref.id, purpose: '办件受理', caseId, fields: ['name'] })
          : await reg.readEntity(context, { uscc: ref.id, purpose: '办件受理', caseId, fields: ['name'] });
      return { ...ref, name: record.name };
    } catch (error) {
      if ((error as { code?: string }).code?.endsWith('_NOT_FOUND'))
        throw casesErrors.applicantInvalid([
          {
            path: 'applicant.id',
            message: ref.kind === 'person' ? '人口库中没有此身份证号' : '法人库中没有此统一社会信用代码',
          },
        ]);
      throw error;
    }
  }

  function checkAudience(plan: CasePlan, applicant: ApplicantRef) {
    // Founding an enterprise is applied for by the founders (persons): the entity does not exist yet.
    const founds = plan.items.some((i) => i.basicCode === ENTERPRISE_REGISTRATION);
    const audiences = plan.bundle ? [plan.bundle.audience] : plan.items[0]!.elements.audiences;
    if (!founds && !audiences.includes(applicant.kind))
      throw casesErrors.audienceMismatch(
        `“${plan.title}”面向${audiences.includes('person') ? '自然人' : '法人和其他组织'}`,
      );
  }

  /** Registry values for the form's prefill fields and the registry-sourced materials, each with its source and date. */
  async function registryFacts(
    tx: DbOrTx,
    context: RequestContext,
    options: {
      applicant: Applicant;
      fields: CombinedField[];
      materials: CaseMaterial[];
      plan: CasePlan;
      caseId: string | null;
      purpose: string;
      /** The filer's own phone, read before any transaction, and name (a person filing for themselves). */
      accountPhone: string | null;
      accountName: string | null;
      /** The filer's own identity card number (their real-name identity), for 办税人员 and the like. */
      accountIdNumber?: string | null;
      /** Form values the applicant gave (prefill fills only the others). */
      given?: Record<string, string>;
      /** Where the reads' log rows go when the caller writes them with its own write (else now). */
      pending?: Statement[];
    },
  ): Promise<{ prefilled: PrefilledValue[]; materialValues: Map<string, PrefilledValue> }> {
    const { applicant, fields, materials, plan } = options;
    const today = clock.today();
    const reg = options.pending ? registries.withTx(tx).logInto(options.pending) : registries.withTx(tx);
    const wanted = { population: new Set<string>(), legal_entity: new Set<string>() };
    // Only what the applicant left empty is read (and logged as a read): a value they typed stands.
    const lacking = fields.filter((f) => !options.given?.[f.key]);
    for (const f of lacking) {
      if (f.prefill?.registry === 'population' && applicant.kind === 'person') wanted.population.add(f.prefill.field);
      if (f.prefill?.registry === 'legal_entity' && applicant.kind === 'legal_person')
        wanted.legal_entity.add(f.prefill.field);
    }
    const materialFields = new Map<string, { registry: 'population' | 'legal_entity'; field: string }>();
    for (const m of materials.filter((x) => x.state === 'registry')) {
      for (const item of plan.items) {
        const source = item.elements.materials.find((x) => x.name === m.name)?.source;
        if (source?.kind === 'registry' && source.registry !== 'credit') {
          materialFields.set(m.key, { registry: source.registry, field: source.field });
          wanted[source.registry].add(source.field);
        }
      }
    }
    const records: { population?: Record<string, unknown>; legal_entity?: Record<string, unknown> } = {};
    if (wanted.population.size > 0 && applicant.kind === 'person')
      records.population = (await reg.readPerson(context, {
        idNumber: applicant.id,
        purpose: options.purpose,
        caseId: options.caseId,
        fields: [...wanted.population] as never[],
      })) as Record<string, unknown>;
    if (wanted.legal_entity.size > 0 && applicant.kind === 'legal_person')
      records.legal_entity = (await reg.readEntity(context, {
        uscc: applicant.id,
        purpose: options.purpose,
        caseId: options.caseId,
        fields: [...wanted.legal_entity] as never[],
      })) as Record<string, unknown>;
    const phone = options.accountPhone;
    const prefilled: PrefilledValue[] = [];
    for (const f of lacking) {
      if (!f.prefill) continue;
      const value =
        f.prefill.registry === 'account'
          ? f.prefill.field === 'phone'
            ? phone
            : f.prefill.field === 'name'
              ? options.accountName
              : f.prefill.field === 'idNumber'
                ? (options.accountIdNumber ?? null)
                : null
          : toText(records[f.prefill.registry]?.[f.prefill.field]);
      if (value) prefilled.push({ field: f.key, value, source: REGISTRY_LABEL[f.prefill.registry], asOf: today });
    }
    const materialValues = new Map<string, PrefilledValue>();
    for (const [key, { registry, field }] of materialFields) {
      const value = toText(records[registry]?.[field]);
      if (value) materialValues.set(key, { field, value, source: REGISTRY_LABEL[registry], asOf: today });
    }
    return { prefilled, materialValues };
  }

  /** The hall a clerk takes the application in at, and whether it may (intake list, handle-anywhere). */
  async function intakePoint(context: RequestContext, plan: CasePlan, input: CreateApplication) {
    const actor = context.actor;
    if (actor.kind !== 'staff') return null;
    if (!input.servicePointId)
      throw casesErrors.intakeNotAllowed('窗口受理须选择受理大厅', [
        { path: 'servicePointId', message: '请选择受理大厅' },
      ]);
    const point = await network.findServicePoint(input.servicePointId);
    if (!point || !point.regionCode.startsWith(actor.regionCode))
      throw casesErrors.intakeNotAllowed('不是本人所在区域的大厅', [
        { path: 'servicePointId', message: '大厅不存在或不在您的区域' },
      ]);
    const issues: FieldIssue[] = [];
    for (const item of plan.items) {
      if (point.intake === 'listed' && !point.itemCodes.includes(item.basicCode))
        issues.push({ path: 'target', message: `${point.name}不受理“${item.name}”` });
      const local = plan.regionCode.startsWith(point.regionCode) || point.regionCode.startsWith(plan.regionCode);
      const scope = item.elements.handleAnywhere;
      const allowed =
        local ||
        (scope === 'city' && point.regionCode.slice(0, 4) === plan.regionCode.slice(0, 4)) ||
        ((scope === 'province' || scope === 'cross_province') &&
          point.regionCode.slice(0, 2) === plan.regionCode.slice(0, 2));
      if (!allowed)
        issues.push({ path: 'target', message: `“${item.name}”不能在${point.name}异地受理（通办范围：${scope}）` });
    }
    if (issues.length > 0) throw casesErrors.intakeNotAllowed('该大厅不能受理此申请', issues);
    const remote = !(plan.regionCode.startsWith(point.regionCode) || point.regionCode.startsWith(plan.regionCode));
    if (remote && input.delivery.method === 'pickup')
      throw casesErrors.intakeNotAllowed('异地受理（收受分离）的办件结果邮寄或电子送达', [
        { path: 'delivery.method', message: '异地受理请选择邮寄或电子送达' },
      ]);
    return point;
  }

  return { whoFiles, applicantOf, checkAudience, registryFacts, intakePoint };
}
