import { sql, type SQL } from 'drizzle-orm';
import { catalogImplementations, catalogItems } from './catalog.tables';

/**
 * The service catalog and its implementations as open datasets (公共数据开放), as queries whose
 * columns are named by the datasets' field keys: the portal pages and filters in the database.
 */
export const catalogOpenData = {
  items: (): SQL =>
    sql`select basic_code as "basicCode", version as "version", name as "name",
               listing->>'itemType' as "itemType", department_kind as "departmentKind",
               array_to_string(array(select jsonb_array_elements_text(listing->'themes')), '、') as "themes",
               (listing->>'promisedLimitDays')::int as "promisedLimitDays", (listing->>'visits')::int as "visits",
               (listing->>'onlineDepth')::int as "onlineDepth", (listing->>'oneVisit')::boolean as "oneVisit",
               batch_id as "batch", withdrawn_on::text as "withdrawnOn"
          from ${catalogItems}`,
  implementations: (): SQL =>
    sql`select implementation_code as "implementationCode", basic_code as "basicCode",
               item_version as "itemVersion", listing->>'name' as "name", region_code as "regionCode",
               exercise_level as "exerciseLevel", body_uscc as "bodyUscc", body_name as "bodyName",
               (listing->>'promisedLimitDays')::int as "promisedLimitDays", (listing->>'visits')::int as "visits",
               (listing->>'onlineDepth')::int as "onlineDepth"
          from ${catalogImplementations}`,
};
