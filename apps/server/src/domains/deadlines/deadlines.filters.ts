import { and, gte, lt, lte, sql, type SQL } from 'drizzle-orm';
import type { ClockState } from './deadlines.clock';
import { deadlineClocks } from './deadlines.tables';

export type DueFilter = { kind: 'soon' | 'overdue'; today: string; soonUntil: string };

/**
 * A condition other domains put in their list queries: the subject's running clock is overdue
 * (due before today) or due soon (due between today and `soonUntil`, the working day the yellow
 * card starts from). Paused and stopped clocks are neither.
 */
export function dueCondition(subjectType: 'case' | 'task' | 'ticket', subjectId: SQL | unknown, due: DueFilter): SQL {
  const range =
    due.kind === 'overdue'
      ? lt(deadlineClocks.dueOn, due.today)
      : and(gte(deadlineClocks.dueOn, due.today), lte(deadlineClocks.dueOn, due.soonUntil));
  return sql`exists (select 1 from ${deadlineClocks}
    where ${deadlineClocks.id} = ${subjectType + ':'} || ${subjectId}
      and ${deadlineClocks.stoppedOn} is null and ${deadlineClocks.pausedOn} is null and ${range})`;
}

/**
 * The facts of one clock (null when it has not started), as a column other domains put in their
 * queries: a transition reads the clocks of its case beside its tasks in one statement. `clockId`
 * is the clock's id or an SQL expression giving it (e.g. `'task:' || case_tasks.id`).
 */
export function clockStateColumn(clockId: SQL | string): SQL<ClockState | null> {
  return sql<ClockState | null>`(select json_build_object(
      'limitDays', ${deadlineClocks.limitDays}, 'baseOn', ${deadlineClocks.baseOn},
      'extendedDays', ${deadlineClocks.extendedDays}, 'pausedWorkdays', ${deadlineClocks.pausedWorkdays},
      'pausedOn', ${deadlineClocks.pausedOn}, 'stoppedOn', ${deadlineClocks.stoppedOn},
      'elapsedWorkdays', ${deadlineClocks.elapsedWorkdays})
    from ${deadlineClocks} where ${deadlineClocks.id} = ${clockId})`;
}
