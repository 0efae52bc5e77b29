import { z } from 'zod';
import { OutboxMessageSchema, ProblemSchema } from '@yici/contracts';
import { commonProblems, type RouteTable } from '../http/app';
import { systemContext } from '../actor';
import type { Outbox, OutboxMessage } from './outbox.service';

const Query = z
  .object({ recipient: z.string().max(32).optional(), limit: z.coerce.number().int().min(1).max(200).default(50) })
  .strict();

export function outboxRoutes(outbox: Outbox, options: { devPublic: boolean } = { devPublic: false }): RouteTable {
  return (app) => {
    app.get(
      '/api/admin/outbox',
      {
        config: { permission: 'outbox:read' },
        schema: {
          operationId: 'listOutboxMessages',
          tags: ['platform'],
          summary: '短信发件箱（开发环境的投递方式：在此查看验证码）',
          querystring: Query,
          response: { 200: z.array(OutboxMessageSchema), 401: ProblemSchema, 403: ProblemSchema, ...commonProblems },
        },
      },
      async (request) => (await outbox.list(request.ctx, request.query)).map(toView),
    );

    // Development only (YICI_DEV_OUTBOX_PUBLIC=true): the outbox without login, so that browser
    // journeys and demos can read one-time codes the development transport never sends.
    if (!options.devPublic) return;
    app.get(
      '/api/dev/outbox',
      {
        config: { permission: 'public:read' },
        schema: {
          operationId: 'listDevelopmentOutbox',
          tags: ['platform'],
          summary: '开发环境：无需登录查看短信发件箱（仅 YICI_DEV_OUTBOX_PUBLIC=true 时存在）',
          querystring: Query,
          response: { 200: z.array(OutboxMessageSchema), ...commonProblems },
        },
      },
      async (request) => (await outbox.list(systemContext('dev-outbox'), request.query)).map(toView),
    );
  };
}

function toView(m: OutboxMessage) {
  return {
    id: m.id,
    channel: m.channel,
    recipient: m.recipient,
    template: m.template,
    body: m.body,
    createdAt: m.createdAt.toISOString(),
    deliveredAt: m.deliveredAt ? m.deliveredAt.toISOString() : null,
    attempts: m.attempts,
  };
}
