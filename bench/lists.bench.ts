/**
 * Staff lists and search at province scale, on PostgreSQL: p50/p95 of each staff list's first
 * page, a deep page (50 pages in, by cursor) and the main searches, on the freshly seeded
 * database and again after growing it with the bulk history generator, beside `/api/health` of
 * the same run. Then the submission and lifecycle rates of `bench:cases` on both.
 *
 *   npm run bench:lists                 (1 M cases; BENCH_LISTS_CASES for any number, -- --10m for 10 M)
 *   npm run bench:lists -- --no-cases   (lists only, without bench:cases)
 *   npm run bench:lists -- --again      (the lists once more on a kept database, not grown again)
 *
 * The database grows in steps (BENCH_LISTS_STEPS, cumulative case counts; by default 1 M, and
 * 1, 2, 4, 7 and 10 M with --10m), each step a year of its own from 2018 on, and every step is
 * measured and printed as soon as it is reached, so a long run that is stopped still tells the
 * figures at the size it got to (BENCH_LISTS_OUT appends each step's table to a file). bench:cases
 * runs on the seeded database and after the first and the last step, with the lists' server
 * stopped (it would fold the same events beside it). BENCH_LISTS_DATABASE names the database
 * (dropped at the end unless BENCH_LISTS_KEEP=1); while the file BENCH_LISTS_HOLD exists, the
 * benchmark waits before measuring a step (to read plans on the grown database).
 *
 * Each table gives two ratios, each to a baseline database of the same run (each a database of its
 * own, dropped after). "empty" is the seeded platform: the measured scopes hold no case, so its
 * pages are empty and its searches find nothing, and a ratio to it is what a full page costs as
 * much as what history adds. "small" is the seeded platform with BENCH_LISTS_SMALL (20,000)
 * generated cases of 2018, grown the same way, with one bench:cases run's submissions awaiting
 * acceptance in the clerk's action list as the large one has (unless --no-cases): its pages are
 * full, so a ratio to it is what size costs. All three servers run during a measurement and each
 * request is timed on them in turn (BENCH_LISTS_REPEATS times each, 60), so that the machine's
 * drifting load slows them alike.
 *
 * The generator's rows are synthetic: statistics only, left out of every list by the partial
 * indexes. To measure lists that hold them, the benchmark has the generator write them as ordinary
 * rows with their search terms (its `ordinary` option, which only a benchmark database may use):
 * written so at once, 10 M cases take their room once (about 6 GB a million with the list
 * indexes), where turning them ordinary afterwards wrote every row twice.
 */
