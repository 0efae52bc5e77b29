import { labelOf, type Case, type CaseSummary, type ClockView, type Task, type TimelineEvent } from '@yici/contracts';
import { notStartedView } from '../deadlines/deadlines.clock';
import type { CaseEventRow, CaseRow, NoticeRow, TaskRow } from './cases.repository';

/** Staff names shown to the public keep the family name only (王**). */
export function maskStaffName(name: string): string {
  const chars = [...name];
  return chars.length <= 1 ? name : `${chars[0]}${'*'.repeat(Math.min(chars.length - 1, 2))}`;
}

export function toTaskView(
  row: TaskRow,
  caseRow: Pick<CaseRow, 'caseNumber' | 'title' | 'applicantName'>,
  clock: ClockView,
): Task {
  const given = new Set(row.opinions.map((o) => o.departmentId));
  return {
    id: row.id,
    caseId: row.caseId,
    caseNumber: caseRow.caseNumber,
    caseTitle: caseRow.title,
    applicantName: caseRow.applicantName,
    stepKey: row.stepKey,
    basicCode: row.basicCode,
    implementationCode: row.implementationCode,
    name: row.name,
    departmentId: row.departmentId,
    departmentName: row.departmentName,
    jointDepartments: row.jointDepartments.map((d) => ({ ...d, opinionGiven: given.has(d.id) })),
    dependsOn: row.dependsOn,
    status: row.status as Task['status'],
    claimedBy: row.claimedByName,
    opinions: row.opinions.map((o) => ({ departmentName: o.departmentName, by: o.by, opinion: o.opinion, at: o.at })),
    decision: row.decision,
    decisionReason: row.decisionReason,
    decidedAt: row.decidedAt?.toISOString() ?? null,
    specialProcedure: row.specialProcedure,
    certificateIdentifiers: row.result.certificates,
    clock,
    version: row.version,
  };
}

/** Masks what the public side must not see of staff (names) in a task. */
export function maskTaskForPublic(task: Task): Task {
  return {
    ...task,
    claimedBy: task.claimedBy ? maskStaffName(task.claimedBy) : null,
    opinions: task.opinions.map((o) => ({ ...o, by: maskStaffName(o.by) })),
  };
}

export function toCaseView(options: {
  row: CaseRow;
  tasks: Task[];
  notices: Omit<NoticeRow, 'pdf' | 'content'>[];
  clock: ClockView;
  publicView: boolean;
}): Case {
  const { row, tasks, notices, clock, publicView } = options;
  const target =
    row.bundleId !== null
      ? { kind: 'bundle' as const, bundleId: row.bundleId, regionCode: row.regionCode }
      : { kind: 'item' as const, implementationCode: row.implementationCode };
  return {
    id: row.id,
    caseNumber: row.caseNumber,
    title: row.title,
    target,
    status: row.status as Case['status'],
    regionCode: row.regionCode,
    regionName: row.regionName,
    channel: row.channel,
    applicant: { kind: row.applicantKind, id: row.applicantId, name: row.applicantName },
    filedBy: {
      kind: row.filedByKind,
      name: publicView && row.filedByKind === 'staff' ? maskStaffName(row.filedByName) : row.filedByName,
    },
    servicePoint: row.servicePointId ? { id: row.servicePointId, name: row.servicePointName ?? '' } : null,
    form: row.form,
    fields: row.fields,
    materials: row.materials,
    tasks: publicView ? tasks.map(maskTaskForPublic) : tasks,
    notices: notices.map((n) => ({
      id: n.id,
      kind: n.kind,
      title: n.title,
      issuedAt: n.issuedAt.toISOString(),
      round: n.round,
    })),
    delivery: {
      method: row.delivery.method,
      status: row.delivery.status,
      address: row.delivery.address,
      trackingNumber: row.delivery.trackingNumber,
      deliveredAt: row.delivery.deliveredAt,
    },
    visits: row.visits,
    clock,
    certificateIdentifiers: tasks.flatMap((t) => t.certificateIdentifiers),
    outcome: row.outcome,
    submittedAt: row.submittedAt?.toISOString() ?? null,
    acceptedOn: row.acceptedOn,
    completedAt: row.completedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    version: row.version,
  };
}

/**
 * The whole case from rows a transition already holds (its tasks with their clocks' views, its
 * notices and its clock's view), as the core's `caseView` shows it after reading them; a clock
 * not started is shown as such.
 */
export function toCaseViewFrom(options: {
  row: CaseRow;
  tasks: { task: TaskRow; clock: ClockView | null }[];
  notices: Omit<NoticeRow, 'pdf' | 'content'>[];
  clock: ClockView | null;
  publicView: boolean;
}): Case {
  const { row } = options;
  return toCaseView({
    row,
    tasks: options.tasks.map(({ task, clock }) => toTaskView(task, row, clock ?? notStartedView(task.limitDays))),
    notices: options.notices,
    clock: options.clock ?? notStartedView(row.promisedLimitDays),
    publicView: options.publicView,
  });
}

export function toCaseSummary(row: CaseRow, clock: ClockView): CaseSummary {
  return {
    id: row.id,
    caseNumber: row.caseNumber,
    title: row.title,
    status: row.status as CaseSummary['status'],
    regionCode: row.regionCode,
    channel: row.channel,
    applicant: { kind: row.applicantKind, id: row.applicantId, name: row.applicantName },
    visits: row.visits,
    clock,
    submittedAt: row.submittedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    outcome: row.outcome,
  };
}

export function toTimelineEvent(row: CaseEventRow, taskNames: Map<string, string>, publicView: boolean): TimelineEvent {
  return {
    at: row.at.toISOString(),
    kind: row.kind,
    label: labelOf('caseEvent', row.kind),
    actor: publicView && row.actorKind === 'staff' ? maskStaffName(row.actorName) : row.actorName,
    taskName: row.taskId ? (taskNames.get(row.taskId) ?? null) : null,
    details: row.details,
  };
}
