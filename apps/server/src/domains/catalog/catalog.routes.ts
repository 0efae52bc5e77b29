import { z } from 'zod';
import {
  BatchSchema,
  BundleSchema,
  BundleQuerySchema,
  BundleSummarySchema,
  ConsistencyQuerySchema,
  ConsistencyReportSchema,
  IsoDateSchema,
  ItemDetailSchema,
  ItemQuerySchema,
  ItemSummarySchema,
  pageOf,
} from '@yici/contracts';
import { commonProblems, type RouteTable } from '../../platform/http/app';
import type { CatalogService } from './catalog.service';

const tags = ['catalog'];

export function catalogRoutes(catalog: CatalogService): RouteTable {
  return (app) => {
    app.get(
      '/api/catalog/items',
      {
        config: { permission: 'public:read' },
        schema: {
          operationId: 'searchCatalogItems',
          tags,
          summary: '检索事项清单（按区划、部门、对象、主题，中文检索）',
          querystring: ItemQuerySchema,
          response: { 200: pageOf(ItemSummarySchema), ...commonProblems },
        },
      },
      async (request) => catalog.searchItems(request.query),
    );

    app.get(
      '/api/catalog/items/:code',
      {
        config: { permission: 'public:read', revalidate: true },
        schema: {
          operationId: 'getCatalogItem',
          tags,
          summary: '办事指南：12 位基本编码（省级标准）或 31 位实施编码（实施清单）',
          params: z.object({ code: z.string().max(64) }),
          querystring: z.object({ asOf: IsoDateSchema.optional() }).strict(),
          response: { 200: ItemDetailSchema, ...commonProblems },
        },
      },
      async (request) => catalog.getItem(request.params.code, request.query.asOf),
    );

    app.get(
      '/api/catalog/bundles',
      {
        config: { permission: 'public:read', revalidate: true },
        schema: {
          operationId: 'listBundles',
          tags,
          summary: '“一件事”列表（可按检索词查找，最相关的在前）',
          querystring: BundleQuerySchema,
          response: { 200: z.array(BundleSummarySchema), ...commonProblems },
        },
      },
      async (request) => catalog.listBundles(request.query),
    );

    app.get(
      '/api/catalog/bundles/:id',
      {
        config: { permission: 'public:read', revalidate: true },
        schema: {
          operationId: 'getBundle',
          tags,
          summary: '“一件事”办事指南与流程图',
          params: z.object({ id: z.string().max(64) }),
          response: { 200: BundleSchema, ...commonProblems },
        },
      },
      async (request) => catalog.getBundle(request.params.id),
    );

    app.get(
      '/api/catalog/batches',
      {
        config: { permission: 'public:read' },
        schema: {
          operationId: 'listCatalogBatches',
          tags,
          summary: '事项清单公布批次',
          response: { 200: z.array(BatchSchema) },
        },
      },
      async () => catalog.listBatches(),
    );

    app.get(
      '/api/catalog/consistency',
      {
        config: { permission: 'public:read' },
        schema: {
          operationId: 'getCatalogConsistencyReport',
          tags,
          summary: '“同一标准”一致性报告与事项质量检查',
          querystring: ConsistencyQuerySchema,
          response: { 200: ConsistencyReportSchema, ...commonProblems },
        },
      },
      async (request) => catalog.consistencyReport(request.query),
    );
  };
}
