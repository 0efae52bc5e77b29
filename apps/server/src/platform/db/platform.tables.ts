import { pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** Facts about this installation, e.g. when the reference data was seeded (so it is seeded once). */
export const platformMeta = pgTable('platform_meta', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
});
