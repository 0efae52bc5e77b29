import { sql, type SQL } from 'drizzle-orm';
import { deadlineClocks } from './deadlines.tables';

/** The working days a stopped clock counted (null while it runs), as a column for another domain's query. */
export function elapsedWorkdaysColumn(clockId: SQL): SQL<number | null> {
  return sql<number | null>`(select ${deadlineClocks.elapsedWorkdays} from ${deadlineClocks}
    where ${deadlineClocks.id} = ${clockId} and ${deadlineClocks.stoppedOn} is not null)`;
}
