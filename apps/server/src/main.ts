/**
 * Composition root: config → database (migrated, seeded once) → services → HTTP. Nothing else.
 */
import { ConfigError, loadConfig } from './platform/config';
import { systemClock } from './platform/clock';
import { createPlatformHttp, createServices, databaseOptionsOf, openDatabase, resolveAdminToken } from './platform';
import { seedReferenceData } from './seed/seed';

async function main() {
  const config = loadConfig(process.env, process.cwd());
  const started = Date.now();
  const database = await openDatabase(databaseOptionsOf(config));
  await database.migrate();
  if (config.seed === 'demo') {
    const outcome = await seedReferenceData(database.db, { clock: systemClock, scope: 'full' });
    if (outcome === 'seeded')
      console.log(`已初始化参考数据（区划、部门、服务网点、事项清单），用时 ${Date.now() - started} ms`);
  }
  const services = createServices({ database, clock: systemClock });
  const admin = resolveAdminToken(config);
  const http = await createPlatformHttp({
    database,
    services,
    logLevel: config.logLevel,
    webDist: config.webDist,
    adminToken: admin.token,
  });
  await http.listen({ port: config.port, host: config.host });

  const where = config.database.kind === 'pglite' ? `PGlite，数据目录 ${config.database.dataDir}` : 'PostgreSQL';
  console.log(
    [
      '',
      `  一次 Yici 政务服务平台已启动  http://localhost:${config.port}`,
      `  数据库：${where}`,
      `  接口文档：http://localhost:${config.port}/docs   健康检查：http://localhost:${config.port}/api/health`,
      '  演示账号：本版本只开放公众可见的事项清单、一件事与服务网点，无需登录。',
      `  管理员令牌（工作日历维护）：${config.adminToken ? '已由 YICI_ADMIN_TOKEN 提供' : `${config.dataDir}/admin-token`}`,
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
