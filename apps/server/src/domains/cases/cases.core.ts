import type { Case, ClockView } from '@yici/contracts';
import { actorRef, type Actor, type RequestContext } from '../../platform/actor';
import { requireAccess } from '../../platform/access/access';
import { DomainError } from '../../platform/errors';
import type { DbOrTx } from '../../platform/db/database';
import { insertRow, writeAll, type Statement } from '../../platform/db/write-batch';
import { caseEvents } from './cases.tables';
import { notStartedView } from '../deadlines/deadlines.clock';
import type { CasesDeps } from './cases.deps';
import { coApplicantOf } from './cases.co-applicants';
import { casesErrors } from './cases.errors';
import { createCasesRepository, type CaseRow, type NewEvent } from './cases.repository';
import { toCaseView, toTaskView } from './cases.views';
export { requireTaskScope, type TaskPermission } from './cases.task-scope';

export const caseClockId = (caseId: string) => `case:${caseId}`;
export const taskClockId = (taskId: string) => `task:${taskId}`;

/**
 * Out-of-scope records answer exactly like missing ones (same code), so ids cannot be probed.
 * Wraps a scope check and turns its "out of scope" into the caller's own not-found error.
 */
export function asNotFound<T>(check: () => T, notFound: () => DomainError): T {
  try {
    return check();
  } catch (error) {
    if (error instanceof DomainError && error.code === 'NOT_FOUND_OR_OUT_OF_SCOPE') throw notFound();
    throw error;
  }
}

/** Staff who act only as agents (帮办代办): what they see follows the applicants' mandates, not a region. */
export const isAgentOnly = (actor: Actor) =>
  actor.kind === 'staff' && actor.roles.length > 0 && actor.roles.every((r) => r === 'agent');

/**
 * Whether the caller sees a case: its applicant or filer, or staff whose region covers it. An
 * agent's mandate is checked by the core's `requireVisible` (it needs a read); here an agent
 * passes on the permission alone.
 */
export function requireCaseVisible(context: RequestContext, row: CaseRow | null, id: string): CaseRow {
  if (!row) throw casesErrors.caseNotFound(id);
  const actor = context.actor;
  // The other party of a sale (the buyer) follows the case once they have joined it; an agent
  // passes here on the permission alone (its mandate is checked by the core's requireVisible).
  if (isAgentOnly(actor) || (actor.kind === 'person' && hasJoined(row, actor.idNumber))) {
    requireAccess(context, 'case:view');
    return row;
  }
  asNotFound(
    () =>
      actor.kind === 'staff' && actor.accountId !== row.filedByAccountId
        ? requireAccess(context, 'case:view', { kind: 'region', regionCode: row.regionCode })
        : requireAccess(context, 'case:view', {
            kind: 'owned',
            ownerAccountId: row.filedByAccountId,
            ownerIdNumber: row.applicantKind === 'person' ? row.applicantId : null,
            ownerUscc: row.applicantKind === 'legal_person' ? row.applicantId : null,
          }),
    () => casesErrors.caseNotFound(id),
  );
  return row;
}

/** Whether the person is the co-applicant of the case and has joined it (it is no longer waiting for them). */
function hasJoined(row: CaseRow, idNumber: string): boolean {
  if (row.status === 'awaiting_co_applicant' || row.status === 'draft') return false;
  return coApplicantOf(row.items, row.form, row.applicantId)?.idNumber === idNumber;
}

/** The public side (applicants, agents) sees staff names masked. */
export const isPublicViewer = (context: RequestContext) =>
  context.actor.kind !== 'staff' || context.actor.roles.every((r) => r === 'agent');

/** Small shared steps of every transition: a timeline event, an audit entry, a notification. */
/**
 * Timeline events that department systems may subscribe to (数据共享交换), by their shared name.
 * Only these leave the platform, and only with the references below: no applicant's data.
 */
