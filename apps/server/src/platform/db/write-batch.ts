import { sql, type SQL } from 'drizzle-orm';
import { queryRowsPrepared, type DbOrTx } from './database';

/**
 * Something that renders to one SQL statement (a drizzle insert builder, or `sql`). Never return
 * a drizzle builder from an async function: it is a thenable, and awaiting it runs it.
 */
export type Statement = SQL | { getSQL(): SQL };

const toSql = (s: Statement): SQL => ('getSQL' in s ? s.getSQL() : s);

/**
 * Runs several independent writes as ONE statement: `with w0 as (insert …), w1 as (insert …)
 * select 1`. Round trips, not the disk, set the price of a transaction (each costs PostgreSQL and
 * Node CPU), so a transition that writes its row, its timeline event, its audit entry and its
 * notification pays for one instead of four. The writes must not depend on each other's results;
 * a failing one (e.g. a unique violation) fails them all, as in the transaction anyway.
 */
export async function writeAll(tx: DbOrTx, statements: Statement[]): Promise<void> {
  if (statements.length === 0) return;
  const parts = statements.map((s, i) => sql`${sql.raw(`w${i}`)} as (${toSql(s)})`);
  // Prepared on PostgreSQL: a transition of one kind always has the same text (values are
  // parameters), so the server parses and plans it once per connection.
  await queryRowsPrepared(tx, sql`with ${sql.join(parts, sql`, `)} select 1`);
}
