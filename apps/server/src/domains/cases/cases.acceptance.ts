import { isSimulated } from '../../platform/simulated-mark';
import { labelOf } from '@yici/contracts';
import { randomUUID } from 'node:crypto';
import type { Case, CaseMaterial, ClockView } from '@yici/contracts';
import { requireAccess, requireStaff } from '../../platform/access/access';
import { systemContext, type RequestContext } from '../../platform/actor';
import type { DbOrTx } from '../../platform/db/database';
import type { FieldIssue } from '../../platform/errors';
import { writeAll } from '../../platform/db/write-batch';
import { asNotFound, caseClockId, createCaseCore, isPublicViewer } from './cases.core';
import type { CasesDeps } from './cases.deps';
import { casesErrors } from './cases.errors';
import { createCaseFlow, tasksFor } from './cases.flow';
import { isSupplied, missingRequired } from './cases.materials';
import { formatDayNumber, parseIsoDate } from '../../platform/calendar/calendar.dates';
import { renderNoticePdf, type NoticeDocument } from './cases.notices';
import { createCasesRepository, updateCaseStatement, type CaseRow, type TaskRow } from './cases.repository';
import { caseTasks } from './cases.tables';
import { toCaseViewFrom } from './cases.views';

const NOTICE_TITLES = {
  correction: '补正材料一次性告知书',
  refusal: '不予受理决定书',
  deferred_acceptance: '容缺受理通知书',
  acceptance: '受理通知书',
} as const;
/** A case just accepted: the case, its tasks with their clocks' views and its clock's view. */
type Accepted = { row: CaseRow; tasks: { task: TaskRow; clock: ClockView | null }[]; clock: ClockView };

/** A task as inserted by acceptance, with the columns the database fills in. */
function waitingTaskRow(insert: ReturnType<typeof tasksFor>[number]): TaskRow {
  return {
    ...insert,
    stepKey: insert.stepKey ?? null,
    claimedByAccountId: null,
    claimedByName: null,
    decision: null,
    decisionReason: null,
    decidedAt: null,
    decidedByName: null,
    specialProcedure: null,
    openedOn: null,
    version: 0,
    synthetic: false,
  };
}

/** Law: tell everything missing within 5 working days of receipt, or the case counts as accepted. */
export const NOTICE_LIMIT_WORKDAYS = 5;

