import { z } from 'zod';

/**
 * 营商环境评价 (DOMAIN.md §5): the indicator system is data. Six first-level indicators by default,
 * 17 second-level ones, each with a unit, a direction, its frontier (best and worst) and its
 * source: measured from the platform's own cases, or imported from a survey CSV.
 */
export const IndicatorDirectionSchema = z.enum(['lower_better', 'higher_better']);
export type IndicatorDirection = z.infer<typeof IndicatorDirectionSchema>;
export const IndicatorSourceSchema = z.enum(['measured', 'imported']);
export type IndicatorSource = z.infer<typeof IndicatorSourceSchema>;
/** What a measured indicator measures over the cases of one bundle (一件事). */
export const MeasuredQuantitySchema = z.enum(['time', 'procedures', 'cost']);
export type MeasuredQuantity = z.infer<typeof MeasuredQuantitySchema>;

const Key = z.string().regex(/^[a-z][a-z0-9_]{0,47}$/, { error: '应为小写字母开头的英文代码（字母、数字、下划线）' });
const Finite = z.number({ error: '应为数值' }).finite({ error: '应为有限数值' });

export const IndicatorSchema = z
  .object({
    key: Key,
    name: z.string().trim().min(1).max(60),
    firstLevel: Key.meta({ description: 'the key of its first-level indicator' }),
    unit: z.string().trim().min(1).max(30),
    direction: IndicatorDirectionSchema,
    source: IndicatorSourceSchema,
    /** Measured only: the bundle whose cases are measured, and what is measured. */
    measure: z
      .object({ bundleId: z.string().min(1).max(64), quantity: MeasuredQuantitySchema })
      .strict()
      .nullable(),
    best: Finite,
    worst: Finite,
  })
  .strict()
  .meta({ id: 'EvaluationIndicator' });
export type Indicator = z.infer<typeof IndicatorSchema>;

export const FirstLevelIndicatorSchema = z
  .object({ key: Key, name: z.string().trim().min(1).max(30) })
  .strict()
  .meta({ id: 'EvaluationFirstLevelIndicator' });

export const IndicatorSystemSchema = z
  .object({
    name: z.string().trim().min(1).max(100),
    firstLevels: z.array(FirstLevelIndicatorSchema).min(1).max(20),
    indicators: z.array(IndicatorSchema).min(1).max(100),
  })
  .strict()
  .meta({ id: 'EvaluationIndicatorSystem' });
export type IndicatorSystem = z.infer<typeof IndicatorSystemSchema>;
export type IndicatorSystemInput = z.input<typeof IndicatorSystemSchema>;

/** A frontier problem: best equal to worst, or best on the wrong side of worst for the direction. */
export function frontierProblem(
  indicator: Pick<Indicator, 'direction' | 'best' | 'worst'>,
): { path: 'best' | 'worst'; message: string } | null {
  if (indicator.best === indicator.worst) return { path: 'best', message: '最优值与最差值相同，无法计分' };
  if (indicator.direction === 'lower_better' && indicator.best > indicator.worst)
    return { path: 'best', message: '越低越好的指标，最优值应小于最差值' };
  if (indicator.direction === 'higher_better' && indicator.best < indicator.worst)
    return { path: 'best', message: '越高越好的指标，最优值应大于最差值' };
  return null;
}

/** The public distance-to-frontier calculator (the same function evaluations use). */
export const DtfInputSchema = z
  .object({
    components: z
      .array(z.object({ best: Finite, worst: Finite, value: Finite }).strict())
      .min(1, { error: '至少给出一个指标' })
      .max(100),
  })
  .strict()
  .meta({ id: 'DtfInput' });
export type DtfInput = z.infer<typeof DtfInputSchema>;
export const DtfResultSchema = z
  .object({
    scores: z.array(z.number()).meta({ description: '100 × (worst − value) / (worst − best), clamped to [0, 100]' }),
    mean: z.number(),
  })
  .meta({ id: 'DtfResult' });
