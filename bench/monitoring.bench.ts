/**
 * 电子监察 on PostgreSQL: `npm run bench:monitoring` fills 200,000 open working-day clocks with
 * COPY (`-- --1m` for 1,000,000; BENCH_MONITORING_CLOCKS for any number) into a fresh database and
 * times one monitoring pass over them: the first (every card and 督办 order raised from nothing),
 * a second the same day (nothing to change), a third after one clock changed (the pass most
 * minutes make), and one on the next working day. The baseline of the
 * same run is a bare `select count(*)` over the same open clocks. Target: a pass over 1 M ≤ 60 s.
 */
import { sql } from 'drizzle-orm';
import { openDatabase, queryRows } from '../apps/server/src/platform/db/database';
import { copyLine, inBulkTransaction } from '../apps/server/src/platform/db/bulk-copy';
import { fixedClock } from '../apps/server/src/platform/clock';
import { createCalendar } from '../apps/server/src/platform/calendar/calendar';
import { createCalendarRepository } from '../apps/server/src/platform/calendar/calendar.repository';
import { seedReferenceData } from '../apps/server/src/seed/seed';
import { createDeadlineService } from '../apps/server/src/domains/deadlines/deadlines.service';
import { createMonitoringPass } from '../apps/server/src/domains/monitoring/monitoring.pass';
import { activeStaff } from '../apps/server/src/domains/identity/identity.monitoring';
import { caseResponsibilityOf } from '../apps/server/src/domains/cases/cases.monitoring';
import { ticketClockKindOf, ticketResponsibilityOf } from '../apps/server/src/domains/hotline/hotline.monitoring';
import { rectificationResponsibilityOf } from '../apps/server/src/domains/ratings/ratings.monitoring';
import { milestoneResponsibilityOf } from '../apps/server/src/domains/ledger/ledger.monitoring';
import { dropDatabase, recreateDatabase } from './harness';

const NAME = 'yici_bench_monitoring';
const clocks = Number(process.env.BENCH_MONITORING_CLOCKS ?? (process.argv.includes('--1m') ? 1_000_000 : 200_000));
// Fri 2026-11-27, 10:00 in Shandong.
const clock = fixedClock(new Date('2026-11-27T02:00:00Z'));
const url = await recreateDatabase(NAME);
const database = await openDatabase({ kind: 'postgresql', url, poolSize: 4 });

