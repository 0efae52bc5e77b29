import { sql, type SQL } from 'drizzle-orm';
import type { Calendar } from '../../platform/calendar/calendar';
import { deadlineClocks } from './deadlines.tables';

/**
 * What e-monitoring (电子监察) reads of the clocks, as SQL it puts in its own set-based statements
 * (the pattern of `dueCondition`): the monitoring domain never names this table's columns.
 * Synthetic clocks (bulk history) are left out: they are statistics, not anyone's work.
 */

/** The clock-kind key of a clock row: its subject type (tickets refine it by step through the hotline). */
export type MonitoredClockColumns = {
  id: string;
  subject_type: string;
  subject_id: string;
  region_code: string;
  due_on: string;
  extended_days: number;
};

/**
 * Running, unpaused clocks due on or before `dueBy` (an index range on `deadline_clocks_due_idx`),
 * with the columns of `MonitoredClockColumns`. A paused clock has no due day: time does not run
 * for it (補正, special procedures), so it is never carded while paused. With `changedSince`, only
 * those written by a transaction at or after that horizon (see `clockChangeHorizon`).
 */
export function runningClocksDueBy(dueBy: string, changedSince?: number): SQL {
  return sql`select ${deadlineClocks.id} as id, ${deadlineClocks.subjectType} as subject_type,
      ${deadlineClocks.subjectId} as subject_id, ${deadlineClocks.regionCode} as region_code,
      ${deadlineClocks.dueOn} as due_on, ${deadlineClocks.extendedDays} as extended_days
    from ${deadlineClocks}
    where ${deadlineClocks.stoppedOn} is null and ${deadlineClocks.pausedOn} is null
      and not ${deadlineClocks.synthetic} and ${deadlineClocks.dueOn} <= ${dueBy}
      ${changedSince === undefined ? sql`` : sql`and ${deadlineClocks.changedTxid} >= ${changedSince}`}`;
}

/**
 * The ids of the real clocks written (started, paused, resumed, extended, stopped, re-derived) by a
 * transaction at or after `horizon`: an index range on `deadline_clocks_changed_idx`.
 */
export function clockIdsChangedSince(horizon: number): SQL {
  return sql`select ${deadlineClocks.id} from ${deadlineClocks}
    where not ${deadlineClocks.synthetic} and ${deadlineClocks.changedTxid} >= ${horizon}`;
}

/**
 * The transaction horizon of the present snapshot: every transaction below it has ended, so a
 * reader that looks at the clocks changed at or after it next time misses no change committed late.
 */
export const clockChangeHorizon: SQL = sql`pg_snapshot_xmin(pg_current_snapshot())::text::bigint`;

/**
 * The present facts of one clock, for a lateral join: `stopped` (true when stopped), `paused`,
 * `due_on` (null while paused) and `extended_days`; no row when the clock does not exist.
 */
export function clockFactsOf(clockId: SQL): SQL {
  return sql`select ${deadlineClocks.stoppedOn} is not null as stopped, ${deadlineClocks.pausedOn} is not null as paused,
      ${deadlineClocks.dueOn} as due_on, ${deadlineClocks.extendedDays} as extended_days
    from ${deadlineClocks} where ${deadlineClocks.id} = ${clockId}`;
}

/**
 * A statement starting one clock per row of `subjects` (a query giving `subject_id` and
 * `region_code`), all with the same base day and limit, so that their due day is derived once: the
 * clocks of the 督办 orders raised by one pass, written in that pass's statement (a CTE body).
 */
export function startClocksStatement(input: {
  cal: Calendar;
  subjectType: 'order';
  subjects: SQL;
  limitDays: number;
  baseOn: string;
  at: Date;
}): SQL {
  const dueOn = input.cal.addWorkdays(input.baseOn, input.limitDays);
  return sql`insert into ${deadlineClocks}
      (id, subject_type, subject_id, region_code, limit_days, base_on, due_on, updated_at)
    select ${input.subjectType + ':'} || s.subject_id, ${input.subjectType}, s.subject_id, s.region_code,
      ${input.limitDays}, ${input.baseOn}, ${dueOn}, ${input.at.toISOString()}
    from (${input.subjects}) as s`;
}
