import { and, asc, eq, gte, inArray, isNull, lte, sql } from 'drizzle-orm';
import type { ClockView } from '@yici/contracts';
import type { Calendar } from '../../platform/calendar/calendar';
import type { CalendarService } from '../../platform/calendar/calendar.service';
import type { Clock } from '../../platform/clock';
import type { DbOrTx } from '../../platform/db/database';
import { insertRow, type Statement } from '../../platform/db/write-batch';
import {
  clockView,
  DEFAULT_YELLOW_DAYS,
  dueOnOf,
  extendClock,
  pauseClock,
  resumeClock,
  startClock,
  stopClock,
  type ClockState,
} from './deadlines.clock';
import { deadlineClocks } from './deadlines.tables';

export type DeadlineClockRow = typeof deadlineClocks.$inferSelect;
export type DeadlineSubjectType = DeadlineClockRow['subjectType'];

/** Bounds for inbox filters: overdue is `due_on < overdueBefore`, due soon is `due_on` in [today, soonUntil]. */
export type DueFilter = { overdueBefore: string; soonUntil: string };

/** A running clock whose due day changed when a year's arrangement was entered. */
export type DueDayMove = {
  clockId: string;
  subjectType: DeadlineSubjectType;
  subjectId: string;
  from: string;
  to: string;
};

/** Rows updated per statement when due days are derived again. */
const REDERIVE_CHUNK = 500;

/** One clock per subject, so its id is known without a lookup. */
export function clockIdOf(subjectType: DeadlineSubjectType, subjectId: string): string {
  return `${subjectType}:${subjectId}`;
}

/**
 * Working-day clocks of cases and tasks. Each change runs in the caller's transaction, so that it
 * commits with the state change that caused it (a correction notice pauses the clock it belongs to).
 * Callers ask the calendar service for the calendar before opening that transaction: a reload
 * inside it would wait for the transaction's own connection on PGlite, which has only one.
 */
