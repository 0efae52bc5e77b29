import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import Fastify, {
  type FastifyBaseLogger,
  type FastifyInstance,
  type RawReplyDefaultExpression,
  type RawRequestDefaultExpression,
  type RawServerDefault,
} from 'fastify';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import fastifyStatic from '@fastify/static';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { HealthSchema, LivenessSchema, ProblemSchema } from '@yici/contracts';
import { loggerOptions } from './logger';
import { problemOnSocket, sendProblem } from './problem';
import { registerInputGuard } from './input-guard';
import { applySecurityHeaders, registerSecurityHeaders, swaggerUiCsp } from './security-headers';
import { registerIdempotency } from './idempotency';
import { webAssetOptions } from './web-assets';
import { registerRevalidation } from './revalidation';
import type { Db } from '../db/database';
import type { Clock } from '../clock';
import { registerAuth, type SessionResolver, type TokenResolver } from './auth';
import { openApiTransform, openApiTransformObject, SECURITY_SCHEMES, serversOf } from './openapi';
import { registerRateLimits } from './rate-limit';
import type { RateLimiter } from '../rate-limit/rate-limit';

// Validation messages reach citizens: Chinese by default.
z.config(z.locales.zhCN());

export type HttpApp = FastifyInstance;
export type TypedApp = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;
/** A domain's route table: a function that registers its routes on the typed app. */
export type RouteTable = (app: TypedApp) => void;

export type HttpOptions = {
  logLevel: string;
  version: string;
  databaseKind: 'pglite' | 'postgresql';
  /** 模拟环境: /api/health says so (`simulated: true`). */
  simulated?: boolean;
  /** Throws when the database cannot answer; /api/health then answers 503. (Bare test apps leave it out.) */
  pingDatabase?: () => Promise<void>;
  routes: RouteTable[];
  webDist: string | null;
  resolveSession: SessionResolver | null;
  /** Bearer tokens of service accounts (OAuth client credentials); without it a bearer is refused. */
  resolveToken?: TokenResolver | null;
  /** Where the platform is reached: the document's `servers`. */
  publicUrl?: string | null;
  secureCookies: boolean;
  /** Where Idempotency-Key responses are kept; without it the header is ignored. */
  idempotency?: { db: Db; clock: Clock } | null;
  /** Counts the routes that name a rate limit; without it they are not limited. */
  rateLimiter?: RateLimiter | null;
  /** Fastify's trustProxy: whose X-Forwarded-For gives the caller's address (rate limits, logs). */
  trustProxy?: boolean | string;
};

/** Problem responses every route may give; listed once so OpenAPI shows them. */
export const commonProblems = { 400: ProblemSchema, 404: ProblemSchema, 500: ProblemSchema } as const;

export async function createHttpApp(options: HttpOptions): Promise<FastifyInstance> {
  const webDist = options.webDist && existsSync(path.join(options.webDist, 'index.html')) ? options.webDist : null;
  const app = Fastify({
    logger: loggerOptions(options.logLevel),
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[\w-]{8,64}$/.test(given) ? given : randomUUID();
    },
    requestIdHeader: false,
    return503OnClosing: true,
    trustProxy: options.trustProxy ?? false,
    bodyLimit: 1024 * 1024,
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 200 },
    // An undecodable path (/api/cases/%ff) or an over-long parameter is a problem like any other…
    // (its reply skips the hooks, so it gets the headers here).
    frameworkErrors: (error, request, reply) => {
      applySecurityHeaders(reply);
      reply.header('x-request-id', request.id);
      return sendProblem(error, request, reply);
    },
    // …and so is what Node refuses before routing (headers or URL beyond 16 KiB: 431; bad syntax: 400).
    clientErrorHandler: problemOnSocket,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler((error, request, reply) => sendProblem(error, request, reply));
  app.setNotFoundHandler((request, reply) => {
    // Only the path decides, and only real asset extensions: certificate identifiers end in ".<check>".
    const pathname = request.url.split('?')[0]!;
    const isAsset =
      pathname.startsWith('/assets/') ||
      /\.(js|mjs|css|map|svg|png|jpe?g|ico|webp|woff2?|txt|json|webmanifest)$/i.test(pathname);
    if (!request.url.startsWith('/api/') && !isAsset && webDist && request.method === 'GET') {
      // The web app routes on the client: any unknown page is the app's shell.
      return reply.type('text/html; charset=utf-8').sendFile('index.html');
    }
    return sendProblem(Object.assign(new Error('not found'), { statusCode: 404 }), request, reply);
  });
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  registerSecurityHeaders(app);
  registerRevalidation(app);

  await app.register(fastifySwagger, {
    openapi: {
      // 3.1: zod 4's JSON Schema (null as a type) is valid as it is; 3.0 would need `nullable`.
      openapi: '3.1.0',
      info: {
        title: 'Yici 一次 — 政务服务平台 API',
        description:
          '山东省“一次办好”政务服务平台的接口。错误以 application/problem+json 返回（code、title、fields）。' +
          '人通过浏览器会话使用（写操作须回传 X-CSRF-Token）；部门系统与合作方以服务账号通过 OAuth 2.0 客户端凭证取得令牌。',
        version: options.version,
      },
      servers: serversOf(options.publicUrl),
      components: { securitySchemes: SECURITY_SCHEMES },
    },
    transform: openApiTransform,
    transformObject: openApiTransformObject,
  });
  await app.register(fastifySwaggerUi, {
    routePrefix: '/docs',
    uiConfig: { docExpansion: 'list' },
    staticCSP: true,
    transformStaticCSP: swaggerUiCsp,
  });

  await registerAuth(app, {
    resolveSession: options.resolveSession,
    resolveToken: options.resolveToken ?? null,
    secureCookies: options.secureCookies,
  });
  registerInputGuard(app);
  // Before the idempotency store: a refused request keeps no key.
  if (options.rateLimiter) registerRateLimits(app, options.rateLimiter);
  if (options.idempotency) registerIdempotency(app, options.idempotency);

  const api = app.withTypeProvider<ZodTypeProvider>();
  api.get(
    '/api/health',
    {
      config: { permission: 'public:read' },
      schema: {
        operationId: 'getHealth',
        tags: ['platform'],
        summary: '健康检查（含数据库）',
        response: { 200: HealthSchema, 503: ProblemSchema },
      },
    },
    async () => {
      // Throws when the database is unreachable: the problem handler answers 503 DATABASE_UNAVAILABLE.
      await options.pingDatabase?.();
      return {
        status: 'ok' as const,
        database: options.databaseKind,
        version: options.version,
        simulated: options.simulated ?? false,
      };
    },
  );
  api.get(
    '/api/health/live',
    {
      config: { permission: 'public:read' },
      schema: {
        operationId: 'getLiveness',
        tags: ['platform'],
        summary: '存活检查（不访问数据库）',
        response: { 200: LivenessSchema },
      },
    },
    async () => ({ status: 'ok' as const }),
  );
  api.get('/api/openapi.json', { config: { permission: 'public:read' }, schema: { hide: true } }, async () =>
    app.swagger(),
  );
  for (const table of options.routes) table(api);

  if (webDist) await app.register(fastifyStatic, webAssetOptions(webDist));
  return app;
}
