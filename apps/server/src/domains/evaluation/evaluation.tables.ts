import { index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import type { CityResult, IndicatorSystem, ReformChange, ReformResult, ReformStatus } from '@yici/contracts';

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

/**
 * A reform scenario (改革模拟): changes re-run over a simulated year beside the baseline of the same
 * seed. Queued by an evaluator, run by a background job (one process takes each: `FOR UPDATE SKIP
 * LOCKED`), its progress and heartbeat written as it goes; the result is kept, so scenarios over
 * the same year and seed can be compared with each other.
 */
export const reformScenarios = pgTable(
  'reform_scenarios',
  {
    id: text('id').primaryKey(),
    title: text('title').notNull(),
    year: integer('year').notNull(),
    seed: integer('seed').notNull(),
    cases: integer('cases').notNull(),
    evaluationId: text('evaluation_id'),
    changes: jsonb('changes').$type<ReformChange[]>().notNull(),
    /** Changes applied to both sides: the state the reform starts from, when it is not today's. */
    baselineChanges: jsonb('baseline_changes').$type<ReformChange[]>().notNull(),
    status: text('status').$type<ReformStatus>().notNull(),
    progress: jsonb('progress').$type<{ step: string; done: number; total: number }>().notNull(),
    error: text('error'),
    result: jsonb('result').$type<ReformResult>(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    createdBy: text('created_by').notNull(),
    /**
     * Written while running, in wall time (never the platform clock, which a simulated platform
     * moves by hand): a run whose heartbeat stopped (its process died) is taken up again.
     */
    heartbeatAt: timestamp('heartbeat_at', { withTimezone: true }),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [index('reform_scenarios_status_idx').on(t.status, t.createdAt)],
);
