import { z } from 'zod';

/** 公共数据开放: one dataset's catalog entry, as the portal and the API show it. */
export const DatasetSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    description: z.string(),
    theme: z.string(),
    publisher: z.string(),
    frequency: z.string(),
    licence: z.string(),
    fields: z.array(z.object({ key: z.string(), label: z.string(), type: z.enum(['string', 'number', 'boolean']) })),
    key: z.array(z.string()).meta({
      description: 'the fields rows are ordered by, a unique key: `after` and `next` hold their values',
    }),
    downloads: z.number().int(),
  })
  .meta({ id: 'Dataset' });
export type Dataset = z.infer<typeof DatasetSchema>;

export const DatasetRowValueSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);

export const DatasetRowsSchema = z
  .object({
    items: z.array(z.record(z.string(), DatasetRowValueSchema)),
    total: z.number().int().nullable().meta({
      description: 'rows matching the filter; null on a page asked with `after` (counting would read them all)',
    }),
    page: z.number().int().nullable().meta({ description: 'null on a page asked with `after`' }),
    pageSize: z.number().int(),
    next: z.string().nullable().meta({
      description:
        'the key of the last row as a JSON array (the dataset’s `key` fields, in order): pass it as `after` for the next page; null on the last page',
    }),
  })
  .meta({ id: 'DatasetRows' });
export type DatasetRows = z.infer<typeof DatasetRowsSchema>;

export const DATASET_FORMATS = ['csv', 'json', 'xlsx'] as const;
export type DatasetFormat = (typeof DATASET_FORMATS)[number];
