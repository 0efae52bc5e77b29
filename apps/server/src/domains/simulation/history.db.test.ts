import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Case, PreparedApplication } from '@yici/contracts';
import { openTestApp, type TestApp } from '../../testing/test-app';
import { sessionForAccount, type TestSession } from '../../testing/test-actors';
import { historyPortsOf } from '../../platform';
import { fixedClock } from '../../platform/clock';
import { systemContext } from '../../platform/actor';
import { checkUscc, isValidIdNumber } from '../../platform/codes';
import { queryRows } from '../../platform/db/database';
import { DomainError } from '../../platform/errors';
import { DEMO_RESIDENTS } from '../registries/registries.demo';
import { isSyntheticCaseNumber } from '../cases/cases.serials';
import { regionTokensOf } from '../cases/cases.search';
import { caller, fillForm, supplyAll, type Call } from '../cases/cases.test-kit';
import { runHistoryCommand } from './history.cli';
import { HISTORY_ERROR_CODES } from './history.errors';
import { dropHistory, generateHistory, type HistoryPorts, type HistoryRequest } from './history.generate';
import { seedStartHistory } from './history.seed-start';

const NOW = '2026-11-27T02:00:00Z';
const CASES = 1_000;
let t: TestApp;
let call: Call;
let ports: HistoryPorts;
let zhang: TestSession;
let clerk: TestSession;
let approver: TestSession;
let realCase: Case;

const rows = <T>(query: ReturnType<typeof sql>) => queryRows<T>(t.database.db, query);
const count = async (table: string, where = 'synthetic') =>
  Number((await rows<{ n: number }>(sql.raw(`select count(*)::int as n from ${table} where ${where}`)))[0]!.n);
const generate = (request: HistoryRequest) => generateHistory(t.database, ports, t.clock, request);
/** A digest of every synthetic row, to compare two runs. */
const digest = async () =>
  (
    await rows<{ d: string }>(sql`select md5(
      (select string_agg(concat_ws('|', id, case_number, region_code, applicant_id, applicant_name, status, channel,
         visits, created_at, accepted_on, completed_at), ',' order by id) from cases where synthetic) ||
      (select string_agg(concat_ws('|', id, status, department_id, opened_on, decided_at), ',' order by id)
         from case_tasks where synthetic) ||
      (select string_agg(concat_ws('|', id, base_on, due_on, stopped_on, elapsed_workdays), ',' order by id)
         from deadline_clocks where synthetic)) as d`)
  )[0]!.d;

beforeAll(async () => {
  t = await openTestApp({ now: NOW });
  call = caller(t);
  ports = await historyPortsOf(t.database, t.clock);
  zhang = await sessionForAccount(t.database.db, 'demo-person-zhangsan', new Date(NOW));
  clerk = await sessionForAccount(t.database.db, 'demo-staff-clerk.lixia', new Date(NOW));
  approver = await sessionForAccount(t.database.db, 'demo-staff-approver.lixia', new Date(NOW));
  // One real case, filed and accepted in 历下区, beside which the synthetic ones must stay invisible.
  const target = { kind: 'bundle', bundleId: 'enterprise-opening', regionCode: '370102' };
  const prepared: PreparedApplication = (
    await call('POST', '/api/applications/prepare', zhang, { target, form: { entity_form: 'limited_company' } })
  ).json();
  const filed = await call('POST', '/api/applications', zhang, {
    target,
    form: fillForm(prepared, '2026-11-27', {
      entity_name: '济南历史对照示范有限公司',
      entity_form: 'limited_company',
      housing_fund_rate: '8',
      ...(prepared.fields.some((f) => f.key === 'bank_account_number')
        ? { bank_account_number: '6228480402564890018' }
        : {}),
    }),
    materials: await supplyAll(call, zhang, prepared),
    delivery: { method: 'electronic' },
  });
  expect(filed.statusCode, filed.body).toBe(201);
  const accepted = await call('POST', `/api/cases/${filed.json().id}/accept`, clerk, {});
  expect(accepted.statusCode, accepted.body).toBe(200);
  realCase = accepted.json();
});
afterAll(async () => t?.close());

