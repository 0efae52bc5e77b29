import { sql, type SQL } from 'drizzle-orm';
import { cases, caseTasks } from './cases.tables';

/**
 * Who answers for a case's or a task's clock, for e-monitoring (电子监察) to copy onto a card: a
 * select of `department_id, department_name, item_code, item_name, subject_label` for a lateral
 * join, empty for other subject types. A task answers to its department; a case to the department
 * of its first item (its lead item, as the case facts name it). Synthetic rows are no one's work.
 */
export function caseResponsibilityOf(subjectType: SQL, subjectId: SQL): SQL {
  return sql`select ${caseTasks.departmentId} as department_id, ${caseTasks.departmentName} as department_name,
      ${caseTasks.basicCode} as item_code, ${caseTasks.name} as item_name, ${cases.caseNumber} as subject_label
    from ${caseTasks} join ${cases} on ${cases.id} = ${caseTasks.caseId}
    where ${subjectType} = 'task' and ${caseTasks.id} = ${subjectId} and not ${caseTasks.synthetic}
    union all
    select ${cases.items}->0->>'departmentId', ${cases.items}->0->>'departmentName',
      ${cases.items}->0->>'basicCode', ${cases.title}, ${cases.caseNumber}
    from ${cases}
    where ${subjectType} = 'case' and ${cases.id} = ${subjectId} and not ${cases.synthetic}`;
}
