import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, openSync, readSync, closeSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { DatabaseOptions } from './database';

/**
 * `yici backup` / `yici restore`: the whole database in one file.
 *
 * - PostgreSQL: pg_dump's custom format (schema, data, sequences, the migration history), restored
 *   with pg_restore in one transaction — a restore that fails changes nothing.
 * - PGlite: the data directory as a gzipped tar (PGlite's own dump). The embedded database belongs
 *   to one process: stop the server first. A restore moves the current directory aside and keeps it.
 */
export type BackupKind = 'postgresql' | 'pglite';

export class BackupError extends Error {}

/** What a backup file holds, from its first bytes: pg_dump's "PGDMP" or gzip's 1f 8b. */
export function backupKindOf(file: string): BackupKind | null {
  const head = Buffer.alloc(5);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, head, 0, 5, 0);
  } finally {
    closeSync(fd);
  }
  if (head.toString('latin1') === 'PGDMP') return 'postgresql';
  if (head[0] === 0x1f && head[1] === 0x8b) return 'pglite';
  return null;
}

export async function backupDatabase(options: DatabaseOptions, file: string): Promise<void> {
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  if (options.kind === 'postgresql') {
    runTool('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', `--file=${file}`, options.url]);
    return;
  }
  if (!options.dataDir || !existsSync(options.dataDir)) throw new BackupError(`没有找到内嵌数据库：${options.dataDir}`);
  const client = await PGlite.create(options.dataDir);
  try {
    const dump = await client.dumpDataDir('gzip');
    writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  } finally {
    await client.close();
  }
}

/** Replaces the database's content with the backup's; returns a line saying what happened. */
export async function restoreDatabase(options: DatabaseOptions, file: string, now: Date): Promise<string> {
  if (!existsSync(file)) throw new BackupError(`备份文件不存在：${file}`);
  const kind = backupKindOf(file);
  if (kind !== options.kind) {
    throw new BackupError(
      `备份文件（${kind ?? '未知格式'}）与当前数据库（${options.kind}）不符 (the backup is not of this kind of database)`,
    );
  }
  if (options.kind === 'postgresql') {
    runTool('pg_restore', [
      '--clean',
      '--if-exists',
      '--no-owner',
      '--no-privileges',
      '--single-transaction',
      `--dbname=${options.url}`,
      file,
    ]);
    return '已从备份恢复 PostgreSQL 数据库 (restored)';
  }
  if (!options.dataDir) throw new BackupError('内嵌数据库没有数据目录');
  let keptAt: string | null = null;
  if (existsSync(options.dataDir)) {
    keptAt = `${options.dataDir}.before-restore-${now.toISOString().replace(/[:.]/g, '-')}`;
    renameSync(options.dataDir, keptAt);
  }
  mkdirSync(path.dirname(options.dataDir), { recursive: true });
  try {
    const client = await PGlite.create(options.dataDir, { loadDataDir: new Blob([readFileSync(file)]) });
    await client.query('select 1');
    await client.close();
  } catch (error) {
    // The backup did not load: put the database back as it was.
    if (keptAt) renameSync(keptAt, options.dataDir);
    throw error;
  }
  return `已从备份恢复内嵌数据库 (restored)${keptAt ? `；原数据目录保留在 ${keptAt}` : ''}`;
}

function runTool(tool: string, args: string[]) {
  const result = spawnSync(tool, args, { stdio: ['ignore', 'inherit', 'pipe'], encoding: 'utf8' });
  if (result.error) throw new BackupError(`无法运行 ${tool}（请安装 PostgreSQL 客户端工具）：${result.error.message}`);
  if (result.status !== 0) throw new BackupError(`${tool} 失败 (exit ${result.status})：${result.stderr.trim()}`);
}
