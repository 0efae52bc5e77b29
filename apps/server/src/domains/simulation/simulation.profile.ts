import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { TicketCategorySchema, TicketKindSchema } from '@yici/contracts';
import type { FieldIssue } from '../../platform/errors';
import { simulationErrors } from './simulation.errors';

/**
 * A simulation profile: the demand and behaviour of a province-year, kept as data
 * (data/simulation/*.json) and checked as a whole before anything is written. Every figure names
 * its source (the seed, public statistics or a stated assumption) in the file's `sources`.
 */
const rate = z.number().min(0, '比例不能为负').max(1, '比例不能大于 1');
const weight = z.number().min(0, '权重不能为负');
const twelve = z.array(z.number().min(0, '不能为负')).length(12, '应为 12 个月的数值');
const span = z.object({ from: z.iso.date(), to: z.iso.date(), factor: z.number().min(0, '系数不能为负') }).strict();
const speed = z
  .object({
    medianWorkdays: z.number().min(0, '不能为负'),
    spread: z.number().min(0, '不能为负').max(3),
    /** Staff of each department of the kind (every city's and county's department has its own). */
    staffPerDepartment: z.number().int().min(1, '至少 1 人').max(50),
  })
  .strict();

const workdays = z
  .object({ medianWorkdays: z.number().min(0, '不能为负'), spread: z.number().min(0, '不能为负').max(3) })
  .strict();

export const SimulationProfileSchema = z
  .object({
    name: z.string().min(1),
    year: z.number().int().min(2000).max(2100),
    sources: z.record(z.string(), z.string().min(1)),
    annualApplications: z.object({ value: z.number().int().positive(), source: z.string(), note: z.string() }).strict(),
    cities: z
      .array(
        z
          .object({
            code: z.string().regex(/^37\d\d$/, '应为 4 位地市代码'),
            name: z.string(),
            population: z.number().positive('人口应为正数'),
            source: z.string(),
          })
          .strict(),
      )
      .min(1),
    countyWeights: z
      .object({ source: z.string(), note: z.string(), byCity: z.record(z.string(), z.record(z.string(), weight)) })
      .strict(),
    demand: z
      .object({
        source: z.string(),
        note: z.string(),
        targets: z
          .array(
            z.discriminatedUnion('kind', [
              z.object({ kind: z.literal('bundle'), id: z.string(), share: rate }).strict(),
              z.object({ kind: z.literal('item'), basicCode: z.string().regex(/^\d{12}$/), share: rate }).strict(),
            ]),
          )
          .min(1),
      })
      .strict(),
    seasonality: z
      .object({
        source: z.string(),
        note: z.string(),
        months: twelve,
        springFestival: span,
        nationalDay: span,
        monthEnd: z.object({ lastWorkdays: z.number().int().min(0).max(10), factor: z.number().min(0) }).strict(),
      })
      .strict(),
    channels: z
      .object({ source: z.string(), note: z.string(), window: twelve, online: twelve, agent: twelve })
      .strict(),
    departments: z
      .object({
        source: z.string(),
        note: z.string(),
        /** What one staff member handles (a decision, or an opinion on a joint step) in a working day at most. */
        tasksPerStaffDay: z.number().int().min(1, '至少 1 件').max(500),
        default: speed,
        byKind: z.record(z.string(), speed),
      })
      .strict(),
    rates: z
      .object({
        source: z.string(),
        note: z.string(),
        correction: rate,
        deferral: rate,
        refusal: rate,
        extensionWhenLate: rate,
        pickupDelivery: rate,
        /** Share of applicants who have the result posted (EMS) instead of collecting it or receiving it electronically. */
        mailDelivery: rate,
        correctionSupplyWorkdays: z.number().int().min(0).max(20),
      })
      .strict(),
    hotline: z
      .object({
        source: z.string(),
        note: z.string(),
        ticketsPerApplication: z.number().min(0, '不能为负'),
        channels: z.object({ phone: rate, web: rate }).strict(),
        kinds: z.record(TicketKindSchema, rate),
        categories: z.partialRecord(TicketCategorySchema, rate),
        answeredOnSpot: rate,
        signedNextDay: rate,
        returned: rate,
        returnAccepted: rate,
        reply: workdays,
        unsatisfiedRevisit: rate,
        /** Share of tickets whose caller rings again about the same matter while it is open (merged). */
        repeatCall: rate,
      })
      .strict(),
    ratings: z
      .object({
        source: z.string(),
        note: z.string(),
        rated: rate,
        atHall: rate,
        levels: z.array(rate).length(5, '应为五级评价各自的占比'),
        followUpWhenBad: rate,
        rectification: workdays,
        raterConfirms: rate,
        /** Share of bad ratings the department appeals as malicious, and of appeals the desk upholds. */
        appealed: rate,
        appealUpheld: rate,
      })
      .strict(),
  })
  .strict();

