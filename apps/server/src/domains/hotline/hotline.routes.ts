import { z } from 'zod';
import {
  ArticleHitSchema,
  ArticleInputSchema,
  ArticleQuerySchema,
  ArticleSchema,
  CallerHistorySchema,
  CallerLookupSchema,
  DispatchRuleChangeInputSchema,
  DispatchRuleChangeSchema,
  DispatchRuleQuerySchema,
  DispatchRuleSchema,
  DispatchSchema,
  ExtensionDecisionSchema,
  ExtensionRequestSchema,
  HotlineFiguresQuerySchema,
  HotlineFiguresSchema,
  MergeSchema,
  OwnTicketSchema,
  ProblemSchema,
  ReturnDecisionSchema,
  RevisitSchema,
  TicketIntakeSchema,
  TicketPageSchema,
  TicketQuerySchema,
  TicketReplySchema,
  TicketReturnSchema,
  TicketSchema,
  TicketSummarySchema,
  TimelineEventSchema,
} from '@yici/contracts';
import { commonProblems, type RouteTable } from '../../platform/http/app';
import type { HotlineService } from './hotline.service';

const problems = { ...commonProblems, 401: ProblemSchema, 403: ProblemSchema, 409: ProblemSchema, 422: ProblemSchema };
const Id = z.object({ id: z.string().min(1).max(64) });
const tags = ['hotline'];

