import { z } from 'zod';
import {
  DepartmentQuerySchema,
  DepartmentSchema,
  IsoDateSchema,
  RegionCodeSchema,
  RegionDetailSchema,
  RegionQuerySchema,
  RegionSchema,
  ServicePointQuerySchema,
  ServicePointPageSchema,
  ServicePointSchema,
} from '@yici/contracts';
import { commonProblems, type RouteTable } from '../../platform/http/app';
import type { NetworkService } from './network.service';

const tags = ['network'];

export function networkRoutes(network: NetworkService): RouteTable {
  return (app) => {
    app.get(
      '/api/regions',
      {
        config: { permission: 'public:read', revalidate: true },
        schema: {
          operationId: 'listRegions',
          tags,
          summary: '行政区划（按上级和日期）',
          querystring: RegionQuerySchema,
          response: { 200: z.array(RegionSchema), ...commonProblems },
        },
      },
      async (request) => network.listRegions(request.query),
    );

    app.get(
      '/api/regions/:code',
      {
        config: { permission: 'public:read', revalidate: true },
        schema: {
          operationId: 'getRegion',
          tags,
          summary: '一个行政区划及其上级路径',
          params: z.object({ code: RegionCodeSchema }),
          querystring: z.object({ asOf: IsoDateSchema.optional() }).strict(),
          response: { 200: RegionDetailSchema, ...commonProblems },
        },
      },
      async (request) => network.getRegion(request.params.code, request.query.asOf),
    );

    app.get(
      '/api/network/departments',
      {
        config: { permission: 'public:read' },
        schema: {
          operationId: 'listDepartments',
          tags,
          summary: '部门与行政审批服务局',
          querystring: DepartmentQuerySchema,
          response: { 200: z.array(DepartmentSchema), ...commonProblems },
        },
      },
      async (request) => network.listDepartments(request.query),
    );

    app.get(
      '/api/network/service-points',
      {
        config: { permission: 'public:read' },
        schema: {
          operationId: 'listServicePoints',
          tags,
          summary: '政务服务大厅、便民服务中心、服务站与自助终端',
          querystring: ServicePointQuerySchema,
          response: { 200: ServicePointPageSchema, ...commonProblems },
        },
      },
      async (request) => network.listServicePoints(request.query),
    );

    app.get(
      '/api/network/service-points/:id',
      {
        config: { permission: 'public:read' },
        schema: {
          operationId: 'getServicePoint',
          tags,
          summary: '一个服务网点（名称、地址、类型与办公时间）',
          params: z.object({ id: z.string().min(1).max(64) }).strict(),
          response: { 200: ServicePointSchema, ...commonProblems },
        },
      },
      async (request) => network.getServicePoint(request.params.id),
    );
  };
}
