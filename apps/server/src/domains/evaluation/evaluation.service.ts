import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { and, desc, eq, lt } from 'drizzle-orm';
import {
  EvaluationInputSchema,
  IndicatorSystemSchema,
  type DtfInput,
  type DtfResult,
  type Evaluation,
  type EvaluationInput,
  type EvaluationSummary,
  type IndicatorSystem,
} from '@yici/contracts';
import { requireAccess } from '../../platform/access/access';
import { actorRef, type RequestContext } from '../../platform/actor';
import type { AuditPort } from '../../platform/audit/audit.port';
import type { Calendar } from '../../platform/calendar/calendar';
import type { Clock } from '../../platform/clock';
import type { Db } from '../../platform/db/database';
import type { FieldIssue } from '../../platform/errors';
import type { BundleMeasureQuery, BundleMeasureRow } from '../cases/cases.measures';
import type { SealedReportRenderer } from '../certificates/certificates.sealed-report';
import { evaluationErrors } from './evaluation.errors';
import { parseImported } from './evaluation.imports';
import { renderEvaluationPdf } from './evaluation.pdf';
import { bundleFees, cityValues, workdayIndex, type FeesPort } from './evaluation.values';
import {
  dtf,
  dtfProblems,
  mean,
  MISSING_DATA_RULE,
  round2,
  scoreCities,
  systemProblems,
  TIE_RULE,
} from './evaluation.scoring';
import { evaluations } from './evaluation.tables';

const DEFAULT_SYSTEM_FILE = fileURLToPath(
  new URL('../../../../../data/evaluation/indicator-system.json', import.meta.url),
);

/** The platform's default indicator system (data/evaluation/indicator-system.json), validated. */
export function defaultIndicatorSystem(): IndicatorSystem {
  const system = IndicatorSystemSchema.parse(JSON.parse(readFileSync(DEFAULT_SYSTEM_FILE, 'utf8')));
  const problems = systemProblems(system);
  if (problems.length > 0) throw new Error(`default indicator system: ${JSON.stringify(problems)}`);
  return system;
}

/** The measured definitions, as stated on the report. */
export const DEFINITIONS: { term: string; text: string }[] = [
  {
    term: '时间（实测）',
    text: '所评年度内提交、已办结且准予的一件事办件，自提交之日至最后一张电子证照签发之日（最后一个准予环节的决定日）的自然日数的中位数；当日办结计 0.5 天。旁列同一区间（不含提交日、含签发日）的工作日数中位数，按平台工作日历计算。',
  },
  { term: '环节（实测）', text: '同一批办件中，每件的部门审批环节数加申请人到现场次数，取中位数。' },
  {
    term: '费用（实测）',
    text: '按事项清单公布的收费标准，一件事各事项应缴费用之和，除以该市人均收入（评价时输入），以百分比表示；未输入人均收入的城市该项缺数据。',
  },
  {
    term: '前沿距离',
    text: '每项二级指标得分 = 100 × (最差值 − 实际值) ÷ (最差值 − 最优值)，截取到 0–100；一级指标为其二级指标得分的平均，总分为各一级指标得分的平均。',
  },
  { term: '缺少数据', text: MISSING_DATA_RULE },
  { term: '并列', text: TIE_RULE },
  { term: '评价范围', text: '以年末（12 月 31 日）有效的市级行政区划为准：2018 年 17 市（含莱芜），2019 年起 16 市。' },
];

export type EvaluationDeps = {
  db: Db;
  clock: Clock;
  audit: AuditPort;
  network: {
    listRegions(query: { parent?: string; asOf?: string }): Promise<{ code: string; name: string; level: string }[]>;
  };
  catalog: FeesPort;
  calendar: { calendar(): Promise<Calendar> };
  /** The cases domain's read port (`cases.measures.ts`). */
  measures: (query: BundleMeasureQuery) => Promise<BundleMeasureRow[]>;
  renderSealedReport: SealedReportRenderer;
};

export type EvaluationProgress = { step: string; done: number; total: number };

/**
 * 营商环境评价: measures time, procedures and cost from the platform's own cases, adds the
 * imported survey values, scores every city by distance to frontier and ranks them. An evaluation
 * keeps the indicator system and inputs it was run with.
 */
