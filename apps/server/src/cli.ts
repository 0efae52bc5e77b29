/**
 * The `yici` command line (npm run yici -- <command>): thin commands over the same services.
 *   yici outbox [--limit N]     the development outbox: messages (one-time codes) that would be sent
 *   yici audit verify [--checkpoints <file|dir>]   re-compute the audit chain, check its signatures
 *                               and checkpoints, and name the first broken entry
 *   yici audit checkpoint [--out <file>]           sign a checkpoint of the head now and export them all
 *   yici cert verify <file> --keys <seals.json>   check a downloaded certificate offline (a PDF as a
 *                                                  whole file too); exit 0 valid, 1 invalid, 2 unreadable
 *   yici backup <file>          the whole database into one file (pg_dump, or PGlite's data directory)
 *   yici restore <file> --yes   replace the database's content with a backup's
 *   yici simulate --from D --to D --scale S --seed N [--profile file]   a province's days through
 *                               the real use cases on simulated time (模拟环境 databases only)
 *   yici history generate --year Y --cases N [--seed S] [--drop] | yici history drop
 *                               synthetic history in bulk, for statistics at scale (simulation domain);
 *                               the figures' rollups are rebuilt after it
 *   yici evaluate --year Y --out report.pdf [--income f] [--imported f] [--system f]
 *                               a business-environment evaluation with a progress bar, and its sealed PDF
 *   yici reform --year Y --change <json> [...]   the reform simulator: a change beside its baseline
 *   yici figures rebuild [--from D --to D]   sum the figures' rollups afresh (all days, or whole months)
 */
import { ConfigError, loadConfig } from './platform/config';
import { systemClock } from './platform/clock';
import { systemContext } from './platform/actor';
import { databaseOptionsOf, figuresRollupsOf, historyPortsOf, openDatabase } from './platform';
import { FIGURES_USAGE, runFiguresRebuild } from './domains/figures/figures.cli';
import { createOutbox, developmentTransport } from './platform/outbox/outbox.service';
import { runAuditCheckpoint, runAuditVerify } from './platform/audit/audit.cli';
import { resolveAuditSigningKey } from './platform/audit/audit.signing';
import { checkpointDirectoryOf } from './platform/audit/audit.checkpoints';
import { runCertVerify } from './domains/certificates/certificates.cli';
import { BackupError, backupDatabase, restoreDatabase } from './platform/db/backup';
import { runSimulate } from './domains/simulation/simulation.cli';
import { resolveSealMasterKey } from './platform';
import { HISTORY_USAGE, runHistoryCommand } from './domains/simulation/history.cli';
import { EVALUATE_USAGE, REFORM_USAGE, runEvaluate, runReform } from './domains/evaluation/evaluation.cli';
import { createServices } from './platform';
import { ClockModeMismatch, requireInstallationMode } from './domains/simulation/simulation.installation';
import { platformClockOf } from './domains/simulation/simulation.platform-clock';

const USAGE = `用法 usage:
  yici outbox [--limit N]   查看开发环境短信发件箱（验证码）
  yici audit verify [--checkpoints <文件或目录>]   校验审计日志哈希链、批次签名与检查点
  yici audit checkpoint [--out <文件>]            签署当前链头检查点并导出全部检查点（交见证方留存）
  yici cert verify <文件> --keys <seals.json>   离线核验下载的电子证照（公钥取自 GET /api/seals）
  yici backup <文件>        备份整个数据库（PostgreSQL 用 pg_dump；内嵌数据库须先停止服务）
  yici restore <文件> --yes 用备份替换数据库内容（须先停止服务）
  yici simulate --from 2018-01-01 --to 2018-12-31 --scale 0.001 --seed 42 [--profile 文件]
                            在模拟环境数据库上按日模拟全省办件（可中断后继续）
${HISTORY_USAGE}
${EVALUATE_USAGE}
${REFORM_USAGE}
${FIGURES_USAGE}`;

