import { z } from 'zod';
import { IsoDateSchema } from './common';
import { cursorPageOf, CursorQuerySchema } from './keyset';

/** 电子监察 (docs/DOMAIN.md §4): yellow one working day before the due day, red from the first overdue day. */
export const CardLevelSchema = z.enum(['yellow', 'red']);
export type CardLevel = z.infer<typeof CardLevelSchema>;
export const CardStatusSchema = z.enum(['open', 'cleared']);
export type CardStatus = z.infer<typeof CardStatusSchema>;
/** Whose clock: a case, a department task, a 12345 ticket step, a rectification, a reform ledger milestone, a 督办 order. */
export const MonitoredKindSchema = z.enum([
  'case',
  'task',
  'ticket_sign',
  'ticket_reply',
  'ticket_return',
  'rectification',
  'milestone',
  'order',
]);
export type MonitoredKind = z.infer<typeof MonitoredKindSchema>;
export const CardEventKindSchema = z.enum(['raised', 'escalated', 'eased', 'cleared']);
export const CardReasonSchema = z.enum(['due_soon', 'overdue', 'extended', 'due_moved', 'stopped', 'clock_gone']);
export type CardReason = z.infer<typeof CardReasonSchema>;

export const CardEventSchema = z.object({
  kind: CardEventKindSchema,
  level: CardLevelSchema,
  reason: CardReasonSchema,
  on: IsoDateSchema,
  at: z.string(),
});

export const MonitoringCardSchema = z.object({
  id: z.string(),
  kind: MonitoredKindSchema,
  level: CardLevelSchema,
  status: CardStatusSchema,
  subjectType: z.string(),
  subjectId: z.string(),
  /** The case or ticket number people know the subject by, when it has one. */
  subjectLabel: z.string().nullable(),
  regionCode: z.string(),
  departmentId: z.string().nullable(),
  departmentName: z.string().nullable(),
  itemCode: z.string().nullable(),
  itemName: z.string().nullable(),
  dueOn: IsoDateSchema,
  raisedOn: IsoDateSchema,
  clearedOn: IsoDateSchema.nullable(),
  clearReason: CardReasonSchema.nullable(),
  orderId: z.string().nullable(),
  history: z.array(CardEventSchema),
});
export type MonitoringCard = z.infer<typeof MonitoringCardSchema>;

/** The ladder of a 督办 order: the department's head, then the city government office, then the province. */
export const OrderLevelSchema = z.enum(['department', 'city', 'province']);
export type OrderLevel = z.infer<typeof OrderLevelSchema>;
export const OrderStatusSchema = z.enum(['open', 'acknowledged', 'explained']);
export type OrderStatus = z.infer<typeof OrderStatusSchema>;
export const OrderEventKindSchema = z.enum(['raised', 'escalated', 'acknowledged', 'explained']);

export const SupervisionOrderSchema = z.object({
  id: z.string(),
  cardId: z.string(),
  status: OrderStatusSchema,
  level: OrderLevelSchema,
  regionCode: z.string(),
  departmentId: z.string().nullable(),
  departmentName: z.string().nullable(),
  kind: MonitoredKindSchema,
  subjectLabel: z.string().nullable(),
  itemName: z.string().nullable(),
  raisedOn: IsoDateSchema,
  /** The working day by which the present step (acknowledgement, then explanation) is due. */
  dueOn: IsoDateSchema.nullable(),
  acknowledgedAt: z.string().nullable(),
  acknowledgedBy: z.string().nullable(),
  explanation: z.string().nullable(),
  promisedOn: IsoDateSchema.nullable(),
  explainedAt: z.string().nullable(),
  explainedBy: z.string().nullable(),
  version: z.number().int(),
  history: z.array(
    z.object({
      kind: OrderEventKindSchema,
      level: OrderLevelSchema,
      note: z.string().nullable(),
      actorName: z.string(),
      at: z.string(),
    }),
  ),
});
export type SupervisionOrder = z.infer<typeof SupervisionOrderSchema>;

export const OrderAcknowledgeSchema = z.object({ version: z.number().int().min(1) }).strict();
export const OrderExplainSchema = z
  .object({
    version: z.number().int().min(1),
    explanation: z.string().trim().min(10).max(2000),
    promisedOn: IsoDateSchema.meta({ description: '承诺办结日期（中国日期）' }),
  })
  .strict();
export type OrderExplain = z.infer<typeof OrderExplainSchema>;

export const MonitoringInboxSchema = z.object({
  cards: z.array(MonitoringCardSchema),
  orders: z.array(SupervisionOrderSchema),
});
export type MonitoringInbox = z.infer<typeof MonitoringInboxSchema>;

export const CountDimensionSchema = z.enum(['city', 'county', 'department', 'item']);
export type CountDimension = z.infer<typeof CountDimensionSchema>;

export const CardCountsQuerySchema = z
  .object({
    by: CountDimensionSchema.default('city'),
    regionCode: z
      .string()
      .regex(/^[0-9]{2,12}$/)
      .optional(),
    status: CardStatusSchema.default('open'),
  })
  .strict();
export type CardCountsQuery = z.input<typeof CardCountsQuerySchema>;

export const CardCountsSchema = z.object({
  by: CountDimensionSchema,
  regionCode: z.string(),
  status: CardStatusSchema,
  rows: z.array(
    z.object({
      key: z.string(),
      name: z.string(),
      yellow: z.number().int(),
      red: z.number().int(),
      orders: z.number().int(),
    }),
  ),
});
export type CardCounts = z.infer<typeof CardCountsSchema>;

/** The cards behind a count, newest first: keyset pages with signed cursors (`next`, `prev`). */
export const CardListQuerySchema = CursorQuerySchema.extend({
  regionCode: z
    .string()
    .regex(/^[0-9]{2,12}$/)
    .optional(),
  departmentId: z.string().min(1).max(64).optional(),
  itemCode: z.string().min(1).max(64).optional(),
  level: CardLevelSchema.optional(),
  status: CardStatusSchema.default('open'),
}).strict();
export type CardListQuery = z.input<typeof CardListQuerySchema>;

export const CardPageSchema = cursorPageOf(MonitoringCardSchema).meta({ id: 'CardPage' });
export type CardPage = z.infer<typeof CardPageSchema>;

export const OrderListQuerySchema = CursorQuerySchema.extend({
  regionCode: z
    .string()
    .regex(/^[0-9]{2,12}$/)
    .optional(),
  status: OrderStatusSchema.optional(),
  level: OrderLevelSchema.optional(),
}).strict();
export type OrderListQuery = z.input<typeof OrderListQuerySchema>;

export const OrderPageSchema = cursorPageOf(SupervisionOrderSchema).meta({ id: 'OrderPage' });
export type OrderPage = z.infer<typeof OrderPageSchema>;

export const MonitoringPassSchema = z.object({
  shards: z.number().int(),
  raised: z.number().int(),
  escalated: z.number().int(),
  eased: z.number().int(),
  cleared: z.number().int(),
  ordersRaised: z.number().int(),
  ordersEscalated: z.number().int(),
});
export type MonitoringPass = z.infer<typeof MonitoringPassSchema>;
