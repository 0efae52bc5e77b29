import { and, asc, desc, eq, inArray, isNull, lt, sql, type SQL } from 'drizzle-orm';
import type { Clock } from '../clock';
import type { RequestContext } from '../actor';
import { requireAccess } from '../access/access';
import type { Db, DbOrTx } from '../db/database';
import { startPeriodicJob, type PeriodicJob } from '../jobs/periodic-job';
import { randomUUID } from 'node:crypto';
import { eventOutbox, outboxMessages } from './outbox.tables';
import { insertRow, type Statement } from '../db/write-batch';

export type OutboxMessage = typeof outboxMessages.$inferSelect;

/** Where messages go. The development transport keeps them for the admin page and the CLI. */
export type OutboxTransport = {
  name: string;
  send(message: OutboxMessage): Promise<void>;
};

export const developmentTransport: OutboxTransport = {
  name: 'development',
  // Delivery is the row itself: the admin outbox page and `yici outbox` show what would be sent.
  send: async () => {},
};

const MAX_ATTEMPTS = 5;
const BATCH = 100;

export type OutboxEvent = {
  type: string;
  regionCode: string;
  departmentId?: string | null;
  payload: Record<string, unknown>;
};
export type OutboxEventRow = typeof eventOutbox.$inferSelect;

export type OutboxInput = {
  channel: 'sms' | 'email';
  recipient: string;
  template: string;
  body: string;
  payload?: Record<string, unknown>;
};

/**
 * Messages written by one statement (`insert … select`, usable as a CTE body) from a query giving
 * `recipient`, `template`, `body` and `payload` (jsonb): for a writer that notifies thousands at
 * once in its own set-based statement, where a row at a time would cost more than the change itself.
 */
export function messagesFromStatement(rows: SQL, channel: OutboxInput['channel'], createdAt: Date): SQL {
  return sql`insert into ${outboxMessages} (channel, recipient, template, body, payload, created_at)
    select ${channel}, m.recipient, m.template, m.body, m.payload, ${createdAt.toISOString()}::timestamptz
    from (${rows}) as m`;
}

export function createOutbox(deps: { db: Db; clock: Clock; transport: OutboxTransport }) {
  const { db, clock, transport } = deps;
  let job: PeriodicJob | null = null;

  /**
   * Claims pending messages (several workers may run: SKIP LOCKED), sends each once, and marks
   * them in one statement: under load thousands arrive a second, and a statement per message
   * would cost the database more than writing them did.
   */
  async function deliverPending(limit = BATCH): Promise<number> {
    return db.transaction(async (tx) => {
      const pending = await tx
        .select()
        .from(outboxMessages)
        .where(and(isNull(outboxMessages.deliveredAt), lt(outboxMessages.attempts, MAX_ATTEMPTS)))
        .orderBy(asc(outboxMessages.id))
        .limit(limit)
        .for('update', { skipLocked: true });
      const sent: number[] = [];
      for (const message of pending) {
        try {
          await transport.send(message);
          sent.push(message.id);
        } catch (error) {
          await tx
            .update(outboxMessages)
            .set({ attempts: message.attempts + 1, lastError: String(error).slice(0, 500) })
            .where(eq(outboxMessages.id, message.id));
        }
      }
      if (sent.length > 0)
        await tx
          .update(outboxMessages)
          .set({
            deliveredAt: clock.now(),
            attempts: sql`${outboxMessages.attempts} + 1`,
            transport: transport.name,
            lastError: null,
          })
          .where(inArray(outboxMessages.id, sent));
      return sent.length;
    });
  }

  return {
    /** Queues a message inside the caller's transaction. */
    async enqueue(tx: DbOrTx, message: OutboxInput): Promise<void> {
      await tx.insert(outboxMessages).values({ ...message, payload: message.payload ?? {}, createdAt: clock.now() });
    },

    /** The same message as a statement, for a caller that writes several rows at once (writeAll). */
    /** An event for outside systems, as a statement for the writer's own combined write. */
    eventStatement(event: OutboxEvent): Statement {
      return insertRow(eventOutbox, {
        id: randomUUID(),
        type: event.type,
        regionCode: event.regionCode,
        departmentId: event.departmentId ?? null,
        occurredAt: clock.now(),
        payload: event.payload,
        fannedOutAt: null,
      });
    },

    /**
     * Hands up to `limit` events not yet fanned out to `fanOut`, in the same transaction that marks
     * them (rows locked, skipped by other processes): each event is fanned out once, or again after
     * a failure — never lost. Returns how many were taken.
     */
    async fanOutEvents(limit: number, fanOut: (tx: DbOrTx, events: OutboxEventRow[]) => Promise<void>) {
      return db.transaction(async (tx) => {
        const events = await tx
          .select()
          .from(eventOutbox)
          .where(isNull(eventOutbox.fannedOutAt))
          .orderBy(asc(eventOutbox.occurredAt), asc(eventOutbox.id))
          .limit(limit)
          .for('update', { skipLocked: true });
        if (events.length === 0) return 0;
        await fanOut(tx, events);
        await tx
          .update(eventOutbox)
          .set({ fannedOutAt: clock.now() })
          .where(
            inArray(
              eventOutbox.id,
              events.map((event) => event.id),
            ),
          );
        return events.length;
      });
    },

    enqueueStatement(message: OutboxInput): Statement {
      return insertRow(outboxMessages, { ...message, payload: message.payload ?? {}, createdAt: clock.now() });
    },

    deliverPending,

    /** Delivers every interval until stop(); a full batch is followed at once by the next. */
    start(
      intervalMs = 500,
      onError: (error: unknown) => void = (error) => console.error('outbox delivery failed', error),
    ) {
      if (job) return;
      job = startPeriodicJob({
        intervalMs,
        run: async () => (await deliverPending(BATCH)) === BATCH,
        onError,
      });
    },

    /** A delivery turn now instead of at the next interval. */
    deliverSoon(): void {
      job?.runNow();
    },

    /** Stops delivering and waits for a delivery in progress. */
    async stop() {
      const running = job;
      job = null;
      await running?.stop();
    },

    /** The messages, newest first; the development transport's "inbox" (administrators only). */
    async list(context: RequestContext, options: { recipient?: string; limit: number }): Promise<OutboxMessage[]> {
      requireAccess(context, 'outbox:read');
      return db
        .select()
        .from(outboxMessages)
        .where(options.recipient ? eq(outboxMessages.recipient, options.recipient) : undefined)
        .orderBy(desc(outboxMessages.id))
        .limit(options.limit);
    },
  };
}

export type Outbox = ReturnType<typeof createOutbox>;