const HISTORY_MODE_HINT = '模拟环境的数据库请以 YICI_CLOCK=simulated（及其 YICI_CLOCK_START）运行本命令。';

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
  // A simulation keeps its data apart: the simulated platform's data directory unless one is named.
  const env =
    command === 'simulate' && !process.env.YICI_DATA_DIR
      ? { ...process.env, YICI_DATA_DIR: 'data/simulation-runtime' }
      : process.env;
  const config = loadConfig(env, process.cwd());
  // Backup and restore work on the database as a whole, without opening it as the platform does.
  if (command === 'backup' || command === 'restore') {
    if (!sub || sub.startsWith('--')) {
      console.error(USAGE);
      return 2;
    }
    if (command === 'backup') {
      await backupDatabase(databaseOptionsOf(config), sub);
      console.log(`已备份到 ${sub} (backup written)`);
      return 0;
    }
    if (!rest.includes('--yes')) {
      console.error('恢复会替换数据库的全部内容；确认请加 --yes (restore replaces everything: add --yes)');
      return 2;
    }
    console.log(await restoreDatabase(databaseOptionsOf(config), sub, new Date()));
    return 0;
  }
  // Arguments and profile first, then the database's mode before migrating it: a refused run
  // (a broken profile, a real-mode database) writes nothing.
  if (command === 'simulate')
    return runSimulate({
      argv: [sub ?? '', ...rest],
      openDatabase: () => openDatabase(databaseOptionsOf(config)),
      keys: () => ({
        sealMasterKey: resolveSealMasterKey(config).key,
        auditSigner: resolveAuditSigningKey({ configured: config.auditSigningKey, dataDir: config.dataDir }).signer,
      }),
      publicUrl: config.publicUrl,
      realNow: () => Date.now(),
    });
  const database = await openDatabase(databaseOptionsOf(config));
  try {
    // History is written in the database's own time: a simulated database with the simulated
    // clock, a real one with real time; the other mode is refused before anything is written.
    if (command === 'history') await requireInstallationMode(database, config.clock.mode, HISTORY_MODE_HINT);
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
    if (command === 'audit' && (sub === 'verify' || sub === 'checkpoint')) {
      const audit = {
        database,
        signer: resolveAuditSigningKey({ configured: config.auditSigningKey, dataDir: config.dataDir }).signer,
        directory: checkpointDirectoryOf(config.dataDir),
      };
      const valuesOf = (flag: string) => rest.flatMap((arg, i) => (rest[i - 1] === flag ? [arg] : []));
      if (sub === 'verify') return await runAuditVerify({ ...audit, checkpointFiles: valuesOf('--checkpoints') });
      return await runAuditCheckpoint({ ...audit, out: valuesOf('--out')[0] });
    }
    if (command === 'history' && (sub === 'generate' || sub === 'drop')) {
      // The platform's time: on a simulated platform the history ends the day before its
      // simulated today, not the real one.
      const clock = await platformClockOf(config.clock, database, () => Date.now());
      const code = await runHistoryCommand({
        sub,
        args: rest,
        database,
        clock,
        ports: () => historyPortsOf(database, clock),
      });
      if (code === 2 && sub === 'generate' && rest.length === 0) console.error(USAGE);
      // The bulk rows reach the figures through a rebuild: they have no timeline to follow.
      if (code === 0) await runFiguresRebuild({ args: [], rollups: figuresRollupsOf(database, clock) });
      return code;
    }
    if (command === 'evaluate' || command === 'reform') {
      // The platform's time: a simulated platform evaluates (and replays) as of its simulated day.
      const clock = await platformClockOf(config.clock, database, () => Date.now());
      const services = createServices({
        database,
        clock,
        sealMasterKey: resolveSealMasterKey(config).key,
        publicUrl: config.publicUrl,
        audit: {
          signer: resolveAuditSigningKey({ configured: config.auditSigningKey, dataDir: config.dataDir }).signer,
        },
      });
      const args = [sub ?? '', ...rest];
      if (command === 'reform') return await runReform({ args, reforms: services.reforms });
      return await runEvaluate({ args, evaluation: services.evaluation });
    }
    if (command === 'figures' && sub === 'rebuild') {
      const clock = await platformClockOf(config.clock, database, () => Date.now());
      return await runFiguresRebuild({ args: rest, rollups: figuresRollupsOf(database, clock) });
    }
    console.error(USAGE);
    return 2;
  } finally {
    await database.close();
  }
}

main(process.argv.slice(2))
  .then((code) => process.exit(code))
  .catch((error: unknown) => {
    console.error(
      error instanceof ConfigError || error instanceof BackupError || error instanceof ClockModeMismatch
        ? error.message
        : error,
    );
    process.exit(1);
  });
