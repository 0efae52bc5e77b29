import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { CalendarService } from '../../platform/calendar/calendar.service';
import { dayNumberOf, formatDayNumber, weekdayOf } from '../../platform/calendar/calendar.dates';
import type { Clock } from '../../platform/clock';
import { queryRows, type DbOrTx } from '../../platform/db/database';
import { catalogOpenData } from '../catalog/catalog.open-data';
import { caseFiguresFromRollups } from '../figures/figures.open-data';
import { ledgerOpenData } from '../ledger/ledger.open-data';
import { networkOpenData } from '../network/network.open-data';
import { ratingsOpenData } from '../ratings/ratings.open-data';

/**
 * The open datasets (公共数据开放): their catalog entries are data (data/open-data/datasets.json);
 * here each gets its source. Only non-personal data: the service network and catalog, the
 * working-day calendar, and figures aggregated with small counts withheld.
 */
const DatasetFieldSchema = z
  .object({
    key: z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/),
    label: z.string(),
    type: z.enum(['string', 'number', 'boolean']),
  })
  .strict();
const DatasetEntrySchema = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9-]*$/),
    title: z.string(),
    description: z.string(),
    theme: z.string(),
    publisher: z.string(),
    frequency: z.string(),
    licence: z.string(),
    fields: z.array(DatasetFieldSchema).min(1),
  })
  .strict();
export type DatasetField = z.infer<typeof DatasetFieldSchema>;
export type DatasetEntry = z.infer<typeof DatasetEntrySchema>;
export type DatasetRow = Record<string, string | number | boolean | null>;

/** A value of a row's key, as a client sends it back in `after`. */
export type KeyValue = string | number | boolean;

/**
 * What a query of rows asks: a page by number (`offset`), or the rows after a key (keyset: the
 * values of the source's `key` fields of the last row seen), optionally where one field equals a
 * value, and which fields.
 */
export type RowsQuery = {
  offset: number;
  limit: number;
  after?: KeyValue[];
  filter?: { field: string; value: string };
  fields: string[];
};

/**
 * Where a dataset's rows come from. Rows run in the order of `key` (fields whose values together
 * are unique and never null); a page tells the key of its last row and whether more follow, and
 * its total unless it was asked by key. `all` gives every row, for downloads.
 */
export type DatasetSource = {
  key: string[];
  page(query: RowsQuery): Promise<{ items: DatasetRow[]; total: number | null; lastKey: KeyValue[] | null }>;
  all(fields: string[]): Promise<DatasetRow[]>;
};
export type DatasetDefinition = DatasetEntry & { source: DatasetSource };

/** Fewer cases than this in a cell are not published: a small count can point to a person. */
export const SMALL_COUNT_THRESHOLD = 5;

const CATALOG_FILE = fileURLToPath(new URL('../../../../../data/open-data/datasets.json', import.meta.url));

/** Reads and validates the catalog file; a bad file stops the start. */
export function readDatasetCatalog(file = CATALOG_FILE): DatasetEntry[] {
  return z.array(DatasetEntrySchema).parse(JSON.parse(readFileSync(file, 'utf8')));
}

const KEY_CAST = { string: sql.raw('text'), number: sql.raw('numeric'), boolean: sql.raw('boolean') } as const;

/**
 * A source over a query whose columns are named by the field keys (written by the domain that
 * owns the tables): paging, the filter and the selection run in the database. Field names reach
 * the SQL only as quoted identifiers, and only after the service checked them against the catalog.
 * Rows run in the order of `key`; a page asked by key reads from the row after it, so that with an
 * index on the key's columns (the query being a plain select of one table) page 1,000 costs what
 * page 1 costs, and it is not counted.
 */
