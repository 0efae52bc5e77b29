import { sql, type SQL } from 'drizzle-orm';
import { deadlineClocks } from './deadlines.tables';

/**
 * The outcome of a stopped clock as columns other domains put in their statistics queries (the
 * figures' read port): `workdays` (the exact elapsed working days, null while it runs) and
 * `on_time` (elapsed within the limit and its approved extension, null while it runs). A lateral
 * join over the clock's primary key: one index probe per subject, none of the clock's rules.
 */
export function clockOutcomeJoin(clockId: SQL): SQL {
  return sql`left join lateral (
      select ${deadlineClocks.elapsedWorkdays} as workdays,
        ${deadlineClocks.elapsedWorkdays} <= ${deadlineClocks.limitDays} + ${deadlineClocks.extendedDays} as on_time
      from ${deadlineClocks}
      where ${deadlineClocks.id} = ${clockId} and ${deadlineClocks.stoppedOn} is not null
    ) as clock_outcome on true`;
}
