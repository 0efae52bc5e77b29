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
 * Each grown table's ratio is to a small database of the same run: the seeded platform with
 * BENCH_LISTS_SMALL (20,000) generated cases of 2018, grown the same way in a database of its own
 * and dropped after. On the seeded database the measured scopes hold no case, so its pages are
 * empty and its searches find nothing: it is printed, but a full page's rows, clocks and count are
 * not what history adds. The small database's pages are full, so the ratio is what size costs.
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
const base = `http://127.0.0.1:${port}`;
const YEAR = '&from=2018-01-01&to=2018-12-31';
const clock = fixedClock(new Date('2026-11-27T02:00:00Z'));

type Row = { request: string; p50: number; p95: number };

async function get(path: string, session?: TestSession): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(base + path, { headers: session?.headers ?? {} });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/** The cursor 50 pages into a list (or as deep as it goes). */
async function deepCursor(path: string, session: TestSession): Promise<string | null> {
  let cursor: string | null = null;
  for (let i = 0; i < 50; i++) {
    const page = await get(`${path}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`, session);
    if (page.status !== 200) throw new Error(`${path}: ${page.status} ${JSON.stringify(page.body)}`);
    if (!page.body.next) break;
    cursor = page.body.next as string;
  }
  return cursor;
}

async function time(path: string, session?: TestSession): Promise<{ p50: number; p95: number }> {
  const times: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const started = performance.now();
    const response = await get(path, session);
    times.push(performance.now() - started);
    if (response.status !== 200) throw new Error(`${path}: ${response.status} ${JSON.stringify(response.body)}`);
  }
  const round = (n: number) => Math.round(n * 10) / 10;
  return { p50: round(percentile(times, 50)), p95: round(percentile(times, 95)) };
}

async function measure(staff: {
  clerk: TestSession;
  approver: TestSession;
  city: TestSession;
  province: TestSession;
  admin: TestSession;
}) {
  const rows: Row[] = [];
  const add = async (request: string, path: string, session?: TestSession) =>
    rows.push({ request, ...(await time(path, session)) });
  await add('GET /api/health (baseline)', '/api/health');
  await add('cases: action, first page (历下区 clerk)', '/api/cases?limit=20', staff.clerk);
  await add('cases: history 2018, first page (clerk)', `/api/cases?view=history${YEAR}&limit=20`, staff.clerk);
  const deep = await deepCursor(`/api/cases?view=history${YEAR}&limit=20`, staff.clerk);
  if (deep)
    await add(
      'cases: history 2018, page 50 (clerk)',
      `/api/cases?view=history${YEAR}&limit=20&cursor=${encodeURIComponent(deep)}`,
      staff.clerk,
    );
  await add('cases: history 2018, first page (济南 city)', `/api/cases?view=history${YEAR}&limit=20`, staff.city);
  const cityDeep = await deepCursor(`/api/cases?view=history${YEAR}&limit=20`, staff.city);
  if (cityDeep)
    await add(
      'cases: history 2018, page 50 (济南 city)',
      `/api/cases?view=history${YEAR}&limit=20&cursor=${encodeURIComponent(cityDeep)}`,
      staff.city,
    );
  await add('search: 济南 (name/title bigrams, clerk)', `/api/cases?q=${encodeURIComponent('济南')}`, staff.clerk);
  await add('search: 济南 (name/title bigrams, city)', `/api/cases?q=${encodeURIComponent('济南')}`, staff.city);
  await add('search: 张伟 (name bigram, city)', `/api/cases?q=${encodeURIComponent('张伟')}`, staff.city);
  await add('search: 济南 (province supervisor)', `/api/cases?q=${encodeURIComponent('济南')}`, staff.province);
  await add('search: 张伟 (province supervisor)', `/api/cases?q=${encodeURIComponent('张伟')}`, staff.province);
  await add('search: ID number prefix 370102199 (city)', '/api/cases?q=370102199', staff.city);
  const number = (await get(`/api/cases?view=history${YEAR}&limit=1`, staff.city)).body.items as {
    caseNumber: string | null;
  }[];
  const prefix = number[0]?.caseNumber?.slice(0, 20);
  if (prefix) await add('search: case number prefix (city)', `/api/cases?q=${prefix}`, staff.city);
  await add('tasks: inbox, first page (approver)', '/api/tasks?limit=20', staff.approver);
  const tasksDeep = await deepCursor('/api/tasks?status=granted&limit=20', staff.approver);
  if (tasksDeep)
    await add(
      'tasks: granted, page 50 (approver)',
      `/api/tasks?status=granted&limit=20&cursor=${encodeURIComponent(tasksDeep)}`,
      staff.approver,
    );
  await add('audit: first page (administrator)', '/api/admin/audit/entries?limit=20', staff.admin);
  return rows;
}