import { spawn } from 'node:child_process';
import { appendFileSync, existsSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { openDatabase, queryRows, type Database } from '../apps/server/src/platform/db/database';
import { fixedClock } from '../apps/server/src/platform/clock';
import { historyPortsOf } from '../apps/server/src/platform';
import { generateHistory } from '../apps/server/src/domains/simulation/history.generate';
import { createTestSession, type TestSession } from '../apps/server/src/testing/test-actors';
import type { StaffRole } from '../apps/server/src/platform/actor';
import { databaseUrlOf, dropDatabase, percentile, recreateDatabase, startServer } from './harness';
import type { ChildProcess } from 'node:child_process';

const name = process.env.BENCH_LISTS_DATABASE ?? 'yici_bench_lists';
const ten = process.argv.includes('--10m');
const cases = Number(process.env.BENCH_LISTS_CASES ?? (ten ? 10_000_000 : 1_000_000));
const steps = (process.env.BENCH_LISTS_STEPS ?? (ten ? '1000000,2000000,4000000,7000000,10000000' : String(cases)))
  .split(',')
  .map(Number)
  .filter((n) => n > 0 && n <= cases);
if (!steps.includes(cases)) steps.push(cases);
const out = process.env.BENCH_LISTS_OUT;
const hold = process.env.BENCH_LISTS_HOLD;
const withCases = !process.argv.includes('--no-cases');
const repeats = Number(process.env.BENCH_LISTS_REPEATS ?? 60);
const smallCases = Number(process.env.BENCH_LISTS_SMALL ?? 20_000);
const port = Number(process.env.BENCH_LISTS_PORT ?? 3990 + Math.floor(Math.random() * 9));
const suffix = process.env.BENCH_DATABASE_SUFFIX ?? '';
const YEAR = '&from=2018-01-01&to=2018-12-31';
const clock = fixedClock(new Date('2026-11-27T02:00:00Z'));

type Row = { request: string; p50: number; p95: number };
type Staff = Awaited<ReturnType<typeof staffSessions>>;
/** A running server of one database, and the staff signed in to measure it. */
type Target = { base: string; staff: Staff };
type Call = { path: string; session?: TestSession };

async function get(base: string, call: Call): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(base + call.path, { headers: call.session?.headers ?? {} });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/** The cursor 50 pages into a list (or as deep as it goes). */
async function deepCursor(base: string, path: string, session: TestSession): Promise<string | null> {
  let cursor: string | null = null;
  for (let i = 0; i < 50; i++) {
    const page = await get(base, { path: `${path}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`, session });
    if (page.status !== 200) throw new Error(`${path}: ${page.status} ${JSON.stringify(page.body)}`);
    if (!page.body.next) break;
    cursor = page.body.next as string;
  }
  return cursor;
}

/** A list's page 50 on a target, or null where the list has no second page. */
async function pageFifty(target: Target, path: string, session: TestSession): Promise<Call | null> {
  const deep = await deepCursor(target.base, path, session);
  return deep ? { path: `${path}&cursor=${encodeURIComponent(deep)}`, session } : null;
}

/** Each measured request: its call on a target (null where that target has no such page). */
const requests: { request: string; on: (t: Target) => Promise<Call | null> | Call | null }[] = [
  { request: 'GET /api/health (baseline)', on: () => ({ path: '/api/health' }) },
  {
    request: 'cases: action, first page (历下区 clerk)',
    on: (t) => ({ path: '/api/cases?limit=20', session: t.staff.clerk }),
  },
  {
    request: 'cases: history 2018, first page (clerk)',
    on: (t) => ({ path: `/api/cases?view=history${YEAR}&limit=20`, session: t.staff.clerk }),
  },
  {
    request: 'cases: history 2018, page 50 (clerk)',
    on: (t) => pageFifty(t, `/api/cases?view=history${YEAR}&limit=20`, t.staff.clerk),
  },
  {
    request: 'cases: history 2018, first page (济南 city)',
    on: (t) => ({ path: `/api/cases?view=history${YEAR}&limit=20`, session: t.staff.city }),
  },
  {
    request: 'cases: history 2018, page 50 (济南 city)',
    on: (t) => pageFifty(t, `/api/cases?view=history${YEAR}&limit=20`, t.staff.city),
  },
  { request: 'search: 济南 (name/title bigrams, clerk)', on: (t) => search('济南', t.staff.clerk) },
  { request: 'search: 济南 (name/title bigrams, city)', on: (t) => search('济南', t.staff.city) },
  { request: 'search: 张伟 (name bigram, city)', on: (t) => search('张伟', t.staff.city) },
  { request: 'search: 济南 (province supervisor)', on: (t) => search('济南', t.staff.province) },
  { request: 'search: 张伟 (province supervisor)', on: (t) => search('张伟', t.staff.province) },
  { request: 'search: ID number prefix 370102199 (city)', on: (t) => search('370102199', t.staff.city) },
  {
    request: 'search: case number prefix (city)',
    on: async (t) => {
      // The first 20 characters of the newest case number of 2018 in the city's history.
      const first = await get(t.base, { path: `/api/cases?view=history${YEAR}&limit=1`, session: t.staff.city });
      const prefix = (first.body.items as { caseNumber: string | null }[])[0]?.caseNumber?.slice(0, 20);
      return prefix ? search(prefix, t.staff.city) : null;
    },
  },
  {
    request: 'tasks: inbox, first page (approver)',
    on: (t) => ({ path: '/api/tasks?limit=20', session: t.staff.approver }),
  },
  {
    request: 'tasks: granted, page 50 (approver)',
    on: (t) => pageFifty(t, '/api/tasks?status=granted&limit=20', t.staff.approver),
  },
  {
    request: 'audit: first page (administrator)',
    on: (t) => ({ path: '/api/admin/audit/entries?limit=20', session: t.staff.admin }),
  },
];

function search(term: string, session: TestSession): Call {
  return { path: `/api/cases?q=${encodeURIComponent(term)}`, session };
}

/**
 * Every request's p50 and p95 on each target, the targets' requests interleaved (one on each in
 * turn, the order reversed every other round): this machine's load drifts by minutes, and a
 * baseline timed minutes apart drifted with it — two runs' ratios once differed by 2×. Timed side
 * by side, a drift slows both alike.
 */
async function measure(targets: Target[]): Promise<Row[][]> {
  const rows: Row[][] = targets.map(() => []);
  const round = (n: number) => Math.round(n * 10) / 10;
  for (const { request, on } of requests) {
    const calls: (Call | null)[] = [];
    for (const target of targets) calls.push(await on(target));
    const times: number[][] = targets.map(() => []);
    for (let i = 0; i < repeats; i++) {
      const order = targets.map((_, k) => k);
      if (i % 2) order.reverse();
      for (const k of order) {
        const call = calls[k];
        if (!call) continue;
        const started = performance.now();
        const response = await get(targets[k]!.base, call);
        times[k]!.push(performance.now() - started);
        if (response.status !== 200)
          throw new Error(`${call.path}: ${response.status} ${JSON.stringify(response.body)}`);
      }
    }
    for (const [k, taken] of times.entries())
      if (taken.length)
        rows[k]!.push({ request, p50: round(percentile(taken, 50)), p95: round(percentile(taken, 95)) });
  }
  return rows;
}

/** bench:cases against a database of this run (its own code, run as it is). */
function caseRates(database: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'bench/cases.bench.ts'], {
      env: {
        ...process.env,
        BENCH_CASES_DATABASE: `${database}${suffix}`,
        BENCH_SECONDS: process.env.BENCH_SECONDS ?? '5',
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`bench:cases exited ${code}`))));
  });
}

