/**
 * Composition root: config → database (migrated, seeded once) → services → HTTP. Nothing else.
 * With `YICI_WORKERS=N` (or `--workers N`) the first process migrates and seeds, then runs N
 * server processes on the same port and PostgreSQL database, replacing any that dies.
 */
import cluster from 'node:cluster';
import { fileURLToPath } from 'node:url';
import { ConfigError, loadConfig, withCommandLine, type Config } from './platform/config';
import { systemClock } from './platform/clock';
import { startPeriodicJob } from './platform/jobs/periodic-job';
import { createPlatformHttp, createServices, databaseOptionsOf, openDatabase, resolveSealMasterKey } from './platform';
import type { FastifyBaseLogger } from 'fastify';
import type { Database } from './platform/db/database';
import { isDatabaseUnavailable } from './platform/db/database-errors';
import { DEMO_PASSWORD, DEMO_STAFF_LOGINS } from './domains/identity/identity.seed';
import { DEMO_RESIDENTS } from './domains/registries/registries.demo';
import { seedReferenceData } from './seed/seed';
import { resolveAuditSigningKey } from './platform/audit/audit.signing';
import { checkpointDirectoryOf } from './platform/audit/audit.checkpoints';

async function main() {
  const config = loadConfig(withCommandLine(process.env, process.argv), process.cwd());
  if (config.workers > 1 && cluster.isPrimary) return runPrimary(config);
  return runServer(config);
}

/** Migrates and seeds once, here, so that the worker processes never race to do it. */
async function prepareDatabase(config: Config, database: Database, sealKey: Buffer) {
  const started = Date.now();
  await database.migrate();
  if (config.seed !== 'demo') return;
  const outcome = await seedReferenceData(database.db, { clock: systemClock, scope: 'full', sealMasterKey: sealKey });
  if (outcome === 'seeded')
    console.log(
      `已初始化参考数据与演示数据（区划、部门、服务网点、事项清单、人口与法人库、电子证照、演示账号），用时 ${Date.now() - started} ms`,
    );
}

/** The first of several processes: prepares the database, then keeps N servers running. */
async function runPrimary(config: Config) {
  const sealKey = resolveSealMasterKey(config);
  if (sealKey.warning) console.warn(`注意：${sealKey.warning}`);
  // Generated here when unset, so that every worker reads the same key.
  const auditKey = resolveAuditSigningKey({ configured: config.auditSigningKey, dataDir: config.dataDir });
  if (auditKey.warning) console.warn(`注意：${auditKey.warning}`);
  const database = await openDatabase(databaseOptionsOf(config));
  await prepareDatabase(config, database, sealKey.key);
  await database.close();

  // Workers run this file again; under `npm start` the TypeScript loader is not in execArgv.
  const execArgv = process.execArgv.some((arg) => arg.includes('tsx')) ? process.execArgv : ['--import', 'tsx'];
  cluster.setupPrimary({ exec: fileURLToPath(import.meta.url), execArgv, args: [] });
  let stopping = false;
  const fork = () => cluster.fork({ YICI_WORKERS: String(config.workers) });
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) return;
    console.error(`服务进程 ${worker.process.pid} 已退出 (${signal ?? code})，正在重新启动`);
    setTimeout(fork, 1000).unref();
  });
  for (let i = 0; i < config.workers; i++) fork();
  printBanner(config);
  console.log(`  ${config.workers} 个服务进程共用端口 ${config.port} 与 PostgreSQL 数据库`);

  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`收到 ${signal}，正在停止全部服务进程…`);
    const workers = Object.values(cluster.workers ?? {}).filter((w) => w !== undefined);
    let left = workers.length;
    if (left === 0) process.exit(0);
    for (const worker of workers) {
      worker.once('exit', () => {
        left -= 1;
        if (left === 0) process.exit(0);
      });
      worker.process.kill('SIGTERM');
    }
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

