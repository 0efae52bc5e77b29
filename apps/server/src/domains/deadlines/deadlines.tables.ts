import { sql } from 'drizzle-orm';
import { bigint, boolean, date, index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Working-day clocks of cases, tasks, hotline tickets (sign, reply, return), rating rectifications and 督办 orders. What is stored are facts: the base day
 * (acceptance or opening), the limit, extensions, the working days spent paused, the open pause, the
 * stop. `due_on` is derived from them and the calendar whenever one of them changes, so that inbox
 * filters ("overdue", "due soon") are an index range instead of a calendar walk per row.
 */
export const deadlineClocks = pgTable(
  'deadline_clocks',
  {
    id: text('id').primaryKey(),
    subjectType: text('subject_type', {
      enum: ['case', 'task', 'ticket', 'rectification', 'milestone', 'order'],
    }).notNull(),
    subjectId: text('subject_id').notNull(),
    regionCode: text('region_code').notNull(),
    limitDays: integer('limit_days').notNull(),
    /** The day of acceptance (or opening): day 1 is the first working day after it. */
    baseOn: date('base_on', { mode: 'string' }).notNull(),
    extendedDays: integer('extended_days').notNull().default(0),
    pausedWorkdays: integer('paused_workdays').notNull().default(0),
    pausedOn: date('paused_on', { mode: 'string' }),
    pauseReason: text('pause_reason'),
    stoppedOn: date('stopped_on', { mode: 'string' }),
    elapsedWorkdays: integer('elapsed_workdays'),
    dueOn: date('due_on', { mode: 'string' }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    /** The clock of a synthetic case or task (bulk history): never re-derived, never in a due list. */
    synthetic: boolean('synthetic').notNull().default(false),
    /**
     * The transaction that last wrote a real clock, set by a trigger on every insert and update
     * (migration 0017), so that e-monitoring looks only at the clocks changed since its last pass.
     * Null for synthetic clocks and for clocks last written before the trigger existed.
     */
    changedTxid: bigint('changed_txid', { mode: 'number' }),
  },
  (t) => [
    index('deadline_clocks_subject_idx')
      .on(t.subjectType, t.subjectId)
      .where(sql`not synthetic`),
    index('deadline_clocks_due_idx')
      .on(t.subjectType, t.dueOn)
      .where(sql`stopped_on is null and paused_on is null and not synthetic`),
    index('deadline_clocks_changed_idx')
      .on(t.changedTxid)
      .where(sql`not synthetic`),
  ],
);
