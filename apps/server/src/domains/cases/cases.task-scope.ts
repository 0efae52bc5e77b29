import { requireAccess, requireStaff } from '../../platform/access/access';
import type { Actor, RequestContext } from '../../platform/actor';
import { DomainError } from '../../platform/errors';
import { casesErrors } from './cases.errors';
import type { TaskRow } from './cases.repository';

/** Who may open and work on a department task; out of scope answers as a missing task. */
export type TaskPermission = 'task:read' | 'task:work' | 'task:decide' | 'task:extend';

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
) {
  const actor = requireStaff(context, permission);
  const joint =
    (allowJoint || permission === 'task:read') &&
    actor.departmentId !== null &&
    task.jointDepartments.some((d) => d.id === actor.departmentId);
  try {
    requireAccess(context, permission, {
      kind: 'region',
      regionCode: task.regionCode,
      departmentId: joint ? actor.departmentId : task.departmentId,
    });
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
  const context: RequestContext = { actor: viewer, requestId: 'view', ip: null };
  const allowed = (permission: TaskPermission) => {
    try {
      requireTaskScope(context, permission, task, true);
      return true;
    } catch {
      return false;
    }
  };
  if (allowed('task:work') || allowed('task:decide')) return 'handle';
  return allowed('task:read') ? 'read' : 'none';
}