export type DtfResult = z.infer<typeof DtfResultSchema>;

const CityCode = z.string().regex(/^37\d{2}$/, { error: '应为 4 位城市代码（如 3701）' });

export const EvaluationInputSchema = z
  .object({
    year: z.number({ error: '年份应为整数' }).int({ error: '年份应为整数' }).min(2000).max(2100),
    title: z.string().trim().min(1).max(100).optional(),
    indicatorSystem: IndicatorSystemSchema.optional().meta({
      description: 'the indicator system to run with; default the platform default (data/evaluation)',
    }),
    frontier: z
      .record(Key, z.object({ best: Finite, worst: Finite }).strict())
      .default({})
      .meta({ description: 'frontier values for this evaluation, by indicator key (override the system)' }),
    incomePerCapitaYuan: z
      .record(CityCode, z.number().positive({ error: '人均收入应为正数' }))
      .default({})
      .meta({ description: 'income per capita by city, yuan a year: the denominator of measured cost' }),
    importedCsv: z
      .string()
      .max(2_000_000)
      .default('')
      .meta({ description: 'imported indicator values: CSV with header city,indicator,value' }),
  })
  .strict();
export type EvaluationInput = z.input<typeof EvaluationInputSchema>;

export const IndicatorValueSchema = z
  .object({
    key: z.string(),
    source: IndicatorSourceSchema,
    value: z.number().nullable(),
    /** Measured time only: the median in working days beside the calendar days. */
    workingDays: z.number().nullable(),
    /** Measured only: the cases the value is taken over. */
    cases: z.number().int().nullable(),
    score: z.number().nullable(),
    rank: z.number().int().nullable(),
    missing: z.string().nullable().meta({ description: 'why there is no value (never scored as zero)' }),
  })
  .meta({ id: 'EvaluationIndicatorValue' });

export const CityResultSchema = z
  .object({
    code: z.string(),
    name: z.string(),
    total: z.number().nullable(),
    rank: z.number().int().nullable(),
    complete: z.boolean(),
    firstLevels: z.array(
      z.object({
        key: z.string(),
        score: z.number().nullable(),
        rank: z.number().int().nullable(),
        complete: z.boolean(),
      }),
    ),
    indicators: z.array(IndicatorValueSchema),
    /** The previous evaluation's figures for this city, when one exists for an earlier year. */
    previous: z
      .object({ year: z.number().int(), total: z.number().nullable(), rank: z.number().int().nullable() })
      .nullable(),
  })
  .meta({ id: 'EvaluationCityResult' });
export type CityResult = z.infer<typeof CityResultSchema>;

export const EvaluationSchema = z
  .object({
    id: z.string(),
    year: z.number().int(),
    title: z.string(),
    createdAt: z.string(),
    createdBy: z.string(),
    system: IndicatorSystemSchema,
    cities: z.array(CityResultSchema).meta({ description: 'ranked first, then the unranked' }),
    /** Indicators with no value for any city: left out for every city, and said so. */
    indicatorsLeftOut: z.array(z.object({ key: z.string(), reason: z.string() })),
    definitions: z.array(z.object({ term: z.string(), text: z.string() })),
    previousEvaluationId: z.string().nullable(),
    casesMeasured: z.number().int(),
  })
  .meta({ id: 'Evaluation' });
export type Evaluation = z.infer<typeof EvaluationSchema>;

export const EvaluationSummarySchema = z
  .object({
    id: z.string(),
    year: z.number().int(),
    title: z.string(),
    createdAt: z.string(),
    cities: z.number().int(),
  })
  .meta({ id: 'EvaluationSummary' });
export type EvaluationSummary = z.infer<typeof EvaluationSummarySchema>;

// ---------------------------------------------------------------------------------------------
// The reform simulator (改革模拟): a change re-run over the simulated year beside its baseline.