export function createAcceptanceUseCases(deps: CasesDeps) {
  const { db, clock, calendar, deadlines, registries } = deps;
  const core = createCaseCore(deps);
  const flow = createCaseFlow(deps, core);

  /** Locks the case, checks the caller's scope and that the case is in one of the given states. */
  async function lockForStaff(
    tx: DbOrTx,
    context: RequestContext,
    id: string,
    permission: 'case:accept' | 'case:deliver',
    states: string[],
  ): Promise<CaseRow> {
    const row = await createCasesRepository(tx).lockCase(id);
    if (!row || row.status === 'draft') throw casesErrors.caseNotFound(id);
    asNotFound(
      () => requireAccess(context, permission, { kind: 'region', regionCode: row.regionCode }),
      () => casesErrors.caseNotFound(id),
    );
    // Staff bound to one department act on cases that department takes part in.
    const actor = context.actor;
    if (actor.kind === 'staff' && actor.departmentId && !row.items.some((i) => i.departmentId === actor.departmentId))
      throw casesErrors.caseNotFound(id);
    if (!states.includes(row.status))
      throw casesErrors.stateConflict(`办件当前状态为“${labelOf('caseStatus', row.status)}”`);
    return row;
  }

  /** 行政许可法 §32: what is missing is told within 5 working days of receipt, or the case counts as accepted. */
  async function requireNoticeWindow(row: CaseRow) {
    if (!row.receivedOn) return;
    const cal = await calendar.calendar();
    if (cal.workdaysBetween(row.receivedOn, clock.today()) > NOTICE_LIMIT_WORKDAYS)
      throw casesErrors.noticeWindowPassed();
  }

  async function issueNotice(
    tx: DbOrTx,
    row: CaseRow,
    kind: keyof typeof NOTICE_TITLES,
    content: Omit<
      NoticeDocument,
      | 'kind'
      | 'issuerName'
      | 'documentNumber'
      | 'caseNumber'
      | 'applicantName'
      | 'title'
      | 'itemNames'
      | 'receivedOn'
      | 'issuedOn'
      | 'consultationPhone'
    > &
      Partial<Pick<NoticeDocument, 'consultationPhone'>>,
    round: number,
  ): Promise<string> {
    const issuedOn = clock.today();
    const issuer = row.items[0]!.departmentName;
    const shortName = issuer.replace(/^(山东省|.{2,3}市)?/, '').slice(0, 2) || '审';
    const word = { correction: '补', refusal: '不受', deferred_acceptance: '容', acceptance: '受' }[kind];
    const document: NoticeDocument = {
      kind,
      issuerName: issuer,
      documentNumber: `${shortName}${word}字〔${issuedOn.slice(0, 4)}〕第 ${(row.caseNumber ?? '').slice(-4)}-${round} 号`,
      caseNumber: row.caseNumber,
      applicantName: row.applicantName,
      title: row.title,
      itemNames: row.items.map((i) => i.name),
      receivedOn: row.receivedOn,
      issuedOn,
      consultationPhone: content.consultationPhone ?? null,
      materials: content.materials,
      reasons: content.reasons,
      deferred: content.deferred,
      promise: content.promise,
      note: content.note,
      due: content.due ?? null,
    };
    const id = randomUUID();
    await createCasesRepository(tx).insertNotice({
      id,
      caseId: row.id,
      regionCode: row.regionCode,
      kind,
      round,
      title: NOTICE_TITLES[kind],
      content: document as unknown as Record<string, unknown>,
      issuedAt: clock.now(),
    });
    return id;
  }

  /**
   * Acceptance proper: the clocks start, one task per item, those without dependencies open now.
   * Two combined writes (the case, its clock, its tasks and the acceptance; then the opened tasks
   * and the notification, whose events follow the acceptance's); under the case lock their result
   * is known, so the case, its tasks and their clocks come back without being read.
   */
  async function acceptIn(
    tx: DbOrTx,
    context: RequestContext,
    row: CaseRow,
    options: {
      acceptedOn: string;
      kind: 'accepted' | 'accepted_by_law' | 'accepted_deferred';
      materials?: CaseMaterial[];
      deferredUntil?: string | null;
      details?: Record<string, unknown>;
    },
  ): Promise<Accepted> {
    const patch = {
      status: 'in_review',
      acceptedOn: options.acceptedOn,
      materials: options.materials ?? row.materials,
      deferredUntil: options.deferredUntil ?? null,
    } satisfies Partial<CaseRow>;
    const updated: CaseRow = { ...row, ...patch, version: row.version + 1 };
    const caseClock = await deadlines.startPlanned({
      subjectType: 'case',
      subjectId: row.id,
      regionCode: row.regionCode,
      limitDays: row.promisedLimitDays,
      baseOn: options.acceptedOn,
    });
    const inserts = tasksFor(updated, clock.now());
    // Listed as the case lists its tasks (by creation, then id): created together, by id.
    const tasks = inserts.map(waitingTaskRow).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const insertTasks = tx.insert(caseTasks).values(inserts);
    await writeAll(tx, [
      updateCaseStatement(tx, row.id, patch),
      caseClock.statement,
      // Not the builder itself: it is a thenable.
      ...(inserts.length > 0 ? [{ getSQL: () => insertTasks.getSQL() }] : []),
      ...core.recordStatements(context, updated, options.kind, options.details ?? {}),
    ]);
    const open = await flow.planOpenReady(context, updated, tasks);
    const cal = await calendar.calendar();
    const due = cal.addWorkdays(options.acceptedOn, row.promisedLimitDays);
    // A due day in a year whose notice is not entered yet is computed from the law: say so.
    const dueText = cal.isProvisionalBetween(options.acceptedOn, due) ? `预计 ${due} 前` : `${due} 前`;
    await writeAll(tx, [
      ...open.statements,
      ...core.notifyStatements(
        updated,
        'case_accepted',
        `您的“${row.title}”已受理，承诺 ${row.promisedLimitDays} 个工作日内（${dueText}）办结。`,
      ),
    ]);
    const opened = new Map(open.opened.map((o) => [o.task.id, o]));
    return {
      row: updated,
      tasks: tasks.map((task) => opened.get(task.id) ?? { task, clock: null }),
      clock: caseClock.view,
    };
  }

  /**
   * The case's view from what acceptance wrote. Its notices are read only after a correction
   * round: before acceptance a case can have no other notice (this file issues them all).
   */
  async function acceptedView(context: RequestContext, accepted: Accepted): Promise<Case> {
    const { row } = accepted;
    const notices = row.correctionRound > 0 ? await createCasesRepository(db).listNotices(row.id) : [];
    return toCaseViewFrom({ ...accepted, notices, publicView: isPublicViewer(context), viewer: context.actor });
  }

  return {
    /** 受理: every required material is in (uploaded, from a certificate or registry, promised). */
    async accept(context: RequestContext, id: string, input: { note?: string }): Promise<Case> {
      await calendar.calendar();
      requireStaff(context, 'case:accept');
      const row = await db.transaction(async (tx) => {
        const current = await lockForStaff(tx, context, id, 'case:accept', ['submitted']);
        const missing = [
          ...missingRequired(current.materials),
          ...current.materials.filter((m) => m.problem && isSupplied(m) && m.required),
        ];
        if (missing.length > 0)
          throw casesErrors.materialsIncomplete(
            missing.map((m) => ({ path: `materials.${m.key}`, message: `缺少“${m.name}”` })),
          );
        return acceptIn(tx, context, current, {
          acceptedOn: clock.today(),
          kind: 'accepted',
          details: { note: input.note ?? null },
        });
      });
      return acceptedView(context, row);
    },

    /**
     * 一次性告知: every missing required material is listed, with what the clerk found wrong in
     * the others, in one written notice; the case waits for the applicant (no clock runs).
     */
    async requestCorrection(
      context: RequestContext,
      id: string,
      input: { items: { materialKey?: string; problem: string }[]; note?: string },
    ): Promise<Case> {
      requireStaff(context, 'case:accept');
      await calendar.calendar();
      const row = await db.transaction(async (tx) => {
        const current = await lockForStaff(tx, context, id, 'case:accept', ['submitted']);
        await requireNoticeWindow(current);
        const byKey = new Map(current.materials.map((m) => [m.key, m]));
        const issues: FieldIssue[] = [];
        input.items.forEach((item, index) => {
          const m = item.materialKey ? byKey.get(item.materialKey) : null;
          if (item.materialKey && !m)
            issues.push({ path: `items.${index}.materialKey`, message: `本办件没有材料“${item.materialKey}”` });
          else if (m && ['registry', 'form', 'bundle_result', 'not_applicable'].includes(m.state))
            issues.push({
              path: `items.${index}.materialKey`,
              message: `“${m.name}”由平台获取或无需提交，不能要求申请人补正`,
            });
        });
        if (issues.length > 0) throw casesErrors.materialsInvalid(issues);
        const problems = new Map<string, string>();
        for (const m of missingRequired(current.materials)) problems.set(m.key, '未提交');
        for (const item of input.items) if (item.materialKey) problems.set(item.materialKey, item.problem);
        const general = input.items.filter((i) => !i.materialKey).map((i) => i.problem);
        if (problems.size === 0 && general.length === 0)
          throw casesErrors.materialsInvalid([{ path: 'items', message: '材料齐全时无需补正；请说明需补正的内容' }]);
        const materials = current.materials.map((m) =>
          problems.has(m.key)
            ? { ...m, problem: problems.get(m.key)!, state: m.state === 'uploaded' ? ('missing' as const) : m.state }
            : { ...m, problem: null },
        );
        const round = current.correctionRound + 1;
        const updated = await createCasesRepository(tx).updateCase(id, {
          status: 'correction_requested',
          materials,
          correctionRound: round,
        });
        const listed = [
          ...[...problems].map(([key, problem]) => ({ name: byKey.get(key)!.name, problem })),
          ...general.map((problem) => ({ name: '其他', problem })),
        ];
        const noticeId = await issueNotice(
          tx,
          updated,
          'correction',
          {
            materials: listed,
            reasons: [],
            deferred: [],
            promise: null,
            note: input.note ?? null,
          },
          round,
        );
        await core.record(tx, context, updated, 'correction_requested', { round, noticeId, materials: listed });
        await core.notify(
          tx,
          updated,
          'case_correction',
          `您的“${updated.title}”需补正 ${listed.length} 项材料，请查看一次性告知书后一并补正。`,
        );
        return updated;
      });
      return core.caseView(context, row);
    },

    /** 不予受理, with reasons, in a written decision. */
    async refuse(context: RequestContext, id: string, input: { reasons: string[] }): Promise<Case> {
      requireStaff(context, 'case:accept');
      await calendar.calendar();
      const row = await db.transaction(async (tx) => {
        const current = await lockForStaff(tx, context, id, 'case:accept', ['submitted', 'correction_requested']);
        if (current.status === 'submitted') await requireNoticeWindow(current);
        const updated = await createCasesRepository(tx).updateCase(id, { status: 'refused', completedAt: clock.now() });
        const noticeId = await issueNotice(
          tx,
          updated,
          'refusal',
          {
            materials: [],
            reasons: input.reasons,
            deferred: [],
            promise: null,
            note: null,
          },
          current.correctionRound + 1,
        );
        await core.record(tx, context, updated, 'refused', { reasons: input.reasons, noticeId });
        await core.notify(tx, updated, 'case_refused', `您的“${updated.title}”不予受理，理由见不予受理决定书。`);
        return updated;
      });
      return core.caseView(context, row);
    },

    /**
     * 容缺受理: only deferrable materials, never for a blacklisted applicant, each with a supply
     * date no later than the promised limit; every other required material must be in.
     */
    async acceptDeferred(
      context: RequestContext,
      id: string,
      input: { materials: { materialKey: string; supplyBy: string }[]; promise: string },
    ): Promise<Case> {
      await calendar.calendar();
      requireStaff(context, 'case:accept');
      const row = await db.transaction(async (tx) => {
        const current = await lockForStaff(tx, context, id, 'case:accept', ['submitted']);
        const today = clock.today();
        const cal = await calendar.calendar();
        const latest = cal.addWorkdays(today, current.promisedLimitDays);
        const byKey = new Map(current.materials.map((m) => [m.key, m]));
        const notDeferrable: FieldIssue[] = [];
        const badDates: FieldIssue[] = [];
        input.materials.forEach((d, index) => {
          const m = byKey.get(d.materialKey);
          if (!m)
            notDeferrable.push({ path: `materials.${index}.materialKey`, message: `本办件没有材料“${d.materialKey}”` });
          else if (!m.deferrable)
            notDeferrable.push({ path: `materials.${index}.materialKey`, message: `“${m.name}”不在可容缺材料之列` });
          else if (isSupplied(m))
            notDeferrable.push({ path: `materials.${index}.materialKey`, message: `“${m.name}”已提交，无需容缺` });
          if (d.supplyBy < today)
            badDates.push({ path: `materials.${index}.supplyBy`, message: '补交日期不能早于今天' });
          else if (d.supplyBy > latest)
            badDates.push({ path: `materials.${index}.supplyBy`, message: `补交日期不能晚于承诺时限届满日 ${latest}` });
        });
        if (notDeferrable.length > 0) throw casesErrors.notDeferrable(notDeferrable);
        if (badDates.length > 0) throw casesErrors.supplyDateInvalid(badDates);
        const credit = await registries.withTx(tx).creditStatus(context, {
          subjectType: current.applicantKind,
          subjectId: current.applicantId,
          purpose: '容缺受理信用核查',
          caseId: id,
        });
        if (credit.blacklisted) throw casesErrors.blacklisted();
        const deferred = new Map(input.materials.map((d) => [d.materialKey, d.supplyBy]));
        const materials = current.materials.map((m) =>
          deferred.has(m.key)
            ? { ...m, state: 'deferred' as const, supplyBy: deferred.get(m.key)!, promiseText: input.promise }
            : m,
        );
        const stillMissing = missingRequired(materials);
        if (stillMissing.length > 0)
          throw casesErrors.materialsIncomplete(
            stillMissing.map((m) => ({ path: `materials.${m.key}`, message: `“${m.name}”不可容缺，须先提交` })),
          );
        const deferredUntil = [...deferred.values()].sort()[0]!;
        const { row: updated, clock: caseClock } = await acceptIn(tx, context, current, {
          acceptedOn: today,
          kind: 'accepted_deferred',
          materials,
          deferredUntil,
          details: { deferred: input.materials },
        });
        const noticeId = await issueNotice(
          tx,
          updated,
          'deferred_acceptance',
          {
            materials: [],
            reasons: [],
            deferred: input.materials.map((d) => ({ name: byKey.get(d.materialKey)!.name, supplyBy: d.supplyBy })),
            promise: input.promise,
            note: null,
            due: caseClock.dueOn
              ? { limitDays: caseClock.limitDays, dueOn: caseClock.dueOn, provisional: caseClock.provisional }
              : null,
          },
          current.correctionRound + 1,
        );
        await core.record(tx, context, updated, 'notice_issued', { noticeId, kind: 'deferred_acceptance' });
        return updated;
      });
      return core.caseView(context, row);
    },

    /** 送达: window pick-up (a visit) or mail with a tracking number; electronic delivery happens at completion. */
    async deliver(context: RequestContext, id: string, input: { trackingNumber?: string }): Promise<Case> {
      requireStaff(context, 'case:deliver');
      const row = await db.transaction(async (tx) => {
        const current = await lockForStaff(tx, context, id, 'case:deliver', ['completed']);
        if (current.delivery.status !== 'ready') throw casesErrors.stateConflict('办件结果已送达或无需送达');
        const method = current.delivery.method;
        if (method === 'mail' && !input.trackingNumber) throw casesErrors.trackingRequired();
        const now = clock.now();
        const updated = await createCasesRepository(tx).updateCase(id, {
          delivery: {
            ...current.delivery,
            status: 'delivered',
            trackingNumber: method === 'mail' ? input.trackingNumber! : null,
            deliveredAt: now.toISOString(),
          },
          visits: method === 'pickup' ? current.visits + 1 : current.visits,
        });
        if (method === 'pickup') await core.record(tx, context, updated, 'visit', { reason: '领取结果' });
        await core.record(tx, context, updated, 'delivered', { method, trackingNumber: input.trackingNumber ?? null });
        await core.notify(
          tx,
          updated,
          'case_delivered',
          method === 'mail'
            ? `您的“${updated.title}”结果已寄出，运单号 ${input.trackingNumber}。`
            : `您的“${updated.title}”结果已领取。`,
        );
        return updated;
      });
      return core.caseView(context, row);
    },

    /** A notice as PDF, rendered on first download and kept. */
    async noticePdf(context: RequestContext, caseId: string, noticeId: string): Promise<Buffer> {
      const repo = createCasesRepository(db);
      await core.requireVisible(context, await repo.findCase(caseId), caseId);
      const notice = await repo.findNotice(noticeId);
      if (!notice || notice.caseId !== caseId) throw casesErrors.noticeNotFound(noticeId);
      if (notice.pdf) return notice.pdf;
      const pdf = await renderNoticePdf(notice.content as unknown as NoticeDocument, {
        simulated: isSimulated(clock),
      });
      await repo.saveNoticePdf(noticeId, pdf);
      return pdf;
    },

    /**
     * What the law makes happen by itself, run periodically: a case received 5 working days ago
     * without a notice counts as accepted (as of its receipt); a case whose deferred material was
     * not supplied by its date ends.
     */
    async runDueRules(
      limit = 100,
      onRuleError: (caseId: string, error: unknown) => void = (caseId, error) =>
        console.error(`case rules: case ${caseId} failed`, error),
    ): Promise<{ acceptedByLaw: number; terminated: number }> {
      await calendar.calendar();
      const context = systemContext('cases-rules');
      const cal = await calendar.calendar();
      const today = clock.today();
      // More than five working days span at least six calendar days, even across a make-up
      // weekend: a cheap bound for the query; the calendar decides each candidate.
      const cutoff = daysBefore(today, 6);
      let acceptedByLaw = 0;
      for (const candidate of await createCasesRepository(db).listSubmittedReceivedBefore(cutoff, limit)) {
        // One case failing (e.g. a year without a calendar) does not hold up the others.
        const done = await db
          .transaction(async (tx) => {
            const current = await createCasesRepository(tx).lockCase(candidate.id);
            if (!current || current.status !== 'submitted' || !current.receivedOn) return false;
            if (cal.workdaysBetween(current.receivedOn, today) <= NOTICE_LIMIT_WORKDAYS) return false;
            await acceptIn(tx, context, current, {
              acceptedOn: current.receivedOn,
              kind: 'accepted_by_law',
              details: { receivedOn: current.receivedOn },
            });
            return true;
          })
          .catch((error: unknown) => {
            onRuleError(candidate.id, error);
            return false;
          });
        if (done) acceptedByLaw += 1;
      }
      let terminated = 0;
      for (const candidate of await createCasesRepository(db).listDeferredOverdue(today, limit)) {
        // One case failing (e.g. a year without a calendar) does not hold up the others.
        const done = await db
          .transaction(async (tx) => {
            const repo = createCasesRepository(tx);
            const current = await repo.lockCase(candidate.id);
            if (!current || current.status !== 'in_review' || !current.deferredUntil || current.deferredUntil >= today)
              return false;
            const missed = current.materials.filter((m) => m.state === 'deferred' && m.supplyBy && m.supplyBy < today);
            const updated = await repo.updateCase(current.id, {
              status: 'terminated',
              completedAt: clock.now(),
              deferredUntil: null,
            });
            const tasks = await repo.tasksOfCase(current.id);
            await flow.cancel(tx, context, updated, tasks, new Set(tasks.map((t) => t.id)), '容缺材料逾期未补交');
            await deadlines.stopIn(tx, caseClockId(current.id), { on: today });
            await core.record(tx, context, updated, 'terminated', {
              missed: missed.map((m) => ({ name: m.name, supplyBy: m.supplyBy })),
            });
            await core.notify(tx, updated, 'case_terminated', `您的“${updated.title}”容缺材料未按期补交，办件已终止。`);
            return true;
          })
          .catch((error: unknown) => {
            onRuleError(candidate.id, error);
            return false;
          });
        if (done) terminated += 1;
      }
      return { acceptedByLaw, terminated };
    },
  };
}

function daysBefore(date: string, days: number): string {
  return formatDayNumber(parseIsoDate(date)!.dayNumber - days);
}
