/**
 * Composition root: config → database (migrated, seeded once) → services → HTTP. Nothing else.
 * With `YICI_WORKERS=N` (or `--workers N`) the first process migrates and seeds, then runs N
 * server processes on the same port and PostgreSQL database, replacing any that dies.
 */
import cluster from 'node:cluster';
import { fileURLToPath } from 'node:url';
import { ConfigError, loadConfig, withCommandLine, type Config } from './platform/config';
import { fixedClock, systemClock, type Clock } from './platform/clock';
import { chinaMinute, type SimulatedClock } from './domains/simulation/simulation.clock';
import { platformClockOf } from './domains/simulation/simulation.platform-clock';
import {
  ClockModeMismatch,
  loadClockAnchor,
  recordInstallationMode,
  requireInstallationMode,
  saveClockAnchor,
  startClockKeeper,
} from './domains/simulation/simulation.installation';
import { startPeriodicJob } from './platform/jobs/periodic-job';
import {
  createPlatformHttp,
  createServices,
  databaseOptionsOf,
  historyPortsOf,
  openDatabase,
  resolveSealMasterKey,
} from './platform';
import { seedStartHistory } from './domains/simulation/history.seed-start';
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

const MODE_HINT = {
  real: '模拟环境请使用自己的数据目录（默认 data/simulation-runtime）或数据库。',
  simulated: '正式环境的数据库不能用于模拟；请使用另一个数据目录或数据库。',
} as const;

/**
 * Migrates and seeds once, here, so that the worker processes never race to do it. A database
 * keeps the clock mode of its first start: the other mode is refused before anything is written.
 */
async function prepareDatabase(config: Config, database: Database, sealKey: Buffer) {
  const started = Date.now();
  await requireInstallationMode(database, config.clock.mode, MODE_HINT[config.clock.mode]);
  await database.migrate();
  await recordInstallationMode(database.db, config.clock.mode, new Date());
  if (config.clock.mode === 'simulated') await anchorSimulatedClock(database, config.clock);
  if (config.seed !== 'demo') return;
  // A simulated platform's seals, certificates and accounts are made as of its start instant, so
  // that what it issues on its first simulated day verifies against seals valid from before then.
  const seedClock: Clock = config.clock.mode === 'simulated' ? fixedClock(config.clock.start) : systemClock;
  const outcome = await seedReferenceData(database.db, { clock: seedClock, scope: 'full', sealMasterKey: sealKey });
  if (outcome === 'seeded')
    console.log(
      `已初始化参考数据与演示数据（区划、部门、服务网点、事项清单、人口与法人库、电子证照、演示账号），用时 ${Date.now() - started} ms`,
    );
  // A small synthetic history, so that statistics pages have data from the first start: the
  // days before today, or before the simulated start.
  const historyStarted = Date.now();
  const history = await seedStartHistory({
    database,
    clock: seedClock,
    ports: () => historyPortsOf(database, seedClock),
  });
  if (history.outcome === 'seeded')
    console.log(
      `已生成模拟历史办件（仅用于统计，不进入任何列表）：${history.runs
        .map((run) => `${run.from} 至 ${run.to} ${run.cases} 件`)
        .join('，')}，用时 ${Date.now() - historyStarted} ms`,
    );
}

/**
 * The simulated clock's anchor at start: the configured start the first time, afterwards the
 * last reading kept (time stood still while the platform was down), at the configured rate.
 */
async function anchorSimulatedClock(database: Database, clock: { start: Date; rate: number | null }) {
  const kept = await loadClockAnchor(database.db);
  const simulatedAt = kept?.simulatedAt ?? clock.start.getTime();
  await saveClockAnchor(database.db, { simulatedAt, realAt: Date.now(), rate: clock.rate }, new Date());
}