export function createEvaluationService(deps: EvaluationDeps) {
  const { db, clock } = deps;

  async function citiesOf(year: number) {
    const regions = await deps.network.listRegions({ parent: '37', asOf: `${year}-12-31` });
    return regions.filter((r) => r.level === 'city').map((r) => ({ code: r.code, name: r.name }));
  }

  async function workdays(from: string, to: string) {
    return workdayIndex(await deps.calendar.calendar(), from, to);
  }

  function view(row: typeof evaluations.$inferSelect, previous: typeof evaluations.$inferSelect | null): Evaluation {
    return {
      id: row.id,
      year: row.year,
      title: row.title,
      createdAt: row.createdAt.toISOString(),
      createdBy: row.createdBy,
      system: row.system,
      cities: row.cities.map((city) => {
        const before = previous?.cities.find((c) => c.code === city.code);
        return {
          ...city,
          previous: before && previous ? { year: previous.year, total: before.total, rank: before.rank } : null,
        };
      }),
      indicatorsLeftOut: row.indicatorsLeftOut,
      definitions: DEFINITIONS,
      previousEvaluationId: previous?.id ?? null,
      casesMeasured: row.casesMeasured,
    };
  }

  async function previousOf(row: typeof evaluations.$inferSelect) {
    const [previous] = await db
      .select()
      .from(evaluations)
      .where(lt(evaluations.year, row.year))
      .orderBy(desc(evaluations.year), desc(evaluations.createdAt))
      .limit(1);
    return previous ?? null;
  }

  async function load(id: string) {
    const [row] = await db.select().from(evaluations).where(eq(evaluations.id, id));
    if (!row) throw evaluationErrors.notFound(id);
    return row;
  }

  async function get(id: string): Promise<Evaluation> {
    const row = await load(id);
    return view(row, await previousOf(row));
  }

  return {
    defaultSystem: defaultIndicatorSystem,
    get,

    /** The public calculator: the same DTF the evaluations use. */
    dtf(input: DtfInput): DtfResult {
      const problems = dtfProblems(input.components);
      if (problems.length > 0) throw evaluationErrors.dtfInvalid(problems);
      const exact = input.components.map((c) => dtf(c.best, c.worst, c.value));
      return { scores: exact.map(round2), mean: round2(mean(exact)) };
    },

    async run(
      context: RequestContext,
      rawInput: EvaluationInput,
      options: { onProgress?: (progress: EvaluationProgress) => void } = {},
    ): Promise<Evaluation> {
      const actor = requireAccess(context, 'evaluation:run');
      const input = EvaluationInputSchema.parse(rawInput);
      const progress = (step: string, done: number) => options.onProgress?.({ step, done, total: 5 });
      progress('核对参数', 0);
      const base = input.indicatorSystem ?? defaultIndicatorSystem();
      const problems: FieldIssue[] = [];
      const known = new Set(base.indicators.map((i) => i.key));
      for (const key of Object.keys(input.frontier))
        if (!known.has(key)) problems.push({ path: `frontier.${key}`, message: `没有指标 ${key}` });
      const system: IndicatorSystem = {
        ...base,
        indicators: base.indicators.map((i) => ({ ...i, ...(input.frontier[i.key] ?? {}) })),
      };
      problems.push(...systemProblems(system));
      const cities = await citiesOf(input.year);
      if (cities.length === 0) throw evaluationErrors.noCities(input.year);
      const cityCodes = new Set(cities.map((c) => c.code));
      for (const code of Object.keys(input.incomePerCapitaYuan))
        if (!cityCodes.has(code))
          problems.push({
            path: `incomePerCapitaYuan.${code}`,
            message: `城市 ${code} 不在 ${input.year} 年的评价范围内`,
          });
      if (problems.length > 0) throw evaluationErrors.inputInvalid(problems);
      const imported = parseImported(input.importedCsv, { system, cities, year: input.year });
      if (imported.problems.length > 0) throw evaluationErrors.importInvalid(imported.problems);

      progress('测量办件', 1);
      const from = `${input.year}-01-01`;
      const to = `${input.year}-12-31`;
      const measured = system.indicators.filter((i) => i.source === 'measured' && i.measure);
      const bundleIds = [...new Set(measured.map((i) => i.measure!.bundleId))];
      const rows = await deps.measures({ bundleIds, from, to, workdays: await workdays(from, to) });
      const casesMeasured = rows.filter((r) => cityCodes.has(r.city)).reduce((sum, r) => sum + r.cases, 0);
      if (casesMeasured === 0 && imported.rows.length === 0) throw evaluationErrors.noData(input.year);

      progress('汇总指标', 2);
      const fees = new Map<string, number | null>();
      for (const bundleId of bundleIds) fees.set(bundleId, await bundleFees(deps.catalog, bundleId, to));
      const values = cityValues({
        system,
        cities,
        rows,
        fees,
        incomePerCapitaYuan: input.incomePerCapitaYuan,
        imported: imported.rows,
      });

      progress('计分排名', 3);
      const scored = scoreCities(system, cities, values);
      const row: typeof evaluations.$inferInsert = {
        id: randomUUID(),
        year: input.year,
        title: input.title ?? `${input.year} 年度山东省营商环境评价`,
        system,
        inputs: { incomePerCapitaYuan: input.incomePerCapitaYuan, imported: imported.rows },
        cities: scored.cities,
        indicatorsLeftOut: scored.indicatorsLeftOut,
        casesMeasured,
        createdAt: clock.now(),
        createdBy: actorRef(actor).label,
      };
      await db.transaction(async (tx) => {
        await tx.insert(evaluations).values(row);
        await deps.audit.record(tx, context, {
          action: 'evaluation.evaluation.run',
          subjectType: 'evaluation',
          subjectId: row.id,
          details: { year: input.year, cities: cities.length, casesMeasured },
        });
      });
      progress('完成', 5);
      const stored = await load(row.id);
      return view(stored, await previousOf(stored));
    },

    async list(query: { year?: number } = {}): Promise<EvaluationSummary[]> {
      const rows = await db
        .select()
        .from(evaluations)
        .where(query.year === undefined ? undefined : and(eq(evaluations.year, query.year)))
        .orderBy(desc(evaluations.year), desc(evaluations.createdAt))
        .limit(100);
      return rows.map((r) => ({
        id: r.id,
        year: r.year,
        title: r.title,
        createdAt: r.createdAt.toISOString(),
        cities: r.cities.length,
      }));
    },

    /** The report as a PDF, stamped and signed with the platform's seal. */
    async pdf(id: string): Promise<Buffer> {
      const evaluation = await get(id);
      return renderEvaluationPdf(evaluation, deps.renderSealedReport);
    },
  };
}

export type EvaluationService = ReturnType<typeof createEvaluationService>;
