import { sql, type SQL } from 'drizzle-orm';
import { departments, servicePoints } from './network.tables';

/**
 * The network's open datasets (公共数据开放) as queries, for the open-data portal to page, filter
 * and select from without loading them: each column is named by the dataset's field key. Halls
 * publish their office phone only; nobody's personal data is in these tables.
 */
export const networkOpenData = {
  servicePoints: (): SQL =>
    sql`select id as "id", name as "name", kind as "kind", region_code as "regionCode", address as "address",
               opening_hours as "openingHours", phone as "phone", is_24_hours as "is24Hours"
          from ${servicePoints}`,
  departments: (): SQL =>
    sql`select id as "id", name as "name", kind as "kind", region_code as "regionCode", uscc as "uscc"
          from ${departments}`,
};
