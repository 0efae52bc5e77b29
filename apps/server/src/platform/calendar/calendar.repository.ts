import { asc, max, sql } from 'drizzle-orm';
import { platformMeta } from '../db/platform.tables';
import type { CalendarYearOverride } from '@yici/contracts';
import type { DbOrTx } from '../db/database';
import { calendarOverrides } from './calendar.tables';

export function createCalendarRepository(db: DbOrTx) {
  return {
    withTx: (tx: DbOrTx) => createCalendarRepository(tx),

    async listOverrides(): Promise<CalendarYearOverride[]> {
      const rows = await db.select().from(calendarOverrides).orderBy(asc(calendarOverrides.year));
      return rows.map((r) => r.arrangement);
    },

    /** When the overrides last changed, so other processes notice an edit. */
    async lastChange(): Promise<string | null> {
      const rows = await db.select({ at: max(calendarOverrides.updatedAt) }).from(calendarOverrides);
      const at = rows[0]?.at;
      return at ? new Date(at).toISOString() : null;
    },

    /**
     * Claims the right to send the administrators' warning about `year` today: true for exactly one
     * caller (of any process) when none was sent on or after `notSince`.
     */
    async claimWarning(options: { year: number; today: string; notSince: string; at: Date }): Promise<boolean> {
      const rows = await db
        .insert(platformMeta)
        .values({ key: `calendar-warning:${options.year}`, value: options.today, updatedAt: options.at })
        .onConflictDoUpdate({
          target: platformMeta.key,
          set: { value: options.today, updatedAt: options.at },
          setWhere: sql`${platformMeta.value} < ${options.notSince}`,
        })
        .returning({ key: platformMeta.key });
      return rows.length > 0;
    },

    async saveOverride(options: { override: CalendarYearOverride; at: Date; by: string }): Promise<void> {
      const row = {
        year: options.override.year,
        arrangement: options.override,
        updatedAt: options.at,
        updatedBy: options.by,
      };
      await db
        .insert(calendarOverrides)
        .values(row)
        .onConflictDoUpdate({
          target: calendarOverrides.year,
          set: { arrangement: row.arrangement, updatedAt: row.updatedAt, updatedBy: row.updatedBy },
        });
    },
  };
}

export type CalendarRepository = ReturnType<typeof createCalendarRepository>;
