import { sql, type SQL } from 'drizzle-orm';
import { deadlineClocks } from './deadlines.tables';

/**
 * Read-side conditions for figures over a period (bulletins): the subject's clock fell due within
 * [from, to], before `today`, and was not stopped by its due day, so it went overdue (red) in the
 * period. Extensions have moved the due day already, so an approved extension is not counted.
 * Synthetic clocks (bulk history) are figures too and are counted.
 */
export function overdueWithinCondition(clockId: SQL, period: { from: string; to: string; today: string }): SQL {
  return sql`exists (select 1 from ${deadlineClocks}
    where ${deadlineClocks.id} = ${clockId}
      and ${deadlineClocks.dueOn} between ${period.from} and ${period.to}
      and ${deadlineClocks.dueOn} < ${period.today}
      and (${deadlineClocks.stoppedOn} is null or ${deadlineClocks.stoppedOn} > ${deadlineClocks.dueOn}))`;
}

/** The working days a stopped clock counted (null while it runs), as a column for another domain's query. */
export function elapsedWorkdaysColumn(clockId: SQL): SQL<number | null> {
  return sql<number | null>`(select ${deadlineClocks.elapsedWorkdays} from ${deadlineClocks}
    where ${deadlineClocks.id} = ${clockId} and ${deadlineClocks.stoppedOn} is not null)`;
}
