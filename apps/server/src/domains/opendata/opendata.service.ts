import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/database';
import { DomainError } from '../../platform/errors';
import type { DatasetDefinition, DatasetRow, KeyValue } from './opendata.catalog';
import { datasetDownloads } from './opendata.tables';

export type DatasetFormat = 'csv' | 'json' | 'xlsx';

const opendataErrors = {
  datasetNotFound: () => new DomainError({ kind: 'not_found', code: 'DATASET_NOT_FOUND', title: '数据集不存在' }),
  /** A query naming a field the dataset does not have: the problem names it and lists the fields. */
  fieldUnknown: (field: string, known: string[]) =>
    new DomainError({
      kind: 'invalid',
      code: 'DATASET_FIELD_UNKNOWN',
      title: '数据集没有这个字段',
      detail: `可用字段：${known.join('、')}`,
      fields: [{ path: 'field', message: field }],
    }),
  afterInvalid: (key: string[]) =>
    new DomainError({
      kind: 'invalid',
      code: 'DATASET_AFTER_INVALID',
      title: '翻页位置无效',
      detail: `after 应为上一页返回的 next，即最后一行 ${key.join('、')} 的值组成的 JSON 数组`,
      fields: [{ path: 'after', message: '翻页位置无效' }],
    }),
  pageWithAfter: () =>
    new DomainError({
      kind: 'invalid',
      code: 'DATASET_PAGE_WITH_AFTER',
      title: '页码与翻页位置不能同时使用',
      detail: '按页码翻页用 page，按位置翻页用 after（上一页返回的 next），二者选一',
      fields: [{ path: 'page', message: '与 after 不能同时使用' }],
    }),
};

/** The open-data portal: the catalog of datasets, each paged and filtered, and downloads in three formats. */
export function createOpenData(deps: { db: Db; datasets: DatasetDefinition[] }) {
  const { db, datasets } = deps;

  function datasetOf(id: string): DatasetDefinition {
    const found = datasets.find((d) => d.id === id);
    if (!found) throw opendataErrors.datasetNotFound();
    return found;
  }

  function requireFields(dataset: DatasetDefinition, names: string[]) {
    const known = dataset.fields.map((f) => f.key);
    for (const name of names) if (!known.includes(name)) throw opendataErrors.fieldUnknown(name, known);
  }

  async function downloadCounts(): Promise<Map<string, number>> {
    const rows = await db.select().from(datasetDownloads);
    return new Map(rows.map((row) => [row.datasetId, row.count]));
  }

  const entry = (dataset: DatasetDefinition, downloads: number) => ({
    id: dataset.id,
    title: dataset.title,
    description: dataset.description,
    theme: dataset.theme,
    publisher: dataset.publisher,
    frequency: dataset.frequency,
    licence: dataset.licence,
    fields: dataset.fields,
    key: dataset.source.key,
    downloads,
  });

  /**
   * `after` is plain, not a signed cursor: the rows are public and the key is the last row's own
   * values, so a client may also make one up (e.g. to start at a region); a key of the wrong shape
   * or types is a problem naming it.
   */
  function parseAfter(dataset: DatasetDefinition, text: string): KeyValue[] {
    const types = dataset.source.key.map((key) => dataset.fields.find((f) => f.key === key)!.type);
    let values: unknown;
    try {
      values = JSON.parse(text);
    } catch {
      throw opendataErrors.afterInvalid(dataset.source.key);
    }
    if (
      !Array.isArray(values) ||
      values.length !== types.length ||
      values.some((value, i) => typeof value !== types[i] || (typeof value === 'number' && !Number.isFinite(value)))
    )
      throw opendataErrors.afterInvalid(dataset.source.key);
    return values as KeyValue[];
  }

  return {
    async listDatasets(query: { theme?: string; publisher?: string }) {
      const counts = await downloadCounts();
      return datasets
        .filter(
          (d) => (!query.theme || d.theme === query.theme) && (!query.publisher || d.publisher === query.publisher),
        )
        .map((d) => entry(d, counts.get(d.id) ?? 0));
    },

    async getDataset(id: string) {
      const dataset = datasetOf(id);
      return entry(dataset, (await downloadCounts()).get(id) ?? 0);
    },

    /**
     * One page of rows, optionally where one field equals a value, optionally only some fields: the
     * source pages, filters and selects in its query, never loading the dataset.
     */
    async queryRows(
      id: string,
      query: { page?: number; pageSize: number; after?: string; field?: string; value?: string; fields?: string[] },
    ) {
      const dataset = datasetOf(id);
      requireFields(dataset, [...(query.field ? [query.field] : []), ...(query.fields ?? [])]);
      if (query.after !== undefined && query.page !== undefined) throw opendataErrors.pageWithAfter();
      const after = query.after !== undefined ? parseAfter(dataset, query.after) : undefined;
      const page = after ? null : (query.page ?? 1);
      const fields = query.fields?.length ? [...new Set(query.fields)] : dataset.fields.map((f) => f.key);
      const { items, total, lastKey } = await dataset.source.page({
        offset: ((page ?? 1) - 1) * query.pageSize,
        limit: query.pageSize,
        after,
        filter: query.field ? { field: query.field, value: query.value ?? '' } : undefined,
        fields,
      });
      return { items, total, page, pageSize: query.pageSize, next: lastKey ? JSON.stringify(lastKey) : null };
    },

    /** The whole dataset as a file; each download is counted. */
    async download(id: string, format: DatasetFormat): Promise<{ body: Buffer; mediaType: string; fileName: string }> {
      const dataset = datasetOf(id);
      const rows = await dataset.source.all(dataset.fields.map((f) => f.key));
      await db
        .insert(datasetDownloads)
        .values({ datasetId: id, count: 1 })
        .onConflictDoUpdate({ target: datasetDownloads.datasetId, set: { count: sql`${datasetDownloads.count} + 1` } });
      const fileName = `${dataset.id}.${format}`;
      if (format === 'json') {
        const body = Buffer.from(JSON.stringify({ dataset: entry(dataset, 0), rows }, null, 2));
        return { body, mediaType: 'application/json; charset=utf-8', fileName };
      }
      if (format === 'csv') return { body: csvOf(dataset, rows), mediaType: 'text/csv; charset=utf-8', fileName };
      return {
        body: await xlsxOf(dataset, rows),
        mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        fileName,
      };
    },
  };
}

/** RFC 4180, with a BOM so that spreadsheet programs read the Chinese as UTF-8; headers are the labels. */
function csvOf(dataset: DatasetDefinition, rows: DatasetRow[]): Buffer {
  const cell = (value: unknown) => {
    const text = value === null || value === undefined ? '' : String(value);
    // A leading =, +, - or @ would be a formula in a spreadsheet (CSV injection): quote it as text.
    const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
    return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  const lines = [dataset.fields.map((f) => cell(f.label)).join(',')];
  for (const row of rows) lines.push(dataset.fields.map((f) => cell(row[f.key])).join(','));
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

async function xlsxOf(dataset: DatasetDefinition, rows: DatasetRow[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(dataset.title.slice(0, 31));
  sheet.columns = dataset.fields.map((f) => ({ header: f.label, key: f.key, width: 20 }));
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export type OpenData = ReturnType<typeof createOpenData>;
