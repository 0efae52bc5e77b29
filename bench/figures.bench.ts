/**
 * The figures' dashboard queries on PostgreSQL: `npm run bench:figures` fills a fresh database with
 * 1 M synthetic cases of 2018 (`-- --10m` for 10 M, the issue's target; BENCH_FIGURES_CASES for any
 * number) through the bulk generator, rebuilds the rollups, then prints p50/p95 of the dashboard
 * queries (province, city and county over the year and a quarter; the public headline) beside two
 * baselines of the same run: a bare `select 1` round trip, and the headline counted by a scan of
 * the cases table (what a dashboard without rollups would do). Last, the rollup lag: 1,000 cases
 * change, and the follower's pass that folds them is timed (the job runs every 5 s).
 * `-- --keep` leaves the database for EXPLAIN ANALYZE and a later run, which then reuses its cases
 * and rollups instead of generating them again (and skips the lag, which changes the data).
 */
import { sql } from 'drizzle-orm';
import { openDatabase, queryRows } from '../apps/server/src/platform/db/database';
import { fixedClock } from '../apps/server/src/platform/clock';
import { historyPortsOf } from '../apps/server/src/platform';
import { seedReferenceData } from '../apps/server/src/seed/seed';
import { generateHistory } from '../apps/server/src/domains/simulation/history.generate';
import { createNetworkService } from '../apps/server/src/domains/network/network.service';
import { createNetworkRepository } from '../apps/server/src/domains/network/network.repository';
import { createCatalogService } from '../apps/server/src/domains/catalog/catalog.service';
import { createCatalogRepository } from '../apps/server/src/domains/catalog/catalog.repository';
import { readSearchVocabulary } from '../apps/server/src/domains/catalog/catalog.vocabulary';
import { createCaseRollupSource } from '../apps/server/src/domains/cases/cases.rollup-source';
import { createRollups } from '../apps/server/src/domains/figures/figures.rollups';
import { createFiguresService } from '../apps/server/src/domains/figures/figures.service';
import { createMonitoringFiguresSource } from '../apps/server/src/domains/monitoring/monitoring.figures-source';
import { systemContext } from '../apps/server/src/platform/actor';
import { createListCursors } from '../apps/server/src/platform/db/keyset';
import { databaseUrlOf, recreateDatabase } from './harness';

const cases = Number(process.env.BENCH_FIGURES_CASES ?? (process.argv.includes('--10m') ? 10_000_000 : 1_000_000));
const runs = Number(process.env.BENCH_FIGURES_RUNS ?? 40);
const clock = fixedClock(new Date('2026-11-27T02:00:00Z'));
const NAME = 'yici_bench_figures';
const keep = process.argv.includes('--keep');
const reused = keep && (await existingCases(NAME)) === cases;
const url = reused ? databaseUrlOf(NAME) : await recreateDatabase(NAME);
const database = await openDatabase({ kind: 'postgresql', url, poolSize: 4 });

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
async function timed(run: () => Promise<unknown>, times = runs): Promise<{ p50: number; p95: number }> {
  await run(); // warm-up
  const ms: number[] = [];
  for (let i = 0; i < times; i++) {
    const started = performance.now();
    await run();
    ms.push(performance.now() - started);
  }
  ms.sort((a, b) => a - b);
  return { p50: quantile(ms, 0.5), p95: quantile(ms, 0.95) };
}

