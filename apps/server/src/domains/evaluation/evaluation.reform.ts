import { randomUUID } from 'node:crypto';
import { and, desc, eq, lt, or, sql } from 'drizzle-orm';
import {
  ReformInputSchema,
  describeReformChange,
  type Bundle,
  type IndicatorSystem,
  type ReformChange,
  type ReformInput,
  type ReformNames,
  type ReformResult,
  type ReformScenario,
} from '@yici/contracts';
import { requireAccess } from '../../platform/access/access';
import { actorRef, type RequestContext } from '../../platform/actor';
import type { AuditPort } from '../../platform/audit/audit.port';
import type { Calendar } from '../../platform/calendar/calendar';
import type { Clock } from '../../platform/clock';
import type { Db } from '../../platform/db/database';
import type { FieldIssue } from '../../platform/errors';
import type { BundleMeasureRow } from '../cases/cases.measures';
import { evaluationErrors } from './evaluation.errors';
import { scoreCities } from './evaluation.scoring';
import { defaultIndicatorSystem } from './evaluation.service';
import { evaluations, reformScenarios } from './evaluation.tables';
import { bundleFees, cityValues, workdayIndex } from './evaluation.values';
import type { ReplayedCase, ReplayPlan, ReplayPort } from './evaluation.replay-port';

/**
 * 改革模拟 — the reform simulator. An evaluator picks changes (a bundle's graph, a removed step, a
 * promised limit, a department's staffing, the online share) and the simulated year is replayed
 * twice with the same seed, as it was and as changed; the 3545 figures, each city's scores and the
 * ranking come out side by side. It answers "what would this change do" before a city makes it.
 *
 * The year is the bulk history generator's model, replayed in memory (`history.replay.ts`): a
 * model, not a forecast. Its assumptions are stated with every result.
 */

export type ReformDeps = {
  db: Db;
  /** The platform's clock: the scenario's dates, and "today" for which years can be modelled. */
  clock: Clock;
  /**
   * Real (wall) time, for the heartbeat alone. On a simulated platform an administrator may move
   * the platform clock by days: a run's heartbeat measured by it would look stopped at once and
   * another process would take the scenario while it is still running.
   */
  wallClock: Pick<Clock, 'now'>;
  audit: AuditPort;
  network: {
    listRegions(query: { parent?: string; asOf?: string }): Promise<{ code: string; name: string; level: string }[]>;
    listDepartments(query: Record<string, never>): Promise<{ id: string; name: string }[]>;
  };
  catalog: {
    getBundle(id: string): Promise<Bundle>;
    getItem(code: string, asOf?: string): Promise<{ item: { name: string; fees?: { amountYuan: number }[] } }>;
  };
  calendar: { calendar(): Promise<Calendar> };
  replay: ReplayPort;
};

/** The 3545 bundles (DOMAIN.md §4): 企业开办 3, 不动产 5, 工程建设 45 working days. */
const FIGURE_BUNDLES = ['enterprise-opening', 'real-estate-transfer', 'construction-project-approval'];

/** A run that has not written its heartbeat for this long belonged to a process that died. */
const STALE_MS = 2 * 60_000;

export const REFORM_ASSUMPTIONS = [
  '模拟年份取自平台的批量历史模型：各市办件量按常住人口，渠道、补正、逾期比例按年份设定（见 data 与 history.profile.ts），并非预测。',
  '基线与改革方案使用同一随机种子：每件办件在两次模拟中抽到相同的随机数，差异只来自改革措施本身。',
  '环节用时按承诺时限抽取（多数提前办结，少数逾期 1—5 个工作日）；缩短承诺时限按比例缩短用时；人手倍数 k 使该部门环节用时除以 k（至少 1 个工作日）。',
  '并联环节在其前置环节都办结后同时开始；删除的环节不再计入环节数，其后续环节改为等待它所等待的环节。',
];

type Figure = ReformResult['bundles'][number]['baseline'];

/** What a scenario's changes name, read from the catalog and the network. */
type References = Omit<ReformNames, 'bundles'> & { bundles: ReadonlyMap<string, Bundle> };

export type ReformProgress = { step: string; done: number; total: number };

