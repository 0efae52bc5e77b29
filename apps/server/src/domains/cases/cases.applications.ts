import { labelOf } from '@yici/contracts';
import { caseSearchTermsOf } from './cases.search';
import { createHash } from 'node:crypto';
import type {
  ApplicantRef,
  Case,
  CombinedField,
  CreateApplication,
  MaterialSupply,
  PreparedApplication,
} from '@yici/contracts';
import { requireAccess } from '../../platform/access/access';
import type { RequestContext } from '../../platform/actor';
import { canonicalJson } from '../../platform/crypto/sm';
import type { DbOrTx } from '../../platform/db/database';
import { timeOrderedUuid } from '../../platform/ids';
import type { FieldIssue } from '../../platform/errors';
import type { CasesDeps } from './cases.deps';
import { casesErrors } from './cases.errors';
import { combineForms, formFieldsFor, validateForm } from './cases.forms';
import {
  CERTIFICATE_FACT_FIELDS,
  factsFromCertificates,
  missingUnitFacts,
  prefillFromHeld,
} from './cases.certificate-facts';
import { coApplicantOf } from './cases.co-applicants';
import { onlineRealNameLevel } from './cases.visits';
import { meetsLevel } from '../../platform/access/permissions';
import { applySupplies, planMaterials, withRegistryValues, type SupplyContext } from './cases.materials';
import type { CasePlan } from './cases.plan';
import { createCasesRepository, type CaseRow } from './cases.repository';
import { caseNumber } from './cases.serials';
import { cases } from './cases.tables';
import { insertRow, writeAll, type Statement } from '../../platform/db/write-batch';
import { idempotencyErrors } from '../../platform/idempotency-errors';
import { inspectUpload } from './cases.uploads';
import { createCaseCore } from './cases.core';
import { createApplicantSteps } from './cases.applicants';

const PURPOSE_PREVIEW = '办件申请预填';
const PURPOSE_CASE = '办件材料复用';

/** The combined form of a plan, built once per plan (plans are cached) rather than per request. */
const fieldsByPlan = new WeakMap<CasePlan, CombinedField[]>();
export function combinedFieldsOf(plan: CasePlan): CombinedField[] {
  let fields = fieldsByPlan.get(plan);
  if (!fields) {
    fields = combineForms(plan.items.map((i) => ({ basicCode: i.basicCode, fields: formFieldsFor(i.elements) })));
    fieldsByPlan.set(plan, fields);
  }
  return fields;
}

/** PostgreSQL's unique_violation, as pg and PGlite report it (drizzle may wrap it as the cause). */
function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; cause?: { code?: string } };
  return e?.code === '23505' || e?.cause?.code === '23505';
}

