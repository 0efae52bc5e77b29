import { z } from 'zod';
import {
  CardCountsQuerySchema,
  CardCountsSchema,
  CardListQuerySchema,
  CardPageSchema,
  MonitoringInboxSchema,
  MonitoringPassSchema,
  OrderAcknowledgeSchema,
  OrderExplainSchema,
  OrderListQuerySchema,
  OrderPageSchema,
  ProblemSchema,
  SupervisionOrderSchema,
} from '@yici/contracts';
import { commonProblems, type RouteTable } from '../../platform/http/app';
import type { MonitoringService } from './monitoring.service';

const problems = { ...commonProblems, 401: ProblemSchema, 403: ProblemSchema, 409: ProblemSchema, 422: ProblemSchema };
const Id = z.object({ id: z.string().min(1).max(64) });
const tags = ['monitoring'];

export function monitoringRoutes(monitoring: MonitoringService): RouteTable {
  return (app) => {
    app.get(
      '/api/monitoring/inbox',
      {
        config: { permission: 'monitoring:inbox' },
        schema: {
          tags,
          operationId: 'getMonitoringInbox',
          summary: '本部门的红黄牌与待办督办单',
          response: { 200: MonitoringInboxSchema, ...problems },
        },
      },
      async (request) => monitoring.inbox(request.ctx),
    );

    app.post(
      '/api/monitoring/orders/:id/acknowledge',
      {
        config: { permission: 'monitoring:answer' },
        schema: {
          tags,
          operationId: 'acknowledgeSupervisionOrder',
          summary: '签收督办单（部门负责人，1 个工作日内）',
          params: Id,
          body: OrderAcknowledgeSchema,
          response: { 200: SupervisionOrderSchema, ...problems },
        },
      },
      async (request) => monitoring.acknowledge(request.ctx, request.params.id, request.body),
    );

    app.post(
      '/api/monitoring/orders/:id/explain',
      {
        config: { permission: 'monitoring:answer' },
        schema: {
          tags,
          operationId: 'explainSupervisionOrder',
          summary: '对督办单作书面说明并承诺办结日期',
          params: Id,
          body: OrderExplainSchema,
          response: { 200: SupervisionOrderSchema, ...problems },
        },
      },
      async (request) => monitoring.explain(request.ctx, request.params.id, request.body),
    );

    app.get(
      '/api/monitoring/counts',
      {
        config: { permission: 'monitoring:supervise' },
        schema: {
          tags,
          operationId: 'getCardCounts',
          summary: '红黄牌统计（按市、县、部门或事项）',
          querystring: CardCountsQuerySchema,
          response: { 200: CardCountsSchema, ...problems },
        },
      },
      async (request) => monitoring.counts(request.ctx, request.query),
    );

    app.get(
      '/api/monitoring/cards',
      {
        config: { permission: 'monitoring:supervise' },
        schema: {
          tags,
          operationId: 'listMonitoringCards',
          summary: '统计数字背后的红黄牌清单（游标分页）',
          querystring: CardListQuerySchema,
          response: { 200: CardPageSchema, ...problems },
        },
      },
      async (request) => monitoring.listCards(request.ctx, request.query),
    );

    app.get(
      '/api/monitoring/orders',
      {
        config: { permission: 'monitoring:supervise' },
        schema: {
          tags,
          operationId: 'listSupervisionOrders',
          summary: '辖区内的督办单（含升级至市、省的）',
          querystring: OrderListQuerySchema,
          response: { 200: OrderPageSchema, ...problems },
        },
      },
      async (request) => monitoring.listOrders(request.ctx, request.query),
    );

    app.post(
      '/api/monitoring/pass',
      {
        config: { permission: 'monitoring:run' },
        schema: {
          tags,
          operationId: 'runMonitoringPass',
          summary: '立即运行一次电子监察（亮牌、消牌、督办与升级）',
          response: { 200: MonitoringPassSchema, ...problems },
        },
      },
      async (request) => monitoring.runPass(request.ctx),
    );
  };
}
