import { createHash } from 'node:crypto';
import { getTableColumns, getTableName, type Column, type SQL } from 'drizzle-orm';
import type { PgDialect, PgTable } from 'drizzle-orm/pg-core';
import { runText, type DbOrTx } from './database';

/** One row to insert, kept as data until the statement is written (see `insertRow`). */
export type InsertRow = { readonly insertRow: PgTable; readonly values: Record<string, unknown> };

/**
 * Something that renders to one SQL statement: a row for `insertRow`, a drizzle insert builder, or
 * `sql`. Never return a drizzle builder from an async function: it is a thenable, and awaiting it
 * runs it.
 */
export type Statement = InsertRow | SQL | { getSQL(): SQL };

/**
 * A row to insert into `table` (its columns by their TypeScript keys, as for drizzle's
 * `insert().values()`), for `writeAll`. Unlike a drizzle builder it is not rendered through the
 * query builder: the table's columns are looked up once, the text is joined as a plain string,
 * and the values only pass through each column's driver encoder. On the hot paths (a submission,
 * a decision) rendering builders had cost a quarter of the server's CPU.
 */
export function insertRow<T extends PgTable>(table: T, values: T['$inferInsert']): InsertRow {
  return { insertRow: table, values: values as Record<string, unknown> };
}

const isInsertRow = (s: Statement): s is InsertRow => 'insertRow' in s;
const toSql = (s: Exclude<Statement, InsertRow>): SQL => ('getSQL' in s ? s.getSQL() : s);

type TableShape = { name: string; columns: [key: string, column: Column][] };
const shapes = new WeakMap<PgTable, TableShape>();

function shapeOf(table: PgTable): TableShape {
  let shape = shapes.get(table);
  if (!shape) {
    shape = { name: getTableName(table), columns: Object.entries(getTableColumns(table)) };
    shapes.set(table, shape);
  }
  return shape;
}

/**
 * One insert of `rows` (all of one table) in list order, its values appended to `values`
 * (parameters are numbered after those already there). A column given no value takes its
 * `$defaultFn` or the database default, as drizzle's insert does.
 */
function renderInsert(rows: InsertRow[], values: unknown[]): string {
  const { name, columns } = shapeOf(rows[0]!.insertRow);
  const tuples = rows.map((row) => {
    const slots: string[] = [];
    for (const [key, column] of columns) {
      let value = row.values[key];
      if (value === undefined && column.defaultFn) value = column.defaultFn();
      if (value === undefined) {
        slots.push('default');
        continue;
      }
      values.push(value === null ? null : column.mapToDriverValue(value));
      slots.push(`$${values.length}`);
    }
    return `(${slots.join(', ')})`;
  });
  return `insert into "${name}" (${columns.map(([, c]) => `"${c.name}"`).join(', ')}) values ${tuples.join(', ')}`;
}

/** A drizzle statement's text with its parameters numbered after those in `values`, which it joins. */
function renderSql(tx: DbOrTx, statement: Exclude<Statement, InsertRow>, values: unknown[]): string {
  // The dialect's own rendering, started at the next parameter number (drizzle keeps its dialect on
  // the instance, as queryRowsPrepared relies on too).
  const dialect = (tx as unknown as { dialect: PgDialect & { casing: unknown } }).dialect;
  const query = toSql(statement).toQuery({
    casing: dialect.casing as never,
    escapeName: (name) => dialect.escapeName(name),
    escapeParam: (num) => dialect.escapeParam(num),
    escapeString: (str) => dialect.escapeString(str),
    paramStartIndex: { value: values.length },
  });
  values.push(...query.params);
  return query.sql;
}

const named = new Map<string, string>();
/** A stable statement name per text, so PostgreSQL parses and plans each shape once per connection. */
function nameOf(text: string): string {
  let name = named.get(text);
  if (!name) {
    name = `y_${createHash('sha1').update(text).digest('hex').slice(0, 24)}`;
    // Shapes are few (a transition of one kind always writes the same columns); the bound keeps a
    // mistake from growing the map without end.
    if (named.size < 10_000) named.set(text, name);
  }
  return name;
}

/**
 * Runs several independent writes as ONE statement: `with w0 as (insert …), w1 as (update …)
 * select 1`. Round trips, not the disk, set the price of a transaction (each costs PostgreSQL and
 * Node CPU), so a transition that writes its row, its timeline event, its audit entry and its
 * notification pays for one instead of four. One statement is atomic on its own, so a caller with
 * nothing else to write needs no transaction around it. The writes must not depend on each
 * other's results; a failing one (e.g. a unique violation) fails them all.
 *
 * PostgreSQL runs the parts of such a statement in an order of its own (the last first), so the
 * rows given for one table are inserted together, by one multi-row insert in list order: the
 * timeline's events keep the order they were given in (their ids follow it).
 */
export async function writeAll(tx: DbOrTx, statements: Statement[]): Promise<void> {
  if (statements.length === 0) return;
  const parts: ({ rows: InsertRow[] } | { statement: Exclude<Statement, InsertRow> })[] = [];
  const byTable = new Map<PgTable, InsertRow[]>();
  for (const s of statements) {
    if (!isInsertRow(s)) {
      parts.push({ statement: s });
      continue;
    }
    const rows = byTable.get(s.insertRow);
    if (rows) rows.push(s);
    else {
      byTable.set(s.insertRow, [s]);
      parts.push({ rows: byTable.get(s.insertRow)! });
    }
  }
  const values: unknown[] = [];
  const texts = parts.map(
    (part, i) =>
      `w${i} as (${'rows' in part ? renderInsert(part.rows, values) : renderSql(tx, part.statement, values)})`,
  );
  const text = `with ${texts.join(', ')} select 1`;
  // Prepared on PostgreSQL: a transition of one kind always has the same text (values are
  // parameters), so the server parses and plans it once per connection.
  await runText(tx, text, values, nameOf(text));
}