/** A deterministic stream of draws (no Math.random: a run is repeatable). */
function draws(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

try {
  await database.migrate();
  await seedReferenceData(database.db, {
    clock,
    scope: 'core',
    sealMasterKey: Buffer.from('00112233445566778899aabbccddeeff', 'hex'),
  });
  const cal = createCalendar({ overrides: await createCalendarRepository(database.db).listOverrides() });
  const today = clock.today();
  const counties = (
    await queryRows<{ code: string }>(
      database.db,
      sql`select code from regions where length(code) = 6 and code like '37%' order by code`,
    )
  ).map((r) => r.code);

  // Working days around today: a clock based on day i with limit L is due on day i + L. Due days
  // spread from 5 working days ago to 55 ahead: about 8 % overdue and 3 % due within a day.
  const days: string[] = [];
  const start = new Date(Date.parse(`${today}T00:00:00Z`) - 120 * 86_400_000).toISOString().slice(0, 10);
  for (let d = cal.nextWorkday(start), i = 0; i < 200; i++, d = cal.nextWorkday(d)) days.push(d);
  const todayIndex = days.indexOf(cal.isWorkday(today) ? today : cal.nextWorkday(today));
  const draw = draws(42);
  const kinds = ['task', 'task', 'task', 'case', 'case', 'ticket', 'rectification'] as const;

  console.log(`\n电子监察: ${clocks.toLocaleString('en')} open clocks on PostgreSQL, today ${today}\n`);
  const filled = performance.now();
  await inBulkTransaction(database, async (session) => {
    const table = {
      table: 'deadline_clocks',
      columns: ['id', 'subject_type', 'subject_id', 'region_code', 'limit_days', 'base_on', 'due_on', 'updated_at'],
    };
    const at = clock.now().toISOString();
    for (let done = 0; done < clocks;) {
      const n = Math.min(50_000, clocks - done);
      let lines = '';
      for (let i = 0; i < n; i++) {
        const kind = kinds[Math.floor(draw() * kinds.length)]!;
        const limit = kind === 'ticket' ? 5 : 20;
        const due = todayIndex - 5 + Math.floor(draw() * 61);
        const subject = kind === 'ticket' ? `b${done + i}:reply:1` : `b${done + i}`;
        const region = counties[Math.floor(draw() * counties.length)]!;
        lines += copyLine([`${kind}:${subject}`, kind, subject, region, limit, days[due - limit]!, days[due]!, at]);
      }
      await session.copy(table, lines);
      done += n;
    }
  });
  await database.db.execute(sql`analyze deadline_clocks`);
  console.log(`filled with COPY in ${((performance.now() - filled) / 1000).toFixed(1)} s`);

  const baselineStarted = performance.now();
  const [{ n }] = (await queryRows<{ n: string }>(
    database.db,
    sql`select count(*) as n from deadline_clocks where stopped_on is null and paused_on is null and not synthetic`,
  )) as [{ n: string }];
  const baseline = (performance.now() - baselineStarted) / 1000;

  const calendar = { calendar: async () => cal };
  let stepStarted = 0;
  // A pass steps through each shard it takes: the seconds of each step, summed over the shards.
  let steps = new Map<string, number>();
  const pass = createMonitoringPass({
    onStep: (step) => {
      const now = performance.now();
      steps.set(step, (steps.get(step) ?? 0) + (now - stepStarted) / 1000);
      stepStarted = now;
    },
    db: database.db,
    databaseKind: 'postgresql',
    clock,
    calendar,
    deadlines: createDeadlineService({ calendar, clock }),
    ports: {
      responsibilityOf: [
        caseResponsibilityOf,
        ticketResponsibilityOf,
        rectificationResponsibilityOf,
        milestoneResponsibilityOf,
      ],
      ticketClockKindOf,
      staff: activeStaff,
    },
  });
  const timed = async (name: string) => {
    const started = performance.now();
    stepStarted = started;
    steps = new Map();
    const result = await pass.run();
    const secondsTaken = (performance.now() - started) / 1000;
    return { name, seconds: secondsTaken, result, steps: [...steps].map(([step, s]) => `${step} ${s.toFixed(2)} s`) };
  };
  const runs = [await timed('first pass (all cards and orders raised)'), await timed('second pass, same day')];
  // One clock changed since: the pass the job makes most minutes.
  await database.db.execute(
    sql`update deadline_clocks set extended_days = extended_days + 1 where id = (select min(id) from deadline_clocks)`,
  );
  runs.push(await timed('third pass, same day, one clock changed'));
  clock.set(new Date(Date.parse(`${cal.nextWorkday(today)}T10:00:00+08:00`)));
  runs.push(await timed('next working day'));

  console.log(
    `\nopen clocks counted: ${Number(n).toLocaleString('en')}; baseline select count(*): ${baseline.toFixed(2)} s\n`,
  );
  console.log(
    '| pass | seconds | × baseline | full shards | raised | escalated | eased | cleared | orders raised | orders escalated |',
  );
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const r of runs)
    console.log(
      `| ${r.name} | ${r.seconds.toFixed(2)} | ${(r.seconds / baseline).toFixed(1)} | ${r.result.fullShards} | ${r.result.raised} | ${r.result.escalated} | ${r.result.eased} | ${r.result.cleared} | ${r.result.ordersRaised} | ${r.result.ordersEscalated} |`,
    );
  for (const r of runs) console.log(`\n${r.name}: ${r.steps.join(' · ')}`);
  const worst = Math.max(...runs.map((r) => r.seconds));
  console.log(
    `\nslowest pass ${worst.toFixed(1)} s over ${clocks.toLocaleString('en')} clocks (target for 1 M: ≤ 60 s)`,
  );
} finally {
  await database.close();
  await dropDatabase(NAME);
}