export function createApplicationUseCases(
  deps: CasesDeps,
  hooks: { onCorrectionSupplied: (tx: DbOrTx, context: RequestContext, caseRow: CaseRow) => Promise<void> },
) {
  const { db, clock, plans, registries, certificates, identity, serials, calendar } = deps;

  /**
   * When the result can be expected if the case is accepted today: the promised limit in working
   * days. A calendar that cannot answer (a year beyond every arrangement) leaves the date out of
   * the summary rather than failing the preview.
   */
  async function expectedResultDate(limitDays: number): Promise<string | null> {
    try {
      return (await calendar.calendar()).addWorkdays(clock.today(), limitDays);
    } catch {
      return null;
    }
  }
  const core = createCaseCore(deps);
  const { whoFiles, applicantOf, checkAudience, registryFacts, intakePoint } = createApplicantSteps(deps);

  async function usableCertificates(
    tx: DbOrTx,
    context: RequestContext,
    applicant: ApplicantRef,
    types: string[],
    purpose: string,
    caseId: string | null,
  ) {
    const found = await Promise.all(
      [...new Set(types)].map((type) =>
        certificates.findUsable(context, { holder: applicant, type, purpose, caseId }, tx),
      ),
    );
    return found.flat();
  }

  /**
   * What the supplies may point at: the files the filer uploaded and the certificates the
   * applicant holds (their use logged now, or into `pending` for the caller's own write).
   */
  async function evidenceFor(
    tx: DbOrTx,
    context: RequestContext,
    options: { supplies: MaterialSupply[]; filerAccountId: string; applicant: ApplicantRef; caseId: string },
    pending?: Statement[],
  ): Promise<SupplyContext> {
    const uploadsWanted = options.supplies.flatMap((s) => (s.kind === 'upload' ? [s.sha256] : []));
    const identifiers = options.supplies.flatMap((s) => (s.kind === 'certificate' ? [s.identifier] : []));
    // Sequential on purpose: inside a transaction there is one connection to use.
    const ownedUploads = await createCasesRepository(tx).ownedUploads(options.filerAccountId, uploadsWanted);
    const usable = await certificates.confirmUse(
      tx,
      context,
      { holder: options.applicant, identifiers, purpose: PURPOSE_CASE, caseId: options.caseId },
      pending,
    );
    return {
      ownedUploads,
      usableCertificates: new Map(usable.map((c) => [c.identifier, { type: c.type, data: c.data }])),
    };
  }

  /**
   * An item whose guide has the applicant seen in person is not finished online with zero visits
   * by a registry-level account: it is taken in at the window, or filed by an account a clerk has
   * already seen (in_person).
   */
  function requireSeenWhereTheGuideSays(context: RequestContext, plan: CasePlan) {
    const actor = context.actor;
    if (actor.kind !== 'person') return;
    const items = plan.items.filter((i) => !meetsLevel(actor.realNameLevel, onlineRealNameLevel(i.elements)));
    if (items.length > 0)
      throw casesErrors.inPersonCheckRequired(items.map((i) => `${i.name}：${i.elements.visitReason}`));
  }

  function requestHashOf(input: unknown) {
    return createHash('sha256').update(canonicalJson(input)).digest('hex');
  }

  function formIssues(fields: CombinedField[], form: Record<string, string>, submitting: boolean): FieldIssue[] {
    const issues = validateForm(fields, form);
    if (submitting) return issues;
    // A draft may be incomplete; what it holds must still be well-formed.
    return issues.filter(
      (i) => form[i.path.replace(/^form\./, '')] !== undefined && form[i.path.replace(/^form\./, '')] !== '',
    );
  }

  async function submitFields(row: Pick<CaseRow, 'id' | 'implementationCode'>) {
    const today = clock.today();
    const serial = await serials.next(row.implementationCode, today);
    return {
      status: 'submitted' as const,
      caseNumber: caseNumber(row.implementationCode, today, serial),
      submittedAt: clock.now(),
      receivedOn: today,
    };
  }

  async function loadVisible(context: RequestContext, id: string): Promise<CaseRow> {
    return core.requireVisible(context, await createCasesRepository(db).findCase(id), id);
  }

  return {
    /** The combined form, prefilled values, the materials for the situation and the certificates on offer. */
    async prepare(
      context: RequestContext,
      input: { target: CreateApplication['target']; applicant?: ApplicantRef; form?: Record<string, string> },
    ): Promise<PreparedApplication> {
      const actor = context.actor;
      const intake = actor.kind === 'staff' && actor.roles.includes('window_clerk') && !actor.roles.includes('agent');
      const { filer, applicant: ref } = await whoFiles(context, {
        applicant: input.applicant,
        intake,
        bundleId: input.target.kind === 'bundle' ? input.target.bundleId : undefined,
      });
      const plan = await plans.resolve(input.target);
      checkAudience(plan, ref);
      const applicant = await applicantOf(db, context, ref, null);
      const fields = combinedFieldsOf(plan);
      const form = input.form ?? {};
      const materials = planMaterials(plan.items, form, applicant.kind);
      const facts = await registryFacts(db, context, {
        applicant,
        fields,
        materials,
        plan,
        caseId: null,
        purpose: PURPOSE_PREVIEW,
        ...(filer.kind === 'person'
          ? await identity.ownFactsOf(filer.accountId).then((own) => ({
              accountPhone: own.phone,
              accountIdNumber: own.idNumber,
              accountName: filer.name,
            }))
          : { accountPhone: null, accountName: null }),
      });
      const certTypes = materials
        .filter((m) => m.state === 'missing' && m.certificateType)
        .map((m) => m.certificateType!);
      const usable = await usableCertificates(db, context, applicant, certTypes, PURPOSE_PREVIEW, null);
      const credit = await registries.creditStatus(context, {
        subjectType: applicant.kind,
        subjectId: applicant.id,
        purpose: PURPOSE_PREVIEW,
      });
      return {
        target: input.target,
        title: plan.title,
        regionCode: plan.regionCode,
        regionName: plan.regionName,
        applicant,
        items: plan.items.map((i) => ({
          stepKey: i.stepKey,
          basicCode: i.basicCode,
          implementationCode: i.implementationCode,
          name: i.name,
          departmentName: i.departmentName,
          promisedLimitDays: i.promisedLimitDays,
          dependsOn: i.dependsOn,
          resultName: i.elements.resultName ?? null,
        })),
        promisedLimitDays: plan.promisedLimitDays,
        expectedBy: await expectedResultDate(plan.promisedLimitDays),
        fields,
        prefilled: [
          ...facts.prefilled,
          ...prefillFromHeld(usable, fields).filter((p) => !facts.prefilled.some((r) => r.field === p.field)),
        ],
        materials: withRegistryValues(materials, facts.materialValues),
        certificateCandidates: materials.flatMap((m) =>
          usable
            .filter((c) => m.state === 'missing' && c.type.slug === m.certificateType)
            .map((c) => ({
              materialKey: m.key,
              identifier: c.identifier,
              typeName: c.type.name,
              issuerName: c.issuer.name,
              issuedAt: c.issuedAt,
              validTo: c.validTo,
            })),
        ),
        blacklisted: credit.blacklisted,
      };
    },

    /** Stores an uploaded file once by content; the filer becomes one of its owners. */
    async upload(context: RequestContext, input: { bytes: Buffer; declaredType?: string }) {
      const actor = requireAccess(context, 'upload:create');
      if (actor.kind !== 'person' && actor.kind !== 'staff')
        throw casesErrors.uploadRejected('UPLOAD_TYPE_NOT_ALLOWED', '无法上传');
      const inspected = inspectUpload(input.bytes, input.declaredType);
      if (!inspected.ok) throw casesErrors.uploadRejected(inspected.code, inspected.message);
      await createCasesRepository(db).saveUpload({
        sha256: inspected.sha256,
        mediaType: inspected.mediaType,
        size: inspected.size,
        content: input.bytes,
        createdAt: clock.now(),
        accountId: actor.accountId,
      });
      return { sha256: inspected.sha256, mediaType: inspected.mediaType, size: inspected.size };
    },

    /**
     * Files an application (a draft, or submitted at once): one transaction writes the case with
     * its materials, the timeline, the audit entry and the notification. A retry with the same
     * Idempotency-Key returns the first case.
     */
    async create(
      context: RequestContext,
      input: CreateApplication,
      options: { intake: boolean; idempotencyKey?: string },
    ): Promise<{ created: boolean; case: Case }> {
      const { filer, applicant: ref } = await whoFiles(context, {
        applicant: input.applicant,
        intake: options.intake,
        bundleId: input.target.kind === 'bundle' ? input.target.bundleId : undefined,
      });
      const requestHash = requestHashOf(input);
      if (options.idempotencyKey) {
        const earlier = await createCasesRepository(db).findByIdempotencyKey(filer.accountId, options.idempotencyKey);
        if (earlier) {
          if (earlier.requestHash !== requestHash) throw idempotencyErrors.reused();
          return { created: false, case: await core.caseView(context, earlier) };
        }
      }
      const plan = await plans.resolve(input.target);
      checkAudience(plan, ref);
      requireSeenWhereTheGuideSays(context, plan);
      const point = options.intake ? await intakePoint(context, plan, input) : null;
      const fields = combinedFieldsOf(plan);
      // Fields the registries can fill may be left empty here; the merged form is checked below.
      const prefillable = new Set(
        fields.filter((f) => f.prefill || CERTIFICATE_FACT_FIELDS.has(f.key)).map((f) => `form.${f.key}`),
      );
      const early = formIssues(fields, input.form, input.submit).filter(
        (i) => !(prefillable.has(i.path) && !input.form[i.path.slice('form.'.length)]),
      );
      if (early.length > 0) throw casesErrors.formInvalid(early);
      // In time order: cases are the platform's largest table (`timeOrderedUuid`).
      const id = timeOrderedUuid(clock.now());
      // Everything that reads outside the transaction happens before it: on the embedded database
      // the transaction holds the only connection. A failed submission leaves a gap in the serials.
      // Where notifications go: the phone given, else the account's (looked up only when needed).
      const phoneGiven = input.delivery.phone ?? input.form['contact_phone'] ?? null;
      const own = filer.kind === 'person' ? await identity.ownFactsOf(filer.accountId) : null;
      const accountPhone = phoneGiven
        ? null
        : own
          ? own.phone
          : ref.kind === 'person'
            ? await identity.contactPhoneOfPerson(ref.id)
            : null;
      const submitted = input.submit
        ? await submitFields({ id, implementationCode: plan.implementationCode })
        : { status: 'draft' as const, caseNumber: null, submittedAt: null, receivedOn: null };
      await calendar.calendar();
      // Reads first, then every write as ONE statement, atomic on its own (no transaction, no
      // extra round trips): the registry reads and certificate uses put their log rows into
      // `pending`, written with the case, so they are logged if and only if the case is filed.
      const [found, evidence] = await Promise.all([
        (async () => {
          const pending: Statement[] = [];
          const applicant = await applicantOf(db, context, ref, id, pending);
          const planned = planMaterials(plan.items, input.form, applicant.kind);
          const facts = await registryFacts(db, context, {
            applicant,
            fields,
            materials: planned,
            plan,
            caseId: id,
            purpose: PURPOSE_CASE,
            // The account's own phone for prefill, even where notices go to a phone given.
            accountPhone: own ? (accountPhone ?? own.phone) : null,
            accountName: filer.kind === 'person' ? filer.name : null,
            accountIdNumber: own?.idNumber ?? null,
            given: input.form,
            pending,
          });
          return { applicant, planned, facts, pending };
        })(),
        (async () => {
          const pending: Statement[] = [];
          const evidence = await evidenceFor(
            db,
            context,
            { supplies: input.materials, filerAccountId: filer.accountId, applicant: ref, caseId: id },
            pending,
          );
          return { ...evidence, pending };
        })(),
      ]);
      const { applicant, planned, facts } = found;
      const supplied = applySupplies(withRegistryValues(planned, facts.materialValues), input.materials, evidence);
      // What the registries hold fills the form where the applicant left it empty; what a reused
      // certificate states (the unit of the seller's title) replaces whatever was typed.
      const form = {
        ...Object.fromEntries(facts.prefilled.map((p) => [p.field, p.value])),
        ...input.form,
        ...factsFromCertificates(supplied.materials, evidence.usableCertificates, fields),
      };
      const issues = [
        ...formIssues(fields, form, input.submit),
        ...(input.submit ? missingUnitFacts(fields, form) : []),
      ];
      if (issues.length > 0) throw casesErrors.formInvalid(issues);
      if (supplied.issues.length > 0) throw casesErrors.materialsInvalid(supplied.issues);
      const phone = input.delivery.phone ?? form['contact_phone'] ?? accountPhone;
      const now = clock.now();
      // Both parties apply (《不动产登记暂行条例》第十四条): filed by the seller alone, the case waits
      // for the buyer and is not received (no clock, no 5-day rule) until the buyer joins.
      const coApplicant = input.submit ? coApplicantOf(plan.items, form, applicant.id) : null;
      const filed: CaseRow = {
        id,
        ...submitted,
        ...(coApplicant ? { status: 'awaiting_co_applicant', receivedOn: null } : {}),
        regionCode: plan.regionCode,
        regionName: plan.regionName,
        implementationCode: plan.implementationCode,
        bundleId: plan.bundle?.id ?? null,
        title: plan.title,
        synthetic: false,
        searchTerms: caseSearchTermsOf(applicant.name, plan.title, plan.regionCode),
        channel: filer.channel,
        applicantKind: applicant.kind,
        applicantId: applicant.id,
        applicantName: applicant.name,
        filedByAccountId: filer.accountId,
        filedByKind: filer.kind,
        filedByName: filer.name,
        mandateId: filer.mandateId,
        servicePointId: point?.id ?? null,
        servicePointName: point?.name ?? null,
        form,
        fields,
        items: plan.items.map(({ elements: _elements, produces: _produces, ...snapshot }) => snapshot),
        materials: supplied.materials,
        delivery: {
          method: input.delivery.method,
          status: 'not_ready',
          address: input.delivery.address ?? null,
          recipient: input.delivery.recipient ?? applicant.name,
          phone,
          trackingNumber: null,
          deliveredAt: null,
        },
        visits: point ? 1 : 0,
        promisedLimitDays: plan.promisedLimitDays,
        idempotencyKey: options.idempotencyKey ?? null,
        requestHash,
        createdAt: now,
        submittedAt: submitted.submittedAt,
        receivedOn: submitted.receivedOn,
        acceptedOn: null,
        completedAt: null,
        outcome: null,
        correctionRound: 0,
        deferredUntil: null,
        version: 0,
      };
      // The case, its timeline, audit entries, the notification and the reads' log rows.
      const row = await writeAll(db, [
        ...found.pending,
        ...evidence.pending,
        insertRow(cases, filed),
        ...(point ? core.recordStatements(context, filed, 'visit', { servicePoint: point.name }) : []),
        ...core.recordStatements(context, filed, input.submit ? 'submitted' : 'drafted', {
          channel: filer.channel,
          declinedCertificates: input.declinedCertificates,
        }),
        ...(input.submit
          ? core.notifyStatements(
              filed,
              'case_submitted',
              coApplicant
                ? `您的申请“${plan.title}”已提交，待${coApplicant.role}${coApplicant.name}确认共同申请后收件。`
                : `您的申请“${plan.title}”已提交，我们将在 5 个工作日内告知是否受理。`,
            )
          : []),
        // The buyer learns there is an application to join, and where.
        ...(coApplicant
          ? core.notifyPartyStatements(
              form['buyer_phone'],
              filed,
              'co_application_requested',
              `${applicant.name}已提交“${plan.title}”申请并载明您为${coApplicant.role}。因买卖申请登记须双方共同申请，请登录“我的办件”确认，或到受理窗口当面确认。`,
            )
          : []),
      ]).then(
        () => filed,
        (error: unknown) => {
          // The same Idempotency-Key committed meanwhile (the unique index refused this one).
          if (options.idempotencyKey && isUniqueViolation(error)) return null;
          throw error;
        },
      );
      if (!row) {
        const earlier = await createCasesRepository(db).findByIdempotencyKey(filer.accountId, options.idempotencyKey!);
        if (!earlier || earlier.requestHash !== requestHash) throw idempotencyErrors.reused();
        return { created: false, case: await core.caseView(context, earlier) };
      }
      return { created: true, case: core.freshCaseView(context, row) };
    },

    /** Supplies or corrects materials (and form values); `submit` hands in a draft or a correction. */
    async supplyMaterials(
      context: RequestContext,
      id: string,
      input: { materials: MaterialSupply[]; form?: Record<string, string>; submit: boolean },
    ): Promise<Case> {
      const visible = await loadVisible(context, id);
      const actor = context.actor;
      if (actor.kind === 'staff' && actor.accountId !== visible.filedByAccountId)
        requireAccess(context, 'case:intake', { kind: 'region', regionCode: visible.regionCode });
      // An agent keeps acting only while the applicant's mandate to supply materials is in force.
      if (actor.kind === 'staff' && actor.accountId === visible.filedByAccountId && visible.channel === 'agent') {
        const mandate = await identity.findMandate({
          agentAccountId: actor.accountId,
          grantorKind: visible.applicantKind,
          grantorId: visible.applicantId,
          action: 'supply_materials',
          caseId: visible.id,
          bundleId: visible.bundleId ?? undefined,
        });
        if (!mandate) throw casesErrors.mandateMissing();
      }
      const numbering = input.submit && visible.status === 'draft' ? await submitFields(visible) : null;
      await calendar.calendar();
      const row = await db.transaction(async (tx) => {
        const repo = createCasesRepository(tx);
        const current = (await repo.lockCase(id))!;
        const editable = ['draft', 'correction_requested', 'in_review'];
        if (!editable.includes(current.status))
          throw casesErrors.stateConflict(`办件状态为“${labelOf('caseStatus', current.status)}”，不能再补充材料`);
        if (input.form && !['draft', 'correction_requested'].includes(current.status))
          throw casesErrors.stateConflict('受理后不能修改申请表');
        const form = input.form ? { ...current.form, ...input.form } : current.form;
        const submitting = input.submit && ['draft', 'correction_requested'].includes(current.status);
        const issues = formIssues(current.fields, form, submitting);
        if (issues.length > 0) throw casesErrors.formInvalid(issues);
        const evidence = await evidenceFor(tx, context, {
          supplies: input.materials,
          // Files the caller uploaded: a clerk may attach the scans made at the window.
          filerAccountId:
            actor.kind === 'person' || actor.kind === 'staff' ? actor.accountId : current.filedByAccountId,
          applicant: { kind: current.applicantKind, id: current.applicantId },
          caseId: id,
        });
        const supplied = applySupplies(current.materials, input.materials, evidence);
        if (supplied.issues.length > 0) throw casesErrors.materialsInvalid(supplied.issues);
        const materials = supplied.materials;
        const deferredLeft = materials.filter((m) => m.state === 'deferred' && m.supplyBy).map((m) => m.supplyBy!);
        const patch: Partial<CaseRow> = {
          form,
          materials,
          deferredUntil: deferredLeft.length > 0 ? deferredLeft.sort()[0]! : null,
        };
        let kind = 'materials_supplied';
        if (input.submit && current.status === 'draft') {
          if (!numbering) throw casesErrors.stateConflict('办件状态已变化，请重试');
          Object.assign(patch, numbering);
          kind = 'submitted';
        } else if (input.submit && current.status === 'correction_requested') {
          Object.assign(patch, { status: 'submitted', receivedOn: clock.today() });
          kind = 'resubmitted';
        }
        const updated = await repo.updateCase(id, patch);
        await core.record(tx, context, updated, kind, {
          materials: input.materials.map((m) => ({ key: m.materialKey, kind: m.kind })),
        });
        if (kind === 'submitted')
          await core.notify(tx, updated, 'case_submitted', `您的申请“${updated.title}”已提交。`);
        // Materials a department asked for while reviewing: its tasks continue once all are in,
        // in this same transaction (a retry never finds the supply done but the clocks still paused).
        if (updated.status === 'in_review' && input.submit) await hooks.onCorrectionSupplied(tx, context, updated);
        return updated;
      });
      return core.caseView(context, row);
    },

    async getCase(context: RequestContext, id: string): Promise<Case> {
      return core.caseView(context, await loadVisible(context, id));
    },

    loadVisible,
  };
}
