/**
 * Keyset pagination for staff and supervisor lists: pages follow a stable key (e.g. created_at,
 * id), never OFFSET, so page 1,000 costs what page 1 costs. The client only ever sees opaque
 * cursors; each is signed (HMAC-SHA-256) and bound to its list and filters, so a tampered cursor
 * or one of another list is refused with a problem code before any query runs.
 *
 * Use in a repository or service:
 *
 *   const order = keysetOrder('desc', [
 *     { column: cases.createdAt, type: 'timestamp' },
 *     { column: cases.id, type: 'text' },
 *   ]);
 *   const request = cursors.open({ list: 'cases', filters: { status }, query });
 *   const rows = await db.select().from(cases)
 *     .where(and(where, keysetWhere(order, request.position)))
 *     .orderBy(...keysetOrderBy(order, request.position))
 *     .limit(request.limit + 1);
 *   const page = cursors.close(request, rows, (r) => [r.createdAt, r.id]);
 *   const count = await boundedCount(db, db.select({ one: sql`1` }).from(cases).where(where));
 *
 * An index on the order's columns (in that order, with the list's fixed filter as its partial
 * condition) makes every page an index range scan.
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { sql, type AnyColumn, type SQL, type SQLWrapper } from 'drizzle-orm';
import { LIST_COUNT_BOUND, MAX_LIST_LIMIT, type ListCount } from '@yici/contracts';
import { invalid } from '../errors';
import { queryRows, type DbOrTx } from './database';

export type KeyType = 'timestamp' | 'date' | 'text' | 'integer';
export type KeyValue = string | number;
export type KeysetOrder = {
  /** All columns run the same way, so a row comparison `(a, b) < (x, y)` finds the next page. */
  direction: 'asc' | 'desc';
  columns: readonly { column: AnyColumn | SQL; type: KeyType }[];
};

/** Where a page starts: after (`next`) or before (`prev`) the row with this key; null for the first page. */
export type KeysetPosition = { toward: 'next' | 'prev'; key: KeyValue[] } | null;

export type PageRequest = {
  list: string;
  filterHash: string;
  limit: number;
  position: KeysetPosition;
};

export type KeysetPage<Row> = { rows: Row[]; next: string | null; prev: string | null };

export const keysetErrors = {
  /** The cursor was altered, truncated or made up: its signature or shape does not hold. */
  invalid: () =>
    invalid('CURSOR_INVALID', '翻页游标无效，请从第一页重新浏览', [{ path: 'cursor', message: '游标无效' }]),
  /** The cursor is genuine but belongs to another list, or to the same list with other filters. */
  otherList: () =>
    invalid('CURSOR_OTHER_LIST', '翻页游标属于另一个列表或另一组筛选条件，请从第一页重新浏览', [
      { path: 'cursor', message: '游标与当前列表或筛选条件不符' },
    ]),
  /** More rows per page than any list serves. */
  pageTooLarge: (max: number) =>
    invalid('PAGE_SIZE_TOO_LARGE', `每页最多 ${max} 条`, [{ path: 'limit', message: `每页最多 ${max} 条` }]),
};

export function keysetOrder(direction: KeysetOrder['direction'], columns: KeysetOrder['columns']): KeysetOrder {
  return { direction, columns };
}

const CAST: Record<KeyType, SQL> = {
  timestamp: sql.raw('timestamptz'),
  date: sql.raw('date'),
  text: sql.raw('text'),
  integer: sql.raw('bigint'),
};

/** The condition selecting rows after (or before) the position, or undefined for the first page. */
export function keysetWhere(order: KeysetOrder, position: KeysetPosition): SQL | undefined {
  if (!position) return undefined;
  const forward = (order.direction === 'desc') === (position.toward === 'next');
  const columns = sql.join(
    order.columns.map((c) => sql`${c.column}`),
    sql`, `,
  );
  const values = sql.join(
    order.columns.map((c, i) => sql`cast(${position.key[i]} as ${CAST[c.type]})`),
    sql`, `,
  );
  return forward ? sql`(${columns}) < (${values})` : sql`(${columns}) > (${values})`;
}

/** The order to read in: the list's own for `next` and the first page, reversed for `prev`. */
export function keysetOrderBy(order: KeysetOrder, position: KeysetPosition): SQL[] {
  const reversed = position?.toward === 'prev';
  const descending = (order.direction === 'desc') !== reversed;
  return order.columns.map((c) => (descending ? sql`${c.column} desc` : sql`${c.column} asc`));
}

/**
 * Counts the rows of a query up to the bound and stops there: "10,000+" costs at most 10,001
 * index entries, never a scan of the whole table. Pass the list's query without order or limit.
 */
export async function boundedCount(db: DbOrTx, query: SQLWrapper, bound = LIST_COUNT_BOUND): Promise<ListCount> {
  const rows = await queryRows<{ n: number | string }>(
    db,
    sql`select count(*) as n from (${query.getSQL()} limit ${bound + 1}) bounded`,
  );
  const n = Number(rows[0]?.n ?? 0);
  return n > bound ? { value: bound, atLeast: true } : { value: n, atLeast: false };
}