/** The lines of bench:cases's output that give the two rates. */
function ratesOf(output: string): string[] {
  return output.split('\n').filter((line) => /submit|lifecycle/i.test(line) && /\d/.test(line));
}

/** Prints a line and, with BENCH_LISTS_OUT, appends it to that file. */
function report(line: string): void {
  console.log(line);
  if (out) appendFileSync(out, line + '\n');
}

/**
 * The measuring staff, signed in afresh before each measurement: growing a step takes longer
 * than a session's 30 idle minutes.
 */
async function staffSessions(on: Database) {
  const now = new Date();
  const session = (roles: StaffRole[], regionCode: string) =>
    createTestSession(on.db, { kind: 'staff', roles, regionCode }, now);
  return {
    clerk: await session(['window_clerk'], '370102'),
    approver: await session(['reviewer', 'approver'], '370102'),
    city: await session(['supervisor'], '3701'),
    province: await session(['supervisor'], '37'),
    admin: await session(['administrator'], '37'),
  };
}

/**
 * `-- --again`: the lists measured once more on a database a run kept (BENCH_LISTS_KEEP=1), after a
 * change to the code or its migrations, without growing it again (10 M cases take an hour).
 */
async function measureAgain(): Promise<void> {
  const url = databaseUrlOf(`${name}${suffix}`);
  const database = await openDatabase({ kind: 'postgresql', url, poolSize: 4 });
  let baselines: Baseline[] = [];
  let server: ChildProcess | undefined;
  try {
    const [size] = await queryRows<{ n: number }>(database.db, sql`select count(*)::int as n from cases`);
    // Settled as the baselines are: the last bench:cases run on it came after its vacuum.
    await settle(database);
    // Built before the large database's server starts, as in a growing run.
    baselines = await buildBaselines();
    server = await startServer({ databaseUrl: url, port });
    const measured = await measureBeside(database, baselines);
    report(
      `\nstaff lists measured again on ${name} (${size!.n.toLocaleString('en')} cases): p50 / p95 in ms, ` +
        `${repeats} requests each, side by side with ${baselinesNamed(baselines)}\n`,
    );
    reportBeside(measured);
  } finally {
    await database.close();
    if (server) await stop(server);
    await dropBaselines(baselines);
  }
}

/**
 * A database measured beside the large one: "empty", the seeded platform with no case (the
 * issue's baseline), and "small" (see buildBaselines).
 */
type Baseline = { label: 'empty' | 'small'; name: string; url: string; port: number; database: Database };

/**
 * The baselines of this run, each a database of its own, dropped at the end. The empty one is
 * the platform as seeded. The small one is seeded, then grown by `smallCases` generated cases of
 * 2018 as the large one is, so that its measured pages are full as the grown ones are (none with
 * BENCH_LISTS_SMALL=0).
 */
