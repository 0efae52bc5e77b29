import { sql } from 'drizzle-orm';
import { bigint, boolean, date, index, integer, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

/**
 * The rules of 电子监察 as data, one row per kind of clock: how many working days before the due
 * day the yellow card shows, whether a red card raises a 督办 order, and whether the kind is
 * watched at all (a 12345 ticket's return window is a right, not a duty: never carded).
 */
export const monitoringRules = pgTable('monitoring_rules', {
  kind: text('kind').primaryKey(),
  yellowDays: integer('yellow_days').notNull(),
  raisesOrder: boolean('raises_order').notNull(),
  enabled: boolean('enabled').notNull(),
});

/**
 * The escalation ladder of 督办 orders as data: rank 1 is the responsible department's head; an
 * order unanswered within its days climbs one rank (city government office, then the province).
 */
export const monitoringLadder = pgTable('monitoring_ladder', {
  rank: integer('rank').primaryKey(),
  level: text('level', { enum: ['department', 'city', 'province'] }).notNull(),
  acknowledgeDays: integer('acknowledge_days').notNull(),
  explainDays: integer('explain_days').notNull(),
});

/**
 * Red and yellow cards: records raised, escalated, eased and cleared by the monitoring pass, never
 * recomputed for a screen. At most one open card per clock. `region_code`, department and item
 * are copied when the card is raised, so counts need no other domain's tables.
 */
export const monitoringCards = pgTable(
  'monitoring_cards',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    clockId: text('clock_id').notNull(),
    kind: text('kind').notNull(),
    subjectType: text('subject_type').notNull(),
    subjectId: text('subject_id').notNull(),
    subjectLabel: text('subject_label'),
    regionCode: text('region_code').notNull(),
    departmentId: text('department_id'),
    departmentName: text('department_name'),
    itemCode: text('item_code'),
    itemName: text('item_name'),
    level: text('level', { enum: ['yellow', 'red'] }).notNull(),
    status: text('status', { enum: ['open', 'cleared'] }).notNull(),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    /** The clock's approved extensions when the card last changed: more later means "extended". */
    extendedDays: integer('extended_days').notNull(),
    raisedOn: date('raised_on', { mode: 'string' }).notNull(),
    clearedOn: date('cleared_on', { mode: 'string' }),
    clearReason: text('clear_reason'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('monitoring_cards_open_clock_idx')
      .on(t.clockId)
      .where(sql`status = 'open'`),
    index('monitoring_cards_region_idx').on(t.status, t.regionCode, t.id),
    index('monitoring_cards_department_idx').on(t.departmentId, t.status, t.id),
    // The open red cards of 督办 orders' own clocks: the orders the ladder moves up, found in a few entries.
    index('monitoring_cards_open_order_idx')
      .on(t.regionCode)
      .where(sql`status = 'open' and kind = 'order' and level = 'red'`),
  ],
);

/**
 * Where the pass stands in each shard: the China day and rules it last looked at every due clock
 * for (`day_key`), and the transaction horizon below which every clock change has been seen. On the
 * same day with the same rules a pass looks only at the clocks changed since (`changed_txid`).
 */
export const monitoringShards = pgTable('monitoring_shards', {
  shard: integer('shard').primaryKey(),
  dayKey: text('day_key').notNull(),
  clockHorizon: bigint('clock_horizon', { mode: 'number' }).notNull(),
  passedAt: timestamp('passed_at', { withTimezone: true }).notNull(),
});

export const monitoringCardEvents = pgTable(
  'monitoring_card_events',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    cardId: bigint('card_id', { mode: 'number' }).notNull(),
    kind: text('kind', { enum: ['raised', 'escalated', 'eased', 'cleared'] }).notNull(),
    level: text('level', { enum: ['yellow', 'red'] }).notNull(),
    reason: text('reason').notNull(),
    on: date('on', { mode: 'string' }).notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [index('monitoring_card_events_card_idx').on(t.cardId)],
);

/**
 * 督办 orders: one per red card of a kind that raises them. The order's present step runs on its
 * own deadline clock (`order:<id>:<seq>`), carded by the same pass; a red card on it climbs the ladder.
 */
export const monitoringOrders = pgTable(
  'monitoring_orders',
  {
    id: text('id').primaryKey(),
    cardId: bigint('card_id', { mode: 'number' }).notNull().unique(),
    regionCode: text('region_code').notNull(),
    departmentId: text('department_id'),
    departmentName: text('department_name'),
    kind: text('kind').notNull(),
    subjectLabel: text('subject_label'),
    itemName: text('item_name'),
    rank: integer('rank').notNull(),
    level: text('level', { enum: ['department', 'city', 'province'] }).notNull(),
    status: text('status', { enum: ['open', 'acknowledged', 'explained'] }).notNull(),
    /** The present clock is `order:<id>:<clock_seq>`. */
    clockSeq: integer('clock_seq').notNull(),
    raisedOn: date('raised_on', { mode: 'string' }).notNull(),
    /** The transaction of the pass that raised it: that pass starts the clocks of its own orders. */
    raisedTxid: bigint('raised_txid', { mode: 'number' }).notNull(),
    acknowledgedAt: timestamp('acknowledged_at', { withTimezone: true }),
    acknowledgedBy: text('acknowledged_by'),
    explanation: text('explanation'),
    promisedOn: date('promised_on', { mode: 'string' }),
    explainedAt: timestamp('explained_at', { withTimezone: true }),
    explainedBy: text('explained_by'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('monitoring_orders_department_idx').on(t.departmentId, t.status),
    index('monitoring_orders_region_idx').on(t.regionCode, t.id),
  ],
);

export const monitoringOrderEvents = pgTable(
  'monitoring_order_events',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    orderId: text('order_id').notNull(),
    kind: text('kind', { enum: ['raised', 'escalated', 'acknowledged', 'explained'] }).notNull(),
    level: text('level', { enum: ['department', 'city', 'province'] }).notNull(),
    note: text('note'),
    actorName: text('actor_name').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [index('monitoring_order_events_order_idx').on(t.orderId)],
);