export const SHARED_EVENTS: Partial<Record<string, string>> = {
  accepted: 'case.accepted',
  accepted_deferred: 'case.accepted',
  accepted_by_law: 'case.accepted',
  task_opened: 'case.task_opened',
  task_granted: 'case.task_decided',
  task_denied: 'case.task_decided',
  completed: 'case.completed',
  certificate_issued: 'certificate.issued',
  certificate_replaced: 'certificate.replaced',
  certificate_cancelled: 'certificate.revoked',
};

/** What a recorded event needs of its case; with the items, a case-level event names the departments involved. */
type SharedCaseRef = Pick<CaseRow, 'id' | 'regionCode' | 'caseNumber'> & { items?: { departmentId: string }[] };

/**
 * The departments a case-level event (accepted, completed, a certificate of the case) concerns:
 * those of its items. A department's system hears of the cases of its own department only
 * (`concerns` in sharing.webhooks.ts); a task's event names its one department instead.
 */
function involvedDepartments(row: SharedCaseRef, details: Record<string, unknown>): string[] | null {
  if (typeof details.departmentId === 'string' || !row.items) return null;
  return [...new Set(row.items.map((item) => item.departmentId))].sort();
}

function sharedPayload(
  row: SharedCaseRef,
  kind: string,
  details: Record<string, unknown>,
  taskId: string | null,
): Record<string, unknown> {
  const keep = ['task', 'departmentId', 'outcome', 'identifier', 'successor'] as const;
  const departmentIds = involvedDepartments(row, details);
  return {
    caseId: row.id,
    caseNumber: row.caseNumber,
    regionCode: row.regionCode,
    kind,
    taskId,
    ...(kind === 'task_granted' ? { decision: 'grant' } : kind === 'task_denied' ? { decision: 'deny' } : {}),
    ...Object.fromEntries(keep.filter((key) => key in details).map((key) => [key, details[key]])),
    ...(departmentIds ? { departmentIds } : {}),
  };
}

