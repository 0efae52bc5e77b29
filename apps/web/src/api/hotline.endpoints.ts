import {
  ArticleHitSchema,
  ArticleSchema,
  CallerHistorySchema,
  RatingSchema,
  TicketPageSchema,
  TicketSchema,
  TicketSummarySchema,
  type RatingInput,
  type TicketIntake,
  type TicketStatus,
} from '@yici/contracts';
import { z } from 'zod';
import { segment, type Transport } from './transport';

const ArticleHits = ArticleHitSchema.array();
const TicketSummaries = TicketSummarySchema.array();
const OwnRatingSchema = z.object({ rating: RatingSchema.nullable() });

/** 12345 (tickets, knowledge base) and 好差评 (ratings). */
export function hotlineEndpoints(http: Transport) {
  const ticketStep =
    <B>(step: string) =>
    (id: string, body: B) =>
      http.write({ path: `/api/hotline/tickets/${segment(id)}/${step}`, body, schema: TicketSchema });
  return {
    createTicket: (body: TicketIntake) => http.write({ path: '/api/hotline/tickets', body, schema: TicketSchema }),
    listTickets: (query: { status?: TicketStatus; page?: number; pageSize?: number }, signal?: AbortSignal) =>
      http.get({ path: '/api/hotline/tickets', query, schema: TicketPageSchema, signal }),
    getTicket: (id: string, signal?: AbortSignal) =>
      http.get({ path: `/api/hotline/tickets/${segment(id)}`, schema: TicketSchema, signal }),
    signTicket: ticketStep<Record<string, never>>('sign'),
    replyTicket: ticketStep<{ reply: string }>('reply'),
    returnTicket: ticketStep<{ reasons: string[] }>('return'),
    dispatchTicket: ticketStep<{ departmentId?: string; overrideReason?: string }>('dispatch'),
    revisitTicket: ticketStep<{ solved: boolean; satisfied: boolean; note: string }>('revisit'),
    searchArticles: (q: string, signal?: AbortSignal) =>
      http.get({ path: '/api/hotline/articles', query: { q, limit: 6 }, schema: ArticleHits, signal }),
    getArticle: (id: string, signal?: AbortSignal) =>
      http.get({ path: `/api/hotline/articles/${segment(id)}`, schema: ArticleSchema, signal }),
    getCallerHistory: (phone: string, signal?: AbortSignal) =>
      http.get({ path: '/api/hotline/callers', query: { phone }, schema: CallerHistorySchema, signal }),
    listCaseTickets: (caseId: string, signal?: AbortSignal) =>
      http.get({ path: `/api/cases/${segment(caseId)}/tickets`, schema: TicketSummaries, signal }),

    rateCase: (body: RatingInput) => http.write({ path: '/api/ratings', body, schema: RatingSchema }),
    getMyCaseRating: (caseId: string, signal?: AbortSignal) =>
      http
        .get({ path: `/api/cases/${segment(caseId)}/my-rating`, schema: OwnRatingSchema, signal })
        .then((r) => r.rating),
  };
}