async function buildBaselines(): Promise<Baseline[]> {
  const built: Baseline[] = [];
  try {
    for (const [label, at] of [
      ['empty', 200],
      ['small', 100],
    ] as const) {
      if (label === 'small' && smallCases <= 0) continue;
      const baselineName = `${name}_${label}`;
      const url = await recreateDatabase(baselineName);
      let database: Database;
      try {
        // Started once to migrate and seed it, stopped while it grows (as the large one is).
        await stop(await startServer({ databaseUrl: url, port: port + at }));
        database = await openDatabase({ kind: 'postgresql', url, poolSize: 4 });
      } catch (failure) {
        // Not yet among the built ones, which the cleanup below walks.
        await dropDatabase(baselineName);
        throw failure;
      }
      built.push({ label, name: baselineName, url, port: port + at, database });
      if (label === 'empty') continue;
      await dropSyntheticHistory(database);
      await grow(database, 2018, smallCases);
      // The clerk's action list is bench:cases's own submissions, which await acceptance in 历下区:
      // the large database holds those of each run on it. Without a run here, the small database's
      // action list was an empty page beside a full one (a ratio of 3 that was the page, not size).
      if (withCases) {
        report(`bench:cases on the small database (${smallCases.toLocaleString('en')} generated cases)`);
        for (const line of ratesOf(await caseRates(baselineName))) report(`  ${line}`);
        // Settled after it as the large database is after growing: unsettled, its word searches
        // were slower than the large one's (张伟 over the city 33 ms at p50 against 15).
        await settle(database);
      }
    }
    return built;
  } catch (failure) {
    await dropBaselines(built);
    throw failure;
  }
}

async function dropBaselines(baselines: Baseline[]): Promise<void> {
  for (const baseline of baselines) {
    await baseline.database.close();
    await dropDatabase(baseline.name);
  }
}

function baselinesNamed(baselines: Baseline[]): string {
  return baselines
    .map((b) =>
      b.label === 'empty'
        ? 'an empty (seeded) database'
        : `a small database of ${smallCases.toLocaleString('en')} generated cases`,
    )
    .join(' and ');
}

type Measured = { rows: Row[]; beside: { label: string; rows: Row[] }[] };

/**
 * The lists on the large database's running server and, side by side, on each baseline (its
 * server started afresh for this, as the large one is for each step, and stopped after).
 */
async function measureBeside(large: Database, baselines: Baseline[]): Promise<Measured> {
  const servers: ChildProcess[] = [];
  try {
    const targets: Target[] = [{ base: `http://127.0.0.1:${port}`, staff: await staffSessions(large) }];
    for (const baseline of baselines) {
      servers.push(await startServer({ databaseUrl: baseline.url, port: baseline.port }));
      targets.push({ base: `http://127.0.0.1:${baseline.port}`, staff: await staffSessions(baseline.database) });
    }
    const [rows, ...beside] = await measure(targets);
    return { rows: rows!, beside: baselines.map((b, k) => ({ label: b.label, rows: beside[k]! })) };
  } finally {
    for (const server of servers) await stop(server);
  }
}

/**
 * The first start's own synthetic history would collide with the generated case numbers once both
 * are ordinary: it goes before a database is grown.
 */
async function dropSyntheticHistory(on: Database): Promise<void> {
  for (const table of ['cases', 'case_tasks', 'deadline_clocks'])
    await on.db.execute(sql.raw(`delete from ${table} where synthetic`));
}

/** Grows a database by `count` generated cases of `year`, written as ordinary cases, then vacuums it. */
async function grow(
  on: Database,
  year: number,
  count: number,
): Promise<{ cases: number; seconds: number; vacuumSeconds: number; visible: string }> {
  const started = performance.now();
  const result = await generateHistory(on, await historyPortsOf(on, clock), clock, {
    year,
    cases: count,
    seed: 42,
    ordinary: true,
  });
  const seconds = Math.round((performance.now() - started) / 1000);
  const vacuumed = performance.now();
  await settle(on);
  // The share of the cases' pages the visibility map calls all-visible: a vacuum that ran while
  // a transaction held back the horizon leaves most unset, and index-only scans then read the heap.
  const [map] = await queryRows<{ visible: string }>(
    on.db,
    sql`select round(100.0 * relallvisible / greatest(relpages, 1), 1)::text as visible from pg_class where relname = 'cases'`,
  );
  return {
    cases: result.cases,
    seconds,
    vacuumSeconds: Math.round((performance.now() - vacuumed) / 1000),
    visible: map?.visible ?? '?',
  };
}

/**
 * The visibility map, the statistics and the search index's pending entries, as autovacuum would
 * leave them on a settled database: index-only scans need the first, the planner the second, and
 * every word search reads the third (a `bench:cases` run leaves about 6,000 of them).
 */
async function settle(on: Database): Promise<void> {
  await on.db.execute(sql`vacuum analyze cases`);
  await on.db.execute(sql`vacuum analyze case_tasks`);
  await on.db.execute(sql`vacuum analyze deadline_clocks`);
}

