/**
 * A business-environment evaluation of a province-year on PostgreSQL: `npm run bench:evaluation`
 * writes 1 M synthetic cases of 2018 with the history generator (`-- --10m` for 10 M, the target
 * size: ≤ 60 s; BENCH_EVALUATION_CASES for any number; `-- --reuse` keeps the database of an
 * earlier run), then times the evaluation as `POST /api/evaluations` runs it, prints the main
 * steps of the measuring query's plan, and a baseline from the same run: one bare sequential
 * read of the cases and tasks tables (count(*)), the least any query over every case costs.
 */
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { createServices, historyPortsOf } from '../apps/server/src/platform';
import { systemContext } from '../apps/server/src/platform/actor';
import { fixedClock } from '../apps/server/src/platform/clock';
import { openDatabase, queryRows } from '../apps/server/src/platform/db/database';
import { seedReferenceData } from '../apps/server/src/seed/seed';
import { generateHistory } from '../apps/server/src/domains/simulation/history.generate';
import { describeHistory } from '../apps/server/src/domains/simulation/history.cli';
import { bundleMeasuresStatement } from '../apps/server/src/domains/cases/cases.measures';
import { defaultIndicatorSystem } from '../apps/server/src/domains/evaluation/evaluation.service';
import { TEST_AUDIT_SIGNER } from '../apps/server/src/testing/test-database';
import { recreateDatabase } from './harness';

const NAME = 'yici_bench_evaluation';
const cases = Number(process.env.BENCH_EVALUATION_CASES ?? (process.argv.includes('--10m') ? 10_000_000 : 1_000_000));
const reuse = process.argv.includes('--reuse');
const clock = fixedClock(new Date('2026-11-27T02:00:00Z'));
const sealMasterKey = Buffer.from('00112233445566778899aabbccddeeff', 'hex');
const adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

async function urlOf(): Promise<string> {
  if (!reuse) return recreateDatabase(NAME);
  const url = new URL(adminUrl);
  url.pathname = `/${NAME}`;
  return url.toString();
}

const url = await urlOf();
const database = await openDatabase({ kind: 'postgresql', url, poolSize: 4 });
const timed = async <T>(what: () => Promise<T>): Promise<[T, number]> => {
  const started = performance.now();
  const value = await what();
  return [value, (performance.now() - started) / 1000];
};
try {
  await database.migrate();
  if (!reuse) {
    await seedReferenceData(database.db, { clock, scope: 'core', sealMasterKey });
    console.log(`\nwriting ${cases.toLocaleString('en')} synthetic cases of 2018 …`);
    const result = await generateHistory(database, await historyPortsOf(database, clock), clock, {
      year: 2018,
      cases,
      seed: 42,
    });
    for (const line of describeHistory(result)) console.log(`  ${line}`);
  }
  await database.db.execute(sql`analyze cases`);
  await database.db.execute(sql`analyze case_tasks`);
  const [[counts]] = await Promise.all([
    queryRows<{ cases: number; tasks: number }>(
      database.db,
      sql`select (select count(*) from cases)::int as cases, (select count(*) from case_tasks)::int as tasks`,
    ),
  ]);

  // Baseline: one bare read of both tables.
  const [, baseline] = await timed(() =>
    queryRows(database.db, sql`select (select count(*) from cases), (select count(*) from case_tasks)`),
  );

  const services = createServices({
    database,
    clock,
    sealMasterKey,
    publicUrl: 'http://bench.test',
    audit: { signer: TEST_AUDIT_SIGNER },
  });
  const [evaluation, seconds] = await timed(() =>
    services.evaluation.run(
      systemContext('bench'),
      { year: 2018 },
      {
        onProgress: (p) => process.stderr.write(`\r  ${p.step}            `),
      },
    ),
  );
  process.stderr.write('\n');
  const [, pdfSeconds] = await timed(() => services.evaluation.pdf(evaluation.id));

  // The plan of the measuring statement, its main steps.
  const system = defaultIndicatorSystem();
  const bundleIds = [...new Set(system.indicators.flatMap((i) => (i.measure ? [i.measure.bundleId] : [])))];
  const [plan] = await queryRows<{ 'QUERY PLAN': unknown }>(
    database.db,
    sql`explain (analyze, buffers, format json) ${bundleMeasuresStatement({
      bundleIds,
      from: '2018-01-01',
      to: '2018-12-31',
      workdays: { base: '2017-12-31', cumulative: Array.from({ length: 1100 }, (_, i) => i) },
    })}`,
  );
  type Node = {
    'Node Type': string;
    'Relation Name'?: string;
    'Actual Total Time': number;
    'Actual Rows': number;
    Plans?: Node[];
  };
  const root = (plan!['QUERY PLAN'] as { Plan: Node }[])[0]!.Plan;
  console.log('\nmain steps of the measuring query (EXPLAIN ANALYZE):');
  const walk = (node: Node, depth: number) => {
    if (depth > 12) return;
    console.log(
      `  ${'  '.repeat(depth)}${node['Node Type']}${node['Relation Name'] ? ` on ${node['Relation Name']}` : ''}  ${node['Actual Rows'].toLocaleString('en')} rows  ${(node['Actual Total Time'] / 1000).toFixed(2)} s`,
    );
    for (const child of node.Plans ?? []) walk(child, depth + 1);
  };
  walk(root, 0);

  console.log(
    `\nevaluation of 2018: ${evaluation.cities.length} cities, ${evaluation.casesMeasured.toLocaleString('en')} cases measured`,
  );
  console.log(`tables: ${counts!.cases.toLocaleString('en')} cases, ${counts!.tasks.toLocaleString('en')} tasks\n`);
  console.log('| measure | seconds | × baseline |');
  console.log('| --- | --- | --- |');
  console.log(`| bare count(*) of cases and tasks (baseline) | ${baseline.toFixed(2)} | 1.00 |`);
  console.log(
    `| evaluation (measure, score, rank, store) | ${seconds.toFixed(2)} | ${(seconds / baseline).toFixed(2)} |`,
  );
  console.log(`| sealed PDF report | ${pdfSeconds.toFixed(2)} | ${(pdfSeconds / baseline).toFixed(2)} |`);
  const per10m = (seconds * 10_000_000) / counts!.cases;
  console.log(`\nscaled linearly to 10 M cases: ~${per10m.toFixed(0)} s (target ≤ 60 s)`);
} finally {
  await database.close();
  if (!process.argv.includes('--keep') && !reuse) {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    await client.query(`drop database if exists ${NAME} with (force)`);
    await client.end();
  }
}