try {
  await database.migrate();
  console.log(`\nfigures: ${cases.toLocaleString('en')} synthetic cases of 2018 on PostgreSQL\n`);
  if (!reused) {
    await seedReferenceData(database.db, {
      clock,
      scope: 'core',
      sealMasterKey: Buffer.from('00112233445566778899aabbccddeeff', 'hex'),
    });
    const generated = await generateHistory(database, await historyPortsOf(database, clock), clock, {
      year: 2018,
      cases,
      seed: 42,
    });
    console.log(`generated in ${generated.seconds.toFixed(0)} s (${Math.round(generated.casesPerSecond)} cases/s)`);
    await database.db.execute(sql`analyze`);
  } else console.log('reusing the kept database of an earlier run');

  const network = createNetworkService({ repo: createNetworkRepository(database.db), clock });
  const catalog = createCatalogService({
    repo: createCatalogRepository(database.db),
    network,
    clock,
    vocabulary: readSearchVocabulary(),
  });
  const source = createCaseRollupSource(database.db);
  const halls = async () => ({});
  const rollups = createRollups({ db: database.db, clock, source, halls });
  const rebuildStarted = performance.now();
  if (!reused) await rollups.rebuild(null);
  const rebuildSeconds = (performance.now() - rebuildStarted) / 1000;
  await database.db.execute(sql`analyze`);
  const [size] = await queryRows<{ rollups: number; durations: number }>(
    database.db,
    sql`select (select count(*) from figures_rollups)::int as rollups, (select count(*) from figures_durations)::int as durations`,
  );
  console.log(
    `rollups rebuilt in ${rebuildSeconds.toFixed(1)} s: ${size!.rollups.toLocaleString('en')} rows, ${size!.durations.toLocaleString('en')} histogram rows\n`,
  );

  const figures = createFiguresService({
    db: database.db,
    clock,
    rollups,
    source,
    network,
    catalog,
    ratings: null,
    hotline: null,
    registries: { recordDataUse: async () => {} },
    // 电子监察's cards (none in a generated history: synthetic clocks are never carded, but the query runs).
    cards: createMonitoringFiguresSource({ db: database.db, clock, network }),
    halls,
    cursors: createListCursors(Buffer.alloc(32, 1)),
    exportRowLimit: 10_000,
  });
  const ctx = systemContext('bench');
  const rows: [string, { p50: number; p95: number }][] = [];
  rows.push(['baseline: select 1', await timed(() => database.db.execute(sql`select 1`))]);
  rows.push([
    'baseline: province year headline by scanning cases',
    await timed(
      () =>
        database.db.execute(sql`select channel, count(*), count(*) filter (where status = 'completed'),
          count(*) filter (where status = 'completed' and visits <= 1)
          from cases where received_on between '2018-01-01' and '2018-12-31' group by channel`),
      5,
    ),
  ]);
  const queries: [string, { area: string; from: string; to: string }][] = [
    ['province, 2018', { area: '37', from: '2018-01-01', to: '2018-12-31' }],
    ['province, 2018-03-15 … 2018-06-20', { area: '37', from: '2018-03-15', to: '2018-06-20' }],
    ['济南 (city), 2018', { area: '3701', from: '2018-01-01', to: '2018-12-31' }],
    ['历下区 (county), Q3 2018', { area: '370102', from: '2018-07-01', to: '2018-09-30' }],
  ];
  for (const [label, query] of queries)
    rows.push([`dashboard: ${label}`, await timed(() => figures.overview(ctx, query))]);
  rows.push([
    'public headline, 2018',
    await timed(() => figures.publicFigures(ctx, { from: '2018-01-01', to: '2018-12-31' })),
  ]);

  console.log('| query | p50 ms | p95 ms |');
  console.log('| --- | --- | --- |');
  for (const [label, t] of rows) console.log(`| ${label} | ${t.p50.toFixed(1)} | ${t.p95.toFixed(1)} |`);

  if (!reused) {
    // Lag: 1,000 cases turn real and change (a copy of synthetic rows with a timeline event each).
    await database.db.execute(sql`insert into cases select (jsonb_populate_record(null::cases,
        to_jsonb(c) || jsonb_build_object('id', 'bench-' || c.id, 'case_number', 'B' || c.case_number, 'synthetic', false))).*
      from cases c where c.synthetic limit 1000`);
    await database.db
      .execute(sql`insert into case_events (case_id, region_code, at, kind, actor_kind, actor_name, details)
      select id, region_code, now(), 'submitted', 'system', 'bench', '{}'::jsonb from cases where id like 'bench-%'`);
    const lagStarted = performance.now();
    let folded = 0;
    for (;;) {
      const pass = await rollups.fold();
      folded += pass.cases;
      if (!pass.more) break;
    }
    const foldMs = performance.now() - lagStarted;
    const lag = await rollups.lag();
    console.log(
      `\nrollup lag: ${folded} changed cases folded in ${foldMs.toFixed(0)} ms; events behind after: ${lag.eventsBehind}; ` +
        `with the 5 s job the figures are at most ${(5 + foldMs / 1000).toFixed(1)} s behind (target 60 s)`,
    );
  }
} finally {
  await database.close();
  if (!keep) await dropDatabase();
}

async function dropDatabase() {
  const pg = await import('pg');
  const client = new pg.default.Client({
    connectionString: process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
  });
  await client.connect();
  await client.query(`drop database if exists ${NAME} with (force)`);
  await client.end();
}

/** The synthetic cases of a kept database of an earlier run, or null when there is none. */
async function existingCases(name: string): Promise<number | null> {
  const pg = await import('pg');
  const client = new pg.default.Client({ connectionString: databaseUrlOf(name) });
  try {
    await client.connect();
    const { rows } = await client.query<{ n: string }>(
      'select count(*) as n from cases where synthetic and exists (select 1 from figures_rollups)',
    );
    return Number(rows[0]?.n ?? 0);
  } catch {
    return null;
  } finally {
    await client.end().catch(() => {});
  }
}
