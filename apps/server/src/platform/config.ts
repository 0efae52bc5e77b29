import path from 'node:path';
import { z } from 'zod';
import {
  DEFAULT_RATE_LIMITS,
  parseRateLimit,
  RATE_LIMIT_NAMES,
  type RateLimitName,
  type RateLimits,
} from './rate-limit/rate-limit.rules';

/**
 * Configuration is read once at boot from the environment, validated as a whole (every bad
 * variable is reported at once) and frozen. Nothing else reads process.env.
 */
const ConfigSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  // Default data/runtime; data/simulation-runtime for a simulated platform, so the two never share data.
  YICI_DATA_DIR: z.string().min(1).optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(20),
  // The embedded database has one connection: a statement or transaction slower than this (ms) is
  // logged with its slowest statements, as it held up every other request meanwhile. 0: never.
  YICI_SLOW_STATEMENT_MS: z.coerce.number().int().min(0).default(2000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  YICI_WEB_DIST: z.string().default('apps/web/dist'),
  YICI_SEED: z.enum(['demo', 'none']).default('demo'),
  // Set when the platform is served over HTTPS (directly or behind a proxy): cookies get Secure.
  // Development only: GET /api/dev/outbox answers without login (browser tests read codes there).
  YICI_DEV_OUTBOX_PUBLIC: z.enum(['true', 'false']).default('false'),
  // Webhooks go to https addresses only; plain http is for a development receiver.
  YICI_WEBHOOK_ALLOW_HTTP: z.enum(['true', 'false']).default('false'),
  YICI_WEBHOOK_INTERNAL: z.enum(['true', 'false']).default('false'),
  // Where people reach the platform: printed in certificates' QR codes. Default http://localhost:PORT.
  YICI_PUBLIC_URL: z.url().optional(),
  // SM4 master key wrapping the seals' private keys (32 hex chars); generated into the data directory when unset.
  YICI_SEAL_MASTER_KEY: z.string().optional(),
  YICI_SECURE_COOKIES: z.enum(['true', 'false']).default('false'),
  // SM2 private key (64 hex chars) signing the audit chain's batches and checkpoints; generated into the data directory when unset.
  YICI_AUDIT_SIGNING_KEY: z
    .string()
    .regex(/^[0-9a-fA-F]{64}$/, '应为 64 位十六进制 SM2 私钥')
    .optional(),
  // Where the daily audit checkpoint is sent (an address outside the platform's operators, e.g. the supervising body).
  YICI_AUDIT_WITNESS: z.string().min(3).default('audit-witness@localhost'),
  // Behind a reverse proxy: 'true' or the proxies' addresses (comma-separated, CIDR allowed), so
  // that rate limits count the caller's address, not the proxy's.
  YICI_TRUST_PROXY: z
    .string()
    .regex(/^(true|false|[\d.:a-fA-F/]+(,[\d.:a-fA-F/]+)*)$/, { message: '应为 true、false 或代理地址列表' })
    .default('false'),
  // Rate limits per IP and per account, e.g. ip:30/1m,account:10/1m (rate-limit.rules.ts has the defaults).
  ...rateLimitVariables(),
  // Working days a department has to rectify a bad rating (好差评): local, 5 or 15 (docs/DOMAIN.md §4).
  YICI_RECTIFICATION_DAYS: z.coerce.number().int().min(1).max(30).default(5),
  // Server processes sharing the port and the PostgreSQL database (`npm start -- --workers N`).
  YICI_WORKERS: z.coerce.number().int().min(1).max(32).default(1),
  // 模拟环境: simulated time from YICI_CLOCK_START, at YICI_CLOCK_RATE simulated seconds per real
  // second, or standing still until an administrator advances it (no rate).
  YICI_CLOCK: z.enum(['real', 'simulated']).default('real'),
  YICI_CLOCK_START: z.iso
    .datetime({ offset: true, message: '应为带时区的时刻，如 2018-09-27T10:00:00+08:00' })
    .optional(),
  YICI_CLOCK_RATE: z.coerce.number().positive('应为正数（模拟秒/实际秒）').max(1_000_000).optional(),
  // off: no in-memory memo of catalog answers or verified signatures (benchmarks compare both).
  YICI_CACHES: z.enum(['on', 'off']).default('on'),
});

function rateLimitVariables() {
  return Object.fromEntries(
    RATE_LIMIT_NAMES.map((name) => [
      rateLimitVariable(name),
      z
        .string()
        .optional()
        .superRefine((value, ctx) => {
          const parsed = value === undefined ? null : parseRateLimit(value, DEFAULT_RATE_LIMITS[name]);
          if (typeof parsed === 'string') ctx.addIssue({ code: 'custom', message: parsed });
        }),
    ]),
  ) as Record<`YICI_LIMIT_${Uppercase<RateLimitName>}`, z.ZodOptional<z.ZodString>>;
}

function rateLimitVariable(name: RateLimitName) {
  return `YICI_LIMIT_${name.toUpperCase()}` as const;
}

function trustProxyOf(value: string): boolean | string {
  return value === 'true' || value === 'false' ? value === 'true' : value;
}

