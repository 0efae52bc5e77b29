import { labelOf, type Case, type CaseSummary, type ClockView, type Task, type TimelineEvent } from '@yici/contracts';
import { notStartedView } from '../deadlines/deadlines.clock';
import type { Actor } from '../../platform/actor';
import type { CaseEventRow, CaseRow, NoticeRow, TaskRow } from './cases.repository';
import type { CaseListRow } from './cases.lists.repository';
import { taskViewerAccess } from './cases.task-scope';

/** Staff names shown to the public keep the family name only (王**). */
export function maskStaffName(name: string): string {
  const chars = [...name];
  return chars.length <= 1 ? name : `${chars[0]}${'*'.repeat(Math.min(chars.length - 1, 2))}`;
}

const LEVELS = {
  2: { level: 'province', levelName: '省级' },
  4: { level: 'city', levelName: '市级' },
  6: { level: 'county', levelName: '县级' },
} as const;

/**
 * Which department handles a task and why: the implementation nearest the case's region names its
 * body (实施主体); when the county does not implement the item, the city's does.
 */
export function taskHandling(
  row: Pick<TaskRow, 'implementationCode' | 'stepKey' | 'departmentName' | 'jointDepartments'>,
  caseRow: Pick<CaseRow, 'items' | 'regionName'>,
): Task['handling'] {
  const item = caseRow.items.find((i) => i.implementationCode === row.implementationCode && i.stepKey === row.stepKey);
  const at = item?.handledAt;
  const level = at ? (LEVELS[at.regionCode.length as keyof typeof LEVELS] ?? null) : null;
  const parts = [
    at
      ? `依据${at.regionName}实施清单（实施编码 ${row.implementationCode}），实施主体为${at.bodyName}`
      : `依据实施清单（实施编码 ${row.implementationCode}）`,
  ];
  if (at && !caseRow.regionName.endsWith(at.regionName) && level?.level !== 'county')
    parts.push(`${caseRow.regionName}未单独实施该事项，由${level?.levelName ?? ''}部门办理`);
  if (row.jointDepartments.length > 0)
    parts.push(`联合审查：${row.jointDepartments.map((d) => d.name).join('、')}分别出具意见`);
  return {
    departmentName: row.departmentName,
    level: level?.level ?? null,
    levelName: level?.levelName ?? null,
    basis: `${parts.join('；')}。`,
  };
}

export function toTaskView(
  row: TaskRow,
  caseRow: Pick<CaseRow, 'caseNumber' | 'title' | 'applicantName' | 'items' | 'regionName'>,
  clock: ClockView,
  /** Who looks: decides whether “办理” is offered (absent: nobody's view, e.g. a public one). */
  viewer?: Actor,
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
    handling: taskHandling(row, caseRow),
    viewerAccess: taskViewerAccess(viewer, row),
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
  viewer?: Actor;
}): Case {
  const { row } = options;
  return toCaseView({
    row,
    tasks: options.tasks.map(({ task, clock }) =>
      toTaskView(task, row, clock ?? notStartedView(task.limitDays), options.viewer),
    ),
    notices: options.notices,
    clock: options.clock ?? notStartedView(row.promisedLimitDays),
    publicView: options.publicView,
  });
}

export function toCaseSummary(row: CaseListRow, clock: ClockView): CaseSummary {
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