export function sqlSource(db: DbOrTx, query: () => SQL, key: string[]): DatasetSource {
  const column = (field: string) => sql`t.${sql.identifier(field)}`;
  const order = sql.join(
    key.map((field) => sql`${column(field)} nulls last`),
    sql`, `,
  );
  const keyColumns = sql.join(
    key.map((field, i) => sql`${column(field)} as ${sql.identifier(`key_${i}`)}`),
    sql`, `,
  );
  const where = (filter?: RowsQuery['filter'], after?: KeyValue[]) => {
    const conditions: SQL[] = [];
    if (filter) conditions.push(sql`coalesce(${column(filter.field)}::text, '') = ${filter.value}`);
    if (after)
      conditions.push(
        sql`(${sql.join(key.map(column), sql`, `)}) > (${sql.join(
          after.map((value) => sql`cast(${value} as ${KEY_CAST[typeof value as 'string' | 'number' | 'boolean']})`),
          sql`, `,
        )})`,
      );
    return conditions.length ? sql`where ${sql.join(conditions, sql` and `)}` : sql``;
  };
  const select = (fields: string[]) =>
    sql.join(
      fields.map((field) => sql`${column(field)} as ${sql.identifier(field)}`),
      sql`, `,
    );
  return {
    key,
    async page({ offset, limit, filter, fields, after }) {
      // One row more than asked tells whether a next page exists. The count is a second statement:
      // a window count would make the database sort every row before the limit; a page asked by
      // key is not counted at all, or it would read every row after all.
      const rowsQuery = queryRows<Record<string, string | number | boolean | null>>(
        db,
        sql`select ${select(fields)}, ${keyColumns} from (${query()}) t ${where(filter, after)}
             order by ${order} limit ${limit + 1} ${after ? sql`` : sql`offset ${offset}`}`,
      );
      const countQuery = after
        ? Promise.resolve(null)
        : queryRows<{ total: number }>(db, sql`select count(*) as total from (${query()}) t ${where(filter)}`);
      const [rows, totals] = await Promise.all([rowsQuery, countQuery]);
      const page = rows.slice(0, limit);
      const last = page[page.length - 1];
      const items = page.map((row) => Object.fromEntries(fields.map((f) => [f, row[f] ?? null])));
      return {
        items,
        total: totals ? Number(totals[0]?.total ?? 0) : null,
        lastKey: rows.length > limit && last ? key.map((_, i) => last[`key_${i}`] as KeyValue) : null,
      };
    },
    async all(fields) {
      return queryRows<DatasetRow>(db, sql`select ${select(fields)} from (${query()}) t order by ${order}`);
    },
  };
}

/** Orders two keys as the database orders them (texts by code point: the calendar's dates). */
function compareKeys(a: KeyValue[], b: KeyValue[]): number {
  for (let i = 0; i < a.length; i += 1) {
    const x = a[i]!;
    const y = b[i]!;
    if (x < y) return -1;
    if (x > y) return 1;
  }
  return 0;
}

/** A source over rows computed in memory, already in the order of `key` (a few thousand at most, e.g. the calendar's days). */
export function memorySource(key: string[], rows: () => Promise<DatasetRow[]>): DatasetSource {
  const pick = (row: DatasetRow, fields: string[]) => Object.fromEntries(fields.map((f) => [f, row[f] ?? null]));
  const keyOf = (row: DatasetRow) => key.map((f) => row[f] as KeyValue);
  return {
    key,
    async page({ offset, limit, filter, fields, after }) {
      let all = await rows();
      if (filter) all = all.filter((row) => String(row[filter.field] ?? '') === filter.value);
      const from = after ? all.findIndex((row) => compareKeys(keyOf(row), after) > 0) : offset;
      const rest = from < 0 ? [] : all.slice(from, from + limit + 1);
      const page = rest.slice(0, limit);
      const last = page[page.length - 1];
      return {
        items: page.map((row) => pick(row, fields)),
        total: after ? null : all.length,
        lastKey: rest.length > limit && last ? keyOf(last) : null,
      };
    },
    async all(fields) {
      return (await rows()).map((row) => pick(row, fields));
    },
  };
}