export function createReformService(deps: ReformDeps) {
  const { db, clock, wallClock } = deps;

  const defaultNames = new Map(defaultIndicatorSystem().indicators.map((i) => [i.key, i.name]));

  async function citiesOf(year: number) {
    const regions = await deps.network.listRegions({ parent: '37', asOf: `${year}-12-31` });
    return regions.filter((r) => r.level === 'city').map((r) => ({ code: r.code, name: r.name }));
  }

  /**
   * Every problem of a list of changes, by path, as they apply one after the other: unknown
   * bundles, steps, items and departments, and a graph the changes leave cyclic.
   */
  function changeProblems(
    entries: readonly { path: string; change: ReformChange }[],
    context: { year: number } & References,
  ): FieldIssue[] {
    const { bundles, departments, items } = context;
    const problems: FieldIssue[] = [];
    // Each bundle's graph as the changes leave it: step → its prerequisites; removed steps gone.
    const graphs = new Map<string, Map<string, string[]>>();
    const graphOf = (bundle: Bundle) => {
      let graph = graphs.get(bundle.id);
      if (!graph) graphs.set(bundle.id, (graph = new Map(bundle.steps.map((s) => [s.key, [...s.dependsOn]]))));
      return graph;
    };
    const lastTouch = new Map<string, string>();
    let onlineShares = 0;
    for (const { path: at, change } of entries) {
      if (change.kind === 'bundle_graph' || change.kind === 'remove_step') {
        const bundle = bundles.get(change.bundleId);
        if (!bundle) {
          problems.push({ path: `${at}.bundleId`, message: `没有一件事 ${change.bundleId}` });
          continue;
        }
        const graph = graphOf(bundle);
        lastTouch.set(bundle.id, at);
        if (!graph.has(change.step)) {
          problems.push({ path: `${at}.step`, message: `${bundle.name}没有环节 ${change.step}（或已删除）` });
          continue;
        }
        if (change.kind === 'remove_step') {
          if (graph.size === 1) {
            problems.push({ path: `${at}.step`, message: `不能删除${bundle.name}的最后一个环节` });
            continue;
          }
          const inherited = graph.get(change.step)!;
          graph.delete(change.step);
          for (const [key, before] of graph)
            if (before.includes(change.step))
              graph.set(key, [...new Set([...before.filter((d) => d !== change.step), ...inherited])]);
        } else {
          let ok = true;
          change.dependsOn.forEach((dependency, j) => {
            if (dependency === change.step) {
              problems.push({ path: `${at}.dependsOn.${j}`, message: `环节 ${change.step} 不能以自身为前置环节` });
              ok = false;
            } else if (!graph.has(dependency)) {
              problems.push({
                path: `${at}.dependsOn.${j}`,
                message: `${bundle.name}没有环节 ${dependency}（或已删除）`,
              });
              ok = false;
            }
          });
          if (ok) graph.set(change.step, [...new Set(change.dependsOn)]);
        }
      } else if (change.kind === 'promised_limit') {
        if (!items.has(change.basicCode))
          problems.push({ path: `${at}.basicCode`, message: `${context.year} 年没有在用的事项 ${change.basicCode}` });
      } else if (change.kind === 'staffing') {
        if (!departments.has(change.departmentId))
          problems.push({ path: `${at}.departmentId`, message: `没有部门 ${change.departmentId}` });
      } else if (++onlineShares > 1) {
        problems.push({ path: at, message: '网办比例只能给出一次' });
      }
    }
    // A cycle would leave a step waiting for itself: the case could never finish.
    for (const [bundleId, graph] of graphs) {
      const cycle = findCycle(graph);
      if (cycle)
        problems.push({
          path: lastTouch.get(bundleId)!,
          message: `改动使「${bundles.get(bundleId)!.name}」的环节成环：${cycle.join(' → ')}`,
        });
    }
    return problems;
  }

  /**
   * What the changes name, each read once for all of them: their bundles (with steps), items (in
   * force on `asOf`, default today) and departments. An id that names nothing is left out.
   */
  async function referencesOf(changes: readonly ReformChange[], asOf?: string): Promise<References> {
    const bundles = new Map<string, Bundle>();
    for (const id of new Set(changes.flatMap((c) => ('bundleId' in c ? [c.bundleId] : [])))) {
      const bundle = await deps.catalog.getBundle(id).catch(() => null);
      if (bundle) bundles.set(id, bundle);
    }
    const items = new Map<string, string>();
    for (const code of new Set(changes.flatMap((c) => (c.kind === 'promised_limit' ? [c.basicCode] : [])))) {
      const found = await deps.catalog.getItem(code, asOf).catch(() => null);
      if (found) items.set(code, found.item.name);
    }
    const departments = changes.some((c) => c.kind === 'staffing')
      ? new Map((await deps.network.listDepartments({})).map((d) => [d.id, d.name]))
      : new Map<string, string>();
    return { bundles, items, departments };
  }

  /** Every problem of a scenario's input: the baseline's changes, then the scenario's on top of them. */
  async function check(input: ReturnType<typeof ReformInputSchema.parse>) {
    const references = await referencesOf([...input.baselineChanges, ...input.changes], `${input.year}-12-31`);
    const context = { year: input.year, ...references };
    const baseline = input.baselineChanges.map((change, i) => ({ path: `baselineChanges.${i}`, change }));
    const problems = changeProblems(baseline, context);
    const known = new Set(problems.map((p) => `${p.path}|${p.message}`));
    const both = [...baseline, ...input.changes.map((change, i) => ({ path: `changes.${i}`, change }))];
    for (const problem of changeProblems(both, context))
      if (!known.has(`${problem.path}|${problem.message}`)) problems.push(problem);
    if (input.evaluationId) {
      const [evaluation] = await db
        .select({ year: evaluations.year })
        .from(evaluations)
        .where(eq(evaluations.id, input.evaluationId));
      if (!evaluation) problems.push({ path: 'evaluationId', message: `没有评价 ${input.evaluationId}` });
      else if (evaluation.year !== input.year)
        problems.push({
          path: 'evaluationId',
          message: `该评价是 ${evaluation.year} 年的，与模拟年份 ${input.year} 不同`,
        });
    }
    const today = clock.today();
    if (`${input.year}-01-01` >= today)
      problems.push({ path: 'year', message: `${input.year} 年尚未开始或没有已过去的日子，无法模拟（今天 ${today}）` });
    return { problems, references };
  }

  /** The scenarios as shown, their changes described with names read once for all the rows. */
  async function views(rows: readonly (typeof reformScenarios.$inferSelect)[]): Promise<ReformScenario[]> {
    const names = await referencesOf(rows.flatMap((r) => [...r.baselineChanges, ...r.changes]));
    return rows.map((row) => view(row, names));
  }

  function view(row: typeof reformScenarios.$inferSelect, names: ReformNames): ReformScenario {
    return {
      id: row.id,
      title: row.title,
      year: row.year,
      seed: row.seed,
      cases: row.cases,
      evaluationId: row.evaluationId,
      changes: row.changes,
      baselineChanges: row.baselineChanges,
      described: row.changes.map((c) => describeReformChange(c, names)),
      baselineDescribed: row.baselineChanges.map((c) => describeReformChange(c, names)),
      status: row.status,
      progress: row.progress,
      error: row.error,
      createdAt: row.createdAt.toISOString(),
      createdBy: row.createdBy,
      finishedAt: row.finishedAt?.toISOString() ?? null,
      result: row.result && {
        ...row.result,
        // Results kept before indicators were named there take the name from the default system.
        indicatorsLeftOut: row.result.indicatorsLeftOut.map((left) => ({
          ...left,
          name: (left as { name?: string }).name ?? defaultNames.get(left.key) ?? left.key,
        })),
      },
    };
  }

  async function load(id: string) {
    const [row] = await db.select().from(reformScenarios).where(eq(reformScenarios.id, id));
    if (!row) throw evaluationErrors.reformNotFound(id);
    return row;
  }

  /** The year replayed once, measured the evaluation's way and as 3545 figures. */
  async function measureYear(
    scenario: typeof reformScenarios.$inferSelect,
    options: { changed: boolean; onProgress: (done: number, total: number) => Promise<void> },
    measuredBundles: ReadonlySet<string>,
  ) {
    // The baseline is the year with the baseline's changes (the state before the reform, if given);
    // the variant has the scenario's changes on top of them.
    const changes = [...scenario.baselineChanges, ...(options.changed ? scenario.changes : [])];
    const plan = changes.length > 0 ? planRewrite(changes) : undefined;
    const staffing = new Map<string, number>();
    let onlineShare: number | undefined;
    {
      for (const change of changes) {
        if (change.kind === 'staffing')
          staffing.set(change.departmentId, (staffing.get(change.departmentId) ?? 1) * change.factor);
        if (change.kind === 'online_share') onlineShare = change.share;
      }
    }
    const cases = await deps.replay({
      year: scenario.year,
      seed: scenario.seed,
      cases: scenario.cases,
      bundleIds: measuredBundles,
      plan,
      variant: changes.length > 0 ? { onlineShare, staffing } : undefined,
      onProgress: options.onProgress,
    });
    return cases;
  }

  async function execute(
    scenario: typeof reformScenarios.$inferSelect,
    onProgress?: (progress: ReformProgress) => void,
  ): Promise<ReformResult> {
    const beat = async (step: string, done: number, total: number) => {
      onProgress?.({ step, done, total });
      await db
        .update(reformScenarios)
        .set({ progress: { step, done, total }, heartbeatAt: wallClock.now() })
        .where(eq(reformScenarios.id, scenario.id));
    };
    const year = scenario.year;
    const from = `${year}-01-01`;
    const to = `${year}-12-31`;
    const base = scenario.evaluationId
      ? (await db.select().from(evaluations).where(eq(evaluations.id, scenario.evaluationId)))[0]
      : undefined;
    const system: IndicatorSystem = base?.system ?? defaultIndicatorSystem();
    const measured = system.indicators.filter((i) => i.source === 'measured' && i.measure);
    const bundleIds = new Set([...FIGURE_BUNDLES, ...measured.map((i) => i.measure!.bundleId)]);
    const cities = await citiesOf(year);
    const workdays = workdayIndex(await deps.calendar.calendar(), from, to);
    // Progress: two replays of `cases` draws each, then scoring.
    const total = scenario.cases * 2 + 1;
    const baseline = await measureYear(
      scenario,
      { changed: false, onProgress: (done) => beat('模拟基线年度', done, total) },
      bundleIds,
    );
    const variant = await measureYear(
      scenario,
      { changed: true, onProgress: (done) => beat('模拟改革方案', scenario.cases + done, total) },
      bundleIds,
    );
    const fees = new Map<string, number | null>();
    for (const id of bundleIds) fees.set(id, await bundleFees(deps.catalog, id, to));
    const score = (cases: ReplayedCase[]) =>
      scoreCities(
        system,
        cities,
        cityValues({
          system,
          cities,
          rows: measuresOf(cases, workdays),
          fees,
          incomePerCapitaYuan: base?.inputs.incomePerCapitaYuan ?? {},
          imported: base?.inputs.imported ?? [],
        }),
      );
    const before = score(baseline);
    const after = score(variant);
    const cityScore = (scored: typeof before, code: string) => {
      const city = scored.cities.find((c) => c.code === code)!;
      return {
        total: city.total,
        rank: city.rank,
        firstLevels: city.firstLevels.map((l) => ({ key: l.key, score: l.score })),
        indicators: city.indicators.map((i) => ({ key: i.key, value: i.value, score: i.score })),
      };
    };
    const figureBundles = [];
    for (const bundleId of FIGURE_BUNDLES) {
      const bundle = await deps.catalog.getBundle(bundleId).catch(() => null);
      if (!bundle) continue;
      const own = (cases: ReplayedCase[], city?: string) =>
        figureOf(
          cases.filter((c) => c.bundleId === bundleId && (!city || c.city === city)),
          bundle.targetDays,
          workdays,
        );
      figureBundles.push({
        bundleId,
        name: bundle.name,
        promisedDays: bundle.targetDays,
        baseline: own(baseline),
        variant: own(variant),
        cities: cities.map((c) => ({
          code: c.code,
          name: c.name,
          baseline: own(baseline, c.code),
          variant: own(variant, c.code),
        })),
      });
    }
    await beat('计分排名', total, total);
    return {
      casesModelled: { baseline: baseline.length, variant: variant.length },
      bundles: figureBundles,
      firstLevels: system.firstLevels.map((l) => ({ key: l.key, name: l.name })),
      cities: after.cities.map((c) => ({
        code: c.code,
        name: c.name,
        baseline: cityScore(before, c.code),
        variant: cityScore(after, c.code),
      })),
      indicatorsLeftOut: after.indicatorsLeftOut.map((left) => ({
        ...left,
        name: system.indicators.find((i) => i.key === left.key)?.name ?? left.key,
      })),
      assumptions: REFORM_ASSUMPTIONS,
    };
  }

  return {
    /** Checks the changes and queues the scenario; nothing is stored when any change is at fault. */
    async submit(context: RequestContext, raw: ReformInput): Promise<ReformScenario> {
      const actor = requireAccess(context, 'evaluation:run');
      const input = ReformInputSchema.parse(raw);
      const { problems, references } = await check(input);
      if (problems.length > 0) throw evaluationErrors.reformInvalid(problems);
      const row: typeof reformScenarios.$inferInsert = {
        id: randomUUID(),
        title: input.title ?? `${input.year} 年改革模拟`,
        year: input.year,
        seed: input.seed,
        cases: input.cases,
        evaluationId: input.evaluationId ?? null,
        changes: input.changes,
        baselineChanges: input.baselineChanges,
        status: 'queued',
        progress: { step: '排队等候', done: 0, total: input.cases * 2 + 1 },
        createdAt: clock.now(),
        createdBy: actorRef(actor).label,
      };
      await db.transaction(async (tx) => {
        await tx.insert(reformScenarios).values(row);
        await deps.audit.record(tx, context, {
          action: 'evaluation.reform.submitted',
          subjectType: 'reform_scenario',
          subjectId: row.id,
          details: { year: input.year, seed: input.seed, changes: input.changes.length },
        });
      });
      // Described with the names the check read (the items as in force in the year modelled).
      return view(await load(row.id), references);
    },

    async get(context: RequestContext, id: string): Promise<ReformScenario> {
      requireAccess(context, 'evaluation:run');
      const [shown] = await views([await load(id)]);
      return shown!;
    },

    async list(context: RequestContext, query: { year?: number } = {}): Promise<ReformScenario[]> {
      requireAccess(context, 'evaluation:run');
      const rows = await db
        .select()
        .from(reformScenarios)
        .where(query.year === undefined ? undefined : eq(reformScenarios.year, query.year))
        .orderBy(desc(reformScenarios.createdAt))
        .limit(50);
      return views(rows);
    },

    /**
     * The background job's pass: takes the oldest queued scenario (or one whose process died) and
     * runs it. Several processes may call it: the row is taken with `FOR UPDATE SKIP LOCKED`.
     * Resolves true when more are waiting.
     */
    async runNext(options: { onProgress?: (progress: ReformProgress) => void } = {}): Promise<boolean> {
      const stale = new Date(wallClock.now().getTime() - STALE_MS);
      const taken = await db.transaction(async (tx) => {
        const [next] = await tx
          .select()
          .from(reformScenarios)
          .where(
            or(
              eq(reformScenarios.status, 'queued'),
              and(eq(reformScenarios.status, 'running'), lt(reformScenarios.heartbeatAt, stale)),
            ),
          )
          .orderBy(reformScenarios.createdAt)
          .limit(1)
          .for('update', { skipLocked: true });
        if (!next) return null;
        await tx
          .update(reformScenarios)
          .set({ status: 'running', heartbeatAt: wallClock.now() })
          .where(eq(reformScenarios.id, next.id));
        return next;
      });
      if (!taken) return false;
      try {
        const result = await execute(taken, options.onProgress);
        await db
          .update(reformScenarios)
          .set({ status: 'done', result, finishedAt: clock.now(), heartbeatAt: wallClock.now() })
          .where(eq(reformScenarios.id, taken.id));
      } catch (error) {
        // A run that cannot finish (e.g. nothing in force that year) says why; it is not retried.
        const message = error instanceof Error ? error.message : String(error);
        await db
          .update(reformScenarios)
          .set({ status: 'failed', error: message.slice(0, 2000), finishedAt: clock.now() })
          .where(eq(reformScenarios.id, taken.id));
      }
      const [waiting] = await db
        .select({ n: sql<number>`count(*)::int` })
        .from(reformScenarios)
        .where(eq(reformScenarios.status, 'queued'));
      return Number(waiting?.n ?? 0) > 0;
    },
  };
}

