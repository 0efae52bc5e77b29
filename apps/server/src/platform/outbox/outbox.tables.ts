import { sql } from 'drizzle-orm';
import { bigint, index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Notifications leave through this table: a use case inserts in its own transaction, the delivery
 * worker sends after commit. A message is never lost with a rolled-back change, nor sent for one.
 */
export const outboxMessages = pgTable(
  'outbox_messages',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    channel: text('channel', { enum: ['sms', 'email'] }).notNull(),
    recipient: text('recipient').notNull(),
    template: text('template').notNull(),
    body: text('body').notNull(),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    deliveredAt: timestamp('delivered_at', { withTimezone: true }),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    transport: text('transport'),
  },
  (t) => [
    index('outbox_pending_idx')
      .on(t.id)
      .where(sql`delivered_at is null`),
    index('outbox_recipient_idx').on(t.recipient),
  ],
);

/**
 * Events for systems outside the platform (department systems, partners), written in the same
 * statement as the change they report; a fan-out job hands each to the subscriptions it concerns
 * and marks it. `id` is the event's stable id: receivers de-duplicate by it.
 */
export const eventOutbox = pgTable(
  'event_outbox',
  {
    id: text('id').primaryKey(),
    type: text('type').notNull(),
    regionCode: text('region_code').notNull(),
    /** The department the event is for (a task's), when it is for one. */
    departmentId: text('department_id'),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    fannedOutAt: timestamp('fanned_out_at', { withTimezone: true }),
  },
  (t) => [
    index('event_outbox_pending_idx')
      .on(t.occurredAt)
      .where(sql`fanned_out_at is null`),
  ],
);