type CursorPayload = { v: 1; l: string; f: string; t: 'n' | 'p'; k: KeyValue[] };

/** Signs and reads cursors with one server key (derived from the platform's master key). */
export function createListCursors(secret: Buffer, options: { maxLimit?: number } = {}) {
  const maxLimit = options.maxLimit ?? MAX_LIST_LIMIT;
  const sign = (payload: string) => createHmac('sha256', secret).update(payload).digest().subarray(0, 16);

  function encode(payload: CursorPayload): string {
    const body = Buffer.from(JSON.stringify(payload)).toString('base64url');
    return `${body}.${sign(body).toString('base64url')}`;
  }

  function decode(cursor: string): CursorPayload {
    const [body, mac, extra] = cursor.split('.');
    if (!body || !mac || extra !== undefined) throw keysetErrors.invalid();
    const expected = sign(body);
    const given = Buffer.from(mac, 'base64url');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw keysetErrors.invalid();
    try {
      return JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as CursorPayload;
    } catch {
      throw keysetErrors.invalid();
    }
  }

  return {
    maxLimit,

    /**
     * Checks the page size and the cursor against this list and these filters (everything the
     * list's rows depend on besides the caller's scope) and tells where the page starts.
     */
    open(options: {
      list: string;
      filters: Record<string, unknown>;
      query: { cursor?: string; limit: number };
      order: KeysetOrder;
    }): PageRequest {
      if (options.query.limit > maxLimit) throw keysetErrors.pageTooLarge(maxLimit);
      const filterHash = hashFilters(options.filters);
      const request = { list: options.list, filterHash, limit: options.query.limit };
      if (!options.query.cursor) return { ...request, position: null };
      const payload = decode(options.query.cursor);
      if (payload.v !== 1 || (payload.t !== 'n' && payload.t !== 'p') || !Array.isArray(payload.k))
        throw keysetErrors.invalid();
      if (payload.l !== options.list || payload.f !== filterHash) throw keysetErrors.otherList();
      return {
        ...request,
        position: { toward: payload.t === 'n' ? 'next' : 'prev', key: checkKey(payload.k, options.order) },
      };
    },

    /**
     * Turns the rows read with `limit + 1` into a page in the list's order with its cursors.
     * `keyOf` gives a row's values of the order's columns.
     */
    close<Row>(request: PageRequest, fetched: Row[], keyOf: (row: Row) => (KeyValue | Date)[]): KeysetPage<Row> {
      const more = fetched.length > request.limit;
      const backward = request.position?.toward === 'prev';
      const rows = fetched.slice(0, request.limit);
      if (backward) rows.reverse();
      if (rows.length === 0) return { rows, next: null, prev: null };
      const cursor = (t: 'n' | 'p', row: Row) =>
        encode({ v: 1, l: request.list, f: request.filterHash, t, k: keyOf(row).map(keyValueOf) });
      const hasNext = backward ? true : more;
      const hasPrev = backward ? more : request.position !== null;
      return {
        rows,
        next: hasNext ? cursor('n', rows[rows.length - 1]!) : null,
        prev: hasPrev ? cursor('p', rows[0]!) : null,
      };
    },
  };
}

export type ListCursors = ReturnType<typeof createListCursors>;

/** The cursor key, derived from the platform's master key so that every server process agrees. */
export function cursorKeyFrom(masterKey: Buffer): Buffer {
  return createHmac('sha256', masterKey).update('yici list cursors v1').digest();
}

function keyValueOf(value: KeyValue | Date): KeyValue {
  return value instanceof Date ? value.toISOString() : value;
}

/** Filters in a canonical form (keys sorted, empty values left out), hashed. */
function hashFilters(filters: Record<string, unknown>): string {
  const canonical = Object.keys(filters)
    .sort()
    .filter((k) => filters[k] !== undefined && filters[k] !== null && filters[k] !== '')
    .map((k) => [k, filters[k]]);
  return createHash('sha256').update(JSON.stringify(canonical)).digest('base64url').slice(0, 16);
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A signed key is still checked for shape: a key that no column could hold is refused, never sent to SQL. */
function checkKey(key: unknown[], order: KeysetOrder): KeyValue[] {
  if (key.length !== order.columns.length) throw keysetErrors.invalid();
  return order.columns.map((c, i) => {
    const value = key[i];
    const ok =
      c.type === 'integer'
        ? Number.isSafeInteger(value)
        : typeof value === 'string' &&
          value.length <= 200 &&
          (c.type === 'text' ||
            (c.type === 'timestamp' && ISO_INSTANT.test(value)) ||
            (c.type === 'date' && ISO_DATE.test(value)));
    if (!ok) throw keysetErrors.invalid();
    return value as KeyValue;
  });
}

/** Every row of a list, read page after page along its cursors (for jobs and the simulator, not for requests). */
export async function readAllPages<T>(
  read: (cursor: string | undefined) => Promise<{ items: T[]; next: string | null }>,
): Promise<T[]> {
  const all: T[] = [];
  for (let cursor: string | undefined; ;) {
    const page = await read(cursor);
    all.push(...page.items);
    if (!page.next) return all;
    cursor = page.next;
  }
}