describe('yici history generate: a synthetic 2018 in bulk', () => {
  let auditBefore: number;

  it('writes the cases asked for, with their tasks and clocks, every row marked synthetic', async () => {
    auditBefore = await count('audit_entries', 'true');
    const result = await generate({ year: 2018, cases: CASES, seed: 7 });
    expect(result).toMatchObject({ from: '2018-01-01', to: '2018-12-31', cases: CASES });
    expect(await count('cases')).toBe(CASES);
    expect(await count('case_tasks')).toBe(result.tasks);
    expect(await count('deadline_clocks')).toBe(result.clocks);
    expect(result.tasks).toBeGreaterThan(CASES * 0.9);
    expect(result.bytesPerCase).toBeGreaterThan(0);
    // Only the real case and its rows are not synthetic.
    expect(await count('cases', 'not synthetic')).toBe(1);
    expect(await count('case_tasks', `not synthetic and case_id <> '${realCase.id}'`)).toBe(0);
  });

  it('files nothing before the first catalog batch (2018-07-20) and spreads cases over the 17 cities of 2018', async () => {
    const [span] = await rows<{
      first: string;
      cities: number;
      laiwu: number;
    }>(sql`select min(received_on)::text as first,
        count(distinct left(region_code, 4))::int as cities,
        count(*) filter (where region_code like '3712%')::int as laiwu from cases where synthetic`);
    expect(span!.first >= '2018-07-20').toBe(true);
    expect(span!.cities).toBe(17);
    expect(span!.laiwu).toBeGreaterThan(0);
  });

  it('gives valid codes: 43-character case numbers in the synthetic serial range, GB 11643 ID numbers, GB 32100 USCCs', async () => {
    const sample = await rows<{
      case_number: string;
      applicant_kind: string;
      applicant_id: string;
      received_on: string;
    }>(sql`select case_number, applicant_kind, applicant_id, received_on::text from cases where synthetic`);
    for (const row of sample) {
      expect(row.case_number).toHaveLength(43);
      expect(row.case_number.slice(31, 39)).toBe(row.received_on.replaceAll('-', ''));
      expect(isSyntheticCaseNumber(row.case_number)).toBe(true);
      if (row.applicant_kind === 'person') expect(isValidIdNumber(row.applicant_id)).toBe(true);
      else expect(checkUscc(row.applicant_id).valid).toBe(true);
    }
    expect(isSyntheticCaseNumber(realCase.caseNumber!)).toBe(false);
  });

  it('computes clocks with the real calendar: completed cases stopped, some late, none in the future', async () => {
    const [facts] = await rows<{ running: number; late: number; completed: number; bad: number }>(sql`select
        count(*) filter (where stopped_on is null)::int as running,
        count(*) filter (where elapsed_workdays > limit_days)::int as late,
        count(*) filter (where stopped_on is not null)::int as completed,
        count(*) filter (where base_on > '2026-11-27' or due_on < base_on)::int as bad
      from deadline_clocks where synthetic and subject_type = 'case'`);
    expect(facts!.running).toBe(0);
    expect(facts!.completed).toBeGreaterThan(CASES * 0.9);
    expect(facts!.late).toBeGreaterThan(0);
    expect(facts!.bad).toBe(0);
  });

  it('never shows synthetic cases in a clerk’s or an applicant’s lists, search or detail, even where they would match', async () => {
    // Make some synthetic cases look like 张三's, in 历下区, with his name: still only statistics.
    await t.database.db.execute(sql`update cases set applicant_id = ${DEMO_RESIDENTS.zhangSan.idNumber},
        applicant_name = ${DEMO_RESIDENTS.zhangSan.name}, filed_by_account_id = 'demo-person-zhangsan',
        region_code = '370102' where synthetic and id in (select id from cases where synthetic order by id limit 50)`);
    await t.database.db.execute(sql`update case_tasks set region_code = '370102' where synthetic`);
    const synthetic = (
      await rows<{ id: string; case_number: string }>(
        sql`select id, case_number from cases where synthetic order by id limit 1`,
      )
    )[0]!;

    const mine = (await call('GET', '/api/applications?limit=100', zhang)).json();
    expect(mine.items.map((c: Case) => c.id)).toEqual([realCase.id]);
    const clerkList = (await call('GET', '/api/cases?view=history&limit=100', clerk)).json();
    expect(clerkList.count.value).toBe(1);
    const clerk2018 = (await call('GET', '/api/cases?view=history&from=2018-01-01&to=2018-12-31', clerk)).json();
    expect(clerk2018.count.value).toBe(0);
    const byName = (
      await call('GET', `/api/cases?q=${encodeURIComponent(DEMO_RESIDENTS.zhangSan.name)}`, clerk)
    ).json();
    expect(byName.items.map((c: Case) => c.id)).toEqual([realCase.id]);
    const byNumber = (await call('GET', `/api/cases?q=${synthetic.case_number.slice(0, 39)}`, clerk)).json();
    expect(byNumber.count.value).toBe(0);
    expect((await call('GET', `/api/cases/${synthetic.id}`, clerk)).statusCode).toBe(404);
    expect((await call('GET', `/api/cases/${synthetic.id}`, zhang)).statusCode).toBe(404);
    const tasks = await call('GET', '/api/tasks?limit=100', approver);
    expect(tasks.statusCode, tasks.body).toBe(200);
    expect(tasks.json().items.length).toBeGreaterThan(0);
    expect(tasks.json().items.every((task: { caseId: string }) => task.caseId === realCase.id)).toBe(true);
    const syntheticTask = (await rows<{ id: string }>(sql`select id from case_tasks where synthetic limit 1`))[0]!;
    expect((await call('GET', `/api/tasks/${syntheticTask.id}`, approver)).statusCode).toBe(404);
  });

  it('writes no audit entries, so the audit chain verifies as before', async () => {
    expect(await count('audit_entries', 'true')).toBe(auditBefore);
    while ((await t.services.audit.seal()) > 0);
    expect(await t.services.audit.verify(systemContext('test'))).toMatchObject({ ok: true });
  });

  it('is deterministic for a seed: dropped and written again, the same rows; another seed, others', async () => {
    await t.database.db.execute(sql`delete from cases where synthetic`); // the rows changed above
    await t.database.db.execute(sql`delete from case_tasks where synthetic`);
    await t.database.db.execute(sql`delete from deadline_clocks where synthetic`);
    await generate({ year: 2018, cases: CASES, seed: 7 });
    const first = await digest();
    await dropHistory(t.database);
    await generate({ year: 2018, cases: CASES, seed: 7 });
    expect(await digest()).toBe(first);
    await dropHistory(t.database);
    await generate({ year: 2018, cases: CASES, seed: 8 });
    expect(await digest()).not.toBe(first);
  });

  it('refuses the same period and seed twice, writing nothing more', async () => {
    await expect(generate({ year: 2018, cases: CASES, seed: 8 })).rejects.toMatchObject({
      code: HISTORY_ERROR_CODES.alreadyGenerated,
    });
    expect(await count('cases')).toBe(CASES);
  });

  it('--drop removes the synthetic rows and nothing else', async () => {
    const printed: string[] = [];
    const code = await runHistoryCommand({
      sub: 'generate',
      args: ['--drop'],
      database: t.database,
      ports: async () => ports,
      clock: t.clock,
      print: (line) => printed.push(line),
    });
    expect(code).toBe(0);
    expect(printed.join('\n')).toContain(`办件 ${CASES}`);
    for (const table of ['cases', 'case_tasks', 'deadline_clocks']) expect(await count(table)).toBe(0);
    expect(await count('cases', 'not synthetic')).toBe(1);
    expect((await call('GET', `/api/cases/${realCase.id}`, zhang)).statusCode).toBe(200);
  });

  it('for a benchmark database writes the same rows as ordinary ones, with search terms, that the staff lists hold', async () => {
    // The generator's case and task ids (…-5e00-… and …-5e01-…); clocks name them as their subject.
    const ids = `like '%-5e0_-4000-8000-%'`;
    const generated = sql.raw(ids);
    try {
      const written = await generate({ year: 2018, cases: 200, seed: 9, ordinary: true });
      expect(written.cases).toBe(200);
      for (const table of ['cases', 'case_tasks', 'deadline_clocks']) expect(await count(table)).toBe(0);
      const [ordinary] = await rows<{ n: number; terms: number }>(
        sql`select count(*)::int as n, count(search_terms)::int as terms from cases where id ${generated}`,
      );
      expect(ordinary).toEqual({ n: 200, terms: 200 });
      // A second run of the same period and seed is refused as for synthetic rows, writing nothing.
      await expect(generate({ year: 2018, cases: 200, seed: 9, ordinary: true })).rejects.toMatchObject({
        code: HISTORY_ERROR_CODES.alreadyGenerated,
      });
      expect(await count('cases', `id ${ids}`)).toBe(200);
      expect(await count('case_tasks', `not synthetic and id ${ids}`)).toBe(written.tasks);
      expect(await count('deadline_clocks', `not synthetic and subject_id ${ids}`)).toBe(written.clocks);
      // Moved into the clerk's district, they fill the clerk's 2018 history and answer a search by name.
      // (Their search terms move with them: a case's region words lead its terms.)
      await t.database.db.execute(sql`update cases set region_code = '370102',
          search_terms = ${regionTokensOf('370102').join(' ') + ' '} || regexp_replace(search_terms, '^(区划[0-9]+ ?)+', '')
          where id in (select id from cases where id ${generated} order by id limit 20)`);
      const clerk2018 = (await call('GET', '/api/cases?view=history&from=2018-01-01&to=2018-12-31', clerk)).json();
      const inDistrict = await count('cases', `id ${ids} and region_code like '370102%'`);
      expect(inDistrict).toBeGreaterThanOrEqual(20);
      expect(clerk2018.count.value).toBe(inDistrict);
      const one = clerk2018.items[0] as Case;
      const byName = (await call('GET', `/api/cases?q=${encodeURIComponent(one.applicant.name)}`, clerk)).json();
      expect(byName.items.map((c: Case) => c.id)).toContain(one.id);
    } finally {
      await t.database.db.execute(sql`delete from deadline_clocks where subject_id ${generated}`);
      await t.database.db.execute(sql`delete from case_tasks where id ${generated}`);
      await t.database.db.execute(sql`delete from cases where id ${generated}`);
    }
    expect(await count('cases', 'not synthetic')).toBe(1);
  });
});

