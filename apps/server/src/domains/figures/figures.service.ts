import { sql, type SQL } from 'drizzle-orm';
import type {
  FiguresAreaRowSchema,
  FiguresCaseFilter,
  FiguresCases,
  FiguresCasesQuery,
  FiguresCards,
  FiguresChannel,
  FiguresFeedback,
  FiguresHeadline,
  FiguresOverview,
  FiguresPublic,
  FiguresQuery,
  FiguresTargetRowSchema,
} from '@yici/contracts';
import type { z } from 'zod';
import type { RequestContext } from '../../platform/actor';
import { requireAccess } from '../../platform/access/access';
import type { Clock } from '../../platform/clock';
import { queryRows, type Db } from '../../platform/db/database';
import { DomainError } from '../../platform/errors';
import { keysetOrder, keysetOrderBy, keysetWhere, type ListCursors } from '../../platform/db/keyset';
import type { CaseRollupSource, HallRegions } from '../cases/cases.rollup-source';
import type { CatalogService } from '../catalog/catalog.service';
import type { NetworkService } from '../network/network.service';
import type { HotlineService } from '../hotline/hotline.service';
import type { RatingsService } from '../ratings/ratings.service';
import type { RegistriesService } from '../registries/registries.service';
import { figuresErrors } from './figures.errors';
import {
  addToHistogram,
  coverOf,
  daysBetween,
  isCalendarDay,
  percentileOf,
  weekOf,
  type Histogram,
  type PeriodCover,
} from './figures.math';
import type { CardFigures } from './figures.monitoring-port';
import { ALL, MEASURES, type Measures, type Rollups } from './figures.rollups';
import { figuresDurations, figuresRollups } from './figures.tables';

/** The 3545 promise (working days) of the three bundles the seed names. */
export const PROMISES_3545 = [
  { bundleId: 'enterprise-opening', name: '企业开办', promisedWorkdays: 3 },
  { bundleId: 'real-estate-transfer', name: '不动产登记', promisedWorkdays: 5 },
  { bundleId: 'construction-project-approval', name: '工程建设项目审批', promisedWorkdays: 45 },
] as const;

/** The earliest day figures are asked for; the platform holds nothing before it. */
const FIRST_DAY = '2000-01-01';
const MAX_PERIOD_DAYS = 3_700;
/** The code length of a region's children (province → city → county → town → village). */
const CHILD_LENGTH: Record<number, number> = { 2: 4, 4: 6, 6: 9, 9: 12 };
const CASES_NOTE = '统计含模拟历史数据；模拟数据不列入办件明细。';

type Area = {
  code: string;
  name: string;
  kind: 'region' | 'hall';
  regionCode: string;
  path: { code: string; name: string }[];
};
type Period = { from: string; to: string; cover: PeriodCover };
type AreaRow = z.infer<typeof FiguresAreaRowSchema>;
type TargetRow = z.infer<typeof FiguresTargetRowSchema>;

const zero = (): Measures => Object.fromEntries(MEASURES.map((k) => [k, 0])) as Measures;
const ratio = (a: number, b: number) => (b === 0 ? null : a / b);

function headlineOf(m: Measures, histogram: Histogram): FiguresHeadline {
  return {
    cases: m.cases,
    completed: m.completed,
    onTimeShare: ratio(m.onTime, m.completed),
    medianWorkdays: percentileOf(histogram, 0.5),
    p90Workdays: percentileOf(histogram, 0.9),
    atMostOneVisitShare: ratio(m.visitsAtMostOne, m.completed),
    zeroVisitShare: ratio(m.visitsZero, m.completed),
    sharedMaterialsShare: ratio(m.materialsShared, m.materials),
    correctionRate: ratio(m.corrected, m.cases),
    deferredCount: m.deferred,
    refusalRate: ratio(m.refused, m.cases),
  };
}

