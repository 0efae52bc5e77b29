/**
 * Staff lists and search at province scale, on PostgreSQL: p50/p95 of each staff list's first
 * page, a deep page (50 pages in, by cursor) and the main searches, on the freshly seeded
 * database and again after growing it with the bulk history generator, beside `/api/health` of
 * the same run. Then the submission and lifecycle rates of `bench:cases` on both.
 *
 *   npm run bench:lists                 (1 M cases; BENCH_LISTS_CASES for any number, -- --10m for 10 M)
 *   npm run bench:lists -- --no-cases   (lists only, without bench:cases)
 *
 * The generator's rows are synthetic: statistics only, left out of every list by the partial
 * indexes. To measure lists that hold them, the benchmark turns them into ordinary rows after
 * generating them (`synthetic = false`, search terms filled in as migration 0011 does), which
 * only a benchmark database may do.
 */
import { spawn } from 'node:child_process';
import { sql } from 'drizzle-orm';
import { openDatabase, queryRows } from '../apps/server/src/platform/db/database';
import { fixedClock } from '../apps/server/src/platform/clock';
import { historyPortsOf } from '../apps/server/src/platform';
import { generateHistory } from '../apps/server/src/domains/simulation/history.generate';
import { createTestSession, type TestSession } from '../apps/server/src/testing/test-actors';
import { dropDatabase, percentile, recreateDatabase, startServer } from './harness';

const name = 'yici_bench_lists';
const cases = Number(process.env.BENCH_LISTS_CASES ?? (process.argv.includes('--10m') ? 10_000_000 : 1_000_000));
const withCases = !process.argv.includes('--no-cases');
const repeats = Number(process.env.BENCH_LISTS_REPEATS ?? 60);
const port = 3990 + Math.floor(Math.random() * 9);
const base = `http://127.0.0.1:${port}`;
const YEAR = '&from=2018-01-01&to=2018-12-31';

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

async function measure(staff: { clerk: TestSession; approver: TestSession; city: TestSession; admin: TestSession }) {
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
  await add('search: 张伟 (name bigram, city)', `/api/cases?q=${encodeURIComponent('张伟')}`, staff.city);
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

const url = await recreateDatabase(name);
let server = await startServer({ databaseUrl: url, port });
const database = await openDatabase({ kind: 'postgresql', url, poolSize: 4 });
try {
  const now = new Date();
  const staff = {
    clerk: await createTestSession(database.db, { kind: 'staff', roles: ['window_clerk'], regionCode: '370102' }, now),
    approver: await createTestSession(
      database.db,
      { kind: 'staff', roles: ['reviewer', 'approver'], regionCode: '370102' },
      now,
    ),
    city: await createTestSession(database.db, { kind: 'staff', roles: ['supervisor'], regionCode: '3701' }, now),
    admin: await createTestSession(database.db, { kind: 'staff', roles: ['administrator'], regionCode: '37' }, now),
  };
  console.log('\nstaff lists on the seeded database');
  const empty = await measure(staff);
  for (const row of empty) console.log(`  ${row.request}: p50 ${row.p50} ms, p95 ${row.p95} ms`);
  const emptyRates = withCases ? ratesOf(await caseRates()) : [];

  console.log(`\ngrowing the database by ${cases.toLocaleString('en')} cases of 2018 (yici history generate)`);
  const clock = fixedClock(new Date('2026-11-27T02:00:00Z'));
  // The first start's own synthetic history would collide with the generated case numbers once
  // both are made ordinary: it goes first.
  for (const table of ['cases', 'case_tasks', 'deadline_clocks'])
    await database.db.execute(sql.raw(`delete from ${table} where synthetic`));
  const started = performance.now();
  const result = await generateHistory(database, await historyPortsOf(database, clock), clock, {
    year: 2018,
    cases,
    seed: 42,
  });
  console.log(`  generated in ${Math.round((performance.now() - started) / 1000)} s`);
  // Ordinary rows from here on, so that the lists and their indexes hold them (benchmark only).
  const promoted = performance.now();
  await database.db.execute(sql`update deadline_clocks set synthetic = false where synthetic`);
  await database.db.execute(sql`update case_tasks set synthetic = false where synthetic`);
  await database.db.execute(sql`update cases set synthetic = false, search_terms = coalesce((
      select string_agg(distinct substr(txt, i, 2), ' ') from (select applicant_name || title as txt) s,
        generate_series(1, length(txt) - 1) as i), '') where synthetic`);
  await database.db.execute(sql`vacuum analyze cases`);
  await database.db.execute(sql`vacuum analyze case_tasks`);
  await database.db.execute(sql`vacuum analyze deadline_clocks`);
  console.log(`  made ordinary in ${Math.round((performance.now() - promoted) / 1000)} s`);
  const inScope = await queryRows<{ clerk: number; city: number }>(
    database.db,
    sql`select count(*) filter (where region_code like '370102%')::int as clerk,
               count(*) filter (where region_code like '3701%')::int as city from cases`,
  );
  // A fresh server: nothing cached from the empty database.
  server.kill('SIGTERM');
  await new Promise((r) => server.once('exit', r));
  server = await startServer({ databaseUrl: url, port });
  const grown = await measure(staff);
  const grownRates = withCases ? ratesOf(await caseRates()) : [];

  console.log(
    `\nstaff lists: p50 / p95 in ms, ${repeats} requests each, one at a time ` +
      `(${result.cases.toLocaleString('en')} cases generated; in scope: 历下区 ${inScope[0]!.clerk.toLocaleString('en')}, ` +
      `济南 ${inScope[0]!.city.toLocaleString('en')})\n`,
  );
  const header = ['request', 'seeded p50', 'seeded p95', 'grown p50', 'grown p95', 'p95 ratio'];
  console.log(header.join(' | '));
  for (const row of grown) {
    const before = empty.find((r) => r.request === row.request);
    const ratio = before ? (row.p95 / Math.max(before.p95, 0.1)).toFixed(2) : '–';
    console.log([row.request, before?.p50 ?? '–', before?.p95 ?? '–', row.p50, row.p95, ratio].join(' | '));
  }
  if (withCases) {
    console.log('\nbench:cases on the seeded database');
    for (const line of emptyRates) console.log(`  ${line}`);
    console.log(`bench:cases after ${result.cases.toLocaleString('en')} cases`);
    for (const line of grownRates) console.log(`  ${line}`);
  }
} finally {
  await database.close();
  server.kill('SIGTERM');
  if (server.exitCode === null) await new Promise((r) => server.once('exit', r));
  await dropDatabase(name);
}
