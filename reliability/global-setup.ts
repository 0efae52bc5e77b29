import pg from 'pg';
import { openDatabase } from '../apps/server/src/platform/db/database';
import { seedReferenceData } from '../apps/server/src/seed/seed';
import { fixedClock } from '../apps/server/src/platform/clock';
import { TEST_SEAL_MASTER_KEY } from '../apps/server/src/testing/test-database';
import { adminUrl, databaseUrl } from './harness';

/**
 * One migrated and seeded PostgreSQL database per run, copied (CREATE DATABASE … TEMPLATE) by
 * every test that needs a fresh one: seeding takes seconds, a copy a fraction of one.
 */
export default async function setup() {
  const template = `yici_rel_template_${process.pid}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${template} with (force)`);
  await admin.query(`create database ${template}`);
  const database = await openDatabase({ kind: 'postgresql', url: databaseUrl(template), poolSize: 2 });
  await database.migrate();
  await seedReferenceData(database.db, {
    clock: fixedClock(new Date()),
    scope: 'core',
    sealMasterKey: TEST_SEAL_MASTER_KEY,
  });
  await database.close();
  process.env.YICI_RELIABILITY_TEMPLATE = template;
  return async () => {
    await admin.query(`drop database if exists ${template} with (force)`);
    await admin.end();
  };
}