export type Config = Readonly<{
  port: number;
  host: string;
  database: { kind: 'pglite'; dataDir: string } | { kind: 'postgresql'; url: string; poolSize: number };
  /** Statements and transactions on the embedded database slower than this are logged (0: none). */
  slowStatementMs: number;
  dataDir: string;
  logLevel: z.infer<typeof ConfigSchema>['LOG_LEVEL'];
  webDist: string;
  seed: 'demo' | 'none';
  secureCookies: boolean;
  devOutboxPublic: boolean;
  webhookAllowHttp: boolean;
  webhookAllowInternal: boolean;
  publicUrl: string;
  sealMasterKey: string | null;
  auditSigningKey: string | null;
  auditWitness: string;
  trustProxy: boolean | string;
  rateLimits: RateLimits;
  workers: number;
  /** Real time, or simulated time from `start` at `rate` (null: advanced by hand). */
  clock: { mode: 'real' } | { mode: 'simulated'; start: Date; rate: number | null };
  rectificationDays: number;
  /** Memos of answers that depend only on their key (platform/memo.ts). */
  caches: boolean;
}>;

export class ConfigError extends Error {}

/** `--workers N` on the command line (npm start -- --workers N) stands for YICI_WORKERS=N. */
export function withCommandLine(env: NodeJS.ProcessEnv, argv: string[]): NodeJS.ProcessEnv {
  const at = argv.indexOf('--workers');
  const inline = argv.find((arg) => arg.startsWith('--workers='));
  const workers = inline ? inline.slice('--workers='.length) : at >= 0 ? (argv[at + 1] ?? '') : undefined;
  return workers === undefined ? env : { ...env, YICI_WORKERS: workers };
}

export function loadConfig(env: NodeJS.ProcessEnv, cwd: string): Config {
  const parsed = ConfigSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`配置有误 (invalid configuration):\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  if (e.YICI_WORKERS > 1 && !e.DATABASE_URL) {
    // PGlite lives inside one process; only a database server can be shared by several.
    throw new ConfigError(
      '配置有误 (invalid configuration):\n  YICI_WORKERS: 多个服务进程需要 PostgreSQL（设置 DATABASE_URL）；内嵌数据库只能由一个进程使用',
    );
  }
  const clockProblems = [
    e.YICI_CLOCK === 'simulated' && !e.YICI_CLOCK_START ? '  YICI_CLOCK_START: 模拟时间需要起始时刻' : null,
    e.YICI_CLOCK === 'real' && (e.YICI_CLOCK_START || e.YICI_CLOCK_RATE)
      ? '  YICI_CLOCK: 设置了 YICI_CLOCK_START 或 YICI_CLOCK_RATE，但未设置 YICI_CLOCK=simulated'
      : null,
  ].filter((line) => line !== null);
  if (clockProblems.length > 0) throw new ConfigError(`配置有误 (invalid configuration):\n${clockProblems.join('\n')}`);
  const simulated = e.YICI_CLOCK === 'simulated';
  const dataDir = path.resolve(cwd, e.YICI_DATA_DIR ?? (simulated ? 'data/simulation-runtime' : 'data/runtime'));
  return Object.freeze({
    port: e.PORT,
    host: e.HOST,
    database: e.DATABASE_URL
      ? ({ kind: 'postgresql', url: e.DATABASE_URL, poolSize: e.DATABASE_POOL_SIZE } as const)
      : ({ kind: 'pglite', dataDir: path.join(dataDir, 'pglite') } as const),
    slowStatementMs: e.YICI_SLOW_STATEMENT_MS,
    dataDir,
    logLevel: e.LOG_LEVEL,
    webDist: path.resolve(cwd, e.YICI_WEB_DIST),
    seed: e.YICI_SEED,
    secureCookies: e.YICI_SECURE_COOKIES === 'true',
    devOutboxPublic: e.YICI_DEV_OUTBOX_PUBLIC === 'true',
    webhookAllowHttp: e.YICI_WEBHOOK_ALLOW_HTTP === 'true',
    webhookAllowInternal: e.YICI_WEBHOOK_INTERNAL === 'true',
    publicUrl: (e.YICI_PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ''),
    sealMasterKey: e.YICI_SEAL_MASTER_KEY ?? null,
    auditSigningKey: e.YICI_AUDIT_SIGNING_KEY ?? null,
    auditWitness: e.YICI_AUDIT_WITNESS,
    rectificationDays: e.YICI_RECTIFICATION_DAYS,
    trustProxy: trustProxyOf(e.YICI_TRUST_PROXY),
    rateLimits: Object.freeze(
      Object.fromEntries(
        RATE_LIMIT_NAMES.map((name) => {
          const value = (e as unknown as Record<string, string | undefined>)[rateLimitVariable(name)];
          const parsed =
            value === undefined ? DEFAULT_RATE_LIMITS[name] : parseRateLimit(value, DEFAULT_RATE_LIMITS[name]);
          return [name, parsed];
        }),
      ) as RateLimits,
    ),
    workers: e.YICI_WORKERS,
    clock: simulated
      ? ({ mode: 'simulated', start: new Date(e.YICI_CLOCK_START!), rate: e.YICI_CLOCK_RATE ?? null } as const)
      : ({ mode: 'real' } as const),
    caches: e.YICI_CACHES === 'on',
  });
}
