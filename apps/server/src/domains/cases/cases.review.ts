import type { Case, ClockView, Task, TasksElsewhere } from '@yici/contracts';
import { SPECIAL_PROCEDURES, labelOf } from '@yici/contracts';
import { requireStaff } from '../../platform/access/access';
import type { RequestContext } from '../../platform/actor';
import type { DbOrTx } from '../../platform/db/database';
import { DomainError } from '../../platform/errors';
import { notStartedView } from '../deadlines/deadlines.clock';
import {
  caseClockId,
  createCaseCore,
  isPublicViewer,
  requireTaskScope,
  taskClockId,
  type TaskPermission,
} from './cases.core';
import type { CasesDeps } from './cases.deps';
import { casesErrors } from './cases.errors';
import { createCaseFlow } from './cases.flow';
import { createCasesRepository, type CaseRow, type TaskRow } from './cases.repository';
import { CANCELLING_ITEMS } from './cases.cancellations';
import { buildResults, entityToRegister } from './cases.results';
import { toCaseViewFrom, toTaskView } from './cases.views';
import { createReferenceData } from './cases.plan';
import { writeAll, type Statement } from '../../platform/db/write-batch';

/** Parallel review: department tasks are claimed, reviewed, paused, extended and decided. */
export function createReviewUseCases(deps: CasesDeps) {
  const { db, clock, deadlines, certificates, registries, calendar } = deps;
  const core = createCaseCore(deps);
  const flow = createCaseFlow(deps, core);
  const reference = createReferenceData(deps);

  async function lockTask(
    tx: DbOrTx,
    context: RequestContext,
    id: string,
    permission: TaskPermission,
    allowJoint = false,
  ) {
    const repo = createCasesRepository(tx);
    // The case row is the lock: every transition of one case runs one at a time. The task is read
    // once it is held, so it is as the previous transition left it.
    const caseRow = await repo.lockCaseOfTask(id);
    if (!caseRow) throw casesErrors.taskNotFound(id);
    const task = (await repo.findTask(id))!;
    const actor = requireTaskScope(context, permission, task, allowJoint);
    return { actor, caseRow, task, repo };
  }

  function requireClaimedByMe(task: TaskRow, accountId: string, version?: number) {
    if (task.status === 'open') throw casesErrors.taskNotClaimed();
    if (task.claimedByAccountId !== accountId) throw casesErrors.taskNotClaimed();
    if (version !== undefined && version !== task.version) throw casesErrors.taskVersionConflict();
  }

  async function taskView(
    context: RequestContext,
    row: TaskRow,
    caseRow?: Pick<CaseRow, 'caseNumber' | 'title' | 'applicantName' | 'items' | 'regionName'>,
  ): Promise<Task> {
    const owner = caseRow ?? (await createCasesRepository(db).findCase(row.caseId))!;
    const clocks = await core.clockViews([taskClockId(row.id)]);
    return toTaskView(row, owner, clocks.get(taskClockId(row.id)) ?? notStartedView(row.limitDays), context.actor);
  }

  /** Values produced by the case's granted tasks (e.g. the new USCC), for the steps after them. */
  function caseValues(tasks: TaskRow[]): Record<string, string> {
    return Object.assign({}, ...tasks.filter((t) => t.status === 'granted').map((t) => t.result.values));
  }

  /**
   * A task's department and its case's bundle never change; the claim that must precede a decision
   * keeps them here, so the decision need not read them before its transaction.
   */
  const taskReferences = new Map<string, { departmentId: string; bundleId: string | null }>();
  function rememberTaskReference(taskId: string, reference: { departmentId: string; bundleId: string | null }) {
    taskReferences.set(taskId, reference);
    if (taskReferences.size > 10_000) taskReferences.delete(taskReferences.keys().next().value!);
  }

  /** Reference data a decision needs, read before its transaction (the embedded database has one connection). */
  async function decisionContext(taskId: string) {
    const peek = taskReferences.get(taskId) ?? (await createCasesRepository(db).taskReference(taskId));
    if (!peek) return null;
    const department = await reference.department(peek.departmentId);
    const region = await reference.region(department.regionCode);
    const bundle = peek.bundleId ? await reference.bundle(peek.bundleId) : null;
    await calendar.calendar();
    return {
      issuer: { uscc: department.uscc, name: department.name, regionCode: department.regionCode },
      regionName:
        region.path
          .slice(1)
          .map((p) => p.name)
          .join('') || region.name,
      onDenial: bundle?.onDenial ?? 'deny_all',
    };
  }
  type DecisionContext = NonNullable<Awaited<ReturnType<typeof decisionContext>>>;

  /** The data of the certificates of `type` the applicant reused as materials (a transfer's seller's title). */
  async function reusedCertificates(tx: DbOrTx, caseRow: CaseRow, type: string) {
    const reused = caseRow.materials.find(
      (m) => m.state === 'certificate' && m.certificateType === type && m.certificateIdentifier,
    );
    if (!reused) return undefined;
    const data = await certificates.dataIn(tx, reused.certificateIdentifier!);
    return data ? { [type]: data } : undefined;
  }

  /** On grant: the item's certificate, built from the form and earlier results, sealed by the department. */
  async function issueResult(
    tx: DbOrTx,
    context: RequestContext,
    caseRow: CaseRow,
    task: TaskRow,
    overrides: Record<string, unknown> | undefined,
    reference: DecisionContext,
    tasks: TaskRow[],
    /** Where the certificate's rows go, to be written with the decision. */
    pending: Statement[],
  ): Promise<{
    certificates: string[];
    superseded?: { identifier: string; status: 'revoked' | 'replaced'; reason: string }[];
    values: Record<string, string>;
  }> {
    const item = caseRow.items.find(
      (i) => i.implementationCode === task.implementationCode && i.stepKey === task.stepKey,
    );
    const type = item?.resultCertificateType ?? null;
    const cancelling = item ? CANCELLING_ITEMS[item.basicCode] : undefined;
    if (!type && cancelling) {
      const { certificateType, reason } = cancelling;
      const holder = { kind: caseRow.applicantKind, id: caseRow.applicantId };
      const ended = await certificates.cancelHeldIn(
        tx,
        context,
        { holder, typeSlug: certificateType, reason, caseId: caseRow.id },
        pending,
      );
      return {
        certificates: [],
        superseded: ended.map((identifier) => ({ identifier, status: 'revoked' as const, reason })),
        values: {},
      };
    }
    if (!type) return { certificates: [], values: {} };
    const issuer = reference.issuer;
    const values = caseValues(tasks);
    const ctx = {
      certificateType: type,
      form: caseRow.form,
      applicant: { kind: caseRow.applicantKind, id: caseRow.applicantId, name: caseRow.applicantName },
      values,
      issuer,
      regionName: reference.regionName,
      today: clock.today(),
      caseNumber: caseRow.caseNumber ?? caseRow.id,
      sequence: tasks.findIndex((t) => t.id === task.id) + 1,
      overrides,
      reused: await reusedCertificates(tx, caseRow, type),
    };
    const produced: Record<string, string> = {};
    const entity = entityToRegister(ctx);
    if (entity) {
      const registered = await registries.withTx(tx).registerEntityIn(context, { ...entity, caseId: caseRow.id });
      produced['uscc'] = registered.uscc;
      produced['entity_name'] = registered.name;
      // The founder who applied online holds the new company's account from now on.
      if (
        caseRow.filedByKind === 'person' &&
        caseRow.applicantKind === 'person' &&
        entity.legalRepresentativeIdNumber === caseRow.applicantId
      )
        await deps.identity.bindFounderIn(tx, context, {
          uscc: registered.uscc,
          entityName: registered.name,
          accountId: caseRow.filedByAccountId,
          holderName: caseRow.applicantName,
        });
    }
    let built: ReturnType<typeof buildResults>;
    try {
      built = buildResults({ ...ctx, values: { ...values, ...produced } });
    } catch (error) {
      throw casesErrors.resultInvalid([{ path: 'resultData', message: (error as Error).message }]);
    }
    const identifiers: string[] = [];
    const superseded: { identifier: string; status: 'revoked' | 'replaced'; reason: string }[] = [];
    // One grant may issue several (a seal filing per seal): all in this transaction, or none. The
    // reviewer's overrides apply to each, so a field at fault is named once as the override's path.
    for (const data of built.certificates) {
      try {
        const issued = await certificates.issueIn(tx, context, { type, data, issuer, caseId: caseRow.id }, pending);
        identifiers.push(issued.identifier);
        // The certificates the new one supersedes end in the same transaction (the seller's title
        // is cancelled by the transfer that issues the buyer's): never two valid where the law allows one.
        superseded.push(...(await certificates.supersedeIn(tx, context, issued, { caseId: caseRow.id, pending })));
      } catch (error) {
        // The certificate names its own fields (data.<field>); the approver types them as resultData.<field>.
        if (error instanceof DomainError && error.code === 'CERTIFICATE_DATA_INVALID')
          throw casesErrors.resultInvalid(
            error.fields.map((f) => ({
              ...f,
              path: /^data(\.|$)/.test(f.path) ? f.path.replace(/^data/, 'resultData') : `resultData.${f.path}`,
            })),
          );
        throw error;
      }
    }
    return { certificates: identifiers, superseded, values: { ...produced, ...built.values } };
  }

  return {
    /**
     * Why an inbox may be empty: the active tasks under the caller's region that departments
     * other than theirs handle, as counts by department — never a case, an applicant or a task.
     */
    async tasksElsewhere(context: RequestContext): Promise<TasksElsewhere> {
      const actor = requireStaff(context, 'task:read');
      const counts = await createCasesRepository(db).countActiveTasksByDepartment(actor.regionCode);
      return { departments: actor.departmentId ? counts.filter((c) => c.departmentId !== actor.departmentId) : [] };
    },

    async getTask(context: RequestContext, id: string): Promise<Task> {
      const row = await createCasesRepository(db).findTask(id);
      if (!row) throw casesErrors.taskNotFound(id);
      requireTaskScope(context, 'task:read', row);
      return taskView(context, row);
    },

    /** Two staff claiming at once: the conditional update lets one win; the other gets 409. */
    async claim(context: RequestContext, id: string, input: { version?: number }): Promise<Task> {
      await calendar.calendar();
      const {
        task,
        caseRow,
        clock: facts,
      } = await db.transaction(async (tx) => {
        const repo = createCasesRepository(tx);
        // One statement takes the case lock and reads the task; its state is re-read only when the
        // conditional update finds the task no longer open (e.g. claimed while the lock was awaited).
        const locked = await repo.lockCaseHeadOfTask(id);
        if (!locked) throw casesErrors.taskNotFound(id);
        const me = requireTaskScope(context, 'task:work', locked.task);
        const claimIt = () =>
          repo.updateTaskWithClockIf(
            id,
            { fromStatuses: ['open'], version: input.version },
            { status: 'claimed', claimedByAccountId: me.accountId, claimedByName: me.name },
          );
        let updated = locked.task.status === 'open' ? await claimIt() : null;
        if (!updated) {
          const current = (await repo.findTask(id))!;
          if (current.status === 'claimed' && current.claimedByAccountId !== me.accountId)
            throw casesErrors.taskAlreadyClaimed(current.claimedByName ?? '他人');
          if (current.status !== 'open')
            throw casesErrors.taskStateConflict(`任务状态为“${labelOf('taskStatus', current.status)}”，不能认领`);
          updated = await claimIt();
          if (!updated) throw casesErrors.taskVersionConflict();
        }
        await core.record(tx, context, locked.caseRow, 'task_claimed', { task: locked.task.name }, id);
        return { ...updated, caseRow: locked.caseRow };
      });
      rememberTaskReference(id, { departmentId: task.departmentId, bundleId: caseRow.bundleId });
      return toTaskView(
        task,
        caseRow,
        facts ? await deadlines.viewOfState(facts) : notStartedView(task.limitDays),
        context.actor,
      );
    },

    /** A review opinion; on a joint step each taking-part department gives its own. */
    async opinion(
      context: RequestContext,
      id: string,
      input: { opinion: string; departmentId?: string },
    ): Promise<Task> {
      const result = await db.transaction(async (tx) => {
        const { actor, task, repo, caseRow } = await lockTask(tx, context, id, 'task:work', true);
        if (!['open', 'claimed'].includes(task.status))
          throw casesErrors.taskStateConflict(`任务状态为“${labelOf('taskStatus', task.status)}”`);
        const departments = [{ id: task.departmentId, name: task.departmentName }, ...task.jointDepartments];
        const departmentId = input.departmentId ?? actor.departmentId ?? task.departmentId;
        const department = departments.find((d) => d.id === departmentId);
        if (!department) throw casesErrors.opinionDepartmentInvalid(`${departmentId} 不参与“${task.name}”`);
        if (actor.departmentId && actor.departmentId !== department.id)
          throw casesErrors.opinionDepartmentInvalid('只能以本部门名义提出意见');
        const opinions = [
          ...task.opinions.filter((o) => o.departmentId !== department.id),
          {
            departmentId: department.id,
            departmentName: department.name,
            by: actor.name,
            opinion: input.opinion,
            at: clock.now().toISOString(),
          },
        ];
        const updated = await repo.updateTaskIf(id, { fromStatuses: ['open', 'claimed'] }, { opinions });
        if (!updated) throw casesErrors.taskVersionConflict();
        await core.record(
          tx,
          context,
          caseRow,
          'task_opinion',
          { department: department.name, opinion: input.opinion },
          id,
        );
        return { updated, caseRow };
      });
      return taskView(context, result.updated, result.caseRow);
    },

    /** 准予 or 不予: only by whoever claimed it; on grant the certificate is issued and the next steps open. */
    async decide(
      context: RequestContext,
      id: string,
      input: { decision: 'grant' | 'deny'; reason: string; resultData?: Record<string, unknown>; version?: number },
    ): Promise<Case> {
      const decisionRef = await decisionContext(id);
      if (!decisionRef) throw casesErrors.taskNotFound(id);
      const decided = await db.transaction(async (tx) => {
        const repo = createCasesRepository(tx);
        // The case lock, then the tasks, clocks and notices as the previous transition left them:
        // what the decision checks, writes from and shows afterwards without reading it again.
        const current = await repo.lockCaseOfTask(id);
        if (!current) throw casesErrors.taskNotFound(id);
        const state = await repo.caseState(current.id);
        const task = state.tasks.find((t) => t.task.id === id)!.task;
        const actor = requireTaskScope(context, 'task:decide', task);
        if (['granted', 'denied', 'cancelled'].includes(task.status)) throw casesErrors.taskStateConflict('任务已办结');
        if (task.status === 'waiting') throw casesErrors.taskStateConflict('前置事项尚未办结');
        if (task.status === 'correction' || task.status === 'special_procedure')
          throw casesErrors.taskStateConflict('任务暂停中（补正或特别程序），恢复后才能决定');
        requireClaimedByMe(task, actor.accountId, input.version);
        const caseTasks = state.tasks.map((t) => t.task);
        const outstanding = current.materials.filter(
          (m) => m.state === 'deferred' && m.usedBy.includes(task.basicCode),
        );
        if (input.decision === 'grant' && outstanding.length > 0)
          throw casesErrors.deferredOutstanding(outstanding.map((m) => m.name));
        const missing = task.jointDepartments.filter((d) => !task.opinions.some((o) => o.departmentId === d.id));
        if (input.decision === 'grant' && missing.length > 0)
          throw casesErrors.opinionsMissing(missing.map((d) => d.name));
        // The certificate's rows, written with the decision below.
        const issuing: Statement[] = [];
        const { superseded = [], ...result } =
          input.decision === 'grant'
            ? await issueResult(tx, context, current, task, input.resultData, decisionRef, caseTasks, issuing)
            : { certificates: [], values: {} };
        const updated = await repo.updateTaskIf(
          id,
          { fromStatuses: ['claimed'], claimedBy: actor.accountId },
          {
            status: input.decision === 'grant' ? 'granted' : 'denied',
            decision: input.decision,
            decisionReason: input.reason,
            decidedAt: clock.now(),
            decidedByName: actor.name,
            result,
          },
        );
        if (!updated) throw casesErrors.taskVersionConflict();
        const taskClock = state.tasks.find((t) => t.task.id === id)!.clock;
        if (!taskClock) throw new Error(`deadline clock ${taskClockId(id)} not found`);
        const stopped = await deadlines.stopPlanned(taskClockId(id), taskClock, { on: clock.today() });
        const decision = [
          ...issuing,
          stopped.statement,
          ...core.recordStatements(
            context,
            current,
            input.decision === 'grant' ? 'task_granted' : 'task_denied',
            { task: task.name, reason: input.reason, departmentId: task.departmentId },
            id,
          ),
          ...result.certificates.flatMap((identifier) =>
            core.recordStatements(context, current, 'certificate_issued', { identifier, task: task.name }, id),
          ),
          ...superseded.flatMap((old) =>
            core.recordStatements(
              context,
              current,
              old.status === 'revoked' ? 'certificate_cancelled' : 'certificate_replaced',
              { identifier: old.identifier, reason: old.reason, successor: result.certificates[0] },
              id,
            ),
          ),
        ];
        // The tasks as they are now, without reading them again.
        let tasks = caseTasks.map((t) => (t.id === updated.id ? updated : t));
        if (input.decision === 'deny') {
          await writeAll(tx, decision);
          const ids =
            decisionRef.onDenial === 'deny_all'
              ? new Set(tasks.map((t) => t.id))
              : flow.dependentsOf(tasks, task.stepKey);
          await flow.cancel(tx, context, current, tasks, ids, `“${task.name}”不予许可`);
          tasks = await repo.tasksOfCase(current.id);
          return { row: await flow.completeIfDone(tx, context, current, tasks), view: null };
        }
        // The steps it unblocks open, and with no task left the case completes: written with the
        // decision as one statement (the timeline's events in the order listed).
        const clocks = new Map<string, ClockView | null>();
        for (const t of state.tasks) clocks.set(t.task.id, t.clock && (await deadlines.viewOfState(t.clock)));
        clocks.set(id, stopped.view);
        const open = await flow.planOpenReady(context, current, tasks);
        for (const o of open.opened) clocks.set(o.task.id, o.clock);
        const opened = new Map(open.opened.map((o) => [o.task.id, o.task]));
        tasks = tasks.map((t) => opened.get(t.id) ?? t);
        const completion = await flow.planCompletion(context, current, tasks, state.caseClock);
        await writeAll(tx, [...decision, ...open.statements, ...(completion?.statements ?? [])]);
        const row = completion?.row ?? current;
        const caseClock = completion?.clock ?? (state.caseClock && (await deadlines.viewOfState(state.caseClock)));
        return {
          row,
          view: toCaseViewFrom({
            row,
            tasks: tasks.map((t) => ({ task: t, clock: clocks.get(t.id) ?? null })),
            notices: state.notices,
            clock: caseClock,
            publicView: isPublicViewer(context),
            viewer: context.actor,
          }),
        };
      });
      taskReferences.delete(id);
      return decided.view ?? core.caseView(context, decided.row);
    },

    /** A department asks the applicant for materials: the task and the case clock pause. */
    async requestCorrection(
      context: RequestContext,
      id: string,
      input: { items: { materialKey?: string; problem: string }[] },
    ): Promise<Task> {
      await calendar.calendar();
      const result = await db.transaction(async (tx) => {
        const { actor, task, repo, caseRow } = await lockTask(tx, context, id, 'task:work');
        if (task.status !== 'claimed') throw casesErrors.taskStateConflict('只有审查中的任务可以要求补正');
        requireClaimedByMe(task, actor.accountId);
        const keys = new Map(caseRow.materials.map((m) => [m.key, m]));
        const unknown = input.items
          .map((item, index) => ({ item, index }))
          .filter(({ item }) => item.materialKey && !keys.has(item.materialKey));
        if (unknown.length > 0)
          throw casesErrors.materialsInvalid(
            unknown.map(({ item, index }) => ({
              path: `items.${index}.materialKey`,
              message: `本办件没有材料“${item.materialKey}”`,
            })),
          );
        const problems = new Map(input.items.filter((i) => i.materialKey).map((i) => [i.materialKey!, i.problem]));
        await repo.updateCase(caseRow.id, {
          materials: caseRow.materials.map((m) => (problems.has(m.key) ? { ...m, problem: problems.get(m.key)! } : m)),
        });
        const updated = (await repo.updateTaskIf(id, { fromStatuses: ['claimed'] }, { status: 'correction' }))!;
        await deadlines.pauseIn(tx, taskClockId(id), { on: clock.today(), reason: '申请人补正' });
        await flow.syncCaseClock(tx, caseRow, await repo.tasksOfCase(caseRow.id));
        await core.record(tx, context, caseRow, 'task_correction', { items: input.items }, id);
        await core.notify(
          tx,
          caseRow,
          'task_correction',
          `“${task.name}”需要您补正材料：${input.items.map((i) => i.problem).join('；')}`,
        );
        return { updated, caseRow };
      });
      return taskView(context, result.updated, result.caseRow);
    },

    /** Hearing, testing, expert review …: the time does not count (both clocks pause). */
    async specialProcedure(
      context: RequestContext,
      id: string,
      input: { kind: keyof typeof SPECIAL_PROCEDURES; reason: string },
    ): Promise<Task> {
      await calendar.calendar();
      const result = await db.transaction(async (tx) => {
        const { actor, task, repo, caseRow } = await lockTask(tx, context, id, 'task:work');
        if (task.status !== 'claimed') throw casesErrors.taskStateConflict('只有审查中的任务可以进入特别程序');
        requireClaimedByMe(task, actor.accountId);
        const label = SPECIAL_PROCEDURES[input.kind];
        const updated = (await repo.updateTaskIf(
          id,
          { fromStatuses: ['claimed'] },
          { status: 'special_procedure', specialProcedure: `${label}：${input.reason}` },
        ))!;
        await deadlines.pauseIn(tx, taskClockId(id), { on: clock.today(), reason: label });
        await flow.syncCaseClock(tx, caseRow, await repo.tasksOfCase(caseRow.id));
        await core.record(
          tx,
          context,
          caseRow,
          'task_special_procedure',
          { procedure: label, reason: input.reason },
          id,
        );
        return { updated, caseRow };
      });
      return taskView(context, result.updated, result.caseRow);
    },

    /** Ends a special procedure: the clocks run again. */
    async resume(context: RequestContext, id: string): Promise<Task> {
      await calendar.calendar();
      const result = await db.transaction(async (tx) => {
        const { actor, task, repo, caseRow } = await lockTask(tx, context, id, 'task:work');
        if (task.status !== 'special_procedure') throw casesErrors.taskStateConflict('任务不在特别程序中');
        requireClaimedByMe(task, actor.accountId);
        const updated = (await repo.updateTaskIf(id, { fromStatuses: ['special_procedure'] }, { status: 'claimed' }))!;
        await deadlines.resumeIn(tx, taskClockId(id), { on: clock.today() });
        await flow.syncCaseClock(tx, caseRow, await repo.tasksOfCase(caseRow.id));
        await core.record(tx, context, caseRow, 'task_resumed', {}, id);
        return { updated, caseRow };
      });
      return taskView(context, result.updated, result.caseRow);
    },

    /** An approved extension (by an approver), once per task; the case deadline moves with it. */
    async extend(context: RequestContext, id: string, input: { days: number; reason: string }): Promise<Task> {
      await calendar.calendar();
      const result = await db.transaction(async (tx) => {
        const { task, repo, caseRow } = await lockTask(tx, context, id, 'task:extend');
        if (!['open', 'claimed', 'special_procedure', 'correction'].includes(task.status))
          throw casesErrors.taskStateConflict('只有办理中的任务可以延期');
        const view = (await deadlines.viewsOf(tx, [taskClockId(id)])).get(taskClockId(id));
        if (view && view.extendedDays > 0) throw casesErrors.alreadyExtended();
        // 行政许可法 §42: +10 days with approval, +15 for joint or centralised handling (a bundle).
        const maxDays = caseRow.bundleId ? 15 : 10;
        if (input.days > maxDays) throw casesErrors.extensionTooLong(maxDays);
        await deadlines.extendIn(tx, taskClockId(id), { days: input.days });
        // The case deadline moves once, by the longest extension the law allows it, not per task.
        const caseView = (await deadlines.viewsOf(tx, [caseClockId(caseRow.id)])).get(caseClockId(caseRow.id));
        const caseExtra = Math.min(input.days, maxDays - (caseView?.extendedDays ?? 0));
        if (caseView && !caseView.stoppedOn && caseExtra > 0)
          await deadlines.extendIn(tx, caseClockId(caseRow.id), { days: caseExtra });
        const updated = (await repo.updateTaskIf(id, { fromStatuses: [task.status] }, {}))!;
        await core.record(tx, context, caseRow, 'task_extended', { days: input.days, reason: input.reason }, id);
        await core.notify(
          tx,
          caseRow,
          'task_extended',
          `“${task.name}”经批准延长 ${input.days} 个工作日：${input.reason}`,
        );
        return { updated, caseRow };
      });
      return taskView(context, result.updated, result.caseRow);
    },

    /** The applicant handed in what a department asked for: its tasks continue and the clocks run again. */
    async onCorrectionSupplied(tx: DbOrTx, context: RequestContext, caseRow: CaseRow): Promise<void> {
      // Everything the departments asked for must be in: a material still flagged keeps them waiting.
      if (caseRow.materials.some((m) => m.problem !== null)) return;
      const repo = createCasesRepository(tx);
      for (const task of await repo.tasksOfCase(caseRow.id)) {
        if (task.status !== 'correction') continue;
        await repo.updateTaskIf(task.id, { fromStatuses: ['correction'] }, { status: 'claimed' });
        await deadlines.resumeIn(tx, taskClockId(task.id), { on: clock.today() });
        await core.record(tx, context, caseRow, 'task_resumed', { reason: '申请人已补正' }, task.id);
      }
      await flow.syncCaseClock(tx, caseRow, await repo.tasksOfCase(caseRow.id));
    },
  };
}
