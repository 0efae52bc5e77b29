import { sql, type SQL } from 'drizzle-orm';
import { ratings } from './ratings.tables';

/**
 * 好差评 figures per department and month as an open dataset's query: counts and the satisfied
 * share only, as the public figures page shows them (no rater, comment or staff name). Excluded
 * ratings (upheld appeals) are left out, as there.
 */
export const ratingsOpenData = {
  byDepartmentAndMonth: (): SQL =>
    sql`select substr(created_on::text, 1, 7) as "month", min(region_code) as "regionCode",
               department_id as "departmentId", max(department_name) as "departmentName",
               count(*)::int as "ratings", (count(*) filter (where level <= 2))::int as "satisfied",
               (count(*) filter (where level >= 4))::int as "bad",
               round((count(*) filter (where level <= 2))::numeric / count(*), 4)::float8 as "satisfiedShare"
          from ${ratings}
         where not excluded and department_id is not null
         group by 1, department_id`,
};
