import { frontierProblem, type CityResult, type IndicatorSystem } from '@yici/contracts';
import type { FieldIssue } from '../../platform/errors';

/**
 * Distance to frontier (World Bank): `100 × (worst − y) / (worst − best)`, clamped to [0, 100].
 * The same formula serves both directions: for "higher is better" best > worst. best = worst has no
 * scale and is refused before this is called (see {@link dtfProblems}).
 */
export function dtf(best: number, worst: number, value: number): number {
  if (best === worst) throw new Error('best equals worst: no distance to frontier');
  const raw = (100 * (worst - value)) / (worst - best);
  return Math.min(100, Math.max(0, raw));
}

/** Scores as published: two decimals. Ranks are taken on these, so equal printed scores share a rank. */
export function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

export function mean(values: readonly number[]): number {
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}

/** The public calculator's checks: every component at fault, named by its index. */
export function dtfProblems(components: readonly { best: number; worst: number }[]): FieldIssue[] {
  return components.flatMap((c, i) =>
    c.best === c.worst ? [{ path: `components.${i}.best`, message: '最优值与最差值相同，无法计分' }] : [],
  );
}

/**
 * Standard competition ranking ("1, 2, 2, 4"), higher score first, on the scores rounded to two
 * decimals; entries without a score get no rank.
 */
export function rankWithTies<K>(entries: readonly { key: K; score: number | null }[]): Map<K, number | null> {
  const scored = entries
    .filter((e): e is { key: K; score: number } => e.score !== null)
    .map((e) => ({ key: e.key, score: round2(e.score) }))
    .sort((a, b) => b.score - a.score);
  const ranks = new Map<K, number | null>(entries.map((e) => [e.key, null]));
  scored.forEach((entry, index) => {
    const previous = scored[index - 1];
    ranks.set(entry.key, previous && previous.score === entry.score ? ranks.get(previous.key)! : index + 1);
  });
  return ranks;
}

/** Every problem of an indicator system, by path: duplicate keys, unknown first levels, frontiers. */
export function systemProblems(system: IndicatorSystem, prefix = 'indicatorSystem'): FieldIssue[] {
  const problems: FieldIssue[] = [];
  const levels = new Set<string>();
  system.firstLevels.forEach((level, i) => {
    if (levels.has(level.key))
      problems.push({ path: `${prefix}.firstLevels.${i}.key`, message: `一级指标代码 ${level.key} 重复` });
    levels.add(level.key);
  });
  const keys = new Set<string>();
  system.indicators.forEach((indicator, i) => {
    const at = `${prefix}.indicators.${i}`;
    if (keys.has(indicator.key)) problems.push({ path: `${at}.key`, message: `二级指标代码 ${indicator.key} 重复` });
    keys.add(indicator.key);
    if (!levels.has(indicator.firstLevel))
      problems.push({ path: `${at}.firstLevel`, message: `没有一级指标 ${indicator.firstLevel}` });
    const frontier = frontierProblem(indicator);
    if (frontier) problems.push({ path: `${at}.${frontier.path}`, message: `${indicator.name}：${frontier.message}` });
    if (indicator.source === 'measured' && !indicator.measure)
      problems.push({ path: `${at}.measure`, message: `${indicator.name}：实测指标须说明所测一件事与测量内容` });
    if (indicator.source === 'imported' && indicator.measure)
      problems.push({ path: `${at}.measure`, message: `${indicator.name}：导入指标不应有实测定义` });
  });
  system.firstLevels.forEach((level, i) => {
    if (!system.indicators.some((indicator) => indicator.firstLevel === level.key))
      problems.push({ path: `${prefix}.firstLevels.${i}`, message: `一级指标 ${level.name} 没有二级指标` });
  });
  return problems;
}

/** One city's value of one indicator, or why there is none. */
export type RawValue =
  | { value: number; workingDays?: number | null; cases?: number | null }
  | { value: null; missing: string; cases?: number | null };

export type ScoredCities = {
  cities: Omit<CityResult, 'previous'>[];
  indicatorsLeftOut: { key: string; reason: string }[];
};

export const MISSING_DATA_RULE =
  '缺少数据的指标不计分，也不按零分计：某项指标所有城市都没有数据时，对所有城市不计入并在报告中列明；' +
  '只有部分城市缺少时，这些城市的一级指标按已有二级指标的平均计分、标为“不完整”，总分同样标为不完整，不参与排名。';
export const TIE_RULE = '得分保留两位小数，按保留后的得分排名；得分相同者并列，其后名次顺延（如 1、2、2、4）。';

