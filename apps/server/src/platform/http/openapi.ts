import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { ProblemSchema } from '@yici/contracts';
import { machinePermissions, PERMISSIONS, type Permission } from '../access/permissions';
import { CSRF_COOKIE, SESSION_COOKIE } from './auth';
import { REQUEST_EXAMPLES } from './request-examples';

/**
 * The API document's shared parts, decided in one place so that a route declares only what is
 * its own (operationId, tags, summary, its schemas) and can never document an authentication it
 * does not use: security comes from the route's permission, the same one `auth.ts` enforces.
 */

export const TOKEN_PATH = '/api/oauth/token';
const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

type Rule = { public?: true; person?: unknown; staff?: unknown; machine?: true; describe?: string };
function ruleOf(permission: Permission): Rule {
  return PERMISSIONS[permission];
}

export const SECURITY_SCHEMES = {
  session: {
    type: 'apiKey',
    in: 'cookie',
    name: SESSION_COOKIE,
    description: '登录后由服务器设置的会话 Cookie（仅供浏览器中的人使用）。',
  },
  csrf: {
    type: 'apiKey',
    in: 'header',
    name: 'X-CSRF-Token',
    description: `以会话 Cookie 写入（POST、PUT、PATCH、DELETE）时，须在此请求头回传 Cookie ${CSRF_COOKIE} 的值（双重提交）。`,
  },
  clientCredentials: {
    type: 'oauth2',
    description:
      '部门系统与合作方以服务账号通过 OAuth 2.0 客户端凭证获取短期访问令牌（Authorization: Bearer）。令牌只含账号获准的权限范围。',
    flows: {
      clientCredentials: {
        tokenUrl: TOKEN_PATH,
        scopes: Object.fromEntries(
          machinePermissions().map((permission) => [permission, ruleOf(permission).describe ?? permission]),
        ),
      },
    },
  },
} as const;

/** The security requirement a route's permission implies: who can call it, and how. */
export function securityOf(permission: Permission, method: string): Record<string, string[]>[] {
  const rule = ruleOf(permission);
  if (rule.public) return [];
  const requirements: Record<string, string[]>[] = [];
  if (rule.person || rule.staff) {
    requirements.push(UNSAFE_METHODS.has(method) ? { session: [], csrf: [] } : { session: [] });
  }
  if (rule.machine) requirements.push({ clientCredentials: [permission] });
  return requirements;
}

/** `co-application/at-window` → `coApplicationAtWindow`: operation ids of routes made in a loop. */
export function operationIdOf(path: string): string {
  return path
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((word, i) => (i === 0 ? word : word[0]!.toUpperCase() + word.slice(1)))
    .join('');
}

type TransformInput = Parameters<typeof jsonSchemaTransform>[0];

/**
 * zod → JSON Schema (OpenAPI 3.1, so `null` is a type, never `nullable`), then the parts every
 * operation shares: its security, and the problems the edge itself answers (401 and 403 where a
 * caller must authenticate, 429 where the route is rate-limited).
 */
export function openApiTransform(input: TransformInput) {
  const route = input.route as { method: string | string[]; config?: { permission?: Permission; rateLimit?: unknown } };
  const permission = route.config?.permission;
  if (!permission || !input.url.startsWith('/api/') || !input.schema) return jsonSchemaTransform(input);
  const method = [route.method].flat()[0]!;
  // Every route may answer 400: the input guard refuses odd input (a NUL, half a surrogate) anywhere.
  const response: Record<string, unknown> = {
    ...((input.schema.response as Record<string, unknown>) ?? {}),
  };
  response['400'] ??= ProblemSchema;
  if (!ruleOf(permission).public) {
    response['401'] ??= ProblemSchema;
    response['403'] ??= ProblemSchema;
  }
  if (route.config?.rateLimit) response['429'] ??= ProblemSchema;
  const transformed = jsonSchemaTransform({ ...input, schema: { ...input.schema, response } });
  return { ...transformed, schema: { ...transformed.schema, security: securityOf(permission, method) } };
}

type OpenApiDocument = { paths?: Record<string, Record<string, { operationId?: string; requestBody?: unknown }>> };

/**
 * The document, then each JSON request body without an example of its own gets the operation's
 * example from request-examples.ts (a media-type `example`, beside a `$ref` as well as an inline schema).
 */
export function openApiTransformObject(input: Parameters<typeof jsonSchemaTransformObject>[0]) {
  const document = jsonSchemaTransformObject(input) as OpenApiDocument;
  for (const methods of Object.values(document.paths ?? {})) {
    for (const operation of Object.values(methods)) {
      const content = (operation.requestBody as { content?: Record<string, Record<string, unknown>> } | undefined)
        ?.content?.['application/json'];
      const example = operation.operationId ? REQUEST_EXAMPLES[operation.operationId] : undefined;
      if (!content || example === undefined || 'example' in content || 'examples' in content) continue;
      content.example = example;
    }
  }
  return document as ReturnType<typeof jsonSchemaTransformObject>;
}

/** The document's `servers`: where the API is reached, from the configured public URL. */
export function serversOf(publicUrl: string | null | undefined) {
  if (!publicUrl) return undefined;
  return [{ url: publicUrl.replace(/\/+$/, ''), description: '本平台' }];
}
