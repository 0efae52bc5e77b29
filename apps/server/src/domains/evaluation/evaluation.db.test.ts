import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Evaluation } from '@yici/contracts';
import { openTestApp, type TestApp } from '../../testing/test-app';
import { sessionForAccount, type TestSession } from '../../testing/test-actors';
import { historyPortsOf } from '../../platform';
import { platformBody } from '../../seed/seed';
import { queryRows } from '../../platform/db/database';
import { checkFileSignature, fileSignatureSealId } from '../certificates/certificates.pdf-signature';
import { publishedSeal } from '../certificates/certificates.views';
import { caller, type Call } from '../cases/cases.test-kit';
import { generateHistory } from '../simulation/history.generate';
import { runEvaluate } from './evaluation.cli';

const NOW = '2026-11-27T02:00:00Z';
let t: TestApp;
let call: Call;
let supervisor: TestSession;
let person: TestSession;

const CITIES_2018 = [
  '3701',
  '3702',
  '3703',
  '3704',
  '3705',
  '3706',
  '3707',
  '3708',
  '3709',
  '3710',
  '3711',
  '3712',
  '3713',
  '3714',
  '3715',
  '3716',
  '3717',
];
const income = (cities: string[]) => Object.fromEntries(cities.map((c, i) => [c, 30_000 + 1_000 * i]));
const IMPORTED_KEYS = [
  'legal_rights_index',
  'credit_information_index',
  'getting_electricity_procedures',
  'getting_electricity_time',
  'getting_electricity_cost',
  'paying_taxes_payments',
  'paying_taxes_time',
  'paying_taxes_total_rate',
];
const csvFor = (cities: string[]) =>
  [
    'city,indicator,value',
    ...cities.flatMap((c, i) => IMPORTED_KEYS.map((k, j) => `${c},${k},${((i + j) % 7) + 3}`)),
  ].join('\n');