/** The rows of a table that cover the period exactly: whole months from monthly rows, edges from daily ones. */
function periodCondition(cover: PeriodCover, table: typeof figuresRollups | typeof figuresDurations): SQL {
  const parts: SQL[] = [];
  if (cover.months.length > 0)
    parts.push(
      sql`(${table.grain} = 'month' and ${table.periodStart} in (${sql.join(
        cover.months.map((m) => sql`${m}::date`),
        sql`, `,
      )}))`,
    );
  for (const r of cover.dayRanges)
    parts.push(sql`(${table.grain} = 'day' and ${table.periodStart} between ${r.from}::date and ${r.to}::date)`);
  return sql`(${sql.join(parts, sql` or `)})`;
}

const sums = sql.raw(
  MEASURES.map((k) => `coalesce(sum(${k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)}), 0)::bigint as "${k}"`).join(
    ', ',
  ),
);

function measuresOfRow(row: Record<string, unknown>): Measures {
  const m = zero();
  for (const k of MEASURES) m[k] = Number(row[k] ?? 0);
  return m;
}

/** The cases behind a figure: newest received day first, then case id (the facts' columns). */
const CASES_ORDER = keysetOrder('desc', [
  { column: sql`f.day`, type: 'date' },
  { column: sql`f.case_id`, type: 'text' },
]);

const FILTERS: Record<FiguresCaseFilter, SQL> = {
  all: sql`true`,
  completed: sql`f.completed`,
  on_time: sql`f.on_time`,
  late: sql`f.completed and not coalesce(f.on_time, false)`,
  refused: sql`f.refused`,
  corrected: sql`f.corrected`,
  deferred: sql`f.deferred`,
  more_than_one_visit: sql`f.completed and f.visits > 1`,
};

export type FiguresServiceDeps = {
  db: Db;
  clock: Clock;
  rollups: Rollups;
  source: CaseRollupSource;
  network: Pick<NetworkService, 'getRegion' | 'listRegions' | 'findServicePoint' | 'regionNames'>;
  catalog: Pick<CatalogService, 'searchItems' | 'itemNames' | 'listBundles'>;
  ratings: Pick<RatingsService, 'figuresOfPeriod'> | null;
  /** 12345's figures per region and department (the supervisor's tickets behind them are the hotline's). */
  hotline: Pick<HotlineService, 'figures'> | null;
  registries: Pick<RegistriesService, 'recordDataUse'>;
  /** 电子监察's cards per region, department and item (null: the figures leave them out). */
  cards: CardFigures | null;
  halls: () => Promise<HallRegions>;
  /** The platform's signed list cursors (keyset pages). */
  cursors: ListCursors;
  /** The most rows an export may have. */
  exportRowLimit: number;
};