/** One server process: HTTP and the background jobs over one database. */
async function runServer(config: Config) {
  const isWorker = cluster.isWorker;
  const database = await openDatabase(databaseOptionsOf(config));
  const sealKey = resolveSealMasterKey(config);
  const auditKey = resolveAuditSigningKey({ configured: config.auditSigningKey, dataDir: config.dataDir });
  // In a worker the first process prepared the database (and said what it warns of) before starting it.
  if (!isWorker) {
    if (sealKey.warning) console.warn(`注意：${sealKey.warning}`);
    if (auditKey.warning) console.warn(`注意：${auditKey.warning}`);
    await prepareDatabase(config, database, sealKey.key);
  }
  const services = createServices({
    database,
    clock: systemClock,
    sealMasterKey: sealKey.key,
    publicUrl: config.publicUrl,
    audit: {
      signer: auditKey.signer,
      witness: config.auditWitness,
      checkpointDirectory: checkpointDirectoryOf(config.dataDir),
    },
  });
  const http = await createPlatformHttp({
    database,
    services,
    clock: systemClock,
    logLevel: config.logLevel,
    webDist: config.webDist,
    secureCookies: config.secureCookies,
    devOutboxPublic: config.devOutboxPublic,
    rateLimits: config.rateLimits,
    trustProxy: config.trustProxy,
  });
  if (config.devOutboxPublic)
    http.log.warn('YICI_DEV_OUTBOX_PUBLIC=true: /api/dev/outbox shows one-time codes without login');
  // After commit, off the request path: seal the audit chain and deliver notifications.
  services.audit.startSealer({ onError: jobErrorLog(http.log, 'audit sealing') });
  services.outbox.start(500, jobErrorLog(http.log, 'outbox delivery'));
  // What the law makes happen by itself: acceptance after 5 silent working days, missed 容缺 dates.
  const caseRules = startPeriodicJob({
    intervalMs: 60_000,
    run: async () => {
      const done = await services.cases.runDueRules();
      return done.acceptedByLaw + done.terminated >= 100;
    },
    onError: jobErrorLog(http.log, 'case rules'),
  });
  // From 1 November, administrators are told (weekly, one process sending) while next year is provisional.
  const calendarWarnings = startPeriodicJob({
    intervalMs: 60 * 60_000,
    run: async () => {
      await services.calendar.warnAdministrators();
      return false;
    },
    onError: jobErrorLog(http.log, 'calendar warning'),
  });
  // Also once at start, so a server started in December does not wait an hour to warn.
  void services.calendar
    .warnAdministrators()
    .catch((error: unknown) => http.log.error({ err: error }, 'calendar warning failed'));
  // A dropped connection fails the request it served (503); a stray rejection is logged, never fatal.
  process.on('unhandledRejection', (error) => http.log.error({ err: error }, 'unhandled rejection'));
  await http.listen({ port: config.port, host: config.host });
  if (!isWorker) printBanner(config);
  stopOnSignals({ http, jobs: [caseRules, calendarWarnings], services, database, quiet: isWorker });
}

/**
 * How a periodic job's failure is logged. While the database is away every run fails the same
 * way: one line every 30 seconds says so (the job keeps trying), instead of a stack per second.
 */
function jobErrorLog(log: FastifyBaseLogger, job: string) {
  let quietUntil = 0;
  return (error: unknown) => {
    if (!isDatabaseUnavailable(error)) return log.error({ err: error }, `${job} failed`);
    if (Date.now() < quietUntil) return;
    quietUntil = Date.now() + 30_000;
    log.warn(`${job}: database unavailable, retrying`);
  };
}

function printBanner(config: Config) {
  const where = config.database.kind === 'pglite' ? `PGlite，数据目录 ${config.database.dataDir}` : 'PostgreSQL';
  console.log(
    [
      '',
      `  一次 Yici 政务服务平台已启动  http://localhost:${config.port}`,
      `  数据库：${where}`,
      `  接口文档：http://localhost:${config.port}/docs   健康检查：http://localhost:${config.port}/api/health`,
      `  演示账号（密码均为 ${DEMO_PASSWORD}）：`,
      `    个人  ${DEMO_RESIDENTS.zhangSan.phone}  ${DEMO_RESIDENTS.zhangSan.name}（已实名）`,
      `    法人  ${DEMO_RESIDENTS.liSi.phone}  ${DEMO_RESIDENTS.liSi.name}（济南一次网络科技有限公司法定代表人）`,
      ...DEMO_STAFF_LOGINS.map((s) => `    工作人员  ${s.login.padEnd(16)}${s.name}`),
      '    工作人员登录需短信验证码：开发环境运行 npm run yici -- outbox 查看（管理员登录后也可在 /admin/outbox 查看）',
      '  按 Ctrl-C 停止。',
      '',
    ].join('\n'),
  );
}

function stopOnSignals(parts: {
  http: Awaited<ReturnType<typeof createPlatformHttp>>;
  jobs: { stop(): Promise<void> }[];
  services: ReturnType<typeof createServices>;
  database: Database;
  quiet: boolean;
}) {
  const say = (line: string) => (parts.quiet ? undefined : console.log(line));
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    say(`收到 ${signal}，正在停止：等待处理中的请求完成…`);
    // close() stops accepting, lets in-flight requests finish, then the database closes.
    await parts.http.close();
    for (const job of parts.jobs) await job.stop();
    await parts.services.outbox.stop();
    await parts.services.audit.stop();
    await parts.database.close();
    say('已停止。');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
  // A worker whose first process is gone (killed) stops too, instead of serving unsupervised.
  if (cluster.isWorker) process.on('disconnect', () => void stop('disconnect'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) console.error(error.message);
  else console.error(error);
  process.exit(1);
});
