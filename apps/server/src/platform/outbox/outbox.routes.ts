import { z } from 'zod';
import { OutboxMessageSchema, ProblemSchema } from '@yici/contracts';
import { commonProblems, type RouteTable } from '../http/app';
import type { Outbox } from './outbox.service';

export function outboxRoutes(outbox: Outbox): RouteTable {
  return (app) => {
    app.get(
      '/api/admin/outbox',
      {
        config: { permission: 'outbox:read' },
        schema: {
          tags: ['platform'],
          summary: '短信发件箱（开发环境的投递方式：在此查看验证码）',
          querystring: z
            .object({
              recipient: z.string().max(32).optional(),
              limit: z.coerce.number().int().min(1).max(200).default(50),
            })
            .strict(),
          response: { 200: z.array(OutboxMessageSchema), 401: ProblemSchema, 403: ProblemSchema, ...commonProblems },
        },
      },
      async (request) => {
        const messages = await outbox.list(request.ctx, request.query);
        return messages.map((m) => ({
          id: m.id,
          channel: m.channel,
          recipient: m.recipient,
          template: m.template,
          body: m.body,
          createdAt: m.createdAt.toISOString(),
          deliveredAt: m.deliveredAt ? m.deliveredAt.toISOString() : null,
          attempts: m.attempts,
        }));
      },
    );
  };
}