const BundleId = z.string().regex(/^[a-z][a-z0-9-]{1,63}$/, { error: '应为一件事的代码（如 real-estate-transfer）' });
const StepKey = z.string().regex(/^[a-z][a-z0-9_]{0,63}$/, { error: '应为环节代码（如 deed_tax）' });

export const ReformChangeSchema = z
  .discriminatedUnion('kind', [
    z
      .object({
        kind: z.literal('bundle_graph'),
        bundleId: BundleId,
        step: StepKey,
        dependsOn: z.array(StepKey).max(20),
      })
      .strict()
      .meta({
        description: "a bundle step's prerequisites, replaced (e.g. [] or fewer: in parallel instead of in series)",
      }),
    z
      .object({ kind: z.literal('remove_step'), bundleId: BundleId, step: StepKey })
      .strict()
      .meta({ description: 'a step removed from a bundle; the steps after it wait for what it waited for' }),
    z
      .object({
        kind: z.literal('promised_limit'),
        basicCode: z.string().regex(/^\d{12}$/, { error: '应为 12 位事项基本编码' }),
        days: z.number().int({ error: '承诺时限应为整数个工作日' }).min(0).max(365),
      })
      .strict()
      .meta({ description: "an item's promised limit in working days, wherever it is implemented" }),
    z
      .object({
        kind: z.literal('staffing'),
        departmentId: z.string().min(1).max(64),
        factor: z
          .number()
          .min(0.25, { error: '人手倍数应在 0.25—4 之间' })
          .max(4, { error: '人手倍数应在 0.25—4 之间' }),
      })
      .strict()
      .meta({
        description:
          "a department's staffing as a multiple of today's: the working days its steps take are divided by it",
      }),
    z
      .object({
        kind: z.literal('online_share'),
        share: z.number().min(0, { error: '网办比例应在 0—1 之间' }).max(1, { error: '网办比例应在 0—1 之间' }),
      })
      .strict()
      .meta({ description: 'the share of cases filed online, in place of the year’s' }),
  ])
  .meta({ id: 'ReformChange' });
export type ReformChange = z.infer<typeof ReformChangeSchema>;

export const ReformInputSchema = z
  .object({
    title: z.string().trim().min(1).max(100).optional(),
    year: z.number({ error: '年份应为整数' }).int({ error: '年份应为整数' }).min(2000).max(2100),
    seed: z
      .number()
      .int()
      .min(0)
      .max(2 ** 31)
      .default(42),
    cases: z
      .number()
      .int()
      .min(1_000, { error: '模拟办件数至少 1,000' })
      .max(2_000_000, { error: '模拟办件数最多 2,000,000' })
      .default(200_000)
      .meta({
        description: 'cases drawn over the simulated year, of every kind (the bundles measured are among them)',
      }),
    evaluationId: z
      .string()
      .min(1)
      .max(64)
      .optional()
      .meta({ description: 'score with this evaluation’s indicator system, incomes and imported values' }),
    changes: z.array(ReformChangeSchema).min(1, { error: '至少给出一项改革措施' }).max(10),
    baselineChanges: z.array(ReformChangeSchema).max(10).default([]).meta({
      description:
        'changes applied to both runs: the state the reform starts from when it is not the catalog as it is (e.g. the deed tax taking 3 working days before the reform)',
    }),
  })
  .strict()
  .meta({ id: 'ReformInput' });
export type ReformInput = z.input<typeof ReformInputSchema>;

const BundleFigure = z.object({
  cases: z.number().int(),
  medianWorkingDays: z.number().nullable(),
  p90WorkingDays: z.number().nullable(),
  medianDays: z.number().nullable(),
  onTimeShare: z.number().nullable().meta({ description: 'share certified within the promised working days' }),
});

const CityScore = z.object({
  total: z.number().nullable(),
  rank: z.number().int().nullable(),
  firstLevels: z.array(z.object({ key: z.string(), score: z.number().nullable() })),
  indicators: z.array(z.object({ key: z.string(), value: z.number().nullable(), score: z.number().nullable() })),
});