/** A table of the large database's rows beside each baseline's, with the ratios of their p95s. */
function reportBeside({ rows, beside }: Measured): void {
  report(
    [
      'request',
      ...beside.flatMap((b) => [`${b.label} p50`, `${b.label} p95`]),
      'p50',
      'p95',
      ...beside.map((b) => `p95 / ${b.label}`),
    ].join(' | '),
  );
  for (const row of rows) {
    const found = beside.map((b) => b.rows.find((r) => r.request === row.request));
    report(
      [
        row.request,
        ...found.flatMap((r) => [r?.p50 ?? '–', r?.p95 ?? '–']),
        row.p50,
        row.p95,
        ...found.map((r) => (r ? (row.p95 / Math.max(r.p95, 0.1)).toFixed(2) : '–')),
      ].join(' | '),
    );
  }
}

async function stop(server: ChildProcess): Promise<void> {
  server.kill('SIGTERM');
  if (server.exitCode === null && server.signalCode === null) await new Promise((r) => server.once('exit', r));
}

if (process.argv.includes('--again')) {
  await measureAgain();
  process.exit(0);
}

// The baselines first, while the machine has nothing else of this run's in its caches.
const baselines = await buildBaselines();
let server: ChildProcess | undefined;
let database: Database | undefined;
try {
  const url = await recreateDatabase(name);
  server = await startServer({ databaseUrl: url, port });
  database = await openDatabase({ kind: 'postgresql', url, poolSize: 4 });
  const seeded = await measureBeside(database, baselines);
  // The large database is still as seeded, the empty baseline's twin: their ratio is this
  // machine's noise between two servers of the same data, the yardstick for the grown ratios.
  report(
    `\nstaff lists on the seeded database, side by side with ${baselinesNamed(baselines)} ` +
      `(the seeded and the empty one are the same data: their ratio is the noise): p50 / p95 in ms\n`,
  );
  reportBeside(seeded);
  if (withCases) server = await casesAlone(server, url, 'the seeded database');

  await dropSyntheticHistory(database);
  let total = 0;
  for (const [index, target] of steps.entries()) {
    const year = 2018 + index;
    report(
      `\ngrowing the database by ${(target - total).toLocaleString('en')} cases of ${year} (yici history generate)`,
    );
    // The server is stopped while the database grows. With it running beside the vacuum, 90 % of
    // the cases' pages were once left out of the visibility map (a transaction open meanwhile
    // holds back the horizon; vacuuming again with nothing running set them all), and a
    // case-number search at 10 M cases read 28,400 rows from the heap: 313 ms against 17.
    await stop(server);
    const grown = await grow(database, year, target - total);
    total += grown.cases;
    report(`  generated in ${grown.seconds} s`);
    report(`  vacuumed and analysed in ${grown.vacuumSeconds} s (cases' pages all-visible: ${grown.visible} %)`);
    const inScope = await queryRows<{ clerk: number; city: number }>(
      database.db,
      sql`select count(*) filter (where region_code like '370102%')::int as clerk,
                 count(*) filter (where region_code like '3701%')::int as city from cases`,
    );
    while (hold && existsSync(hold)) await new Promise((r) => setTimeout(r, 5000));
    // A fresh server: nothing cached from the smaller database.
    server = await startServer({ databaseUrl: url, port });
    const measured = await measureBeside(database, baselines);
    report(
      `\nstaff lists at ${total.toLocaleString('en')} generated cases: p50 / p95 in ms, ${repeats} requests each, ` +
        `one at a time (in scope: 历下区 ${inScope[0]!.clerk.toLocaleString('en')}, ` +
        `济南 ${inScope[0]!.city.toLocaleString('en')}), side by side with ${baselinesNamed(baselines)}\n`,
    );
    reportBeside(measured);
    if (withCases && (index === 0 || index === steps.length - 1))
      server = await casesAlone(server, url, `${total.toLocaleString('en')} generated cases`);
  }
} finally {
  await database?.close();
  if (server) await stop(server);
  await dropBaselines(baselines);
  if (process.env.BENCH_LISTS_KEEP !== '1') await dropDatabase(name);
}

/** bench:cases with the lists' server stopped (it would fold the same events beside it), then the server again. */
async function casesAlone(running: ChildProcess, on: string, label: string): Promise<ChildProcess> {
  await stop(running);
  report(`bench:cases on ${label}`);
  for (const line of ratesOf(await caseRates(name))) report(`  ${line}`);
  return startServer({ databaseUrl: on, port });
}
