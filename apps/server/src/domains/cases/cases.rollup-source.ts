import { sql, type SQL } from 'drizzle-orm';
import type { ListCount } from '@yici/contracts';
import { queryRows, type DbOrTx } from '../../platform/db/database';
import { boundedCount } from '../../platform/db/keyset';
import { clockOutcomeJoin } from '../deadlines/deadlines.figure-columns';
import { caseEvents, caseNotices, cases } from './cases.tables';

/**
 * The read port of the figures' rollups: what one received case contributes to the statistics,
 * as plain facts. The figures domain keeps its rollups from these and never reads the cases'
 * tables itself. Drafts and applications waiting for a co-applicant are not received, so they
 * contribute nothing. Synthetic history rows (the bulk generator's) are facts like any other.
 */
export type CaseFact = {
  caseId: string;
  synthetic: boolean;
  /** The China day the case was received (收件日): the day it counts on. */
  day: string;
  regionCode: string;
  /** The hall that took it in at the window, when the record carries it (synthetic rows do not). */
  hallId: string | null;
  /** `item:<basic code>` or `bundle:<bundle id>`. */
  target: string;
  channel: 'window' | 'online' | 'agent' | 'anywhere';
  completed: boolean;
  refused: boolean;
  onTime: boolean | null;
  workdays: number | null;
  visits: number;
  /** Materials supplied by upload, certificate or registry; and of them, the ones not uploaded (免提交). */
  materials: number;
  materialsShared: number;
  corrected: boolean;
  deferred: boolean;
};

/** Hall id → the hall's region code: a window case taken in outside its region is handle-anywhere. */
export type HallRegions = Record<string, string>;

/**
 * The facts as an SQL query (columns in snake case, as `CaseFact`), for a condition on `c`
 * (the cases row). The figures' rebuild runs it as a subquery of one grouped insert, so that a
 * province's history is summed inside the database.
 */
export function caseFactsQuery(options: { halls: HallRegions; where: SQL }): SQL {
  const hallRegion = sql`(${JSON.stringify(options.halls)}::jsonb ->> c.service_point_id)`;
  return sql`select c.id as case_id, c.synthetic, c.received_on as day, c.region_code,
      c.service_point_id as hall_id,
      case when c.bundle_id is not null then 'bundle:' || c.bundle_id
           else 'item:' || substr(c.implementation_code, 20, 12) end as target,
      case when c.channel = 'window' and ${hallRegion} is not null
             and not (c.region_code like ${hallRegion} || '%' or ${hallRegion} like c.region_code || '%')
           then 'anywhere' else c.channel end as channel,
      c.status = 'completed' as completed,
      c.status = 'refused' as refused,
      case when c.status = 'completed' then clock_outcome.on_time end as on_time,
      case when c.status = 'completed' then clock_outcome.workdays end as workdays,
      c.visits,
      coalesce(m.supplied, 0)::int as materials,
      coalesce(m.shared, 0)::int as materials_shared,
      c.correction_round > 0 as corrected,
      case when c.synthetic then false else exists (select 1 from ${caseNotices} n
        where n.case_id = c.id and n.kind = 'deferred_acceptance') end as deferred
    from ${cases} c
    ${clockOutcomeJoin(sql`'case:' || c.id`)}
    left join lateral (
      select count(*) filter (where e->>'state' in ('uploaded', 'certificate', 'registry')) as supplied,
             count(*) filter (where e->>'state' in ('certificate', 'registry')) as shared
      from jsonb_array_elements(c.materials) e
    ) m on true
    where c.received_on is not null and c.status not in ('draft', 'awaiting_co_applicant')
      and (${options.where})`;
}

type FactRow = {
  case_id: string;
  synthetic: boolean;
  day: string;
  region_code: string;
  hall_id: string | null;
  target: string;
  channel: CaseFact['channel'];
  completed: boolean;
  refused: boolean;
  on_time: boolean | null;
  workdays: number | null;
  visits: number;
  materials: number;
  materials_shared: number;
  corrected: boolean;
  deferred: boolean;
};

const factOf = (r: FactRow): CaseFact => ({
  caseId: r.case_id,
  synthetic: r.synthetic,
  day: String(r.day).slice(0, 10),
  regionCode: r.region_code,
  hallId: r.hall_id,
  target: r.target,
  channel: r.channel,
  completed: r.completed,
  refused: r.refused,
  onTime: r.on_time,
  workdays: r.workdays === null ? null : Number(r.workdays),
  visits: Number(r.visits),
  materials: Number(r.materials),
  materialsShared: Number(r.materials_shared),
  corrected: r.corrected,
  deferred: r.deferred,
});