export type ReformService = ReturnType<typeof createReformService>;

/** The plans as the changes make them: graphs rewired, steps removed, limits changed. */
export function planRewrite(changes: readonly ReformChange[]) {
  return <P extends ReplayPlan>(plan: P): P => {
    let items = plan.items.map((item) => ({ ...item, dependsOn: [...item.dependsOn] }));
    for (const change of changes) {
      if (change.kind === 'promised_limit')
        items = items.map((item) =>
          item.basicCode === change.basicCode ? { ...item, promisedLimitDays: change.days } : item,
        );
      if (change.kind === 'bundle_graph' && plan.bundleId === change.bundleId)
        items = items.map((item) =>
          item.stepKey === change.step ? { ...item, dependsOn: [...change.dependsOn] } : item,
        );
      if (change.kind === 'remove_step' && plan.bundleId === change.bundleId) {
        const removed = items.find((item) => item.stepKey === change.step);
        if (!removed) continue;
        items = items
          .filter((item) => item !== removed)
          .map((item) =>
            item.dependsOn.includes(change.step)
              ? {
                  ...item,
                  dependsOn: [...new Set([...item.dependsOn.filter((d) => d !== change.step), ...removed.dependsOn])],
                }
              : item,
          );
      }
    }
    return { ...plan, items: topologicalOrder(items) };
  };
}

