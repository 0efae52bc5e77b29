import { desc, eq, sql } from 'drizzle-orm';
import type { Clock } from '../clock';
import type { RequestContext } from '../actor';
import { requireAccess } from '../access/access';
import { queryRows, type Db, type DbOrTx } from '../db/database';
import { outboxMessages } from './outbox.tables';
import type { Statement } from '../db/write-batch';

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

export type OutboxInput = {
  channel: 'sms';
  recipient: string;
  template: string;
  body: string;
  payload?: Record<string, unknown>;
};

export function createOutbox(deps: { db: Db; clock: Clock; transport: OutboxTransport }) {
  const { db, clock, transport } = deps;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<number> | null = null;

  /** Claims pending messages (several workers may run: SKIP LOCKED) and sends each once. */
  async function deliverPending(limit = 100): Promise<number> {
    return db.transaction(async (tx) => {
      const pending = await queryRows<{ id: string }>(
        tx,
        sql`select id from ${outboxMessages} where delivered_at is null and attempts < ${MAX_ATTEMPTS}
            order by id limit ${limit} for update skip locked`,
      );
      let delivered = 0;
      for (const { id } of pending) {
        const [message] = await tx
          .select()
          .from(outboxMessages)
          .where(eq(outboxMessages.id, Number(id)));
        if (!message) continue;
        try {
          await transport.send(message);
          await tx
            .update(outboxMessages)
            .set({
              deliveredAt: clock.now(),
              attempts: message.attempts + 1,
              transport: transport.name,
              lastError: null,
            })
            .where(eq(outboxMessages.id, message.id));
          delivered += 1;
        } catch (error) {
          await tx
            .update(outboxMessages)
            .set({ attempts: message.attempts + 1, lastError: String(error).slice(0, 500) })
            .where(eq(outboxMessages.id, message.id));
        }
      }
      return delivered;
    });
  }

  return {
    /** Queues a message inside the caller's transaction. */
    async enqueue(tx: DbOrTx, message: OutboxInput): Promise<void> {
      await tx.insert(outboxMessages).values({ ...message, payload: message.payload ?? {}, createdAt: clock.now() });
    },

    /** The same message as a statement, for a caller that writes several rows at once (writeAll). */
    enqueueStatement(message: OutboxInput): Statement {
      return db.insert(outboxMessages).values({ ...message, payload: message.payload ?? {}, createdAt: clock.now() });
    },

    deliverPending,

    start(intervalMs = 500) {
      timer = setInterval(() => {
        if (running) return;
        running = deliverPending().finally(() => {
          running = null;
        });
      }, intervalMs);
      timer.unref();
    },

    async stop() {
      if (timer) clearInterval(timer);
      timer = null;
      await running;
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
