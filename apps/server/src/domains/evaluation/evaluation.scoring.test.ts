import { describe, expect, it } from 'vitest';
import type { IndicatorSystem } from '@yici/contracts';
import { dtf, dtfProblems, rankWithTies, scoreCities, systemProblems, type RawValue } from './evaluation.scoring';
import { defaultIndicatorSystem } from './evaluation.service';
import { cityValues, MISSING_INCOME } from './evaluation.values';

const system: IndicatorSystem = {
  name: 'test',
  firstLevels: [
    { key: 'a', name: '甲' },
    { key: 'b', name: '乙' },
  ],
  indicators: [
    {
      key: 'a_time',
      name: '甲时间',
      firstLevel: 'a',
      unit: '天',
      direction: 'lower_better',
      source: 'measured',
      measure: { bundleId: 'x', quantity: 'time' },
      best: 1,
      worst: 11,
    },
    {
      key: 'a_index',
      name: '甲指数',
      firstLevel: 'a',
      unit: '分',
      direction: 'higher_better',
      source: 'imported',
      measure: null,
      best: 10,
      worst: 0,
    },
    {
      key: 'b_cost',
      name: '乙费用',
      firstLevel: 'b',
      unit: '%',
      direction: 'lower_better',
      source: 'imported',
      measure: null,
      best: 0,
      worst: 100,
    },
  ],
};
const cities = [
  { code: '3701', name: '济南市' },
  { code: '3702', name: '青岛市' },
  { code: '3703', name: '淄博市' },
];
const values = (rows: Record<string, Record<string, number | null>>) =>
  new Map(
    Object.entries(rows).map(([city, byKey]) => [
      city,
      new Map<string, RawValue>(
        Object.entries(byKey).map(([key, value]) => [
          key,
          value === null ? { value: null, missing: '没有数据' } : { value },
        ]),
      ),
    ]),
  );

describe('distance to frontier', () => {
  it('is 100 at the best, 0 at the worst, linear between', () => {
    expect(dtf(1, 11, 1)).toBe(100);
    expect(dtf(1, 11, 11)).toBe(0);
    expect(dtf(1, 11, 6)).toBe(50);
  });

  it('clamps to [0, 100] beyond the frontier', () => {
    expect(dtf(1, 11, 0)).toBe(100);
    expect(dtf(1, 11, 50)).toBe(0);
  });

  it('follows the direction: for "higher is better" best is above worst', () => {
    expect(dtf(12, 0, 9)).toBe(75);
    expect(dtf(12, 0, 13)).toBe(100);
  });

  it('refuses best equal to worst', () => {
    expect(() => dtf(3, 3, 3)).toThrow();
    expect(
      dtfProblems([
        { best: 3, worst: 3 },
        { best: 1, worst: 2 },
      ]),
    ).toEqual([{ path: 'components.0.best', message: '最优值与最差值相同，无法计分' }]);
  });

  it('names a frontier of the wrong direction and best = worst in a system', () => {
    const bad: IndicatorSystem = {
      ...system,
      indicators: [
        { ...system.indicators[0]!, best: 11, worst: 1 },
        { ...system.indicators[1]!, best: 0, worst: 10 },
        { ...system.indicators[2]!, best: 5, worst: 5 },
      ],
    };
    const messages = systemProblems(bad).map((p) => `${p.path} ${p.message}`);
    expect(messages).toEqual([
      'indicatorSystem.indicators.0.best 甲时间：越低越好的指标，最优值应小于最差值',
      'indicatorSystem.indicators.1.best 甲指数：越高越好的指标，最优值应大于最差值',
      'indicatorSystem.indicators.2.best 乙费用：最优值与最差值相同，无法计分',
    ]);
  });

  it('ships a valid default of six first-level and 17 second-level indicators', () => {
    const d = defaultIndicatorSystem();
    expect(d.firstLevels.map((l) => l.name)).toEqual([
      '企业开办',
      '获得信贷',
      '不动产登记',
      '办理施工许可',
      '获得电力',
      '办理纳税',
    ]);
    expect(d.indicators).toHaveLength(17);
    expect(systemProblems(d)).toEqual([]);
  });
});

