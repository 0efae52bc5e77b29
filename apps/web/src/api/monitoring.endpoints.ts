import {
  CardCountsSchema,
  CardPageSchema,
  MonitoringInboxSchema,
  SupervisionOrderSchema,
  type CardLevel,
  type CountDimension,
  type OrderExplain,
} from '@yici/contracts';
import { segment, type Transport } from './transport';

export type CardListFilter = {
  regionCode?: string;
  departmentId?: string;
  itemCode?: string;
  level?: CardLevel;
  cursor?: string;
  limit?: number;
};

/** 电子监察: a department's cards and 督办 orders, supervisors' counts and the lists behind them. */
export function monitoringEndpoints(http: Transport) {
  return {
    getMonitoringInbox: (signal?: AbortSignal) =>
      http.get({ path: '/api/monitoring/inbox', schema: MonitoringInboxSchema, signal }),
    acknowledgeOrder: (id: string, body: { version: number }) =>
      http.write({ path: `/api/monitoring/orders/${segment(id)}/acknowledge`, body, schema: SupervisionOrderSchema }),
    explainOrder: (id: string, body: OrderExplain) =>
      http.write({ path: `/api/monitoring/orders/${segment(id)}/explain`, body, schema: SupervisionOrderSchema }),
    getCardCounts: (query: { by?: CountDimension; regionCode?: string }, signal?: AbortSignal) =>
      http.get({ path: '/api/monitoring/counts', query, schema: CardCountsSchema, signal }),
    listMonitoringCards: (query: CardListFilter, signal?: AbortSignal) =>
      http.get({ path: '/api/monitoring/cards', query, schema: CardPageSchema, signal }),
  };
}