export function createCaseRollupSource(db: DbOrTx) {
  return {
    caseFactsQuery,

    /** The facts of these real cases now (a case not received, unknown or synthetic has none). */
    async factsOf(ids: string[], halls: HallRegions, tx: DbOrTx = db): Promise<CaseFact[]> {
      if (ids.length === 0) return [];
      const idList = sql.join(
        ids.map((id) => sql`${id}`),
        sql`, `,
      );
      // Only the halls these cases were taken in at go into the statement: a province's network
      // has tens of thousands of service points (64,269 seeded: 2.5 MB of JSON, sent and parsed
      // three times a statement, 350 ms of the database's time on each fold of a few cases).
      const taken = await queryRows<{ hall: string }>(
        tx,
        sql`select distinct ${cases.servicePointId} as hall from ${cases}
            where ${cases.id} in (${idList}) and ${cases.servicePointId} is not null`,
      );
      const theirs: HallRegions = {};
      for (const { hall } of taken) if (Object.hasOwn(halls, hall)) theirs[hall] = halls[hall]!;
      const rows = await queryRows<FactRow>(
        tx,
        caseFactsQuery({ halls: theirs, where: sql`not c.synthetic and c.id in (${idList})` }),
      );
      return rows.map(factOf);
    },

    /**
     * Cases whose timeline moved after the event `after` (every transition writes one): up to
     * `limit` events, oldest first, with the last event id read.
     */
    async changedSince(
      after: number,
      limit: number,
      tx: DbOrTx = db,
    ): Promise<{ caseIds: string[]; lastEventId: number | null }> {
      const rows = await queryRows<{ id: number; case_id: string }>(
        tx,
        sql`select ${caseEvents.id} as id, ${caseEvents.caseId} as case_id from ${caseEvents}
            where ${caseEvents.id} > ${after} order by ${caseEvents.id} limit ${limit}`,
      );
      return {
        caseIds: [...new Set(rows.map((r) => r.case_id))],
        lastEventId: rows.length === 0 ? null : Number(rows[rows.length - 1]!.id),
      };
    },

    /** The newest timeline event id (the rollups' watermark starts from it after a rebuild). */
    async lastEventId(tx: DbOrTx = db): Promise<number> {
      const [row] = await queryRows<{ id: number | null }>(
        tx,
        sql`select max(${caseEvents.id}) as id from ${caseEvents}`,
      );
      return Number(row?.id ?? 0);
    },

    /** The first and last day any case was received on (null when there is none). */
    async receivedDays(tx: DbOrTx = db): Promise<{ from: string; to: string } | null> {
      const [row] = await queryRows<{ from: string | null; to: string | null }>(
        tx,
        sql`select min(${cases.receivedOn}) as "from", max(${cases.receivedOn}) as "to" from ${cases}`,
      );
      return row?.from && row.to ? { from: String(row.from).slice(0, 10), to: String(row.to).slice(0, 10) } : null;
    },

    /**
     * The real (not synthetic) cases behind a figure, newest first, a page after the cursor:
     * the caller has already narrowed them to what the viewer may see (a region prefix).
     */
    async casesBehind(
      filter: {
        where: SQL;
        halls: HallRegions;
        /** The keyset page: rows after the cursor (`(f.day, f.case_id)` compared) in this order. */
        page: { after: SQL | undefined; orderBy: SQL[] };
        limit: number;
      },
      tx: DbOrTx = db,
    ): Promise<
      (CaseFact & {
        caseNumber: string | null;
        title: string;
        status: string;
        applicantKind: string;
        applicantId: string;
        applicantName: string;
        regionName: string;
      })[]
    > {
      const after = filter.page.after ? sql`and ${filter.page.after}` : sql``;
      const rows = await queryRows<
        FactRow & {
          case_number: string | null;
          title: string;
          status: string;
          applicant_kind: string;
          applicant_id: string;
          applicant_name: string;
          region_name: string;
        }
      >(
        tx,
        sql`select f.*, x.case_number, x.title, x.status, x.applicant_kind, x.applicant_id, x.applicant_name, x.region_name
            from (${caseFactsQuery({ halls: filter.halls, where: sql`not c.synthetic` })}) f
            join ${cases} x on x.id = f.case_id
            where (${filter.where}) ${after}
            order by ${sql.join(filter.page.orderBy, sql`, `)} limit ${filter.limit}`,
      );
      return rows.map((r) => ({
        ...factOf(r),
        caseNumber: r.case_number,
        title: r.title,
        status: r.status,
        applicantKind: r.applicant_kind,
        applicantId: r.applicant_id,
        applicantName: r.applicant_name,
        regionName: r.region_name,
      }));
    },

    /** How many real cases are behind a figure, up to the lists' bound ("10,000+"). */
    async countBehind(filter: { where: SQL; halls: HallRegions }, tx: DbOrTx = db): Promise<ListCount> {
      return boundedCount(
        tx,
        sql`select 1 from (${caseFactsQuery({ halls: filter.halls, where: sql`not c.synthetic` })}) f
            where (${filter.where})`,
      );
    },
  };
}

export type CaseRollupSource = ReturnType<typeof createCaseRollupSource>;
