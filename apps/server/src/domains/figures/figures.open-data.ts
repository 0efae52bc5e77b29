import { sql, type SQL } from 'drizzle-orm';
import { ALL } from './figures.rollups';
import { figuresRollups } from './figures.tables';

/**
 * The figures' open dataset (公共数据开放): cases received per region and month, with how many
 * completed, read from the monthly rollups (never from the cases). A rollup row of a region holds
 * its whole subtree; here each region gets only the cases received in the region itself (its row
 * less its child regions' rows), so that the cells are disjoint and no published total minus
 * others gives a withheld count. Withheld (null), in the query itself so that neither a row nor a
 * filter on a count reveals it: a count under `threshold`; and the completed count also when the
 * cases not completed (received less completed) are fewer than `threshold` but not none, since
 * that difference would name them.
 */
export function caseFiguresFromRollups(threshold: number): SQL {
  const regions = sql`select area, parent, period_start, cases, completed from ${figuresRollups}
                       where grain = 'month' and target = ${ALL} and channel = ${ALL} and area not like 'hall:%'`;
  return sql`select area as "regionCode", to_char(period_start, 'YYYY-MM') as "month",
                    case when received < ${threshold} then null else received end as "received",
                    case when completed < ${threshold} or received - completed between 1 and ${threshold - 1}
                         then null else completed end as "completed"
               from (select r.area, r.period_start,
                            (r.cases - coalesce(sum(c.cases), 0))::int as received,
                            (r.completed - coalesce(sum(c.completed), 0))::int as completed
                       from (${regions}) r
                       left join (${regions}) c on c.parent = r.area and c.period_start = r.period_start
                      group by r.area, r.period_start, r.cases, r.completed) own
              where received > 0`;
}