export function createCaseCore(deps: CasesDeps) {
  const { clock, audit, outbox, deadlines, db, identity } = deps;

  /**
   * `requireCaseVisible`, and for an agent a mandate in force from the applicant that covers the
   * case (the case itself, its bundle, or a period): without one, or once it is revoked or
   * expired, the case answers as missing (委托代办: the agent acts only within the mandate).
   */
  async function requireVisible(context: RequestContext, row: CaseRow | null, id: string): Promise<CaseRow> {
    const visible = requireCaseVisible(context, row, id);
    const actor = context.actor;
    if (actor.kind !== 'staff' || !isAgentOnly(actor)) return visible;
    const mandate = await identity.findMandate({
      agentAccountId: actor.accountId,
      grantorKind: visible.applicantKind,
      grantorId: visible.applicantId,
      caseId: visible.id,
      bundleId: visible.bundleId ?? undefined,
    });
    if (!mandate) throw casesErrors.caseNotFound(id);
    return visible;
  }

  function event(
    context: RequestContext,
    row: Pick<CaseRow, 'id' | 'regionCode'>,
    kind: string,
    details: Record<string, unknown> = {},
    taskId: string | null = null,
  ): NewEvent {
    const ref = actorRef(context.actor);
    const onBehalf = context.onBehalfOf ? `（代 ${context.onBehalfOf.id}）` : '';
    return {
      caseId: row.id,
      regionCode: row.regionCode,
      at: clock.now(),
      kind,
      actorKind: ref.kind,
      actorId: ref.id,
      actorName: `${ref.label}${onBehalf}`,
      taskId,
      details,
    };
  }

  async function record(
    tx: DbOrTx,
    context: RequestContext,
    row: SharedCaseRef,
    kind: string,
    details: Record<string, unknown> = {},
    taskId: string | null = null,
  ) {
    // The timeline event and its audit entry in one statement.
    await writeAll(tx, recordStatements(context, row, kind, details, taskId));
  }

  /** The event and audit entry of `record`, as statements for one combined write (writeAll). */
  function recordStatements(
    context: RequestContext,
    row: SharedCaseRef,
    kind: string,
    details: Record<string, unknown> = {},
    taskId: string | null = null,
  ): Statement[] {
    const shared = SHARED_EVENTS[kind];
    return [
      insertRow(caseEvents, event(context, row, kind, details, taskId)),
      audit.recordStatement(context, {
        action: `case.${kind}`,
        subjectType: taskId ? 'case_task' : 'case',
        subjectId: taskId ?? row.id,
        caseId: row.id,
        details: { caseNumber: row.caseNumber, ...details },
      }),
      // Department systems learn of it through the event outbox, committed with the change.
      ...(shared
        ? [
            outbox.eventStatement({
              type: shared,
              regionCode: row.regionCode,
              departmentId: typeof details.departmentId === 'string' ? details.departmentId : null,
              payload: sharedPayload(row, kind, details, taskId),
            }),
          ]
        : []),
    ];
  }

  /** The notification of `notify`, as a statement (none when there is no phone to send to). */
  function notifyStatements(
    row: Pick<CaseRow, 'delivery' | 'caseNumber' | 'title'>,
    template: string,
    text: string,
  ): Statement[] {
    return notifyPartyStatements(row.delivery.phone, row, template, text);
  }

  /** A text message to a party of the case (the applicant, or the buyer asked to join), as a statement. */
  function notifyPartyStatements(
    phone: string | null | undefined,
    row: Pick<CaseRow, 'caseNumber'>,
    template: string,
    text: string,
  ): Statement[] {
    if (!phone) return [];
    return [
      outbox.enqueueStatement({
        channel: 'sms',
        recipient: phone,
        template,
        body: `【一次办好】${text}${row.caseNumber ? `（办件编号 ${row.caseNumber}）` : ''}`,
        payload: { caseNumber: row.caseNumber },
      }),
    ];
  }

  /** A text message to the applicant's phone, sent by the outbox after commit. */
  async function notify(
    tx: DbOrTx,
    row: Pick<CaseRow, 'delivery' | 'caseNumber' | 'title'>,
    template: string,
    text: string,
  ) {
    await writeAll(tx, notifyStatements(row, template, text));
  }

  async function clockViews(ids: string[], source: DbOrTx = db): Promise<Map<string, ClockView>> {
    return ids.length === 0 ? new Map() : deadlines.viewsOf(source, ids);
  }

  /** The whole case as its viewer may see it. */
  async function caseView(context: RequestContext, row: CaseRow, source: DbOrTx = db): Promise<Case> {
    const repo = createCasesRepository(source);
    const [tasks, notices] = await Promise.all([repo.tasksOfCase(row.id), repo.listNotices(row.id)]);
    const clocks = await clockViews([caseClockId(row.id), ...tasks.map((t) => taskClockId(t.id))], source);
    const taskViews = tasks.map((t) =>
      toTaskView(t, row, clocks.get(taskClockId(t.id)) ?? notStartedView(t.limitDays), context.actor),
    );
    return toCaseView({
      row,
      tasks: taskViews,
      notices,
      clock: clocks.get(caseClockId(row.id)) ?? notStartedView(row.promisedLimitDays),
      publicView: isPublicViewer(context),
    });
  }

  /** A case just filed has no tasks, notices or running clock yet: its view needs no further reads. */
  function freshCaseView(context: RequestContext, row: CaseRow): Case {
    return toCaseView({
      row,
      tasks: [],
      notices: [],
      clock: notStartedView(row.promisedLimitDays),
      publicView: isPublicViewer(context),
    });
  }

  return {
    requireVisible,
    event,
    record,
    recordStatements,
    notify,
    notifyStatements,
    notifyPartyStatements,
    caseView,
    freshCaseView,
    clockViews,
  };
}

export type CaseCore = ReturnType<typeof createCaseCore>;
