import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { RateLimiter } from '../rate-limit/rate-limit';
import type { RateLimitName } from '../rate-limit/rate-limit.rules';

// Module augmentation needs interfaces (declaration merging).
/* eslint-disable @typescript-eslint/consistent-type-definitions */
declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * The limit this route counts against. The account is the logged-in caller's, or — for login
     * and registration, where nobody is logged in yet — the body field naming the account tried.
     */
    rateLimit?: { name: RateLimitName; accountField?: 'login' | 'phone' };
  }
}
/* eslint-enable @typescript-eslint/consistent-type-definitions */

/**
 * Rate limits per IP and per account on the routes that name one. Runs before the handler and
 * before the idempotency store, after authentication and validation (the account may come from
 * the body); a limited request changes nothing and answers 429 with `Retry-After`.
 */
export function registerRateLimits(app: FastifyInstance, limiter: RateLimiter) {
  app.addHook('preHandler', async (request) => {
    const rule = request.routeOptions.config.rateLimit;
    if (!rule) return;
    await limiter.hit(rule.name, { ip: request.ip, account: accountOf(request, rule.accountField) });
  });
}

function accountOf(request: FastifyRequest, field: 'login' | 'phone' | undefined): string | null {
  if (field) {
    const value = (request.body as Record<string, unknown> | null)?.[field];
    if (typeof value === 'string' && value.trim()) return `${field}:${value.trim().toLowerCase()}`;
  }
  const actor = request.ctx.actor;
  return actor.kind === 'person' || actor.kind === 'staff' ? `account:${actor.accountId}` : null;
}