const stored = async () =>
  Number((await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from evaluations`))[0]!.n);

beforeAll(async () => {
  t = await openTestApp({ now: NOW });
  call = caller(t);
  supervisor = await sessionForAccount(t.database.db, 'demo-staff-supervisor', new Date(NOW));
  person = await sessionForAccount(t.database.db, 'demo-person-zhangsan', new Date(NOW));
  const ports = await historyPortsOf(t.database, t.clock);
  await generateHistory(t.database, ports, t.clock, { year: 2018, cases: 6_000, seed: 7 });
  await generateHistory(t.database, ports, t.clock, { year: 2019, cases: 4_000, seed: 8 });
}, 300_000);

afterAll(async () => t?.close());

describe('the public DTF calculator', () => {
  it('scores, clamps and averages', async () => {
    const res = await call('POST', '/api/evaluation/dtf', null, {
      components: [
        { best: 1, worst: 11, value: 6 },
        { best: 0.5, worst: 100, value: 200 },
        { best: 12, worst: 0, value: 9 },
      ],
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ scores: [50, 0, 75], mean: 41.67 });
  });

  it('refuses best equal to worst, naming each component', async () => {
    const res = await call('POST', '/api/evaluation/dtf', null, {
      components: [
        { best: 1, worst: 1, value: 1 },
        { best: 1, worst: 2, value: 1 },
        { best: 3, worst: 3, value: 1 },
      ],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('EVALUATION_DTF_INVALID');
    expect(res.json().fields.map((f: { path: string }) => f.path)).toEqual(['components.0.best', 'components.2.best']);
  });
});

describe('an evaluation over a generated year', () => {
  let e2018: Evaluation;

  it('evaluates 17 cities in 2018, 莱芜 included, from measured and imported values', async () => {
    const res = await call('POST', '/api/evaluations', supervisor, {
      year: 2018,
      incomePerCapitaYuan: income(CITIES_2018),
      importedCsv: csvFor(CITIES_2018),
    });
    expect(res.statusCode, res.body).toBe(201);
    e2018 = res.json();
    expect(e2018.cities.map((c) => c.code).sort()).toEqual(CITIES_2018);
    expect(e2018.cities.find((c) => c.code === '3712')!.name).toBe('莱芜市');
    expect(e2018.system.indicators).toHaveLength(17);
    expect(e2018.casesMeasured).toBeGreaterThan(0);
    const ranked = e2018.cities.filter((c) => c.rank !== null);
    expect(ranked.length).toBeGreaterThan(0);
    expect(ranked[0]!.rank).toBe(1);
    for (const city of e2018.cities) {
      for (const v of city.indicators) {
        // Missing data is named, never a zero.
        if (v.value === null) expect(v.missing).toBeTruthy();
        else expect(v.score).not.toBeNull();
      }
    }
    const jinan = e2018.cities.find((c) => c.code === '3701')!;
    const time = jinan.indicators.find((v) => v.key === 'starting_business_time')!;
    expect(time.source).toBe('measured');
    expect(time.value).toBeGreaterThan(0);
    expect(time.workingDays).not.toBeNull();
    expect(time.workingDays!).toBeLessThanOrEqual(time.value!);
    expect(jinan.indicators.find((v) => v.key === 'legal_rights_index')!.source).toBe('imported');
    const property = jinan.indicators.find((v) => v.key === 'registering_property_cost')!;
    // 不动产登记费 80 元 over 济南's income of 30,000 元.
    if (property.value !== null) expect(property.value).toBeCloseTo(0.27, 2);
    expect(e2018.definitions.map((d) => d.term)).toContain('时间（实测）');

    const again = await call('GET', `/api/evaluations/${e2018.id}`, null);
    expect(again.statusCode).toBe(200);
    expect(again.json().cities).toEqual(e2018.cities);
  });

  it('evaluates 16 cities in 2019 (莱芜 merged into 济南) and shows the change from 2018', async () => {
    const cities = CITIES_2018.filter((c) => c !== '3712');
    const res = await call('POST', '/api/evaluations', supervisor, {
      year: 2019,
      incomePerCapitaYuan: income(cities),
      importedCsv: csvFor(cities),
    });
    expect(res.statusCode, res.body).toBe(201);
    const e2019: Evaluation = res.json();
    expect(e2019.cities).toHaveLength(16);
    expect(e2019.cities.some((c) => c.code === '3712')).toBe(false);
    expect(e2019.previousEvaluationId).toBe(e2018.id);
    expect(e2019.cities.find((c) => c.code === '3701')!.previous?.year).toBe(2018);
  });

  it('answers the report as a PDF signed with the platform seal', async () => {
    const res = await t.app.inject({ method: 'GET', url: `/api/evaluations/${e2018.id}/pdf` });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('application/pdf');
    const pdf = res.rawPayload;
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const sealId = fileSignatureSealId(pdf)!;
    const seal = await t.services.seals.getSeal(sealId);
    expect(seal.ownerName).toBe(platformBody().name);
    const check = checkFileSignature(pdf, { seals: (id) => (id === sealId ? publishedSeal(seal) : null) });
    expect(check.reasons).toEqual([]);
  });

  it('lists evaluations publicly', async () => {
    const res = await call('GET', '/api/evaluations?year=2018', null);
    expect(res.statusCode).toBe(200);
    expect(res.json()[0]).toMatchObject({ id: e2018.id, year: 2018, cities: 17 });
  });
});

describe('yici evaluate', () => {
  it('runs with a progress bar, prints the ranking and writes the sealed PDF', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'yici-evaluate-'));
    writeFileSync(path.join(dir, 'income.json'), JSON.stringify(income(CITIES_2018)));
    writeFileSync(path.join(dir, 'survey.csv'), csvFor(CITIES_2018));
    const out = path.join(dir, 'report.pdf');
    const lines: string[] = [];
    const bars: string[] = [];
    const code = await runEvaluate({
      args: [
        '--year',
        '2018',
        '--out',
        out,
        '--income',
        path.join(dir, 'income.json'),
        '--imported',
        path.join(dir, 'survey.csv'),
      ],
      evaluation: t.services.evaluation,
      print: (line) => lines.push(line),
      progress: (text) => bars.push(text),
    });
    expect(code, lines.join('\n')).toBe(0);
    expect(bars.some((b) => b.includes('测量办件'))).toBe(true);
    expect(lines.join('\n')).toContain('莱芜市');
    expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('refuses a year without data and says nothing was stored', async () => {
    const lines: string[] = [];
    const code = await runEvaluate({
      args: ['--year', '2016', '--out', path.join(tmpdir(), 'never.pdf')],
      evaluation: t.services.evaluation,
      print: (line) => lines.push(line),
      progress: () => undefined,
    });
    expect(code).toBe(2);
    expect(lines.join('\n')).toContain('EVALUATION_NO_DATA');
  });
});

describe('bad input is refused with every problem named, nothing stored', () => {
  it('refuses a CSV with an unknown city, a duplicate row, a measured indicator and a bad number', async () => {
    const before = await stored();
    const res = await call('POST', '/api/evaluations', supervisor, {
      year: 2019,
      importedCsv: [
        'city,indicator,value',
        '3701,legal_rights_index,6',
        '3712,legal_rights_index,6',
        '3701,legal_rights_index,7',
        '3702,starting_business_time,3',
        '3703,paying_taxes_time,abc',
        '3704,no_such_indicator,1',
      ].join('\n'),
    });
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.code).toBe('EVALUATION_IMPORT_INVALID');
    const messages = body.fields.map((f: { path: string; message: string }) => `${f.path} ${f.message}`).join('\n');
    expect(messages).toContain('importedCsv.row3');
    expect(messages).toContain('3712 不在 2019 年');
    expect(messages).toMatch(/row4 .*与第 2 行重复/);
    expect(messages).toMatch(/row5 .*实测/);
    expect(messages).toMatch(/row6 .*数字/);
    expect(messages).toMatch(/row7 .*没有指标/);
    expect(await stored()).toBe(before);
  });

  it('refuses best equal to worst and a frontier of the wrong direction, both named', async () => {
    const before = await stored();
    const res = await call('POST', '/api/evaluations', supervisor, {
      year: 2018,
      frontier: {
        starting_business_time: { best: 5, worst: 5 },
        legal_rights_index: { best: 0, worst: 12 },
        no_such: { best: 1, worst: 2 },
      },
    });
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.code).toBe('EVALUATION_INPUT_INVALID');
    const text = JSON.stringify(body.fields);
    expect(text).toContain('最优值与最差值相同');
    expect(text).toContain('越高越好');
    expect(text).toContain('frontier.no_such');
    expect(await stored()).toBe(before);
  });

  it('refuses a year with no data', async () => {
    const before = await stored();
    const res = await call('POST', '/api/evaluations', supervisor, { year: 2016 });
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe('EVALUATION_NO_DATA');
    expect(await stored()).toBe(before);
  });

  it('lets only the evaluator, supervisors and administrators run one', async () => {
    const evaluator = await sessionForAccount(t.database.db, 'demo-staff-evaluator', new Date(NOW));
    expect((await call('POST', '/api/evaluations', evaluator, { year: 2016 })).statusCode).toBe(422);
    expect((await call('POST', '/api/evaluations', null, { year: 2018 })).statusCode).toBe(401);
    expect((await call('POST', '/api/evaluations', person, { year: 2018 })).statusCode).toBe(403);
  });
});
