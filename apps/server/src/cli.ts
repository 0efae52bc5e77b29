/**
 * The `yici` command line (npm run yici -- <command>): thin commands over the same services.
 *   yici outbox [--limit N]     the development outbox: messages (one-time codes) that would be sent
 *   yici audit verify           re-compute the audit chain and name the first broken entry
 *   yici cert verify <file> --keys <seals.json>   check a downloaded certificate offline
 */
import { ConfigError, loadConfig } from './platform/config';
import { systemClock } from './platform/clock';
import { systemContext } from './platform/actor';
import { databaseOptionsOf, openDatabase } from './platform';
import { createOutbox, developmentTransport } from './platform/outbox/outbox.service';
import { runAuditVerify } from './platform/audit/audit.cli';
import { runCertVerify } from './domains/certificates/certificates.cli';

const USAGE = `用法 usage:
  yici outbox [--limit N]   查看开发环境短信发件箱（验证码）
  yici audit verify         校验审计日志哈希链
  yici cert verify <文件> --keys <seals.json>   离线核验下载的电子证照（公钥取自 GET /api/seals）`;

async function main(argv: string[]): Promise<number> {
  const [command, sub, ...rest] = argv;
  // Offline: no configuration, no database.
  if (command === 'cert' && sub === 'verify') {
    const keysFlag = rest.indexOf('--keys');
    const file = rest.find((arg, i) => !arg.startsWith('--') && rest[i - 1] !== '--keys');
    if (!file || keysFlag < 0 || !rest[keysFlag + 1]) {
      console.error(USAGE);
      return 2;
    }
    return runCertVerify({ file, keys: rest[keysFlag + 1]!, today: systemClock.today() });
  }
  const config = loadConfig(process.env, process.cwd());
  const database = await openDatabase(databaseOptionsOf(config));
  try {
    await database.migrate();
    if (command === 'outbox') {
      const limitFlag = [sub, ...rest].indexOf('--limit');
      const limit = limitFlag >= 0 ? Number([sub, ...rest][limitFlag + 1] ?? 20) : 20;
      const outbox = createOutbox({ db: database.db, clock: systemClock, transport: developmentTransport });
      for (const m of (await outbox.list(systemContext('cli'), { limit })).reverse()) {
        const when = m.createdAt.toISOString().replace('T', ' ').slice(0, 19);
        console.log(`${when}  ${m.recipient}  ${m.body}${m.deliveredAt ? '' : '  (待发送)'}`);
      }
      return 0;
    }
    if (command === 'audit' && sub === 'verify') return await runAuditVerify({ database });
    console.error(USAGE);
    return 2;
  } finally {
    await database.close();
  }
}

main(process.argv.slice(2))
  .then((code) => process.exit(code))
  .catch((error: unknown) => {
    console.error(error instanceof ConfigError ? error.message : error);
    process.exit(1);
  });