export function createDeadlineService(deps: {
  calendar: Pick<CalendarService, 'calendar'>;
  clock: Clock;
  yellowDays?: number;
}) {
  const { clock } = deps;
  const yellowDays = deps.yellowDays ?? DEFAULT_YELLOW_DAYS;
  if (!Number.isInteger(yellowDays) || yellowDays < 0) throw new Error(`yellowDays must be ≥ 0, got ${yellowDays}`);

  const viewAt = (cal: Calendar, state: ClockState) => clockView(cal, state, clock.today(), { yellowDays });

  /** Reads the facts under a row lock, applies one change and writes the facts with the new due day. */
  async function change(
    tx: DbOrTx,
    id: string,
    apply: (cal: Calendar, state: ClockState) => ClockState,
    pauseReason?: { pauseReason: string | null },
  ): Promise<ClockView> {
    const cal = await deps.calendar.calendar();
    const rows = await tx.select().from(deadlineClocks).where(eq(deadlineClocks.id, id)).for('update');
    const row = rows[0];
    if (!row) throw new Error(`deadline clock ${id} not found`);
    const next = apply(cal, stateOf(row));
    await tx
      .update(deadlineClocks)
      .set({ ...next, ...pauseReason, dueOn: dueOnOf(cal, next), updatedAt: clock.now() })
      .where(eq(deadlineClocks.id, id));
    return viewAt(cal, next);
  }

  return {
    async startIn(
      tx: DbOrTx,
      input: {
        subjectType: DeadlineSubjectType;
        subjectId: string;
        regionCode: string;
        limitDays: number;
        baseOn: string;
      },
    ): Promise<ClockView> {
      const cal = await deps.calendar.calendar();
      const state = startClock(input.limitDays, input.baseOn);
      await tx.insert(deadlineClocks).values({
        id: clockIdOf(input.subjectType, input.subjectId),
        subjectType: input.subjectType,
        subjectId: input.subjectId,
        regionCode: input.regionCode,
        ...state,
        dueOn: dueOnOf(cal, state),
        updatedAt: clock.now(),
      });
      return viewAt(cal, state);
    },

    /**
     * Starting a clock as a statement for a combined write, with the facts and the view it will
     * have: the caller shows the clock without reading it back.
     */
    async startPlanned(input: {
      subjectType: DeadlineSubjectType;
      subjectId: string;
      regionCode: string;
      limitDays: number;
      baseOn: string;
    }): Promise<{ statement: Statement; state: ClockState; view: ClockView }> {
      const cal = await deps.calendar.calendar();
      const state = startClock(input.limitDays, input.baseOn);
      const statement = insertRow(deadlineClocks, {
        id: clockIdOf(input.subjectType, input.subjectId),
        subjectType: input.subjectType,
        subjectId: input.subjectId,
        regionCode: input.regionCode,
        ...state,
        dueOn: dueOnOf(cal, state),
        updatedAt: clock.now(),
      });
      return { statement, state, view: viewAt(cal, state) };
    },

    /**
     * Stopping a clock whose facts the caller read under the lock that guards it (a case's clocks
     * change only under the case row's lock), as a statement for a combined write, with the new
     * facts and view. Like `stopIn`, stopping closes an open pause and its reason.
     */
    async stopPlanned(
      id: string,
      current: ClockState,
      input: { on: string },
    ): Promise<{ statement: Statement; state: ClockState; view: ClockView }> {
      const cal = await deps.calendar.calendar();
      const next = stopClock(cal, current, input.on);
      const statement = sql`update ${deadlineClocks} set ${sql.raw('limit_days')} = ${next.limitDays},
        ${sql.raw('base_on')} = ${next.baseOn}, ${sql.raw('extended_days')} = ${next.extendedDays},
        ${sql.raw('paused_workdays')} = ${next.pausedWorkdays}, ${sql.raw('paused_on')} = ${next.pausedOn},
        ${sql.raw('pause_reason')} = null, ${sql.raw('stopped_on')} = ${next.stoppedOn},
        ${sql.raw('elapsed_workdays')} = ${next.elapsedWorkdays}, ${sql.raw('due_on')} = ${dueOnOf(cal, next)},
        ${sql.raw('updated_at')} = ${clock.now().toISOString()} where ${sql.raw('id')} = ${id}`;
      return { statement, state: next, view: viewAt(cal, next) };
    },

    /** The view of facts read beside other rows (see `clockStateColumn`). */
    async viewOfState(state: ClockState): Promise<ClockView> {
      return viewAt(await deps.calendar.calendar(), state);
    },

    pauseIn(tx: DbOrTx, id: string, input: { on: string; reason: string }): Promise<ClockView> {
      return change(tx, id, (cal, state) => pauseClock(cal, state, input.on), { pauseReason: input.reason });
    },

    resumeIn(tx: DbOrTx, id: string, input: { on: string }): Promise<ClockView> {
      return change(tx, id, (cal, state) => resumeClock(cal, state, input.on), { pauseReason: null });
    },

    extendIn(tx: DbOrTx, id: string, input: { days: number }): Promise<ClockView> {
      return change(tx, id, (cal, state) => extendClock(cal, state, input.days));
    },

    /** Stopping closes an open pause, so its reason goes with it. */
    stopIn(tx: DbOrTx, id: string, input: { on: string }): Promise<ClockView> {
      return change(tx, id, (cal, state) => stopClock(cal, state, input.on), { pauseReason: null });
    },

    /** Views of many clocks in one query; ids without a clock are absent from the map. */
    async viewsOf(db: DbOrTx, ids: string[]): Promise<Map<string, ClockView>> {
      const views = new Map<string, ClockView>();
      if (ids.length === 0) return views;
      const cal = await deps.calendar.calendar();
      const rows = await db.select().from(deadlineClocks).where(inArray(deadlineClocks.id, ids));
      for (const row of rows) views.set(row.id, viewAt(cal, stateOf(row)));
      return views;
    },

    async viewOf(row: DeadlineClockRow): Promise<ClockView> {
      return viewAt(await deps.calendar.calendar(), stateOf(row));
    },

    /**
     * Derives again, with `cal` (the calendar that now holds the year's official arrangement), the
     * stored due day of every running clock whose span from base day to due day touches `year`,
     * in the caller's transaction. Clocks outside that span cannot move: the calendars differ only
     * in that year. Paused clocks have no stored due day (it is derived on resume) and stopped
     * ones are over; their views follow the calendar anyway, as every view does.
     */
    async rederiveIn(tx: DbOrTx, cal: Calendar, year: number): Promise<{ rederived: number; moved: DueDayMove[] }> {
      const rows = await tx
        .select()
        .from(deadlineClocks)
        .where(
          and(
            isNull(deadlineClocks.stoppedOn),
            isNull(deadlineClocks.pausedOn),
            // Synthetic clocks (bulk history) keep the due day they were generated with.
            sql`not ${deadlineClocks.synthetic}`,
            lte(deadlineClocks.baseOn, `${year}-12-31`),
            gte(deadlineClocks.dueOn, `${year}-01-01`),
          ),
        )
        .orderBy(asc(deadlineClocks.id))
        .for('update');
      const moved: DueDayMove[] = [];
      for (const row of rows) {
        const to = dueOnOf(cal, stateOf(row));
        if (to === null || to === row.dueOn) continue;
        moved.push({ clockId: row.id, subjectType: row.subjectType, subjectId: row.subjectId, from: row.dueOn!, to });
      }
      const at = clock.now().toISOString();
      for (let start = 0; start < moved.length; start += REDERIVE_CHUNK) {
        const values = moved.slice(start, start + REDERIVE_CHUNK).map((m) => sql`(${m.clockId}, ${m.to})`);
        await tx.execute(sql`update ${deadlineClocks} set ${sql.raw('due_on')} = v.due_on::date,
          ${sql.raw('updated_at')} = ${at} from (values ${sql.join(values, sql`, `)}) as v(id, due_on)
          where ${deadlineClocks.id} = v.id`);
      }
      return { rederived: rows.length, moved };
    },

    /**
     * The red and yellow cards' bounds as index ranges. They agree with the cards for every due day
     * that is a working day, i.e. all but immediate items whose base day is a day off.
     */
    async dueFilter(today: string): Promise<DueFilter> {
      const cal = await deps.calendar.calendar();
      return { overdueBefore: today, soonUntil: cal.addWorkdays(today, yellowDays) };
    },
  };
}

export type DeadlineService = ReturnType<typeof createDeadlineService>;

function stateOf(row: DeadlineClockRow): ClockState {
  return {
    limitDays: row.limitDays,
    baseOn: row.baseOn,
    extendedDays: row.extendedDays,
    pausedWorkdays: row.pausedWorkdays,
    pausedOn: row.pausedOn,
    stoppedOn: row.stoppedOn,
    elapsedWorkdays: row.elapsedWorkdays,
  };
}
