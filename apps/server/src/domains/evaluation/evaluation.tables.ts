import { index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import type { CityResult, IndicatorSystem } from '@yici/contracts';

/**
 * One business-environment evaluation as run: the indicator system and frontier it was run with
 * (kept with it, whatever the default becomes), its inputs and every city's result.
 */
export const evaluations = pgTable(
  'evaluations',
  {
    id: text('id').primaryKey(),
    year: integer('year').notNull(),
    title: text('title').notNull(),
    system: jsonb('system').$type<IndicatorSystem>().notNull(),
    /** Income per capita by city and the imported rows, as given. */
    inputs: jsonb('inputs')
      .$type<{
        incomePerCapitaYuan: Record<string, number>;
        imported: { city: string; indicator: string; value: number }[];
      }>()
      .notNull(),
    cities: jsonb('cities').$type<Omit<CityResult, 'previous'>[]>().notNull(),
    indicatorsLeftOut: jsonb('indicators_left_out').$type<{ key: string; reason: string }[]>().notNull(),
    casesMeasured: integer('cases_measured').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    createdBy: text('created_by').notNull(),
  },
  (t) => [index('evaluations_year_idx').on(t.year, t.createdAt)],
);
