import { integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import type { CalendarYearOverride } from '@yici/contracts';

/** Years an administrator entered or corrected; each replaces the package data for its year. */
export const calendarOverrides = pgTable('calendar_overrides', {
  year: integer('year').primaryKey(),
  arrangement: jsonb('arrangement').$type<CalendarYearOverride>().notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  updatedBy: text('updated_by').notNull(),
});
