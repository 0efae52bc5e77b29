import { sql } from 'drizzle-orm';
import type { Clock } from '../../platform/clock';
import { queryRows, type Db } from '../../platform/db/database';
import { elapsedWorkdaysColumn } from '../deadlines/deadlines.overdue';
import type { NetworkService } from '../network/network.service';
import { cases } from './cases.tables';

/** The 3545 bundles and their promises in working days (企业开办 3, 不动产 5, 工程建设 45). */
export const BUNDLES_3545 = [
  { bundleId: 'enterprise-opening', name: '企业开办', promisedDays: 3 },
  { bundleId: 'real-estate-transfer', name: '不动产登记', promisedDays: 5 },
  { bundleId: 'construction-project-approval', name: '工程建设项目审批', promisedDays: 45 },
] as const;

export type Period = { from: string; to: string };

/**
 * What a bulletin reads from the case records, computed on request: median working days per city
 * for the 3545 bundles (its red cards are 电子监察's records). Figures include synthetic history:
 * they are statistics.
 */
export function createCasesBulletinSource(deps: {
  db: Db;
  clock: Clock;
  network: Pick<NetworkService, 'regionNames'>;
}) {
  const { db } = deps;
  return {
    async figures3545ByCity(period: Period) {
      const elapsed = elapsedWorkdaysColumn(sql`'case:' || ${cases.id}`);
      const rows = await queryRows<{ bundle_id: string; city: string; median: number; n: number }>(
        db,
        sql`select bundle_id, city, percentile_cont(0.5) within group (order by elapsed)::float8 as median,
            count(*)::int as n from (
              select ${cases.bundleId} as bundle_id, left(${cases.regionCode}, 4) as city, ${elapsed} as elapsed
              from ${cases}
              where ${cases.status} = 'completed'
                and ${cases.bundleId} in (${sql.join(
                  BUNDLES_3545.map((b) => sql`${b.bundleId}`),
                  sql`, `,
                )})
                and (${cases.completedAt} at time zone 'Asia/Shanghai')::date between ${period.from} and ${period.to}
            ) c where elapsed is not null group by 1, 2`,
      );
      const names = await deps.network.regionNames(rows.map((r) => r.city));
      return rows.map((r) => ({
        bundleId: r.bundle_id,
        regionCode: r.city,
        name: names.get(r.city) ?? r.city,
        medianWorkdays: Number(r.median),
        cases: r.n,
      }));
    },
  };
}

export type CasesBulletinSource = ReturnType<typeof createCasesBulletinSource>;
