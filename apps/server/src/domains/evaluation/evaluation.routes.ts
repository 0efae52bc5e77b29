import { z } from 'zod';
import {
  DtfInputSchema,
  DtfResultSchema,
  EvaluationInputSchema,
  EvaluationSchema,
  EvaluationSummarySchema,
  IndicatorSystemSchema,
  ProblemSchema,
  ReformInputSchema,
  ReformScenarioSchema,
} from '@yici/contracts';
import { commonProblems, type RouteTable } from '../../platform/http/app';
import type { ReformService } from './evaluation.reform';
import type { EvaluationService } from './evaluation.service';

const problems = { ...commonProblems, 401: ProblemSchema, 403: ProblemSchema, 422: ProblemSchema };
const Id = z.object({ id: z.string().min(1).max(64) });
const tags = ['evaluation'];

export function evaluationRoutes(evaluation: EvaluationService, reforms: ReformService): RouteTable {
  return (app) => {
    app.post(
      '/api/evaluation/dtf',
      {
        config: { permission: 'public:read' },
        schema: {
          tags,
          operationId: 'calculateDtf',
          summary: '前沿距离计算器：按最优值、最差值计算各指标得分及平均分',
          body: DtfInputSchema,
          response: { 200: DtfResultSchema, ...problems },
        },
      },
      async (request) => evaluation.dtf(request.body),
    );

    app.get(
      '/api/evaluation/indicator-system',
      {
        config: { permission: 'public:read' },
        schema: {
          tags,
          operationId: 'getDefaultIndicatorSystem',
          summary: '默认营商环境评价指标体系（一级、二级指标及前沿值）',
          response: { 200: IndicatorSystemSchema, ...problems },
        },
      },
      async () => evaluation.defaultSystem(),
    );

    app.post(
      '/api/evaluations',
      {
        config: { permission: 'evaluation:run' },
        schema: {
          tags,
          operationId: 'runEvaluation',
          summary: '运行一次营商环境评价（实测平台办件，导入调查数据，计分排名）',
          body: EvaluationInputSchema,
          response: { 201: EvaluationSchema, ...problems },
        },
      },
      async (request, reply) => reply.code(201).send(await evaluation.run(request.ctx, request.body)),
    );

    app.get(
      '/api/evaluations',
      {
        config: { permission: 'public:read' },
        schema: {
          tags,
          operationId: 'listEvaluations',
          summary: '已发布的营商环境评价',
          querystring: z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() }).strict(),
          response: { 200: z.array(EvaluationSummarySchema), ...problems },
        },
      },
      async (request) => evaluation.list(request.query),
    );

    app.get(
      '/api/evaluations/:id',
      {
        config: { permission: 'public:read' },
        schema: {
          tags,
          operationId: 'getEvaluation',
          summary: '一次评价的全部指标值、来源、得分与排名',
          params: Id,
          response: { 200: EvaluationSchema, ...problems },
        },
      },
      async (request) => evaluation.get(request.params.id),
    );

    app.get(
      '/api/evaluations/:id/pdf',
      {
        config: { permission: 'public:read' },
        schema: {
          tags,
          operationId: 'downloadEvaluationPdf',
          summary: '下载评价报告 PDF（加盖平台电子印章）',
          params: Id,
        },
      },
      async (request, reply) => {
        const pdf = await evaluation.pdf(request.params.id);
        return reply
          .type('application/pdf')
          .header('content-disposition', `attachment; filename="evaluation-${request.params.id}.pdf"`)
          .send(pdf);
      },
    );

    app.post(
      '/api/evaluation/reforms',
      {
        config: { permission: 'evaluation:run' },
        schema: {
          tags,
          operationId: 'submitReformScenario',
          summary: '改革模拟：提交改革措施，在同一随机种子的模拟年度上与基线对比（后台运行）',
          body: ReformInputSchema,
          response: { 202: ReformScenarioSchema, ...problems },
        },
      },
      async (request, reply) => reply.code(202).send(await reforms.submit(request.ctx, request.body)),
    );

    app.get(
      '/api/evaluation/reforms',
      {
        config: { permission: 'evaluation:run' },
        schema: {
          tags,
          operationId: 'listReformScenarios',
          summary: '改革模拟列表（最近 50 个，含进度与结果）',
          querystring: z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() }).strict(),
          response: { 200: z.array(ReformScenarioSchema), ...problems },
        },
      },
      async (request) => reforms.list(request.ctx, request.query),
    );

    app.get(
      '/api/evaluation/reforms/:id',
      {
        config: { permission: 'evaluation:run' },
        schema: {
          tags,
          operationId: 'getReformScenario',
          summary: '一个改革模拟：进度，完成后为 3545 指标、各市得分与排名（与基线并列）',
          params: Id,
          response: { 200: ReformScenarioSchema, ...problems },
        },
      },
      async (request) => reforms.get(request.ctx, request.params.id),
    );
  };
}
