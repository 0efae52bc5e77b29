import { sql, type SQL } from 'drizzle-orm';
import { cases } from './cases.tables';

/**
 * Received cases per region and month of receipt (a China date), with how many completed, as an
 * open dataset's query: counts under `threshold` are withheld (null), in the query itself, so that
 * neither a row nor a filter on a count can reveal them.
 */
export function caseFiguresOpenData(threshold: number): SQL {
  const shown = (count: SQL) => sql`case when ${count} < ${threshold} then null else ${count} end`;
  return sql`select region_code as "regionCode", month as "month",
                    ${shown(sql`received`)} as "received", ${shown(sql`completed`)} as "completed"
               from (select region_code, substr(received_on::text, 1, 7) as month, count(*)::int as received,
                            (count(*) filter (where status = 'completed'))::int as completed
                       from ${cases} where received_on is not null
                      group by 1, 2) f`;
}
