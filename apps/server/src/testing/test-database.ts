import { randomBytes } from 'node:crypto';
import type { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { fixedClock } from '../platform/clock';
import { openDatabase, type Database } from '../platform/db/database';
import { seedReferenceData } from '../seed/seed';
import { auditSignerOf } from '../platform/audit/audit.signing';

/** A fixed audit signing key for tests (any valid SM2 private key). */
export const TEST_AUDIT_SIGNING_KEY = '3945208f7b2144b13f36e38ac6d39f95889393692860b51a42fb81ef4df7c5b8';
export const TEST_AUDIT_SIGNER = auditSignerOf(TEST_AUDIT_SIGNING_KEY);
/** The master key wrapping test seals' private keys (tests only). */
export const TEST_SEAL_MASTER_KEY = Buffer.from('00112233445566778899aabbccddeeff', 'hex');

export const DEFAULT_TEST_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/test';

export type TestDatabase = Database & { drop(): Promise<void> };

/** The database kind a `*.db.test.ts` file runs on, chosen by its vitest project. */
export function testDatabaseKind(): 'pglite' | 'postgresql' {
  const kind = process.env.YICI_TEST_DB ?? 'pglite';
  if (kind !== 'pglite' && kind !== 'postgresql') throw new Error(`YICI_TEST_DB=${kind}`);
  return kind;
}

/**
 * A migrated database with the core reference data: in-memory PGlite, or a schema of its own on
 * the test PostgreSQL server so that parallel files never see each other's rows.
 */
export async function openTestDatabase(options: { seed?: boolean } = {}): Promise<TestDatabase> {
  const kind = testDatabaseKind();
  let database: Database;
  let drop = async () => {};
  if (kind === 'pglite') {
    database = await openDatabase({ kind: 'pglite', dataDir: null });
  } else {
    const url = process.env.TEST_DATABASE_URL ?? DEFAULT_TEST_DATABASE_URL;
    const schema = `t_${process.pid}_${randomBytes(4).toString('hex')}`;
    database = await openDatabase({ kind: 'postgresql', url, schema, poolSize: 4 });
    drop = async () => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query(`drop schema if exists "${schema}" cascade`);
      await client.end();
    };
  }
  await database.migrate();
  if (options.seed !== false) {
    await seedReferenceData(database.db, {
      clock: fixedClock(new Date('2026-11-27T02:00:00Z')),
      scope: 'core',
      sealMasterKey: TEST_SEAL_MASTER_KEY,
    });
  }
  return {
    ...database,
    drop: async () => {
      await database.close();
      await drop();
    },
  };
}

/**
 * A second test database holding what this one holds now: on PGlite its data directory is dumped
 * and loaded (seconds, where migrating and seeding again takes minutes on a busy machine); on
 * PostgreSQL null, and the caller prepares another as it did the first.
 */
export async function copyTestDatabase(source: TestDatabase): Promise<TestDatabase | null> {
  if (source.kind !== 'pglite') return null;
  // drizzle keeps the PGlite client it was built on.
  const client = (source.db as unknown as { $client?: PGlite }).$client;
  if (!client) return null;
  const database = await openDatabase({ kind: 'pglite', dataDir: null, loadDataDir: await client.dumpDataDir('none') });
  return { ...database, drop: () => database.close() };
}