export const ReformResultSchema = z
  .object({
    casesModelled: z.object({ baseline: z.number().int(), variant: z.number().int() }),
    /** The 3545 figures per bundle measured, province-wide and per city. */
    bundles: z.array(
      z.object({
        bundleId: z.string(),
        name: z.string(),
        promisedDays: z.number().int(),
        baseline: BundleFigure,
        variant: BundleFigure,
        cities: z.array(
          z.object({ code: z.string(), name: z.string(), baseline: BundleFigure, variant: BundleFigure }),
        ),
      }),
    ),
    firstLevels: z.array(z.object({ key: z.string(), name: z.string() })),
    cities: z.array(
      z.object({
        code: z.string(),
        name: z.string(),
        baseline: CityScore,
        variant: CityScore,
      }),
    ),
    indicatorsLeftOut: z.array(
      z.object({
        key: z.string(),
        name: z.string().meta({ description: "the indicator's name in the indicator system scored with" }),
        reason: z.string(),
      }),
    ),
    assumptions: z.array(z.string()),
  })
  .meta({ id: 'ReformResult' });
export type ReformResult = z.infer<typeof ReformResultSchema>;

export const ReformStatusSchema = z.enum(['queued', 'running', 'done', 'failed']);
export type ReformStatus = z.infer<typeof ReformStatusSchema>;

export const ReformScenarioSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    year: z.number().int(),
    seed: z.number().int(),
    cases: z.number().int(),
    evaluationId: z.string().nullable(),
    changes: z.array(ReformChangeSchema),
    baselineChanges: z.array(ReformChangeSchema),
    /** The changes in plain Chinese, one line each. */
    described: z.array(z.string()),
    baselineDescribed: z.array(z.string()),
    status: ReformStatusSchema,
    progress: z.object({ step: z.string(), done: z.number(), total: z.number() }),
    error: z.string().nullable(),
    createdAt: z.string(),
    createdBy: z.string(),
    finishedAt: z.string().nullable(),
    result: ReformResultSchema.nullable(),
  })
  .meta({ id: 'ReformScenario' });
export type ReformScenario = z.infer<typeof ReformScenarioSchema>;

/** The names a change's description needs: bundles with their steps, items and departments by id. */
export type ReformNames = {
  bundles: ReadonlyMap<string, { name: string; steps: readonly { key: string; name: string }[] }>;
  /** Item names by basic code; a code without a name is shown as the code. */
  items: ReadonlyMap<string, string>;
  departments: ReadonlyMap<string, string>;
};

/**
 * A change in plain Chinese, one line (the scenario's `described`, and the draft list before it is
 * submitted): the same sentence on the server and in the browser. An unknown id is shown as it is.
 */
export function describeReformChange(change: ReformChange, names: ReformNames): string {
  const bundle = 'bundleId' in change ? names.bundles.get(change.bundleId) : undefined;
  const bundleName = 'bundleId' in change ? (bundle?.name ?? change.bundleId) : '';
  const stepName = (key: string) => `「${bundle?.steps.find((s) => s.key === key)?.name ?? key}」`;
  switch (change.kind) {
    case 'bundle_graph':
      return change.dependsOn.length === 0
        ? `${bundleName}：${stepName(change.step)}不再等待其他环节，受理后即开始`
        : `${bundleName}：${stepName(change.step)}只等待 ${change.dependsOn.map(stepName).join('、')}`;
    case 'remove_step':
      return `${bundleName}：取消环节${stepName(change.step)}`;
    case 'promised_limit': {
      const item = names.items.get(change.basicCode);
      return `事项${item ? `「${item}」（${change.basicCode}）` : ` ${change.basicCode} `}承诺时限改为 ${change.days} 个工作日`;
    }
    case 'staffing':
      return `${names.departments.get(change.departmentId) ?? change.departmentId} 人手为现在的 ${change.factor} 倍`;
    case 'online_share':
      return `网上申请比例为 ${Math.round(change.share * 100)}%`;
  }
}