/** Steps ordered so that each comes after what it depends on (the model starts them in order). */
function topologicalOrder<T extends { stepKey: string | null; dependsOn: string[] }>(items: T[]): T[] {
  const byKey = new Map(items.map((item) => [item.stepKey, item]));
  const done = new Set<T>();
  const out: T[] = [];
  const visit = (item: T) => {
    if (done.has(item)) return;
    done.add(item);
    for (const key of item.dependsOn) {
      const before = byKey.get(key);
      if (before) visit(before);
    }
    out.push(item);
  };
  for (const item of items) visit(item);
  return out;
}

/** A cycle in a step graph (step → prerequisites), as the path that closes it; null when acyclic. */
export function findCycle(graph: ReadonlyMap<string, readonly string[]>): string[] | null {
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (key: string): string[] | null => {
    if (state.get(key) === 'done') return null;
    if (state.get(key) === 'open') return [...path.slice(path.indexOf(key)), key];
    state.set(key, 'open');
    path.push(key);
    for (const dependency of graph.get(key) ?? []) {
      const cycle = visit(dependency);
      if (cycle) return cycle;
    }
    path.pop();
    state.set(key, 'done');
    return null;
  };
  for (const key of graph.keys()) {
    const cycle = visit(key);
    if (cycle) return cycle;
  }
  return null;
}