describe('ranks', () => {
  it('share ties and skip the places after them (1, 2, 2, 4)', () => {
    const ranks = rankWithTies([
      { key: 'a', score: 90 },
      { key: 'b', score: 80.001 },
      { key: 'c', score: 80.004 },
      { key: 'd', score: 70 },
      { key: 'e', score: null },
    ]);
    expect([...ranks.entries()]).toEqual([
      ['a', 1],
      ['b', 2],
      ['c', 2],
      ['d', 4],
      ['e', null],
    ]);
  });
});

describe('scoring cities', () => {
  it('averages components into first levels and first levels into the total', () => {
    const result = scoreCities(
      system,
      cities,
      values({
        '3701': { a_time: 6, a_index: 10, b_cost: 20 },
        '3702': { a_time: 1, a_index: 5, b_cost: 20 },
        '3703': { a_time: 11, a_index: 0, b_cost: 100 },
      }),
    );
    const jinan = result.cities.find((c) => c.code === '3701')!;
    expect(jinan.firstLevels.map((l) => l.score)).toEqual([75, 80]);
    expect(jinan.total).toBe(77.5);
    // 济南 and 青岛 tie at 77.5; 淄博 third.
    expect(result.cities.map((c) => [c.code, c.rank])).toEqual([
      ['3701', 1],
      ['3702', 1],
      ['3703', 3],
    ]);
  });

  it('keeps missing data explicit: no zero, the city unranked, an indicator nobody has left out', () => {
    const result = scoreCities(
      system,
      cities,
      values({
        '3701': { a_time: 6, a_index: 10, b_cost: null },
        '3702': { a_time: 1, a_index: null, b_cost: null },
        '3703': { a_time: 11, a_index: 0, b_cost: null },
      }),
    );
    expect(result.indicatorsLeftOut).toEqual([{ key: 'b_cost', reason: '未导入该指标的数据' }]);
    const qingdao = result.cities.find((c) => c.code === '3702')!;
    const index = qingdao.indicators.find((v) => v.key === 'a_index')!;
    expect(index).toMatchObject({ value: null, score: null, rank: null, missing: '没有数据' });
    expect(qingdao.firstLevels[0]).toMatchObject({ score: 100, complete: false });
    expect(qingdao.complete).toBe(false);
    expect(qingdao.rank).toBeNull();
    const jinan = result.cities.find((c) => c.code === '3701')!;
    // The left-out first level 乙 does not count: the total is 甲 alone.
    expect(jinan.total).toBe(75);
    expect(jinan.rank).toBe(1);
    expect(jinan.indicators.find((v) => v.key === 'b_cost')!.missing).toContain('不计入');
  });
});

describe('cost without an income figure', () => {
  it('is left out because the income is missing, not for want of cases', () => {
    const standard = defaultIndicatorSystem();
    const cities = [
      { code: '3701', name: '济南市' },
      { code: '3702', name: '青岛市' },
    ];
    const bundleIds = [...new Set(standard.indicators.flatMap((i) => (i.measure ? [i.measure.bundleId] : [])))];
    const rows = cities.flatMap((c) =>
      bundleIds.map((bundleId) => ({
        city: c.code,
        bundleId,
        cases: 10,
        medianDays: 3,
        medianWorkingDays: 2,
        medianProcedures: 4,
      })),
    );
    const values = cityValues({
      system: standard,
      cities,
      rows,
      fees: new Map(bundleIds.map((id) => [id, 100])),
      incomePerCapitaYuan: {},
      imported: [],
    });
    const result = scoreCities(standard, cities, values);
    const costs = standard.indicators.filter((i) => i.measure?.quantity === 'cost').map((i) => i.key);
    expect(costs.length).toBeGreaterThan(0);
    for (const key of costs)
      expect(result.indicatorsLeftOut).toContainEqual({ key, reason: '缺少人均收入数据，无法计算费用占比' });
    expect(MISSING_INCOME).toBe('缺少人均收入数据，无法计算费用占比');
    // With the income of one city, the other's cost is missing for the same named reason.
    const partial = scoreCities(
      standard,
      cities,
      cityValues({
        system: standard,
        cities,
        rows,
        fees: new Map(bundleIds.map((id) => [id, 100])),
        incomePerCapitaYuan: { '3701': 30_000 },
        imported: [],
      }),
    );
    const qingdao = partial.cities.find((c) => c.code === '3702')!;
    expect(qingdao.indicators.find((v) => v.key === costs[0])!.missing).toBe(MISSING_INCOME);
  });
});
