import type { RequestContext } from '../../platform/actor';
import type { DbOrTx } from '../../platform/db/database';
import { timeOrderedUuid } from '../../platform/ids';
import { writeAll, type Statement } from '../../platform/db/write-batch';
import type { CaseCore } from './cases.core';
import { caseClockId, taskClockId } from './cases.core';
import type { CasesDeps } from './cases.deps';
import type { ClockView } from '@yici/contracts';
import type { ClockState } from '../deadlines/deadlines.clock';
import {
  createCasesRepository,
  openTasksStatement,
  updateCaseStatement,
  type CaseRow,
  type TaskRow,
} from './cases.repository';
import type { caseTasks } from './cases.tables';

const ACTIVE = new Set(['waiting', 'open', 'claimed', 'correction', 'special_procedure']);
const PAUSING = new Set(['correction', 'special_procedure']);

/** One task per item of the case, all waiting until acceptance opens those without dependencies. */
export function tasksFor(row: CaseRow, now: Date): (typeof caseTasks.$inferInsert)[] {
  return row.items.map((item) => ({
    id: timeOrderedUuid(now),
    caseId: row.id,
    regionCode: row.regionCode,
    stepKey: item.stepKey,
    basicCode: item.basicCode,
    itemVersion: item.version,
    implementationCode: item.implementationCode,
    name: item.name,
    departmentId: item.departmentId,
    departmentName: item.departmentName,
    jointDepartments: item.jointDepartments,
    dependsOn: item.dependsOn,
    status: 'waiting',
    limitDays: item.promisedLimitDays,
    opinions: [],
    result: { certificates: [], values: {} },
    createdAt: now,
  }));
}

/**
 * The steps of the case's flow graph that follow from its tasks' states: open what has every
 * dependency granted (in parallel where the graph allows), keep the case clock paused exactly
 * while a task waits for the applicant or a special procedure, and complete the case when no task
 * is left to do.
 */
