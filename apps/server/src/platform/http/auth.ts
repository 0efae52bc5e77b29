import { timingSafeEqual } from 'node:crypto';
import fastifyCookie from '@fastify/cookie';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Actor, RequestContext } from '../actor';
import { accessErrors } from '../access/access';
import { grants, PERMISSIONS, type Permission } from '../access/permissions';
import { DomainError } from '../errors';

// Module augmentation needs interfaces (declaration merging).
/* eslint-disable @typescript-eslint/consistent-type-definitions */
declare module 'fastify' {
  interface FastifyContextConfig {
    /** The one permission this route needs; every /api route must name one. */
    permission?: Permission;
  }
  interface FastifyInstance {
    /** Every /api route with its permission, for the access matrix test and the docs. */
    apiRoutes: { method: string; url: string; permission: Permission }[];
  }
  interface FastifyRequest {
    ctx: RequestContext;
    /** The SHA-256 of the session token when the request came with a valid session. */
    sessionTokenHash: string | null;
  }
}
/* eslint-enable @typescript-eslint/consistent-type-definitions */

export const SESSION_COOKIE = 'yici_session';
export const CSRF_COOKIE = 'yici_csrf';
const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export type SessionResolver = (token: string) => Promise<{ actor: Actor; tokenHash: string; csrfToken: string }>;
/** An OAuth access token (client credentials) → the service account acting; throws TOKEN_INVALID. */
export type TokenResolver = (token: string) => Promise<Actor>;

const sessionInvalid = () =>
  new DomainError({ kind: 'unauthenticated', code: 'SESSION_INVALID', title: '登录已失效，请重新登录' });
const csrfInvalid = () =>
  new DomainError({ kind: 'forbidden', code: 'CSRF_TOKEN_INVALID', title: '请求校验失败，请刷新页面后重试' });

/**
 * Authentication and the coarse half of authorisation at the edge: the session cookie becomes the
 * request's actor, cookie-authenticated writes must echo the CSRF token, and the route's permission
 * is checked before the handler runs. Use cases then check again with the resource's scope.
 */
export async function registerAuth(
  app: FastifyInstance,
  options: { resolveSession: SessionResolver | null; resolveToken?: TokenResolver | null; secureCookies: boolean },
) {
  await app.register(fastifyCookie);
  app.decorateRequest('ctx', null as unknown as RequestContext);
  app.decorateRequest('sessionTokenHash', null);
  app.decorate('apiRoutes', [] as FastifyInstance['apiRoutes']);

  app.addHook('onRoute', (route) => {
    const url = route.url ?? route.path;
    if (!url.startsWith('/api/') || route.method === 'HEAD') return;
    const permission = route.config?.permission;
    if (!permission || !(permission in PERMISSIONS)) {
      throw new Error(`route ${String(route.method)} ${url} names no permission (config.permission)`);
    }
    for (const method of [route.method].flat()) app.apiRoutes.push({ method: String(method), url, permission });
  });

  // Before validation: a caller who may not use a route learns nothing about its body's shape.
  app.addHook('preValidation', async (request: FastifyRequest) => {
    const permission = request.routeOptions.config.permission;
    let actor: Actor = { kind: 'anonymous' };
    let sessionError = false;
    const token = request.cookies[SESSION_COOKIE];
    const bearer = bearerToken(request.headers.authorization);
    if (bearer !== null) {
      // Machines authenticate with a token alone: no cookie is read, so no CSRF applies.
      if (!options.resolveToken) throw accessErrors.unauthenticated();
      actor = await options.resolveToken(bearer);
    } else if (token && options.resolveSession) {
      try {
        const session = await options.resolveSession(token);
        actor = session.actor;
        request.sessionTokenHash = session.tokenHash;
        if (UNSAFE_METHODS.has(request.method) && !csrfOk(session.csrfToken, request.headers['x-csrf-token'])) {
          throw csrfInvalid();
        }
      } catch (error) {
        // Only the session's own verdict logs a caller out; a database that cannot answer is a 503.
        if (!(error instanceof DomainError) || error.code === 'CSRF_TOKEN_INVALID') throw error;
        sessionError = true;
      }
    }
    request.ctx = { actor, requestId: String(request.id), ip: request.ip ?? null };
    if (!permission) return;
    const granted = grants(actor, permission);
    if (granted === 'unauthenticated') throw sessionError ? sessionInvalid() : accessErrors.unauthenticated();
    if (granted === 'forbidden') throw accessErrors.forbidden();
    if (granted === 'level') throw accessErrors.level();
    if (granted === 'scope') throw accessErrors.scopeMissing(permission);
  });
}

function bearerToken(header: string | undefined): string | null {
  // Other schemes (HTTP Basic at the token endpoint) are not this hook's business.
  if (!header || !/^bearer\b/i.test(header.trim())) return null;
  const match = /^Bearer\s+([A-Za-z0-9._~+/-]+=*)$/i.exec(header.trim());
  if (!match) throw new DomainError({ kind: 'unauthenticated', code: 'TOKEN_INVALID', title: '访问令牌无效或已过期' });
  return match[1]!;
}

function csrfOk(expected: string, given: string | string[] | undefined): boolean {
  if (typeof given !== 'string' || given.length !== expected.length) return false;
  return timingSafeEqual(Buffer.from(given), Buffer.from(expected));
}

export function setSessionCookies(
  reply: FastifyReply,
  session: { token: string; csrfToken: string; lifetimeSeconds: number },
  secure: boolean,
) {
  // Max-Age, not Expires: the browser counts it on its own clock. An Expires date comes from the
  // platform clock, which on a simulated platform stands in 2018 — the browser dropped the cookie
  // at once and a person who had just logged in was sent back to the login page.
  const common = { path: '/', sameSite: 'strict' as const, secure, maxAge: session.lifetimeSeconds };
  reply.setCookie(SESSION_COOKIE, session.token, { ...common, httpOnly: true });
  // Readable by the page so it can echo it in X-CSRF-Token (double submit).
  reply.setCookie(CSRF_COOKIE, session.csrfToken, { ...common, httpOnly: false });
}

export function clearSessionCookies(reply: FastifyReply) {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
  reply.clearCookie(CSRF_COOKIE, { path: '/' });
}
