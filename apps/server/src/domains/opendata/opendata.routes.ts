import { z } from 'zod';
import { DatasetRowsSchema, DatasetSchema, DATASET_FORMATS, ProblemSchema } from '@yici/contracts';
import { commonProblems, type RouteTable } from '../../platform/http/app';
import type { OpenData } from './opendata.service';

const tags = ['open-data'];
const problems = { ...commonProblems, 429: ProblemSchema };
const limited = { permission: 'public:read', rateLimit: { name: 'open_data' } } as const;

const RowsQuery = z
  .object({
    page: z.coerce
      .number()
      .int()
      .min(1)
      .optional()
      .meta({ description: '页码（默认 1）；深翻页请改用 after，页码越大越慢' }),
    after: z.string().min(2).max(500).optional().meta({
      description:
        '从这一行之后读起（键集翻页，不计总数）：上一页返回的 next，即最后一行按数据集 key 字段的值组成的 JSON 数组，如 ["370102","sp-0001"]；不签名，可自行构造；不能与 page 同用',
    }),
    pageSize: z.coerce.number().int().min(1).max(500).default(50),
    field: z.string().min(1).max(60).optional().meta({ description: '按此字段筛选（与 value 一起）' }),
    value: z.string().max(200).optional(),
    fields: z.string().max(500).optional().meta({ description: '只返回这些字段，逗号分隔' }),
  })
  .strict();
const Id = z.object({ id: z.string().min(1).max(60) }).strict();

/** 公共数据开放: public, read-only, rate-limited per address. */
export function openDataRoutes(openData: OpenData): RouteTable {
  return (app) => {
    app.get(
      '/api/open-data/datasets',
      {
        config: limited,
        schema: {
          operationId: 'listDatasets',
          tags,
          summary: '开放数据集目录（可按主题、发布部门筛选）',
          querystring: z
            .object({ theme: z.string().max(60).optional(), publisher: z.string().max(100).optional() })
            .strict(),
          response: { 200: z.array(DatasetSchema), ...problems },
        },
      },
      async (request) => openData.listDatasets(request.query),
    );
    app.get(
      '/api/open-data/datasets/:id',
      {
        config: limited,
        schema: {
          operationId: 'getDataset',
          tags,
          summary: '一个数据集的目录信息（字段、更新频率、许可、下载次数）',
          params: Id,
          response: { 200: DatasetSchema, ...problems },
        },
      },
      async (request) => openData.getDataset(request.params.id),
    );
    app.get(
      '/api/open-data/datasets/:id/rows',
      {
        config: limited,
        schema: {
          operationId: 'queryDatasetRows',
          tags,
          summary: '数据集接口：按页码或按位置（after）翻页、按字段筛选、选择字段（未知字段返回 400）',
          params: Id,
          querystring: RowsQuery,
          response: {
            200: DatasetRowsSchema,
            ...problems,
          },
        },
      },
      async (request) =>
        openData.queryRows(request.params.id, {
          ...request.query,
          fields: request.query.fields
            ?.split(',')
            .map((f) => f.trim())
            .filter(Boolean),
        }),
    );
    app.get(
      '/api/open-data/datasets/:id/download',
      {
        config: limited,
        schema: {
          operationId: 'downloadDataset',
          tags,
          summary: '下载整个数据集（CSV、JSON 或 XLSX；计入下载次数）',
          params: Id,
          querystring: z.object({ format: z.enum(DATASET_FORMATS).default('csv') }).strict(),
          produces: [
            'text/csv',
            'application/json',
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          ],
          response: { 200: z.any(), ...problems },
        },
      },
      async (request, reply) => {
        const file = await openData.download(request.params.id, request.query.format);
        return reply
          .type(file.mediaType)
          .header('content-disposition', `attachment; filename="${file.fileName}"`)
          .send(file.body);
      },
    );
  };
}
