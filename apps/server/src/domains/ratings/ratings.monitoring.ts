import { sql, type SQL } from 'drizzle-orm';
import { ratingRectifications, ratings } from './ratings.tables';

/** The rated department of a rectification's clock, for a lateral join (see `caseResponsibilityOf`). */
export function rectificationResponsibilityOf(subjectType: SQL, subjectId: SQL): SQL {
  return sql`select ${ratingRectifications.departmentId} as department_id, ${ratings.departmentName} as department_name,
      null::text as item_code, null::text as item_name, null::text as subject_label
    from ${ratingRectifications} join ${ratings} on ${ratings.id} = ${ratingRectifications.ratingId}
    where ${subjectType} = 'rectification' and ${ratingRectifications.id} = ${subjectId}`;
}