export function hotlineRoutes(hotline: HotlineService): RouteTable {
  return (app) => {
    app.post(
      '/api/hotline/tickets',
      {
        config: { permission: 'ticket:intake' },
        schema: {
          tags,
          operationId: 'createTicket',
          summary: '受理来电（可同时直接答复办结或派单）',
          body: TicketIntakeSchema,
          response: { 201: TicketSchema, ...problems },
        },
      },
      async (request, reply) => reply.code(201).send(await hotline.intake(request.ctx, request.body)),
    );

    app.get(
      '/api/hotline/tickets',
      {
        config: { permission: 'ticket:read' },
        schema: {
          tags,
          operationId: 'listTickets',
          summary: '工单列表（热线中心按地区，承办部门按本部门）',
          querystring: TicketQuerySchema,
          response: { 200: TicketPageSchema, ...problems },
        },
      },
      async (request) => hotline.listTickets(request.ctx, request.query),
    );

    app.get(
      '/api/hotline/tickets/:id',
      {
        config: { permission: 'ticket:read' },
        schema: {
          tags,
          operationId: 'getTicket',
          summary: '一张工单（承办部门未经同意看不到来电人联系方式）',
          params: Id,
          response: { 200: TicketSchema, ...problems },
        },
      },
      async (request) => hotline.getTicket(request.ctx, request.params.id),
    );

    app.get(
      '/api/hotline/tickets/:id/case-timeline',
      {
        config: { permission: 'ticket:read' },
        schema: {
          tags,
          operationId: 'getTicketCaseTimeline',
          summary: '投诉所涉办件的时间线（在本人权限范围内）',
          params: Id,
          response: { 200: z.array(TimelineEventSchema), ...problems },
        },
      },
      async (request) => hotline.caseTimeline(request.ctx, request.params.id),
    );

    const steps = [
      [
        'dispatch',
        'ticket:decide',
        'dispatchTicket',
        '派单（按派单目录，改派须说明理由）',
        DispatchSchema,
        (ctx, id, body) => hotline.dispatch(ctx, id, body as never),
      ],
      [
        'sign',
        'ticket:handle',
        'signTicket',
        '承办部门签收（1 个工作日内）',
        z.object({}).strict(),
        (ctx, id) => hotline.sign(ctx, id),
      ],
      [
        'reply',
        'ticket:handle',
        'replyTicket',
        '承办部门答复（5 个工作日内）',
        TicketReplySchema,
        (ctx, id, body) => hotline.reply(ctx, id, body as never),
      ],
      [
        'return',
        'ticket:handle',
        'returnTicket',
        '退回派错的工单（2 个工作日内，说明理由）',
        TicketReturnSchema,
        (ctx, id, body) => hotline.returnTicket(ctx, id, body as never),
      ],
      [
        'return-decision',
        'ticket:decide',
        'decideTicketReturn',
        '热线中心审核退回（最终决定）',
        ReturnDecisionSchema,
        (ctx, id, body) => hotline.decideReturn(ctx, id, body as never),
      ],
      [
        'extension',
        'ticket:handle',
        'requestTicketExtension',
        '申请延期（最多 10 个工作日）',
        ExtensionRequestSchema,
        (ctx, id, body) => hotline.requestExtension(ctx, id, body as never),
      ],
      [
        'extension-decision',
        'ticket:decide',
        'decideTicketExtension',
        '热线中心审核延期',
        ExtensionDecisionSchema,
        (ctx, id, body) => hotline.decideExtension(ctx, id, body as never),
      ],
      [
        'revisit',
        'ticket:decide',
        'revisitTicket',
        '回访（不满意则重办）',
        RevisitSchema,
        (ctx, id, body) => hotline.revisit(ctx, id, body as never),
      ],
      [
        'merge',
        'ticket:decide',
        'mergeTicket',
        '合并重复工单（告知每位来电人）',
        MergeSchema,
        (ctx, id, body) => hotline.merge(ctx, id, body as never),
      ],
    ] as const satisfies readonly (readonly [
      string,
      'ticket:decide' | 'ticket:handle',
      string,
      string,
      z.ZodType,
      (ctx: Parameters<HotlineService['sign']>[0], id: string, body: unknown) => Promise<unknown>,
    ])[];
    for (const [path, permission, operationId, summary, body, run] of steps) {
      app.post(
        `/api/hotline/tickets/:id/${path}`,
        {
          config: { permission },
          schema: { tags, operationId, summary, params: Id, body, response: { 200: TicketSchema, ...problems } },
        },
        async (request) => run(request.ctx, request.params.id, request.body),
      );
    }

    app.get(
      '/api/hotline/callers',
      {
        config: { permission: 'ticket:intake' },
        schema: {
          tags,
          operationId: 'getCallerHistory',
          summary: '来电人的历史工单和办件（记入其数据使用记录）',
          querystring: CallerLookupSchema,
          response: { 200: CallerHistorySchema, ...problems },
        },
      },
      async (request) => hotline.callerHistory(request.ctx, request.query.phone),
    );

    app.get(
      '/api/hotline/dispatch-rules',
      {
        config: { permission: 'ticket:intake' },
        schema: {
          tags,
          operationId: 'listDispatchRules',
          summary: '派单目录（地区 × 类别 → 承办部门）',
          querystring: DispatchRuleQuerySchema,
          response: { 200: z.array(DispatchRuleSchema), ...problems },
        },
      },
      async (request) => hotline.dispatchRules(request.ctx, request.query),
    );

    app.get(
      '/api/hotline/dispatch-catalogue',
      {
        config: { permission: 'hotline:catalogue' },
        schema: {
          tags,
          operationId: 'listDispatchCatalogue',
          summary: '维护派单目录：本地区及上级地区的规则',
          querystring: DispatchRuleQuerySchema,
          response: { 200: z.array(DispatchRuleSchema), ...problems },
        },
      },
      async (request) => hotline.catalogueRules(request.ctx, request.query),
    );

    app.put(
      '/api/hotline/dispatch-catalogue',
      {
        config: { permission: 'hotline:catalogue' },
        schema: {
          tags,
          operationId: 'changeDispatchRule',
          summary: '修改派单目录的一条规则（设定或删除承办部门，须说明理由，留存历史）',
          body: DispatchRuleChangeInputSchema,
          response: { 200: z.object({ rule: DispatchRuleSchema.nullable() }), ...problems },
        },
      },
      async (request) => ({ rule: await hotline.changeDispatchRule(request.ctx, request.body) }),
    );

    app.get(
      '/api/hotline/dispatch-catalogue/history',
      {
        config: { permission: 'hotline:catalogue' },
        schema: {
          tags,
          operationId: 'listDispatchRuleChanges',
          summary: '派单目录的修改历史',
          querystring: z.object({ region: z.string().regex(/^37\d{0,10}$/) }).strict(),
          response: { 200: z.array(DispatchRuleChangeSchema), ...problems },
        },
      },
      async (request) => hotline.dispatchRuleHistory(request.ctx, request.query),
    );

    app.get(
      '/api/hotline/articles',
      {
        config: { permission: 'knowledge:read' },
        schema: {
          tags,
          operationId: 'searchArticles',
          summary: '知识库检索（边输入边查）',
          querystring: ArticleQuerySchema,
          response: { 200: z.array(ArticleHitSchema), ...problems },
        },
      },
      async (request) => hotline.searchArticles(request.ctx, request.query),
    );

    app.get(
      '/api/hotline/curated-articles',
      {
        config: { permission: 'knowledge:manage' },
        schema: {
          tags,
          operationId: 'listCuratedArticles',
          summary: '人工维护的知识库答案（按复核日期排列）',
          response: { 200: z.array(ArticleSchema), ...problems },
        },
      },
      async (request) => hotline.listCuratedArticles(request.ctx),
    );

    app.get(
      '/api/hotline/articles/:id/versions',
      {
        config: { permission: 'knowledge:manage' },
        schema: {
          tags,
          operationId: 'listArticleVersions',
          summary: '知识库答案的各个版本',
          params: z.object({ id: z.string().min(1).max(80) }),
          response: { 200: z.array(ArticleSchema.extend({ createdAt: z.string() })), ...problems },
        },
      },
      async (request) => hotline.articleVersions(request.ctx, request.params.id),
    );

    app.get(
      '/api/hotline/articles/:id',
      {
        config: { permission: 'knowledge:read' },
        schema: {
          tags,
          operationId: 'getArticle',
          summary: '知识库答案（现行版本）',
          params: z.object({ id: z.string().min(1).max(80) }),
          response: { 200: ArticleSchema, ...problems },
        },
      },
      async (request) => hotline.getArticle(request.ctx, request.params.id),
    );

    app.post(
      '/api/hotline/articles',
      {
        config: { permission: 'knowledge:manage' },
        schema: {
          tags,
          operationId: 'createArticle',
          summary: '新增知识库答案（责任人、复核日期）',
          body: ArticleInputSchema,
          response: { 201: ArticleSchema, ...problems },
        },
      },
      async (request, reply) => reply.code(201).send(await hotline.publishArticle(request.ctx, request.body)),
    );

    app.put(
      '/api/hotline/articles/:id',
      {
        config: { permission: 'knowledge:manage' },
        schema: {
          tags,
          operationId: 'reviseArticle',
          summary: '修订知识库答案（保留历史版本）',
          params: z.object({ id: z.string().min(1).max(80) }),
          body: ArticleInputSchema,
          response: { 200: ArticleSchema, ...problems },
        },
      },
      async (request) => hotline.publishArticle(request.ctx, { ...request.body, id: request.params.id }),
    );

    app.get(
      '/api/hotline/figures',
      {
        config: { permission: 'hotline:figures' },
        schema: {
          tags,
          operationId: 'getHotlineFigures',
          summary: '热线指标：直接办结率、按时签收与答复率、退回率、重办率、满意率',
          querystring: HotlineFiguresQuerySchema,
          response: { 200: HotlineFiguresSchema, ...problems },
        },
      },
      async (request) => hotline.figures(request.ctx, request.query),
    );

    app.get(
      '/api/cases/:id/tickets',
      {
        config: { permission: 'case:read' },
        schema: {
          tags,
          operationId: 'listCaseTickets',
          summary: '与办件有关的 12345 工单（投诉等）',
          params: Id,
          response: { 200: z.array(TicketSummarySchema), ...problems },
        },
      },
      async (request) => hotline.ticketsOfCase(request.ctx, request.params.id),
    );

    app.post(
      '/api/me/tickets',
      {
        config: { permission: 'ticket:file_own' },
        schema: {
          tags,
          operationId: 'fileOwnTicket',
          summary: '网上提交诉求（12345）',
          body: OwnTicketSchema,
          response: { 201: TicketSchema, ...problems },
        },
      },
      async (request, reply) => reply.code(201).send(await hotline.fileOwn(request.ctx, request.body)),
    );

    app.get(
      '/api/me/tickets',
      {
        config: { permission: 'ticket:file_own' },
        schema: {
          tags,
          operationId: 'listOwnTickets',
          summary: '我的诉求',
          response: { 200: z.array(TicketSummarySchema), ...problems },
        },
      },
      async (request) => hotline.listOwn(request.ctx),
    );
  };
}
