import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '../../platform/db/database';

/**
 * A read port for the business-environment evaluation: medians over the cases of bundles, per
 * city, without any applicant's data. Synthetic history counts (it exists for statistics).
 *
 * Definitions (stated on the report too):
 * - a case is measured when it was submitted in the period, completed and granted;
 * - time: calendar days from the China date of submission to the China date of the bundle's last
 *   certificate (the last granted task's decision: a grant issues its certificate); a case
 *   certified the day it was submitted counts half a day (the World Bank's convention);
 * - working days beside it: the working days in (submission date, certificate date], from the
 *   platform calendar (given as a cumulative count per day, so the database needs no calendar);
 * - procedures: the case's tasks (one per department step) plus the visits the applicant made.
 */
export type BundleMeasureRow = {
  /** The four-digit city code (the first four digits of the deciding region). */
  city: string;
  bundleId: string;
  cases: number;
  medianDays: number;
  medianWorkingDays: number | null;
  medianProcedures: number;
};

export type BundleMeasureQuery = {
  bundleIds: readonly string[];
  /** China dates, inclusive. */
  from: string;
  to: string;
  /**
   * Working days counted from `base`: `cumulative[i]` = working days in (base, base + i days].
   * Certificate dates beyond it give no working-day figure for that case.
   */
  workdays: { base: string; cumulative: readonly number[] };
};

/** The statement (exported for a benchmark's EXPLAIN). */
export function bundleMeasuresStatement(query: BundleMeasureQuery): SQL {
  const cumulative = `{${query.workdays.cumulative.join(',')}}`;
  return sql`with per_case as (
          select substr(c.region_code, 1, 4) as city, c.bundle_id,
                 (c.submitted_at at time zone 'Asia/Shanghai')::date as submitted_on,
                 (max(t.decided_at) filter (where t.decision = 'grant') at time zone 'Asia/Shanghai')::date as certified_on,
                 c.visits + count(t.id)::int as procedures
          from cases c join case_tasks t on t.case_id = c.id
          where c.bundle_id in (${sql.join(
            query.bundleIds.map((id) => sql`${id}`),
            sql`, `,
          )})
            and c.status = 'completed' and c.outcome = 'granted'
            and c.submitted_at >= (${query.from}::date)::timestamp at time zone 'Asia/Shanghai'
            and c.submitted_at < ((${query.to}::date + 1)::timestamp at time zone 'Asia/Shanghai')
          group by c.id
        )
        select city, bundle_id, count(*)::int as cases,
               percentile_cont(0.5) within group (order by greatest(certified_on - submitted_on, 0.5)) as median_days,
               percentile_cont(0.5) within group (order by
                 (${cumulative}::int[])[certified_on - ${query.workdays.base}::date + 1]
                 - (${cumulative}::int[])[submitted_on - ${query.workdays.base}::date + 1]) as median_working_days,
               percentile_cont(0.5) within group (order by procedures) as median_procedures
        from per_case
        where certified_on is not null and certified_on >= submitted_on
        group by city, bundle_id
        order by city, bundle_id`;
}

export async function bundleMeasures(db: DbOrTx, query: BundleMeasureQuery): Promise<BundleMeasureRow[]> {
  if (query.bundleIds.length === 0) return [];
  const rows = await queryRows<{
    city: string;
    bundle_id: string;
    cases: number;
    median_days: string | number;
    median_working_days: string | number | null;
    median_procedures: string | number;
  }>(db, bundleMeasuresStatement(query));
  return rows.map((r) => ({
    city: r.city,
    bundleId: r.bundle_id,
    cases: Number(r.cases),
    medianDays: Number(r.median_days),
    medianWorkingDays: r.median_working_days === null ? null : Number(r.median_working_days),
    medianProcedures: Number(r.median_procedures),
  }));
}