/** bench:cases against this database (its own code, run as it is). */
function caseRates(): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'bench/cases.bench.ts'], {
      env: { ...process.env, BENCH_CASES_DATABASE: name, BENCH_SECONDS: process.env.BENCH_SECONDS ?? '5' },
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
  const url = databaseUrlOf(`${name}${process.env.BENCH_DATABASE_SUFFIX ?? ''}`);
  const server = await startServer({ databaseUrl: url, port });
  const database = await openDatabase({ kind: 'postgresql', url, poolSize: 4 });
  try {
    const [size] = await queryRows<{ n: number }>(database.db, sql`select count(*)::int as n from cases`);
    const rows = await measure(await staffSessions(database));
    await stop(server);
    const small = await smallBaseline();
    report(
      `\nstaff lists measured again on ${name} (${size!.n.toLocaleString('en')} cases): p50 / p95 in ms, ` +
        `beside a small database of ${smallCases.toLocaleString('en')} generated cases of this run\n`,
    );
    reportBeside(rows, small, 'small');
  } finally {
    await database.close();
    await stop(server);
  }
}

/**
 * The lists on a small database of this run: seeded, then grown by `smallCases` generated cases
 * of 2018 as the large one is (a database of its own, dropped after), so that its measured pages
 * are full as the grown ones are.
 */
async function smallBaseline(): Promise<Row[]> {
  if (smallCases <= 0) return [];
  const smallName = `${name}_small`;
  const smallUrl = await recreateDatabase(smallName);
  // Started once to migrate and seed it, stopped while it grows (as the large one is).
  await stop(await startServer({ databaseUrl: smallUrl, port }));
  const small = await openDatabase({ kind: 'postgresql', url: smallUrl, poolSize: 4 });
  let smallServer: ChildProcess | undefined;
  try {
    await dropSyntheticHistory(small);
    await grow(small, 2018, smallCases);
    smallServer = await startServer({ databaseUrl: smallUrl, port });
    return await measure(await staffSessions(small));
  } finally {
    await small.close();
    if (smallServer) await stop(smallServer);
    await dropDatabase(smallName);
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
  // The visibility map and the statistics, as autovacuum would leave them on a settled database:
  // index-only scans need the one, the planner the other.
  const vacuumed = performance.now();
  await on.db.execute(sql`vacuum analyze cases`);
  await on.db.execute(sql`vacuum analyze case_tasks`);
  await on.db.execute(sql`vacuum analyze deadline_clocks`);
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

/** A table of `rows` beside a baseline, with the ratio of their p95s. */
function reportBeside(rows: Row[], baseline: Row[], label: string): void {
  report(['request', `${label} p50`, `${label} p95`, 'p50', 'p95', 'p95 ratio'].join(' | '));
  for (const row of rows) {
    const before = baseline.find((r) => r.request === row.request);
    const ratio = before ? (row.p95 / Math.max(before.p95, 0.1)).toFixed(2) : '–';
    report([row.request, before?.p50 ?? '–', before?.p95 ?? '–', row.p50, row.p95, ratio].join(' | '));
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

// The baseline first, while the machine has nothing else of this run's in its caches.
const small = await smallBaseline();
const url = await recreateDatabase(name);
let server = await startServer({ databaseUrl: url, port });
const database = await openDatabase({ kind: 'postgresql', url, poolSize: 4 });
try {
  report('\nstaff lists on the seeded database');
  const empty = await measure(await staffSessions(database));
  for (const row of empty) report(`  ${row.request}: p50 ${row.p50} ms, p95 ${row.p95} ms`);
  report(`staff lists on a small database (${smallCases.toLocaleString('en')} generated cases of 2018)`);
  for (const row of small) report(`  ${row.request}: p50 ${row.p50} ms, p95 ${row.p95} ms`);
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
    const rows = await measure(await staffSessions(database));
    report(
      `\nstaff lists at ${total.toLocaleString('en')} generated cases: p50 / p95 in ms, ${repeats} requests each, ` +
        `one at a time (in scope: 历下区 ${inScope[0]!.clerk.toLocaleString('en')}, ` +
        `济南 ${inScope[0]!.city.toLocaleString('en')}); the ratio is to the small database\n`,
    );
    reportBeside(rows, small, 'small');
    if (withCases && (index === 0 || index === steps.length - 1))
      server = await casesAlone(server, url, `${total.toLocaleString('en')} generated cases`);
  }
} finally {
  await database.close();
  await stop(server);
  if (process.env.BENCH_LISTS_KEEP !== '1') await dropDatabase(name);
}

/** bench:cases with the lists' server stopped (it would fold the same events beside it), then the server again. */
async function casesAlone(running: ChildProcess, on: string, label: string): Promise<ChildProcess> {
  await stop(running);
  report(`bench:cases on ${label}`);
  for (const line of ratesOf(await caseRates())) report(`  ${line}`);
  return startServer({ databaseUrl: on, port });
}
