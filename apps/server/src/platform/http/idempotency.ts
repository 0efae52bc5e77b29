import { createHash } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { Clock } from '../clock';
import { canonicalJson } from '../crypto/sm';
import type { Db } from '../db/database';
import { idempotencyErrors } from '../idempotency-errors';
import { idempotencyKeys } from './idempotency.tables';

// Module augmentation needs interfaces (declaration merging).
/* eslint-disable @typescript-eslint/consistent-type-definitions */
declare module 'fastify' {
  interface FastifyContextConfig {
    /** 'own': the use case keeps the key itself (with the record it creates), the generic store stays out. */
    idempotency?: 'own';
  }
  interface FastifyRequest {
    idempotency: { owner: string; key: string } | null;
  }
}
/* eslint-enable @typescript-eslint/consistent-type-definitions */

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const KEY_PATTERN = /^[\w.:-]{8,128}$/;
const STALE_MS = 60_000;

/**
 * `Idempotency-Key` on every state-changing call: the first request with a key is handled and its
 * response kept; a retry with the same key and the same request gets that response again (with
 * `Idempotent-Replayed: true`), never a second transition. A key is per caller. A 5xx is not kept,
 * so a retry after a crash or an outage runs again; a first request still running answers 409.
 */
export function registerIdempotency(app: FastifyInstance, deps: { db: Db; clock: Clock }) {
  const { db, clock } = deps;
  app.decorateRequest('idempotency', null);

  app.addHook('preHandler', async (request, reply) => {
    if (!UNSAFE.has(request.method) || request.routeOptions.config.idempotency === 'own') return;
    const header = request.headers['idempotency-key'];
    if (header === undefined) return;
    if (typeof header !== 'string' || !KEY_PATTERN.test(header)) throw idempotencyErrors.keyInvalid();
    const actor = request.ctx.actor;
    const owner = actor.kind === 'person' || actor.kind === 'staff' ? actor.accountId : `ip:${request.ip}`;
    const route = `${request.method} ${request.url.split('?')[0]}`;
    const requestHash = createHash('sha256')
      .update(route)
      // File uploads are bytes; everything else is JSON, hashed in canonical form.
      .update(Buffer.isBuffer(request.body) ? request.body : canonicalJson((request.body as unknown) ?? null))
      .digest('hex');
    const now = clock.now();
    const inserted = await db
      .insert(idempotencyKeys)
      .values({ owner, key: header, route, requestHash, createdAt: now })
      .onConflictDoNothing()
      .returning({ key: idempotencyKeys.key });
    if (inserted.length > 0) {
      request.idempotency = { owner, key: header };
      return;
    }
    const [earlier] = await db
      .select()
      .from(idempotencyKeys)
      .where(and(eq(idempotencyKeys.owner, owner), eq(idempotencyKeys.key, header)));
    if (!earlier) throw idempotencyErrors.inProgress();
    if (earlier.requestHash !== requestHash) throw idempotencyErrors.reused();
    if (earlier.status === null) {
      // A first attempt that died without answering is taken over after a while.
      if (now.getTime() - earlier.createdAt.getTime() < STALE_MS) throw idempotencyErrors.inProgress();
      await db
        .update(idempotencyKeys)
        .set({ createdAt: now })
        .where(and(eq(idempotencyKeys.owner, owner), eq(idempotencyKeys.key, header)));
      request.idempotency = { owner, key: header };
      return;
    }
    reply.header('idempotent-replayed', 'true');
    const body = earlier.response as unknown;
    const isProblem = earlier.status >= 400;
    return reply
      .code(earlier.status)
      .type(isProblem ? 'application/problem+json; charset=utf-8' : 'application/json; charset=utf-8')
      .send(JSON.stringify(body));
  });

  app.addHook('onSend', async (request, reply, payload) => {
    const held = request.idempotency;
    if (!held) return payload;
    const where = and(eq(idempotencyKeys.owner, held.owner), eq(idempotencyKeys.key, held.key));
    if (reply.statusCode >= 500) {
      // When the database is what failed, this may fail too: the key then stays unanswered and
      // is taken over by a retry once it is stale, so the 5xx still reaches the caller.
      await db
        .delete(idempotencyKeys)
        .where(where)
        .catch((error: unknown) => request.log.warn({ err: error }, 'idempotency key not released'));
      return payload;
    }
    let response: unknown = null;
    if (typeof payload === 'string' && payload.length > 0) {
      try {
        response = JSON.parse(payload);
      } catch {
        response = payload;
      }
    }
    // The change is made: if its answer cannot be kept now, the caller still gets it (a retry
    // then waits for the key to go stale rather than being told the change failed).
    await db
      .update(idempotencyKeys)
      .set({ status: reply.statusCode, response: sql`${JSON.stringify(response)}::jsonb` })
      .where(where)
      .catch((error: unknown) => request.log.warn({ err: error }, 'idempotent response not kept'));
    return payload;
  });
}
