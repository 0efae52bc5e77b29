import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase, queryRows, type Db } from '../apps/server/src/platform/db/database';
import { copyTemplate, platformEnv, root, withDatabase } from './harness';

const work = mkdtempSync(path.join(os.tmpdir(), 'yici-rel-backup-'));
const cleanups: (() => Promise<void>)[] = [async () => rmSync(work, { recursive: true, force: true })];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

/** `npm run yici -- …` with the given environment; its output (throws when it exits non-zero). */
function yici(args: string[], env: Record<string, string>): string {
  const { DATABASE_URL: _inherited, ...inherited } = process.env;
  return execFileSync(process.execPath, ['--import', 'tsx', 'apps/server/src/cli.ts', ...args], {
    cwd: root,
    env: { ...inherited, LOG_LEVEL: 'fatal', ...env },
    encoding: 'utf8',
  });
}

/** A digest of every row of the tables a backup must bring back. */
async function fingerprint(db: Db, tables: string[]): Promise<Record<string, string>> {
  const result: Record<string, string> = {};
  for (const table of tables) {
    const [row] = await queryRows<{ digest: string | null; n: number }>(
      db,
      sql.raw(`select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as digest, count(*)::int as n
               from ${table} t`),
    );
    result[table] = `${row!.n}:${row!.digest}`;
  }
  return result;
}

describe('yici backup and yici restore', () => {
  it('bring a PostgreSQL database back to the moment of the backup (pg_dump / pg_restore)', async () => {
    const database = await copyTemplate();
    cleanups.push(database.drop);
    const tables = ['platform_meta', 'population', 'accounts', 'audit_entries', 'regions', 'catalog_items'];
    const file = path.join(work, 'yici.pgdump');
    const env = platformEnv({ databaseUrl: database.url });

    const before = await withDatabase(database.url, (db) => fingerprint(db, tables));
    yici(['backup', file], env);
    // Afterwards: rows changed, removed and added.
    await withDatabase(database.url, async (db) => {
      await db.execute(sql`update platform_meta set value = 'changed'`);
      await db.execute(
        sql`delete from population where id_number not in (select id_number from accounts where id_number is not null)`,
      );
      await db.execute(sql`insert into platform_meta (key, value, updated_at) values ('after-backup', 'x', now())`);
    });
    expect(await withDatabase(database.url, (db) => fingerprint(db, tables))).not.toEqual(before);

    expect(() => yici(['restore', file], env)).toThrow(); // asks for --yes first
    yici(['restore', file, '--yes'], env);
    expect(await withDatabase(database.url, (db) => fingerprint(db, tables))).toEqual(before);
    expect(yici(['audit', 'verify'], env)).toContain('intact');
  });

  it('bring an embedded PGlite database back, keeping the replaced data directory aside', async () => {
    const dataDir = path.join(work, 'runtime');
    const pgliteDir = path.join(dataDir, 'pglite');
    const env = { YICI_DATA_DIR: dataDir };
    const tables = ['platform_meta', 'calendar_overrides'];
    const open = () => openDatabase({ kind: 'pglite', dataDir: pgliteDir });

    const first = await open();
    await first.migrate();
    await first.db.execute(
      sql`insert into platform_meta (key, value, updated_at) values ('before-backup', '一次', now())`,
    );
    const before = await fingerprint(first.db, tables);
    await first.close();

    const file = path.join(work, 'yici-pglite.tar.gz');
    yici(['backup', file], env);
    const changed = await open();
    await changed.db.execute(sql`delete from platform_meta`);
    await changed.db.execute(
      sql`insert into platform_meta (key, value, updated_at) values ('after-backup', 'x', now())`,
    );
    await changed.close();

    // A PostgreSQL dump does not restore into PGlite, and nothing changes when it is refused.
    const pgDump = path.join(work, 'other.pgdump');
    writeFileSync(pgDump, 'PGDMP\u0001\u000e');
    expect(() => yici(['restore', pgDump, '--yes'], env)).toThrow();
    expect(readdirSync(dataDir).filter((name) => name.startsWith('pglite.before-restore'))).toEqual([]);

    yici(['restore', file, '--yes'], env);
    const restored = await open();
    try {
      expect(await fingerprint(restored.db, tables)).toEqual(before);
    } finally {
      await restored.close();
    }
    const kept = readdirSync(dataDir).filter((name) => name.startsWith('pglite.before-restore'));
    expect(kept).toHaveLength(1);
    expect(existsSync(path.join(dataDir, kept[0]!, 'PG_VERSION'))).toBe(true);
  });
});