export type SimulationProfile = z.infer<typeof SimulationProfileSchema>;

/** What the profile may name: the catalog's items and bundles, the cities and counties of the regions data. */
export type ProfileVocabulary = {
  basicCodes: ReadonlySet<string>;
  bundleIds: ReadonlySet<string>;
  /** City code → its county codes (any validity). */
  counties: ReadonlyMap<string, readonly string[]>;
  departmentKinds: ReadonlySet<string>;
};

const SUM_TOLERANCE = 0.001;
const near1 = (values: number[]) => Math.abs(values.reduce((a, b) => a + b, 0) - 1) <= SUM_TOLERANCE;

type Sections = {
  [K in keyof typeof SimulationProfileSchema.shape]: z.infer<(typeof SimulationProfileSchema.shape)[K]>;
};

/**
 * Every problem of a profile at once, in one pass: the schema's problems, and the consistency of
 * every part that is well-formed on its own (a malformed part cannot be checked further; the
 * others still are). Empty when the profile is sound.
 */
export function profileProblems(input: unknown, vocabulary: ProfileVocabulary): FieldIssue[] {
  const problems: FieldIssue[] = [];
  const add = (path: string, message: string) => problems.push({ path, message });
  const parsed = SimulationProfileSchema.safeParse(input);
  if (!parsed.success) for (const i of parsed.error.issues) add(i.path.join('.'), i.message);
  // Each part as it stands, or undefined when it is malformed.
  const raw = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
  const part = <K extends keyof Sections>(key: K): Sections[K] | undefined => {
    const result = SimulationProfileSchema.shape[key].safeParse(raw[key]);
    return result.success ? (result.data as Sections[K]) : undefined;
  };
  const p = {
    year: part('year'),
    sources: part('sources'),
    annualApplications: part('annualApplications'),
    cities: part('cities'),
    countyWeights: part('countyWeights'),
    demand: part('demand'),
    seasonality: part('seasonality'),
    channels: part('channels'),
    departments: part('departments'),
    rates: part('rates'),
    hotline: part('hotline'),
    ratings: part('ratings'),
  };
  const sourced = (path: string, source: string) => {
    if (p.sources && !(source in p.sources)) add(path, `来源“${source}”未在 sources 中说明`);
  };

  if (p.annualApplications) sourced('annualApplications.source', p.annualApplications.source);
  const seen = new Set<string>();
  p.cities?.forEach((c, i) => {
    sourced(`cities.${i}.source`, c.source);
    if (seen.has(c.code)) add(`cities.${i}.code`, `地市 ${c.code} 重复`);
    seen.add(c.code);
    if (!vocabulary.counties.has(c.code)) add(`cities.${i}.code`, `区划数据中没有地市 ${c.code}`);
  });
  if (p.countyWeights) {
    sourced('countyWeights.source', p.countyWeights.source);
    for (const [city, weights] of Object.entries(p.countyWeights.byCity)) {
      const known = vocabulary.counties.get(city);
      if (p.cities && !seen.has(city)) add(`countyWeights.byCity.${city}`, `地市 ${city} 不在 cities 中`);
      for (const county of Object.keys(weights))
        if (!known?.includes(county))
          add(`countyWeights.byCity.${city}.${county}`, `${county} 不是 ${city} 的县（市、区）`);
      if (!near1(Object.values(weights))) add(`countyWeights.byCity.${city}`, '各县权重合计应为 1');
    }
  }
  if (p.demand) {
    sourced('demand.source', p.demand.source);
    p.demand.targets.forEach((t, i) => {
      if (t.kind === 'bundle' && !vocabulary.bundleIds.has(t.id)) add(`demand.targets.${i}.id`, `没有一件事 ${t.id}`);
      if (t.kind === 'item' && !vocabulary.basicCodes.has(t.basicCode))
        add(`demand.targets.${i}.basicCode`, `事项清单中没有基本编码 ${t.basicCode}`);
    });
    if (!near1(p.demand.targets.map((t) => t.share))) add('demand.targets', '各事项占比合计应为 1');
  }
  if (p.seasonality) {
    sourced('seasonality.source', p.seasonality.source);
    for (const key of ['springFestival', 'nationalDay'] as const) {
      const s = p.seasonality[key];
      if (s.from > s.to) add(`seasonality.${key}`, '起日晚于止日');
      if (p.year !== undefined && (!s.from.startsWith(String(p.year)) || !s.to.startsWith(String(p.year))))
        add(`seasonality.${key}`, `应在 ${p.year} 年内`);
    }
  }
  if (p.channels) {
    sourced('channels.source', p.channels.source);
    for (let m = 0; m < 12; m++) {
      if (!near1([p.channels.window[m]!, p.channels.online[m]!, p.channels.agent[m]!]))
        add(`channels.${m}`, `${m + 1} 月各渠道占比合计应为 1`);
    }
  }
  if (p.departments) {
    sourced('departments.source', p.departments.source);
    for (const kind of Object.keys(p.departments.byKind))
      if (!vocabulary.departmentKinds.has(kind)) add(`departments.byKind.${kind}`, `没有部门类别 ${kind}`);
  }
  if (p.rates) {
    sourced('rates.source', p.rates.source);
    if (p.rates.correction + p.rates.deferral + p.rates.refusal > 1)
      add('rates', '补正、容缺与不予受理的比例合计不能超过 1');
    if (p.rates.pickupDelivery + p.rates.mailDelivery > 1) add('rates', '窗口领取与邮寄送达的比例合计不能超过 1');
  }
  if (p.hotline) {
    sourced('hotline.source', p.hotline.source);
    if (!near1([p.hotline.channels.phone, p.hotline.channels.web])) add('hotline.channels', '各渠道占比合计应为 1');
    if (!near1(Object.values(p.hotline.kinds))) add('hotline.kinds', '各类工单占比合计应为 1');
    if (!near1(Object.values(p.hotline.categories).map((v) => v ?? 0)))
      add('hotline.categories', '各类别占比合计应为 1');
  }
  if (p.ratings) {
    sourced('ratings.source', p.ratings.source);
    if (!near1(p.ratings.levels)) add('ratings.levels', '五级评价占比合计应为 1');
  }
  return problems;
}

/** Reads and checks a profile file; refused whole (every problem listed) when anything is off. */
export function loadProfile(file: string, vocabulary: ProfileVocabulary): SimulationProfile {
  let input: unknown;
  try {
    input = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw simulationErrors.profileInvalid([{ path: file, message: `无法读取：${(error as Error).message}` }]);
  }
  const problems = profileProblems(input, vocabulary);
  if (problems.length > 0) throw simulationErrors.profileInvalid(problems);
  return SimulationProfileSchema.parse(input);
}