/**
 * Scores every city: DTF per second-level indicator, the mean of its components per first level,
 * the mean of the first levels as the total, ranks with ties shared. Missing data is explicit.
 */
export function scoreCities(
  system: IndicatorSystem,
  cities: readonly { code: string; name: string }[],
  values: ReadonlyMap<string, ReadonlyMap<string, RawValue>>,
): ScoredCities {
  const valueOf = (city: string, key: string): RawValue =>
    values.get(city)?.get(key) ?? { value: null, missing: '没有数据' };
  const leftOut = system.indicators.filter((indicator) =>
    cities.every((city) => valueOf(city.code, indicator.key).value === null),
  );
  const leftOutKeys = new Set(leftOut.map((i) => i.key));
  const counted = system.indicators.filter((i) => !leftOutKeys.has(i.key));
  const levels = system.firstLevels.filter((level) => counted.some((i) => i.firstLevel === level.key));

  const rows = cities.map((city) => {
    const indicators = system.indicators.map((indicator) => {
      const raw = valueOf(city.code, indicator.key);
      const score = raw.value === null ? null : dtf(indicator.best, indicator.worst, raw.value);
      return {
        key: indicator.key,
        source: indicator.source,
        value: raw.value,
        workingDays: raw.value === null ? null : (raw.workingDays ?? null),
        cases: raw.cases ?? null,
        score: score === null ? null : round2(score),
        exact: score,
        rank: null as number | null,
        missing:
          raw.value === null
            ? leftOutKeys.has(indicator.key)
              ? `所有城市均无数据，本次评价不计入（${raw.missing}）`
              : raw.missing
            : null,
      };
    });
    const firstLevels = system.firstLevels.map((level) => {
      const parts = indicators.filter((v) => counted.some((i) => i.key === v.key && i.firstLevel === level.key));
      const present = parts.filter((v) => v.exact !== null).map((v) => v.exact!);
      return {
        key: level.key,
        exact: present.length > 0 ? mean(present) : null,
        complete: parts.length > 0 && present.length === parts.length,
      };
    });
    const levelScores = firstLevels
      .filter((l) => levels.some((c) => c.key === l.key) && l.exact !== null)
      .map((l) => l.exact!);
    const complete = firstLevels.every((l) => !levels.some((c) => c.key === l.key) || l.complete);
    return {
      city,
      indicators,
      firstLevels,
      total: levelScores.length > 0 ? mean(levelScores) : null,
      complete: complete && levelScores.length > 0,
    };
  });

  const totalRanks = rankWithTies(rows.map((r) => ({ key: r.city.code, score: r.complete ? r.total : null })));
  for (const indicator of system.indicators) {
    const ranks = rankWithTies(
      rows.map((r) => ({ key: r.city.code, score: r.indicators.find((v) => v.key === indicator.key)!.exact })),
    );
    for (const r of rows) r.indicators.find((v) => v.key === indicator.key)!.rank = ranks.get(r.city.code) ?? null;
  }
  const levelRanks = new Map(
    system.firstLevels.map((level) => [
      level.key,
      rankWithTies(
        rows.map((r) => {
          const l = r.firstLevels.find((x) => x.key === level.key)!;
          return { key: r.city.code, score: l.complete ? l.exact : null };
        }),
      ),
    ]),
  );

  const result = rows.map((r) => ({
    code: r.city.code,
    name: r.city.name,
    total: r.total === null ? null : round2(r.total),
    rank: totalRanks.get(r.city.code) ?? null,
    complete: r.complete,
    firstLevels: r.firstLevels.map((l) => ({
      key: l.key,
      score: l.exact === null ? null : round2(l.exact),
      rank: levelRanks.get(l.key)!.get(r.city.code) ?? null,
      complete: l.complete,
    })),
    indicators: r.indicators.map(({ exact: _exact, ...v }) => v),
  }));
  result.sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.code.localeCompare(b.code));
  return {
    cities: result,
    // A measured indicator left out says why, from what the cities miss (no cases, no income figure…).
    indicatorsLeftOut: leftOut.map((indicator) => ({
      key: indicator.key,
      reason:
        indicator.source === 'imported'
          ? '未导入该指标的数据'
          : [
              ...new Set(
                cities.map((city) => {
                  const raw = valueOf(city.code, indicator.key);
                  return raw.value === null ? raw.missing : '';
                }),
              ),
            ].join('；') || '所评年份没有可测量的办件',
    })),
  };
}
