/**
 * The bulk history generator on PostgreSQL: `npm run bench:history` writes 1 M synthetic cases of
 * 2018 (`-- --10m` for 10 M; BENCH_HISTORY_CASES for any number) into a fresh database and prints
 * cases/s, the table sizes and bytes per case, beside a baseline of the same run: a plain COPY of
 * as many rows of the same width into a bare table (no indexes, no constraints), which is what the
 * server can ingest on this machine at best.
 */
import { openDatabase } from '../apps/server/src/platform/db/database';
import { inBulkTransaction } from '../apps/server/src/platform/db/bulk-copy';
import { fixedClock } from '../apps/server/src/platform/clock';
import { historyPortsOf } from '../apps/server/src/platform';
import { seedReferenceData } from '../apps/server/src/seed/seed';
import { generateHistory } from '../apps/server/src/domains/simulation/history.generate';
import { describeHistory } from '../apps/server/src/domains/simulation/history.cli';
import { recreateDatabase } from './harness';

const cases = Number(process.env.BENCH_HISTORY_CASES ?? (process.argv.includes('--10m') ? 10_000_000 : 1_000_000));
/** Connections the generator writes over (its default, 2, unless BENCH_HISTORY_STREAMS says). */
const streams = process.env.BENCH_HISTORY_STREAMS ? Number(process.env.BENCH_HISTORY_STREAMS) : undefined;
const clock = fixedClock(new Date('2026-11-27T02:00:00Z'));
const url = await recreateDatabase('yici_bench_history');
const database = await openDatabase({ kind: 'postgresql', url, poolSize: 4 });
try {
  await database.migrate();
  await seedReferenceData(database.db, {
    clock,
    scope: 'core',
    sealMasterKey: Buffer.from('00112233445566778899aabbccddeeff', 'hex'),
  });
  const ports = await historyPortsOf(database, clock);

  console.log(`\nbulk history: ${cases.toLocaleString('en')} cases of 2018 on PostgreSQL\n`);
  let lastShown = 0;
  const result = await generateHistory(database, ports, clock, {
    year: 2018,
    cases,
    seed: 42,
    streams,
    onProgress: (p) => {
      if (p.elapsedMs - lastShown < 10_000) return;
      lastShown = p.elapsedMs;
      console.log(
        `  ${p.day}  ${p.written.toLocaleString('en')}  ${Math.round(p.written / (p.elapsedMs / 1000))} cases/s`,
      );
    },
  });
  for (const line of describeHistory(result)) console.log(line);
  const rowsPerCase = (result.cases + result.tasks + result.clocks) / result.cases;

  // Baseline: the same number of rows, of the bytes a case's rows take, COPYed into a bare table.
  const width = Math.round(result.bytesPerCase / rowsPerCase);
  const rows = Math.round(cases * rowsPerCase);
  const baselineStarted = performance.now();
  await inBulkTransaction(database, async (session) => {
    await session.query('create table bench_bare (id text, payload text)');
    const payload = 'x'.repeat(Math.max(1, width - 40));
    for (let done = 0; done < rows;) {
      const n = Math.min(25_000, rows - done);
      let lines = '';
      for (let i = 0; i < n; i++) lines += `${done + i}\t${payload}\n`;
      await session.copy({ table: 'bench_bare', columns: ['id', 'payload'] }, lines);
      done += n;
    }
  });
  const baselineSeconds = (performance.now() - baselineStarted) / 1000;
  const baselineCases = cases / baselineSeconds;

  console.log('\n| measure | generator | bare COPY (baseline) | ratio |');
  console.log('| --- | --- | --- | --- |');
  console.log(
    `| cases/s | ${Math.round(result.casesPerSecond)} | ${Math.round(baselineCases)} | ${(result.casesPerSecond / baselineCases).toFixed(2)} |`,
  );
  console.log(
    `| rows/s | ${Math.round((result.cases + result.tasks + result.clocks) / result.seconds)} | ${Math.round(rows / baselineSeconds)} | |`,
  );
  console.log(`| seconds | ${result.seconds.toFixed(1)} | ${baselineSeconds.toFixed(1)} | |`);
  console.log(`\nrows per case ${rowsPerCase.toFixed(2)}, bytes per case ${Math.round(result.bytesPerCase)}`);
} finally {
  await database.close();
  await recreateDatabase('yici_bench_history').then(async () => {
    // Leave no large database behind: recreate empty, then drop.
    const pg = await import('pg');
    const client = new pg.default.Client({
      connectionString: process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
    });
    await client.connect();
    await client.query('drop database if exists yici_bench_history with (force)');
    await client.end();
  });
}
