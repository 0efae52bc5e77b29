import {
  ArticleHitSchema,
  ArticleSchema,
  CallerHistorySchema,
  DispatchRuleChangeSchema,
  DispatchRuleSchema,
  HotlineFiguresSchema,
  RatingFiguresSchema,
  RatingSchema,
  RatingPageSchema,
  TicketPageSchema,
  TicketSchema,
  TicketSummarySchema,
  TimelineEventSchema,
  type RatingInput,
  type TicketCategory,
  type TicketIntake,
  type TicketKind,
  type TicketStatus,
} from '@yici/contracts';
import { z } from 'zod';
import { segment, type Transport } from './transport';

const ArticleHits = ArticleHitSchema.array();
const TicketSummaries = TicketSummarySchema.array();
const OwnRatingSchema = z.object({ rating: RatingSchema.nullable() });
const Articles = ArticleSchema.array();
const Timeline = TimelineEventSchema.array();
const ArticleVersions = ArticleSchema.extend({ createdAt: z.string() }).array();
const DispatchRules = DispatchRuleSchema.array();
const DispatchRuleChanges = DispatchRuleChangeSchema.array();
const RuleResult = z.object({ rule: DispatchRuleSchema.nullable() });

export type OwnTicketInput = {
  kind: TicketKind;
  category: TicketCategory;
  regionCode: string;
  text: string;
  anonymous: boolean;
  contactConsent: boolean;
  caseId?: string;
};
type ArticleInput = { title: string; body: string; owner: string; reviewOn: string };

/** 12345 (tickets, knowledge base) and 好差评 (ratings). */
export function hotlineEndpoints(http: Transport) {
  const ticketStep =
    <B>(step: string) =>
    (id: string, body: B) =>
      http.write({ path: `/api/hotline/tickets/${segment(id)}/${step}`, body, schema: TicketSchema });
  return {
    createTicket: (body: TicketIntake) => http.write({ path: '/api/hotline/tickets', body, schema: TicketSchema }),
    listTickets: (
      query: {
        status?: TicketStatus;
        region?: string;
        from?: string;
        to?: string;
        departmentId?: string;
        merged?: 'include' | 'exclude';
        cursor?: string;
        limit?: number;
      },
      signal?: AbortSignal,
    ) => http.get({ path: '/api/hotline/tickets', query, schema: TicketPageSchema, signal }),
    getTicket: (id: string, signal?: AbortSignal) =>
      http.get({ path: `/api/hotline/tickets/${segment(id)}`, schema: TicketSchema, signal }),
    signTicket: ticketStep<Record<string, never>>('sign'),
    replyTicket: ticketStep<{ reply: string }>('reply'),
    returnTicket: ticketStep<{ reasons: string[] }>('return'),
    dispatchTicket: ticketStep<{ departmentId?: string; overrideReason?: string }>('dispatch'),
    revisitTicket: ticketStep<{ solved: boolean; satisfied: boolean; note: string }>('revisit'),
    decideTicketReturn: ticketStep<{ decision: 'accept' | 'reject'; reason: string; departmentId?: string }>(
      'return-decision',
    ),
    decideTicketExtension: ticketStep<{ approve: boolean; reason: string }>('extension-decision'),
    requestTicketExtension: ticketStep<{ days: number; reason: string }>('extension'),
    mergeTicket: ticketStep<{ intoTicketId: string; reason: string }>('merge'),
    fileOwnTicket: (body: OwnTicketInput) => http.write({ path: '/api/me/tickets', body, schema: TicketSchema }),
    listOwnTickets: (signal?: AbortSignal) => http.get({ path: '/api/me/tickets', schema: TicketSummaries, signal }),
    listCuratedArticles: (signal?: AbortSignal) =>
      http.get({ path: '/api/hotline/curated-articles', schema: Articles, signal }),
    listArticleVersions: (id: string, signal?: AbortSignal) =>
      http.get({ path: `/api/hotline/articles/${segment(id)}/versions`, schema: ArticleVersions, signal }),
    createArticle: (body: ArticleInput) => http.write({ path: '/api/hotline/articles', body, schema: ArticleSchema }),
    reviseArticle: (id: string, body: ArticleInput) =>
      http.write({ method: 'PUT', path: `/api/hotline/articles/${segment(id)}`, body, schema: ArticleSchema }),
    listDispatchCatalogue: (region: string, signal?: AbortSignal) =>
      http.get({ path: '/api/hotline/dispatch-catalogue', query: { region }, schema: DispatchRules, signal }),
    changeDispatchRule: (body: {
      regionCode: string;
      category: TicketCategory;
      departmentId: string | null;
      reason: string;
    }) => http.write({ method: 'PUT', path: '/api/hotline/dispatch-catalogue', body, schema: RuleResult }),
    listDispatchRuleChanges: (region: string, signal?: AbortSignal) =>
      http.get({
        path: '/api/hotline/dispatch-catalogue/history',
        query: { region },
        schema: DispatchRuleChanges,
        signal,
      }),
    getHotlineFigures: (query: { region?: string; from: string; to: string }, signal?: AbortSignal) =>
      http.get({ path: '/api/hotline/figures', query, schema: HotlineFiguresSchema, signal }),
    searchArticles: (q: string, signal?: AbortSignal) =>
      http.get({ path: '/api/hotline/articles', query: { q, limit: 6 }, schema: ArticleHits, signal }),
    getArticle: (id: string, signal?: AbortSignal) =>
      http.get({ path: `/api/hotline/articles/${segment(id)}`, schema: ArticleSchema, signal }),
    getCallerHistory: (phone: string, signal?: AbortSignal) =>
      http.get({ path: '/api/hotline/callers', query: { phone }, schema: CallerHistorySchema, signal }),
    getTicketCaseTimeline: (id: string, signal?: AbortSignal) =>
      http.get({ path: `/api/hotline/tickets/${segment(id)}/case-timeline`, schema: Timeline, signal }),
    listCaseTickets: (caseId: string, signal?: AbortSignal) =>
      http.get({ path: `/api/cases/${segment(caseId)}/tickets`, schema: TicketSummaries, signal }),

    listRatings: (query: { status: 'open' | 'all'; cursor?: string }, signal?: AbortSignal) =>
      http.get({ path: '/api/ratings', query, schema: RatingPageSchema, signal }),
    getRating: (id: string, signal?: AbortSignal) =>
      http.get({ path: `/api/ratings/${segment(id)}`, schema: RatingSchema, signal }),
    ratingStep: (id: string, step: string, body: unknown) =>
      http.write({ path: `/api/ratings/${segment(id)}/${step}`, body, schema: RatingSchema }),
    getRatingFigures: (query: { by: 'department' | 'service_point' | 'window'; month: string }, signal?: AbortSignal) =>
      http.get({ path: '/api/ratings/figures', query, schema: RatingFiguresSchema, signal }),
    rateCase: (body: RatingInput) => http.write({ path: '/api/ratings', body, schema: RatingSchema }),
    getMyCaseRating: (caseId: string, signal?: AbortSignal) =>
      http
        .get({ path: `/api/cases/${segment(caseId)}/my-rating`, schema: OwnRatingSchema, signal })
        .then((r) => r.rating),
  };
}
