import { sql, type SQL } from 'drizzle-orm';
import { ledgerMilestones, ledgerTasks } from './ledger.tables';

/**
 * Who answers for a milestone's clock, for e-monitoring (电子监察) to copy onto a card (see
 * `caseResponsibilityOf`): the task's lead department, the milestone as the "item" and the task's
 * code as the label. A measure or key point has no lead department: its card and order stay with
 * the province's unbound staff.
 */
export function milestoneResponsibilityOf(subjectType: SQL, subjectId: SQL): SQL {
  return sql`select ${ledgerTasks.leadDepartmentId} as department_id, ${ledgerTasks.leadDepartmentName} as department_name,
      null::text as item_code, ${ledgerMilestones.title} as item_name, ${ledgerTasks.code} as subject_label
    from ${ledgerMilestones} join ${ledgerTasks} on ${ledgerTasks.id} = ${ledgerMilestones.taskId}
    where ${subjectType} = 'milestone' and ${ledgerMilestones.id} = ${subjectId}`;
}