describe('yici history generate: bad input is refused whole, nothing written', () => {
  const refused = async (request: HistoryRequest, code: string) => {
    const error = await generate(request).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe(code);
    expect(await count('cases')).toBe(0);
    return error as DomainError;
  };

  it('refuses zero, negative, fractional and missing case counts, naming the field', async () => {
    for (const cases of [0, -5, 1.5, Number.NaN]) {
      const error = await refused({ year: 2018, cases }, HISTORY_ERROR_CODES.requestInvalid);
      expect(error.fields.map((f) => f.path)).toEqual(['cases']);
    }
  });

  it('refuses years outside the calendar or not yet over, and a year whose catalog was not yet published', async () => {
    await refused({ year: 1999, cases: 10 }, HISTORY_ERROR_CODES.yearOutOfRange);
    await refused({ year: 2027, cases: 10 }, HISTORY_ERROR_CODES.yearOutOfRange);
    await refused({ year: 2015, cases: 10 }, HISTORY_ERROR_CODES.nothingInForce);
  });

  it('prints the problem on the command line and exits 2 for --cases 0, -3 or abc', async () => {
    for (const value of ['0', '-3', 'abc']) {
      const printed: string[] = [];
      const code = await runHistoryCommand({
        sub: 'generate',
        args: ['--year', '2018', '--cases', value],
        database: t.database,
        ports: async () => ports,
        clock: t.clock,
        print: (line) => printed.push(line),
      });
      expect(code).toBe(2);
      expect(printed.join('\n')).toContain('HISTORY_REQUEST_INVALID');
      expect(printed.join('\n')).toContain('未写入任何数据');
    }
    expect(await count('cases')).toBe(0);
  });

  it('leaves nothing when a run fails part-way (one transaction)', async () => {
    const failing = generate({
      year: 2018,
      cases: 900,
      seed: 9,
      chunkCases: 300,
      onProgress: (p) => {
        if (p.written >= 300) throw new Error('interrupted after the first chunk');
      },
    });
    await expect(failing).rejects.toThrow('interrupted');
    for (const table of ['cases', 'case_tasks', 'deadline_clocks']) expect(await count(table)).toBe(0);
  });
});

