import { z } from 'zod';
import {
  FiguresCasesQuerySchema,
  FiguresCasesSchema,
  FiguresExportQuerySchema,
  FiguresOverviewSchema,
  FiguresPublicQuerySchema,
  FiguresPublicSchema,
  FiguresQuerySchema,
  ProblemSchema,
} from '@yici/contracts';
import { commonProblems, type RouteTable } from '../../platform/http/app';
import { exportTable } from './figures.export';
import type { FiguresService } from './figures.service';

const tags = ['figures'];
const problems = { ...commonProblems, 401: ProblemSchema, 403: ProblemSchema, 404: ProblemSchema, 422: ProblemSchema };

export function figuresRoutes(figures: FiguresService, options: { exportRowLimit: number }): RouteTable {
  return (app) => {
    app.get(
      '/api/figures',
      {
        config: { permission: 'figures:read' },
        schema: {
          tags,
          operationId: 'getFigures',
          summary: '改革指标：某区域（省、市、县、大厅）某期间的办件量、时效、一次办好率与 3545 目标',
          querystring: FiguresQuerySchema,
          response: { 200: FiguresOverviewSchema, ...problems },
        },
      },
      async (request) => figures.overview(request.ctx, request.query),
    );

    app.get(
      '/api/figures/cases',
      {
        config: { permission: 'figures:cases' },
        schema: {
          tags,
          operationId: 'listFiguresCases',
          summary: '指标背后的办件（按游标翻页；每次查看记入申请人的数据使用记录）',
          querystring: FiguresCasesQuerySchema,
          response: { 200: FiguresCasesSchema, ...problems },
        },
      },
      async (request) => figures.casesBehind(request.ctx, request.query),
    );

    app.get(
      '/api/figures/export',
      {
        config: { permission: 'figures:read' },
        schema: {
          tags,
          operationId: 'exportFiguresTable',
          summary: '导出指标表格（CSV 或 XLSX，有行数上限）',
          querystring: FiguresExportQuerySchema,
          produces: ['text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
          response: { 200: z.any(), ...problems },
        },
      },
      async (request, reply) => {
        const { table, format, ...query } = request.query;
        const overview = await figures.overview(request.ctx, query);
        const file = await exportTable({ overview, table, format, rowLimit: options.exportRowLimit });
        const ascii = `figures-${table}-${overview.area.code.replace(/[^0-9A-Za-z_-]/g, '_')}-${overview.from}-${overview.to}.${format}`;
        return reply
          .type(file.contentType)
          .header(
            'content-disposition',
            `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
          )
          .send(file.body);
      },
    );

    app.get(
      '/api/public/figures',
      {
        config: { permission: 'public:read' },
        schema: {
          tags,
          operationId: 'getPublicFigures',
          summary: '全省改革主要指标（公开：仅全省合计与 3545 目标）',
          querystring: FiguresPublicQuerySchema,
          response: { 200: FiguresPublicSchema, ...problems },
        },
      },
      async (request) => figures.publicFigures(request.ctx, request.query),
    );
  };
}