const KIND_NAMES = { workday: '工作日', weekend: '休息日', holiday: '法定节假日', makeup: '调休上班' } as const;

/** Each day of the years the calendar knows (official ones, this year and next): working or not, and why. */
async function calendarDays(calendar: CalendarService, clock: Clock, from: number): Promise<DatasetRow[]> {
  const cal = await calendar.calendar();
  const thisYear = Number(clock.today().slice(0, 4));
  const years = [...new Set([...cal.coveredYears(), thisYear, thisYear + 1])].filter((y) => y >= from).sort();
  const rows: DatasetRow[] = [];
  for (const year of years) {
    const arrangement = cal.getYearArrangement(year);
    const holidays = new Map(arrangement.holidays.map((d) => [d.date, d.name]));
    const makeups = new Map(arrangement.workdays.map((d) => [d.date, d.name]));
    const provisional = arrangement.source === 'provisional';
    for (let day = dayNumberOf(year, 1, 1); day < dayNumberOf(year + 1, 1, 1); day += 1) {
      const date = formatDayNumber(day);
      const weekday = weekdayOf(day) === 0 ? 7 : weekdayOf(day);
      const kind = holidays.has(date)
        ? KIND_NAMES.holiday
        : makeups.has(date)
          ? KIND_NAMES.makeup
          : weekday >= 6
            ? KIND_NAMES.weekend
            : KIND_NAMES.workday;
      rows.push({
        date,
        weekday,
        workingDay: cal.isWorkday(date),
        kind,
        holiday: holidays.get(date) ?? makeups.get(date) ?? null,
        provisional,
      });
    }
  }
  return rows;
}

/** The catalog with each entry's source; an entry without a source (or the reverse) stops the start. */
export function openDatasets(deps: {
  db: DbOrTx;
  calendar: CalendarService;
  clock: Clock;
  /** Where the platform is reached from outside: the bulletins' PDF links start with it. */
  publicUrl: string;
  entries?: DatasetEntry[];
}): DatasetDefinition[] {
  const { db } = deps;
  const sources: Record<string, DatasetSource> = {
    'service-points': sqlSource(db, networkOpenData.servicePoints, ['regionCode', 'id']),
    departments: sqlSource(db, networkOpenData.departments, ['regionCode', 'id']),
    'service-items': sqlSource(db, catalogOpenData.items, ['basicCode', 'version']),
    'service-implementations': sqlSource(db, catalogOpenData.implementations, [
      'regionCode',
      'implementationCode',
      'itemVersion',
    ]),
    'working-calendar': memorySource(['date'], () => calendarDays(deps.calendar, deps.clock, 2018)),
    'case-figures': sqlSource(db, () => caseFiguresFromRollups(SMALL_COUNT_THRESHOLD), ['month', 'regionCode']),
    'rating-figures': sqlSource(db, ratingsOpenData.byDepartmentAndMonth, ['month', 'departmentId']),
    bulletins: sqlSource(db, () => ledgerOpenData.bulletins(deps.publicUrl), ['publishedOn', 'number']),
  };
  const entries = deps.entries ?? readDatasetCatalog();
  const unsourced = entries.filter((entry) => !sources[entry.id]).map((entry) => entry.id);
  const uncatalogued = Object.keys(sources).filter((id) => !entries.some((entry) => entry.id === id));
  if (unsourced.length || uncatalogued.length)
    throw new Error(
      `open datasets without a source: ${unsourced.join()}; without a catalog entry: ${uncatalogued.join()}`,
    );
  for (const entry of entries) {
    const unknown = sources[entry.id]!.key.filter((field) => !entry.fields.some((f) => f.key === field));
    if (unknown.length)
      throw new Error(`open dataset ${entry.id} is keyed by fields it does not list: ${unknown.join()}`);
  }
  return entries.map((entry) => ({ ...entry, source: sources[entry.id]! }));
}
