import { accessErrors, mayAccess, requireAccess, type Resource } from '../../platform/access/access';
import type { Actor, RequestContext } from '../../platform/actor';
import { DomainError } from '../../platform/errors';
import { casesErrors } from './cases.errors';
import type { TaskRow } from './cases.repository';

/** Who may open and work on a department task; out of scope answers as a missing task. */
export type TaskPermission = 'task:read' | 'task:work' | 'task:decide' | 'task:extend';

/**
 * Who works on a task: a staff member, or a department's own system (a service account bound to
 * the department) taking its tasks through the API instead of staff re-keying them. The task's
 * claim, opinions and timeline name whoever it was (`部门系统：…` for a system).
 */
export type TaskWorker = { accountId: string; name: string; departmentId: string | null };

function requireWorker(context: RequestContext, permission: TaskPermission): TaskWorker {
  const actor = requireAccess(context, permission);
  if (actor.kind === 'staff') return actor;
  // A system acts only for the one department it belongs to.
  if (actor.kind === 'machine' && actor.departmentId) {
    return {
      accountId: `service:${actor.serviceAccountId}`,
      name: `部门系统：${actor.name}`,
      departmentId: actor.departmentId,
    };
  }
  throw accessErrors.forbidden();
}

/**
 * The task as an access check sees it: its region, and the department whose staff work on it —
 * the worker's own when that department joins the step and joint work is allowed.
 */
function taskResource(
  task: Pick<TaskRow, 'regionCode' | 'departmentId' | 'jointDepartments'>,
  workerDepartmentId: string | null,
  allowJoint: boolean,
): Resource {
  const joint =
    allowJoint && workerDepartmentId !== null && task.jointDepartments.some((d) => d.id === workerDepartmentId);
  return { kind: 'region', regionCode: task.regionCode, departmentId: joint ? workerDepartmentId : task.departmentId };
}

/**
 * Staff of the task's department (or of a department joining the step) within the region. A
 * joint department's staff may read the task and give their department's opinion; claiming,
 * pausing, extending and deciding stay with the lead department.
 */
export function requireTaskScope(
  context: RequestContext,
  permission: TaskPermission,
  task: Pick<TaskRow, 'id' | 'regionCode' | 'departmentId' | 'jointDepartments'>,
  allowJoint = false,
): TaskWorker {
  const actor = requireWorker(context, permission);
  try {
    requireAccess(
      context,
      permission,
      taskResource(task, actor.departmentId, allowJoint || permission === 'task:read'),
    );
  } catch (error) {
    if (error instanceof DomainError && error.code === 'NOT_FOUND_OR_OUT_OF_SCOPE')
      throw casesErrors.taskNotFound(task.id);
    throw error;
  }
  return actor;
}

/** What a viewer may do with a task: work on it (办理), only read it, or neither. */
export type TaskViewerAccess = 'handle' | 'read' | 'none';

/** The same rule as `requireTaskScope`, answered instead of thrown, for showing “办理” only to who can act. */
export function taskViewerAccess(
  viewer: Actor | undefined,
  task: Pick<TaskRow, 'id' | 'regionCode' | 'departmentId' | 'jointDepartments'>,
): TaskViewerAccess {
  if (!viewer || viewer.kind !== 'staff') return 'none';
  const allowed = (permission: TaskPermission) =>
    mayAccess(viewer, permission, taskResource(task, viewer.departmentId, true));
  if (allowed('task:work') || allowed('task:decide')) return 'handle';
  return allowed('task:read') ? 'read' : 'none';
}
