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

/** What a query of rows asks: a page, optionally where one field equals a value, and which fields. */
export type RowsQuery = { offset: number; limit: number; filter?: { field: string; value: string }; fields: string[] };

/** Where a dataset's rows come from: a page (and its total) and, for downloads, all of them. */
export type DatasetSource = {
  page(query: RowsQuery): Promise<{ items: DatasetRow[]; total: number }>;
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

/**
 * A source over a query whose columns are named by the field keys (written by the domain that
 * owns the tables): paging, the filter and the selection run in the database. Field names reach
 * the SQL only as quoted identifiers, and only after the service checked them against the catalog.
 */
export function sqlSource(db: DbOrTx, query: () => SQL, orderBy: string[]): DatasetSource {
  const column = (field: string) => sql`t.${sql.identifier(field)}`;
  const order = sql.join(
    orderBy.map((field) => sql`${column(field)} nulls last`),
    sql`, `,
  );
  const where = (filter?: RowsQuery['filter']) =>
    filter ? sql`where coalesce(${column(filter.field)}::text, '') = ${filter.value}` : sql``;
  const select = (fields: string[]) =>
    sql.join(
      fields.map((field) => sql`${column(field)} as ${sql.identifier(field)}`),
      sql`, `,
    );
  return {
    async page({ offset, limit, filter, fields }) {
      // The page and the count as two statements: a window count would make the database sort
      // every row before the limit; this way it keeps only the top of the order.
      const [items, totals] = await Promise.all([
        queryRows<DatasetRow>(
          db,
          sql`select ${select(fields)} from (${query()}) t ${where(filter)}
               order by ${order} limit ${limit} offset ${offset}`,
        ),
        queryRows<{ total: number }>(db, sql`select count(*) as total from (${query()}) t ${where(filter)}`),
      ]);
      return { items, total: Number(totals[0]?.total ?? 0) };
    },
    async all(fields) {
      return queryRows<DatasetRow>(db, sql`select ${select(fields)} from (${query()}) t order by ${order}`);
    },
  };
}

/** A source over rows computed in memory (a few thousand at most, e.g. the calendar's days). */
export function memorySource(rows: () => Promise<DatasetRow[]>): DatasetSource {
  const pick = (row: DatasetRow, fields: string[]) => Object.fromEntries(fields.map((f) => [f, row[f] ?? null]));
  return {
    async page({ offset, limit, filter, fields }) {
      let all = await rows();
      if (filter) all = all.filter((row) => String(row[filter.field] ?? '') === filter.value);
      return { items: all.slice(offset, offset + limit).map((row) => pick(row, fields)), total: all.length };
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
    'working-calendar': memorySource(() => calendarDays(deps.calendar, deps.clock, 2018)),
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
  return entries.map((entry) => ({ ...entry, source: sources[entry.id]! }));
}