/** Real time, or the simulated clock from the anchor the first process kept. */
function platformClock(config: Config, database: Database): Promise<Clock | SimulatedClock> {
  return platformClockOf(config.clock, database, () => Date.now());
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
  const clock = await platformClock(config, database);
  const services = createServices({
    database,
    clock,
    sealMasterKey: sealKey.key,
    publicUrl: config.publicUrl,
    rectificationDays: config.rectificationDays,
    caches: config.caches,
    webhooks: { allowHttp: config.webhookAllowHttp, allowInternal: config.webhookAllowInternal },
    audit: {
      signer: auditKey.signer,
      witness: config.auditWitness,
      checkpointDirectory: checkpointDirectoryOf(config.dataDir),
    },
  });
  const http = await createPlatformHttp({
    database,
    services,
    clock,
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
  // Events to department systems: fan-out from the event outbox, signed webhooks with back-off.
  const webhooks = startPeriodicJob({
    intervalMs: 1_000,
    run: () => services.sharing.webhooks.dispatch(),
    onError: jobErrorLog(http.log, 'webhook delivery'),
  });
  // What the law makes happen by itself: acceptance after 5 silent working days, missed 容缺 dates.
  const caseRules = startPeriodicJob({
    intervalMs: 60_000,
    run: async () => {
      // Expired access tokens are useless; clearing them keeps the token table small.
      await services.sharing.accounts.deleteExpiredTokens();
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
  // The figures' rollups follow the case timeline: a pass every 5 s (one process at a time folds).
  const figuresFold = startPeriodicJob({
    intervalMs: 5_000,
    run: async () => (await services.rollups.fold()).more,
    onError: jobErrorLog(http.log, 'figures rollups'),
  });
  // 电子监察: cards and 督办 orders on the platform clock; shards shared among processes.
  const monitoring = startPeriodicJob({
    // Every minute on both databases: a pass looks only at the clocks changed since the last one
    // (all due clocks once a China day, a short transaction per shard), so it never holds the
    // embedded database's only connection for long.
    intervalMs: 60_000,
    run: async () => (await services.monitoringPass.run()).more,
    onError: jobErrorLog(http.log, 'e-monitoring'),
  });
  // 改革模拟: queued reform scenarios run in the background (each taken by one process).
  const reformRuns = startPeriodicJob({
    intervalMs: 2_000,
    run: () => services.reforms.runNext(),
    onError: jobErrorLog(http.log, 'reform simulation'),
  });
  services.afterClockAdvance.push(
    () => figuresFold.runNow(),
    () => monitoring.runNow(),
    () => caseRules.runNow(),
    () => calendarWarnings.runNow(),
    () => webhooks.runNow(),
  );
  const clockKeeper =
    'mode' in clock
      ? startClockKeeper({ db: database.db, clock, onError: jobErrorLog(http.log, 'clock keeping') })
      : null;
  // Also once at start, so a server started in December does not wait an hour to warn.
  void services.calendar
    .warnAdministrators()
    .catch((error: unknown) => http.log.error({ err: error }, 'calendar warning failed'));
  // A dropped connection fails the request it served (503); a stray rejection is logged, never fatal.
  process.on('unhandledRejection', (error) => http.log.error({ err: error }, 'unhandled rejection'));
  // On the embedded database a job's pass holds the only connection, so the first and longest
  // pass — the figures' first rebuild — runs before the server takes requests instead of stalling
  // its first visitors for tens of seconds (e-monitoring's first look is split by shard).
  if (config.database.kind === 'pglite') {
    await services.rollups.fold().catch((error: unknown) => http.log.error({ err: error }, 'figures rollups failed'));
  }
  await http.listen({ port: config.port, host: config.host });
  if (!isWorker) printBanner(config, clock);
  const jobs = [
    caseRules,
    calendarWarnings,
    webhooks,
    figuresFold,
    monitoring,
    reformRuns,
    ...(clockKeeper ? [clockKeeper] : []),
  ];
  stopOnSignals({ http, jobs, services, database, quiet: isWorker, beforeClose: clockKeeper?.keepNow });
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

function printBanner(config: Config, clock?: Clock | SimulatedClock) {
  const where = config.database.kind === 'pglite' ? `PGlite，数据目录 ${config.database.dataDir}` : 'PostgreSQL';
  const simulated =
    clock && 'mode' in clock
      ? [
          `  模拟环境 · 模拟时间 ${chinaMinute(clock.now())}（${clock.rate === null ? '管理员拨动：POST /api/admin/clock/advance' : `${clock.rate} 倍速`}）`,
        ]
      : [];
  console.log(
    [
      '',
      `  一次 Yici 政务服务平台已启动  http://localhost:${config.port}`,
      ...simulated,
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
  /** Last words to the database before it closes (the simulated clock's reading). */
  beforeClose?: () => Promise<void>;
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
    await parts.beforeClose?.().catch(() => undefined);
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
  if (error instanceof ConfigError || error instanceof ClockModeMismatch) console.error(error.message);
  else console.error(error);
  process.exit(1);
});
