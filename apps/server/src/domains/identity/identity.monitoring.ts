import { sql, type SQL } from 'drizzle-orm';
import { accounts } from './identity.tables';

/**
 * The active staff as a set, for e-monitoring's notices of 督办 orders (one join in its own
 * statement, not a look-up per order): `phone`, `roles`, `department_id`, `region_code`. Staff
 * only: no person's account is ever in it.
 */
export const activeStaff: SQL = sql`select ${accounts.phone} as phone, ${accounts.roles} as roles,
    ${accounts.departmentId} as department_id, ${accounts.regionCode} as region_code
  from ${accounts} where ${accounts.kind} = 'staff' and ${accounts.status} = 'active'`;