const dayNumber = (date: string) => Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10)) / 86_400_000;

/** Working days in (submitted, certified], from the evaluation's cumulative index. */
function workingDaysOf(c: ReplayedCase, workdays: { base: string; cumulative: readonly number[] }): number | null {
  const at = (date: string) => workdays.cumulative[dayNumber(date) - dayNumber(workdays.base)];
  const end = at(c.certifiedOn!);
  const start = at(c.submittedOn);
  return end === undefined || start === undefined ? null : end - start;
}

/** Cases counted as the evaluation counts them: completed, granted, with a certificate date. */
const measurable = (c: ReplayedCase) =>
  c.completed && c.granted && c.certifiedOn !== null && c.certifiedOn >= c.submittedOn;

/** The same measures `cases.measures.ts` takes in SQL, over replayed cases. */
export function measuresOf(
  cases: readonly ReplayedCase[],
  workdays: { base: string; cumulative: readonly number[] },
): BundleMeasureRow[] {
  const groups = new Map<string, ReplayedCase[]>();
  for (const c of cases) {
    if (!measurable(c)) continue;
    const key = `${c.city}|${c.bundleId}`;
    const group = groups.get(key);
    if (group) group.push(c);
    else groups.set(key, [c]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([key, group]) => {
      const [city, bundleId] = key.split('|') as [string, string];
      const working = group.map((c) => workingDaysOf(c, workdays)).filter((d): d is number => d !== null);
      return {
        city,
        bundleId,
        cases: group.length,
        medianDays: percentile(
          group.map((c) => Math.max(dayNumber(c.certifiedOn!) - dayNumber(c.submittedOn), 0.5)),
          0.5,
        )!,
        medianWorkingDays: percentile(working, 0.5),
        medianProcedures: percentile(
          group.map((c) => c.procedures),
          0.5,
        )!,
      };
    });
}

/** A 3545 figure: cases, median and p90 working days, median calendar days, share within the promise. */
function figureOf(
  cases: readonly ReplayedCase[],
  promisedDays: number,
  workdays: { base: string; cumulative: readonly number[] },
): Figure {
  const counted = cases.filter(measurable);
  const working = counted.map((c) => workingDaysOf(c, workdays)).filter((d): d is number => d !== null);
  return {
    cases: counted.length,
    medianWorkingDays: percentile(working, 0.5),
    p90WorkingDays: percentile(working, 0.9),
    medianDays: percentile(
      counted.map((c) => Math.max(dayNumber(c.certifiedOn!) - dayNumber(c.submittedOn), 0.5)),
      0.5,
    ),
    onTimeShare:
      working.length === 0
        ? null
        : Math.round((1000 * working.filter((d) => d <= promisedDays).length) / working.length) / 1000,
  };
}

/** PostgreSQL's `percentile_cont`: linear between the two nearest ranks; null for no values. */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = p * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (rank - low);
}
