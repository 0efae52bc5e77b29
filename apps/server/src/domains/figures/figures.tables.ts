import { bigint, date, index, integer, pgTable, primaryKey, text, timestamp, boolean } from 'drizzle-orm/pg-core';

/**
 * The figures of the reform, summed per period (a China day, and the month it is in) × area ×
 * target × channel. An area is a region at any level (province, city, county, town: the case's
 * region and every region above it) or a hall (`hall:<id>`, under the case's region), so that a
 * dashboard reads the rows of one area, or of one parent's children, and never sums a subtree.
 * Kept incrementally from the cases' read port (`figures.rollups.ts`), rebuilt for a range.
 */
export const figuresRollups = pgTable(
  'figures_rollups',
  {
    grain: text('grain', { enum: ['day', 'month'] }).notNull(),
    periodStart: date('period_start', { mode: 'string' }).notNull(),
    area: text('area').notNull(),
    parent: text('parent').notNull(),
    target: text('target').notNull(),
    channel: text('channel').notNull(),
    cases: integer('cases').notNull(),
    completed: integer('completed').notNull(),
    onTime: integer('on_time').notNull(),
    refused: integer('refused').notNull(),
    corrected: integer('corrected').notNull(),
    deferred: integer('deferred').notNull(),
    visitsZero: integer('visits_zero').notNull(),
    visitsAtMostOne: integer('visits_at_most_one').notNull(),
    materials: integer('materials').notNull(),
    materialsShared: integer('materials_shared').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.grain, t.area, t.periodStart, t.target, t.channel] }),
    // A ranking reads the children's totals (target and channel `*`) of one parent: only those rows.
    index('figures_rollups_parent_total_idx').on(t.grain, t.parent, t.target, t.channel, t.periodStart),
  ],
);

/**
 * Completed cases per period × area × target × elapsed working days: the histogram median and
 * p90 are read from (working days are whole numbers, so one bucket per day is exact).
 */
export const figuresDurations = pgTable(
  'figures_durations',
  {
    grain: text('grain', { enum: ['day', 'month'] }).notNull(),
    periodStart: date('period_start', { mode: 'string' }).notNull(),
    area: text('area').notNull(),
    target: text('target').notNull(),
    workdays: integer('workdays').notNull(),
    cases: integer('cases').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.grain, t.area, t.periodStart, t.target, t.workdays] }),
    // The primary key with the count: a histogram is read from the index alone (an area's rows lie
    // scattered over the heap: a province year touched ~2,300 pages for 4,300 rows without it).
    index('figures_durations_read_idx').on(t.grain, t.area, t.periodStart, t.target, t.workdays, t.cases),
  ],
);

/**
 * What each real case last contributed (synthetic cases never change after the bulk load, so the
 * rebuild sums them without a row here): a change retracts the old fact and adds the new one.
 */
export const figuresCaseFacts = pgTable(
  'figures_case_facts',
  {
    caseId: text('case_id').primaryKey(),
    day: date('day', { mode: 'string' }).notNull(),
    regionCode: text('region_code').notNull(),
    hallId: text('hall_id'),
    target: text('target').notNull(),
    channel: text('channel').notNull(),
    completed: boolean('completed').notNull(),
    refused: boolean('refused').notNull(),
    onTime: boolean('on_time'),
    workdays: integer('workdays'),
    visits: integer('visits').notNull(),
    materials: integer('materials').notNull(),
    materialsShared: integer('materials_shared').notNull(),
    corrected: boolean('corrected').notNull(),
    deferred: boolean('deferred').notNull(),
  },
  (t) => [index('figures_case_facts_day_idx').on(t.day)],
);

/**
 * The follower's state (one row): the last case event folded in, when, and when the rollups were
 * last rebuilt. The row is the lock: one process at a time folds (`for update skip locked`).
 */
export const figuresState = pgTable('figures_state', {
  id: text('id').primaryKey(),
  lastEventId: bigint('last_event_id', { mode: 'number' }).notNull(),
  foldedAt: timestamp('folded_at', { withTimezone: true }),
  rebuiltAt: timestamp('rebuilt_at', { withTimezone: true }),
});
