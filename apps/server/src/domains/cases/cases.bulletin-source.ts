import { sql } from 'drizzle-orm';
import type { Clock } from '../../platform/clock';
import { queryRows, type Db } from '../../platform/db/database';
import { elapsedWorkdaysColumn, overdueWithinCondition } from '../deadlines/deadlines.overdue';
import type { NetworkService } from '../network/network.service';
import { cases, caseTasks } from './cases.tables';

/** The 3545 bundles and their promises in working days (企业开办 3, 不动产 5, 工程建设 45). */
export const BUNDLES_3545 = [
  { bundleId: 'enterprise-opening', name: '企业开办', promisedDays: 3 },
  { bundleId: 'real-estate-transfer', name: '不动产登记', promisedDays: 5 },
  { bundleId: 'construction-project-approval', name: '工程建设项目审批', promisedDays: 45 },
] as const;

export type Period = { from: string; to: string };

/**
 * What a bulletin reads from the case records, computed on request: overdue department tasks by
 * city and department (from the deadlines' read side), and median working days per city for the
 * 3545 bundles. Figures include synthetic history: they are statistics.
 */
export function createCasesBulletinSource(deps: {
  db: Db;
  clock: Clock;
  network: Pick<NetworkService, 'regionNames'>;
}) {
  const { db } = deps;
  return {
    async redCardsBy(period: Period) {
      const today = deps.clock.today();
      const overdue = overdueWithinCondition(sql`'task:' || ${caseTasks.id}`, { ...period, today });
      const rows = await queryRows<{ city: string; department_id: string; department_name: string; n: number }>(
        db,
        sql`select left(${caseTasks.regionCode}, 4) as city, ${caseTasks.departmentId} as department_id,
            ${caseTasks.departmentName} as department_name, count(*)::int as n
          from ${caseTasks} where ${overdue} group by 1, 2, 3`,
      );
      const names = await deps.network.regionNames(rows.map((r) => r.city));
      const byCity = new Map<string, number>();
      const byDepartment = new Map<string, { name: string; count: number }>();
      for (const r of rows) {
        byCity.set(r.city, (byCity.get(r.city) ?? 0) + r.n);
        const d = byDepartment.get(r.department_id) ?? { name: r.department_name, count: 0 };
        d.count += r.n;
        byDepartment.set(r.department_id, d);
      }
      return {
        byCity: [...byCity].map(([regionCode, count]) => ({
          regionCode,
          name: names.get(regionCode) ?? regionCode,
          count,
        })),
        byDepartment: [...byDepartment].map(([departmentId, d]) => ({ departmentId, name: d.name, count: d.count })),
      };
    },

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