export function createCaseFlow(deps: CasesDeps, core: CaseCore) {
  const { clock, deadlines } = deps;

  /**
   * Opens every waiting task whose dependencies are all granted, as one combined write (the update,
   * the clocks, the events). `tasks` are the case's tasks as read under the case lock, so which
   * are waiting is known and the opened rows and their clocks need not be read back.
   */
  async function planOpenReady(
    context: RequestContext,
    row: Pick<CaseRow, 'id' | 'regionCode' | 'caseNumber'>,
    tasks: TaskRow[],
  ): Promise<{ statements: Statement[]; opened: { task: TaskRow; clock: ClockView }[] }> {
    const granted = new Set(tasks.filter((t) => t.status === 'granted').map((t) => t.stepKey));
    const ready = tasks.filter((t) => t.status === 'waiting' && t.dependsOn.every((key) => granted.has(key)));
    if (ready.length === 0) return { statements: [], opened: [] };
    const today = clock.today();
    const statements: Statement[] = [
      openTasksStatement(
        ready.map((t) => t.id),
        today,
      ),
    ];
    const opened: { task: TaskRow; clock: ClockView }[] = [];
    for (const task of ready) {
      const start = await deadlines.startPlanned({
        subjectType: 'task',
        subjectId: task.id,
        regionCode: task.regionCode,
        limitDays: task.limitDays,
        baseOn: today,
      });
      statements.push(
        start.statement,
        ...core.recordStatements(
          context,
          row,
          'task_opened',
          { task: task.name, department: task.departmentName, departmentId: task.departmentId },
          task.id,
        ),
      );
      opened.push({ task: { ...task, status: 'open', openedOn: today, version: task.version + 1 }, clock: start.view });
    }
    return { statements, opened };
  }

  async function syncCaseClock(tx: DbOrTx, row: CaseRow, tasks: TaskRow[]) {
    const id = caseClockId(row.id);
    const view = (await deadlines.viewsOf(tx, [id])).get(id);
    if (!view || view.stoppedOn) return;
    const shouldPause = tasks.some((t) => PAUSING.has(t.status));
    const today = clock.today();
    if (shouldPause && !view.paused)
      await deadlines.pauseIn(tx, id, { on: today, reason: '部门审查暂停（补正或特别程序）' });
    if (!shouldPause && view.paused) await deadlines.resumeIn(tx, id, { on: today });
  }

  /** Steps that can no longer run because a step they depend on was denied (or the case ended). */
  function dependentsOf(tasks: TaskRow[], stepKey: string | null): Set<string> {
    const out = new Set<string>();
    if (!stepKey) return out;
    let grew = true;
    const blocked = new Set([stepKey]);
    while (grew) {
      grew = false;
      for (const t of tasks) {
        if (t.stepKey && !blocked.has(t.stepKey) && t.dependsOn.some((d) => blocked.has(d))) {
          blocked.add(t.stepKey);
          out.add(t.id);
          grew = true;
        }
      }
    }
    return out;
  }

  async function cancel(
    tx: DbOrTx,
    context: RequestContext,
    row: CaseRow,
    tasks: TaskRow[],
    ids: Set<string>,
    reason: string,
  ) {
    const repo = createCasesRepository(tx);
    const today = clock.today();
    for (const task of tasks) {
      if (!ids.has(task.id) || !ACTIVE.has(task.status)) continue;
      const updated = await repo.updateTaskIf(task.id, { fromStatuses: [...ACTIVE] }, { status: 'cancelled' });
      if (!updated) continue;
      if (task.status !== 'waiting') await deadlines.stopIn(tx, taskClockId(task.id), { on: today });
      await core.record(tx, context, row, 'task_cancelled', { reason }, task.id);
    }
  }

  /** Completes the case when no task is left: the outcome, the clock stopped, delivery made ready. */
  async function completeIfDone(
    tx: DbOrTx,
    context: RequestContext,
    row: CaseRow,
    known?: TaskRow[],
  ): Promise<CaseRow> {
    const repo = createCasesRepository(tx);
    const state = known ? null : await repo.caseState(row.id);
    const tasks = known ?? state!.tasks.map((t) => t.task);
    if (tasks.some((t) => ACTIVE.has(t.status))) return row;
    const { caseClock } = state ?? (await repo.caseState(row.id));
    const completion = (await planCompletion(context, row, tasks, caseClock))!;
    await writeAll(tx, completion.statements);
    return completion.row;
  }

  /**
   * What completing the case writes, for a caller that holds the case lock and read the case's
   * clock under it: the statements for one combined write, the case as it will be and its clock's
   * view; null while a task is left.
   */
  async function planCompletion(
    context: RequestContext,
    row: CaseRow,
    tasks: TaskRow[],
    caseClock: ClockState | null,
  ): Promise<{ statements: Statement[]; row: CaseRow; clock: ClockView } | null> {
    if (tasks.some((t) => ACTIVE.has(t.status))) return null;
    if (!caseClock) throw new Error(`deadline clock ${caseClockId(row.id)} not found`);
    const granted = tasks.filter((t) => t.status === 'granted').length;
    const outcome = granted === 0 ? 'denied' : granted === tasks.length ? 'granted' : 'partly_granted';
    const today = clock.today();
    const now = clock.now();
    const hasResults = tasks.some((t) => t.result.certificates.length > 0);
    const electronic = row.delivery.method === 'electronic' || !hasResults;
    const patch = {
      status: 'completed',
      outcome,
      completedAt: now,
      delivery: {
        ...row.delivery,
        status: electronic ? ('delivered' as const) : ('ready' as const),
        deliveredAt: electronic ? now.toISOString() : null,
      },
    } satisfies Partial<CaseRow>;
    const updated: CaseRow = { ...row, ...patch, version: row.version + 1 };
    const stop = await deadlines.stopPlanned(caseClockId(row.id), caseClock, { on: today });
    const outcomeText = {
      granted: '已办结',
      partly_granted: '已办结（部分事项不予许可）',
      denied: '已办结（不予许可）',
    }[outcome];
    const pickup = row.delivery.method === 'pickup' && hasResults ? '请携带身份证件到窗口领取结果。' : '';
    const mail = row.delivery.method === 'mail' && hasResults ? '结果将邮寄送达。' : '';
    const statements: Statement[] = [
      updateCaseStatement(deps.db, row.id, patch),
      stop.statement,
      ...core.recordStatements(context, updated, 'completed', { outcome }),
      ...(electronic && hasResults
        ? core.recordStatements(context, updated, 'delivered', { method: 'electronic' })
        : []),
      ...core.notifyStatements(
        updated,
        'case_completed',
        `您的“${row.title}”${outcomeText}。电子证照已存入您的证照夹。${pickup}${mail}`,
      ),
      ...(deps.onCompleted?.({ id: row.id, caseNumber: row.caseNumber, title: row.title, phone: row.delivery.phone }) ??
        []),
    ];
    return { statements, row: updated, clock: stop.view };
  }

  return { planOpenReady, syncCaseClock, dependentsOf, cancel, completeIfDone, planCompletion };
}

export type CaseFlow = ReturnType<typeof createCaseFlow>;
