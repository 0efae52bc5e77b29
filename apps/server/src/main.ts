/**
 * Composition root: config → database (migrated, seeded once) → services → HTTP. Nothing else.
 */
import { ConfigError, loadConfig } from './platform/config';
import { systemClock } from './platform/clock';
import { startPeriodicJob } from './platform/jobs/periodic-job';
import { createPlatformHttp, createServices, databaseOptionsOf, openDatabase, resolveSealMasterKey } from './platform';
import { DEMO_PASSWORD, DEMO_STAFF_LOGINS } from './domains/identity/identity.seed';
import { DEMO_RESIDENTS } from './domains/registries/registries.demo';
import { seedReferenceData } from './seed/seed';
import { resolveAuditSigningKey } from './platform/audit/audit.signing';
import { checkpointDirectoryOf } from './platform/audit/audit.checkpoints';

async function main() {
  const config = loadConfig(process.env, process.cwd());
  const started = Date.now();
  const database = await openDatabase(databaseOptionsOf(config));
  await database.migrate();
  const sealKey = resolveSealMasterKey(config);
  if (sealKey.warning) console.warn(`注意：${sealKey.warning}`);
  const auditKey = resolveAuditSigningKey({ configured: config.auditSigningKey, dataDir: config.dataDir });
  if (auditKey.warning) console.warn(`注意：${auditKey.warning}`);
  if (config.seed === 'demo') {
    const outcome = await seedReferenceData(database.db, {
      clock: systemClock,
      scope: 'full',
      sealMasterKey: sealKey.key,
    });
    if (outcome === 'seeded')
      console.log(
        `已初始化参考数据与演示数据（区划、部门、服务网点、事项清单、人口与法人库、电子证照、演示账号），用时 ${Date.now() - started} ms`,
      );
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
  services.audit.startSealer({ onError: (error) => http.log.error({ err: error }, 'audit sealing failed') });
  services.outbox.start();
  // What the law makes happen by itself: acceptance after 5 silent working days, missed 容缺 dates.
  const caseRules = startPeriodicJob({
    intervalMs: 60_000,
    run: async () => {
      const done = await services.cases.runDueRules();
      return done.acceptedByLaw + done.terminated >= 100;
    },
    onError: (error) => http.log.error({ err: error }, 'case rules failed'),
  });
  // From 1 November, administrators are told (weekly, one process sending) while next year is provisional.
  const calendarWarnings = startPeriodicJob({
    intervalMs: 60 * 60_000,
    run: async () => {
      await services.calendar.warnAdministrators();
      return false;
    },
    onError: (error) => http.log.error({ err: error }, 'calendar warning failed'),
  });
  // Also once at start, so a server started in December does not wait an hour to warn.
  void services.calendar
    .warnAdministrators()
    .catch((error: unknown) => http.log.error({ err: error }, 'calendar warning failed'));
  await http.listen({ port: config.port, host: config.host });

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

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`收到 ${signal}，正在停止：等待处理中的请求完成…`);
    // close() stops accepting, lets in-flight requests finish, then the database closes.
    await http.close();
    await caseRules.stop();
    await calendarWarnings.stop();
    await services.outbox.stop();
    await services.audit.stop();
    await database.close();
    console.log('已停止。');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) console.error(error.message);
  else console.error(error);
  process.exit(1);
});