describe('the first start seeds a small history once', () => {
  it('writes 2018 and the last 60 days before the clock’s today, and nothing on the next start', async () => {
    const options = {
      database: t.database,
      clock: t.clock,
      ports: async () => ports,
      sizes: { yearCases: 300, recentCases: 200 },
    };
    const first = await seedStartHistory(options);
    expect(first.outcome).toBe('seeded');
    expect(first.runs.map((r) => [r.from, r.to, r.cases])).toEqual([
      ['2018-01-01', '2018-12-31', 300],
      ['2026-09-28', '2026-11-26', 200],
    ]);
    const [recent] = await rows<{ running: number }>(
      sql`select count(*)::int as running from cases where synthetic and status = 'in_review'`,
    );
    expect(recent!.running).toBeGreaterThan(0);
    expect(await seedStartHistory(options)).toEqual({ outcome: 'already_seeded', runs: [] });
    expect(await count('cases')).toBe(500);
  });

  it('on a simulated start before the first published list (2018-03-01) seeds nothing and does not fail', async () => {
    await t.database.db.execute(sql`delete from platform_meta where key = 'history-seeded'`);
    const before = await count('cases');
    const early = await seedStartHistory({
      database: t.database,
      clock: fixedClock(new Date('2018-03-01T02:00:00Z')),
      ports: async () => ports,
      sizes: { yearCases: 100, recentCases: 100 },
    });
    expect(early).toEqual({ outcome: 'seeded', runs: [] });
    expect(await count('cases')).toBe(before);
  });

  it('counts in China dates: at 23:30 UTC (07:30 the next day in China) nothing is decided on or after that day', async () => {
    const late = fixedClock(new Date('2026-11-27T23:30:00Z'));
    const result = await generateHistory(t.database, ports, late, { year: 2026, cases: 200, seed: 11 });
    expect(result.to).toBe('2026-11-27');
    const [facts] = await rows<{ last: string; future: number }>(sql`select max(received_on)::text as last,
        count(*) filter (where completed_at > ${late.now().toISOString()} or accepted_on >= '2026-11-28')::int as future
      from cases where synthetic`);
    expect(facts!.last <= '2026-11-27').toBe(true);
    expect(facts!.future).toBe(0);
  });
});