export function createFiguresService(deps: FiguresServiceDeps) {
  const { db, clock, network, catalog } = deps;
  const targetNames = new Map<string, string>();

  function parsePeriod(fromText: string | undefined, toText: string | undefined): Period {
    const today = clock.today();
    const to = toText ?? today;
    const from = fromText ?? `${to.slice(0, 4)}-01-01`;
    for (const [path, day] of [
      ['from', from],
      ['to', to],
    ] as const) {
      if (!isCalendarDay(day)) throw figuresErrors.periodUnknown(path, `${day} 不是有效日期`);
      if (day < FIRST_DAY) throw figuresErrors.periodUnknown(path, `最早可查 ${FIRST_DAY}`);
      if (day > today) throw figuresErrors.periodUnknown(path, `不能晚于今天（${today}）`);
    }
    if (to < from) throw figuresErrors.periodReversed();
    if (daysBetween(from, to) > MAX_PERIOD_DAYS) throw figuresErrors.periodUnknown('to', '统计期间最长 10 年');
    return { from, to, cover: coverOf(from, to) };
  }

  /** A region valid on some day of the period (its first or last), or a hall. */
  async function resolveArea(area: string, period: Period): Promise<Area> {
    if (area.startsWith('hall:')) {
      const point = await network.findServicePoint(area.slice(5));
      if (!point) throw figuresErrors.areaUnknown(area);
      const region = await resolveArea(point.regionCode, period).catch(() => null);
      return {
        code: area,
        name: point.name,
        kind: 'hall',
        regionCode: point.regionCode,
        path: [...(region?.path ?? []), { code: area, name: point.name }],
      };
    }
    for (const day of [period.to, period.from]) {
      try {
        const region = await network.getRegion(area, day);
        return { code: area, name: region.name, kind: 'region', regionCode: area, path: region.path };
      } catch (error) {
        if (!(error instanceof DomainError) || error.kind !== 'not_found') throw error;
      }
    }
    throw figuresErrors.areaUnknown(area);
  }

  async function prepare(context: RequestContext, query: FiguresQuery, permission: 'figures:read' | 'figures:cases') {
    requireAccess(context, permission);
    const period = parsePeriod(query.from, query.to);
    const area = await resolveArea(query.area, period);
    // Supervisors see their region's subtree; anyone else's is answered as missing.
    requireAccess(context, permission, { kind: 'region', regionCode: area.regionCode });
    return { period, area };
  }

  async function sumBy(column: 'channel' | 'target' | 'area' | 'period_start', where: SQL, period: Period) {
    const rows = await queryRows<Record<string, unknown> & { key: string }>(
      db,
      sql`select ${sql.raw(column)}::text as key, ${sums} from ${figuresRollups}
          where ${where} and ${periodCondition(period.cover, figuresRollups)} group by ${sql.raw(column)}`,
    );
    return new Map(
      rows.map((r) => [String(r.key).slice(0, column === 'period_start' ? 10 : undefined), measuresOfRow(r)]),
    );
  }

  async function histogramsBy(column: 'target' | 'area' | 'none', where: SQL, period: Period) {
    const key = column === 'none' ? sql`''` : sql.raw(column);
    const rows = await queryRows<{ key: string; workdays: number; cases: number }>(
      db,
      sql`select ${key} as key, workdays, sum(cases)::bigint as cases from ${figuresDurations}
          where ${where} and ${periodCondition(period.cover, figuresDurations)} group by 1, 2`,
    );
    const out = new Map<string, Histogram>();
    for (const r of rows) {
      const h = out.get(r.key) ?? new Map<number, number>();
      addToHistogram(h, Number(r.workdays), Number(r.cases));
      out.set(r.key, h);
    }
    return out;
  }

  /**
   * The names of items and bundles, kept once known: the catalog names every unknown item in one
   * query (an item guide each cost ~1 s on a province's year with its implementation count).
   */
  async function namesOfTargets(targets: string[], asOf: string): Promise<Map<string, string>> {
    const unknown = targets.filter((t) => !targetNames.has(t));
    if (unknown.some((t) => t.startsWith('bundle:')))
      for (const b of await catalog.listBundles()) targetNames.set(`bundle:${b.id}`, b.name);
    const items = unknown.filter((t) => t.startsWith('item:')).map((t) => t.slice(5));
    if (items.length > 0) {
      const names = await catalog.itemNames(items, asOf);
      // An item withdrawn since: its code stands for it.
      for (const code of items) targetNames.set(`item:${code}`, names.get(code) ?? code);
    }
    return new Map(targets.map((t) => [t, targetNames.get(t) ?? t.slice(t.indexOf(':') + 1)]));
  }

  async function childrenOf(
    area: Area,
    period: Period,
  ): Promise<{ code: string; name: string; hasChildren: boolean }[]> {
    if (area.kind === 'hall') return [];
    const seen = new Map<string, { code: string; name: string; hasChildren: boolean }>();
    for (const day of [period.from, period.to]) {
      try {
        for (const r of await network.listRegions({ parent: area.code, asOf: day }))
          if (!seen.has(r.code)) seen.set(r.code, { code: r.code, name: r.name, hasChildren: r.hasChildren });
      } catch (error) {
        if (!(error instanceof DomainError) || error.kind !== 'not_found') throw error;
      }
    }
    return [...seen.values()].sort((a, b) => a.code.localeCompare(b.code));
  }

  async function zeroVisitItemsShare(area: Area, period: Period): Promise<number | null> {
    try {
      const base = { region: area.regionCode, asOf: period.to, page: 1, pageSize: 1 } as const;
      const [all, online] = await Promise.all([
        catalog.searchItems(base),
        catalog.searchItems({ ...base, online: true }),
      ]);
      return ratio(online.total, all.total);
    } catch {
      return null;
    }
  }

  async function ratingsOf(context: RequestContext, area: Area, period: Period) {
    if (!deps.ratings || area.kind === 'hall') return null;
    const rows = await deps.ratings.figuresOfPeriod(context, {
      by: 'department',
      region: area.regionCode,
      from: period.from,
      to: period.to,
    });
    let ratings = 0;
    let satisfied = 0;
    for (const r of rows) {
      ratings += r.ratings;
      satisfied += Math.round((r.satisfiedShare ?? 0) * r.ratings);
    }
    return { ratings, satisfiedShare: ratio(satisfied, ratings) };
  }

  /** The area's cards in total and per child region, department and item; a hall has none of its own. */
  async function cardsOf(area: Area, period: Period): Promise<FiguresCards | null> {
    if (!deps.cards || area.kind === 'hall') return null;
    const childLength = CHILD_LENGTH[area.code.length] ?? null;
    const counts = await deps.cards.countsOf({ regionCode: area.code, childLength, from: period.from, to: period.to });
    return { total: counts.total, byArea: counts.byRegion, byDepartment: counts.byDepartment, byItem: counts.byItem };
  }

  /** 12345 tickets and 好差评 ratings of the area per region, department and hall. */
  async function feedbackOf(context: RequestContext, area: Area, period: Period): Promise<FiguresFeedback | null> {
    if (area.kind === 'hall' || (!deps.hotline && !deps.ratings)) return null;
    const query = { region: area.regionCode, from: period.from, to: period.to };
    const [tickets, byDepartment, byHall] = await Promise.all([
      deps.hotline ? deps.hotline.figures(context, query) : null,
      deps.ratings ? deps.ratings.figuresOfPeriod(context, { ...query, by: 'department' }) : [],
      deps.ratings ? deps.ratings.figuresOfPeriod(context, { ...query, by: 'service_point' }) : [],
    ]);
    return {
      ticketsByRegion: tickets?.byRegion ?? [],
      ticketsByDepartment: tickets?.byDepartment ?? [],
      ratingsByDepartment: byDepartment,
      ratingsByHall: byHall,
    };
  }

  function panelOf(targets: Map<string, Measures>, histograms: Map<string, Histogram>) {
    return PROMISES_3545.map((p) => {
      const m = targets.get(`bundle:${p.bundleId}`) ?? zero();
      const h = histograms.get(`bundle:${p.bundleId}`) ?? new Map<number, number>();
      let within = 0;
      let completed = 0;
      for (const [days, n] of h) {
        completed += n;
        if (days <= p.promisedWorkdays) within += n;
      }
      return {
        bundleId: p.bundleId,
        name: p.name,
        promisedWorkdays: p.promisedWorkdays,
        completed: m.completed,
        medianWorkdays: percentileOf(h, 0.5),
        p90Workdays: percentileOf(h, 0.9),
        onTimeShare: ratio(m.onTime, m.completed),
        withinPromiseShare: ratio(within, completed),
      };
    });
  }

  async function overviewOf(context: RequestContext, area: Area, period: Period): Promise<FiguresOverview> {
    const here = sql`area = ${area.code}`;
    // What is not read from the rollups (regions, the catalog, cards, tickets, ratings) runs beside the sums.
    const lookups = Promise.all([
      childrenOf(area, period),
      zeroVisitItemsShare(area, period),
      ratingsOf(context, area, period),
      cardsOf(area, period),
      feedbackOf(context, area, period),
    ]);
    // The children's histograms are read beside their sums: the children are the areas under this parent.
    const childAreas = sql`select distinct area from ${figuresRollups}
      where parent = ${area.code} and target = ${ALL} and channel = ${ALL}
        and ${periodCondition(period.cover, figuresRollups)}`;
    const [channels, byTarget, histograms, children, childHistograms, days, lag] = await Promise.all([
      sumBy('channel', sql`${here} and target = ${ALL} and channel <> ${ALL}`, period),
      sumBy('target', sql`${here} and channel = ${ALL}`, period),
      histogramsBy('target', here, period),
      sumBy('area', sql`parent = ${area.code} and target = ${ALL} and channel = ${ALL}`, period),
      area.kind === 'hall'
        ? new Map<string, Histogram>()
        : histogramsBy('area', sql`target = ${ALL} and area in (${childAreas})`, period),
      sumBy('period_start', sql`${here} and grain = 'day' and target = ${ALL} and channel = ${ALL}`, {
        ...period,
        cover: { months: [], dayRanges: [{ from: period.from, to: period.to }] },
      }),
      deps.rollups.lag(),
    ]);
    const total = byTarget.get(ALL) ?? zero();
    const all = histograms.get(ALL) ?? new Map<number, number>();
    const targets = new Map([...byTarget].filter(([k]) => k !== ALL));
    const targetHistograms = histograms;

    const [childRegions, zeroVisitItems, ratings, cards, feedback] = await lookups;
    const hallCodes = [...children.keys()].filter((k) => k.startsWith('hall:'));
    const halls = await Promise.all(hallCodes.map((code) => network.findServicePoint(code.slice(5))));
    const childRows: AreaRow[] = [];
    for (const c of childRegions)
      childRows.push({
        area: c.code,
        name: c.name,
        kind: 'region',
        hasChildren: c.hasChildren,
        ...headlineOf(children.get(c.code) ?? zero(), childHistograms.get(c.code) ?? new Map()),
      });
    for (const [i, code] of hallCodes.entries()) {
      const point = halls[i];
      childRows.push({
        area: code,
        name: point?.name ?? code,
        kind: 'hall',
        hasChildren: false,
        ...headlineOf(children.get(code) ?? zero(), childHistograms.get(code) ?? new Map()),
      });
    }

    const names = await namesOfTargets([...targets.keys()], period.to);
    const targetRows: TargetRow[] = [];
    for (const [target, m] of targets) {
      const kind = target.startsWith('bundle:') ? 'bundle' : 'item';
      targetRows.push({
        target,
        kind,
        name: names.get(target)!,
        promisedWorkdays: PROMISES_3545.find((p) => `bundle:${p.bundleId}` === target)?.promisedWorkdays ?? null,
        ...headlineOf(m, targetHistograms.get(target) ?? new Map()),
      });
    }
    targetRows.sort((a, b) => b.cases - a.cases || a.target.localeCompare(b.target));

    const weeks = new Map<string, Measures>();
    for (const [day, m] of days) {
      const week = weekOf(day);
      const w = weeks.get(week) ?? zero();
      for (const k of MEASURES) w[k] += m[k];
      weeks.set(week, w);
    }
    const channelOrder: FiguresChannel[] = ['window', 'online', 'agent', 'anywhere'];
    return {
      area: { code: area.code, name: area.name, kind: area.kind, path: area.path },
      from: period.from,
      to: period.to,
      headline: headlineOf(total, all),
      channels: channelOrder.map((channel) => {
        const cases = channels.get(channel)?.cases ?? 0;
        return { channel, cases, share: ratio(cases, total.cases) };
      }),
      targets: targetRows,
      children: childRows,
      weeks: [...weeks.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([weekStart, m]) => ({
          weekStart,
          cases: m.cases,
          completed: m.completed,
          onTimeShare: ratio(m.onTime, m.completed),
          atMostOneVisitShare: ratio(m.visitsAtMostOne, m.completed),
        })),
      panel3545: panelOf(targets, targetHistograms),
      zeroVisitItemsShare: zeroVisitItems,
      ratings,
      cards,
      feedback,
      lag: { eventsBehind: lag.eventsBehind, foldedAt: lag.foldedAt?.toISOString() ?? null },
    };
  }

  return {
    /** The figures of one area and period, with its children, items, weeks and the 3545 panel. */
    async overview(context: RequestContext, query: FiguresQuery): Promise<FiguresOverview> {
      const { period, area } = await prepare(context, query, 'figures:read');
      return overviewOf(context, area, period);
    },

    /** The province's headline figures for anyone: no region below it, no case, no name. */
    async publicFigures(context: RequestContext, query: { from?: string; to?: string }): Promise<FiguresPublic> {
      requireAccess(context, 'public:read');
      const period = parsePeriod(query.from, query.to);
      const province = sql`area = '37'`;
      const [targets, histograms] = await Promise.all([
        sumBy('target', sql`${province} and channel = ${ALL}`, period),
        histogramsBy('target', province, period),
      ]);
      const total = targets.get(ALL) ?? zero();
      const all = histograms.get(ALL) ?? new Map<number, number>();
      const area: Area = { code: '37', name: '山东省', kind: 'region', regionCode: '37', path: [] };
      return {
        from: period.from,
        to: period.to,
        headline: headlineOf(total, all),
        panel3545: panelOf(targets, histograms),
        zeroVisitItemsShare: await zeroVisitItemsShare(area, period),
      };
    },

    /**
     * The real cases behind a figure, newest first, a page at a time. Each listed applicant's
     * data-use log gets a row: who looked, why, at which case.
     */
    async casesBehind(context: RequestContext, query: FiguresCasesQuery): Promise<FiguresCases> {
      const { period, area } = await prepare(context, query, 'figures:cases');
      const request = deps.cursors.open({
        list: 'figures_cases',
        filters: {
          area: area.code,
          from: period.from,
          to: period.to,
          filter: query.filter,
          channel: query.channel,
          target: query.target,
        },
        query,
        order: CASES_ORDER,
      });
      const conditions: SQL[] = [
        area.kind === 'hall' ? sql`f.hall_id = ${area.code.slice(5)}` : sql`f.region_code like ${`${area.code}%`}`,
        sql`f.day between ${period.from}::date and ${period.to}::date`,
        FILTERS[query.filter],
      ];
      if (query.channel) conditions.push(sql`f.channel = ${query.channel}`);
      if (query.target) conditions.push(sql`f.target = ${query.target}`);
      const where = sql.join(conditions, sql` and `);
      const halls = await deps.halls();
      const [rows, count] = await Promise.all([
        deps.source.casesBehind({
          where,
          halls,
          page: {
            after: keysetWhere(CASES_ORDER, request.position),
            orderBy: keysetOrderBy(CASES_ORDER, request.position),
          },
          limit: request.limit + 1,
        }),
        deps.source.countBehind({ where, halls }),
      ]);
      const page = deps.cursors.close(request, rows, (r) => [r.day, r.caseId]);
      for (const row of page.rows) {
        try {
          await deps.registries.recordDataUse(context, {
            subjectType: row.applicantKind === 'legal_person' ? 'legal_person' : 'person',
            subjectId: row.applicantId,
            purpose: '统计监督：查看统计指标背后的办件',
            caseId: row.caseId,
            fields: ['name'],
          });
        } catch (error) {
          // An applicant the registries do not hold has no log to write to.
          if (!(error instanceof DomainError) || error.kind !== 'not_found') throw error;
        }
      }
      return {
        items: page.rows.map((r) => ({
          caseId: r.caseId,
          caseNumber: r.caseNumber,
          title: r.title,
          status: r.status,
          regionName: r.regionName,
          day: r.day,
          channel: r.channel,
          applicantName: r.applicantName,
          workdays: r.workdays,
          visits: r.visits,
        })),
        next: page.next,
        prev: page.prev,
        count,
        limit: request.limit,
        note: CASES_NOTE,
      };
    },

    /** Cards raised and cleared in the area, when the monitoring domain is wired (else null). */
    cards: deps.cards,
  };
}

export type FiguresService = ReturnType<typeof createFiguresService>;
export type { Area as FiguresArea };
