import { z } from 'zod';
import {
  AppealInputSchema,
  AppealReviewSchema,
  CallbackSchema,
  ConfirmationSchema,
  EvidenceSchema,
  ProblemSchema,
  RatingFiguresQuerySchema,
  RatingFiguresSchema,
  RatingInputSchema,
  RatingQuerySchema,
  RatingPageSchema,
  RatingSchema,
  VerificationSchema,
} from '@yici/contracts';
import { commonProblems, type RouteTable } from '../../platform/http/app';
import type { RatingsService } from './ratings.service';

const problems = { ...commonProblems, 401: ProblemSchema, 403: ProblemSchema, 409: ProblemSchema, 422: ProblemSchema };
const Id = z.object({ id: z.string().min(1).max(64) });
const tags = ['ratings'];

export function ratingsRoutes(ratings: RatingsService): RouteTable {
  return (app) => {
    app.post(
      '/api/ratings',
      {
        config: { permission: 'rating:create' },
        schema: {
          tags,
          operationId: 'createRating',
          summary: '评价一次服务（一事一评：网上、短信、窗口评价器）',
          body: RatingInputSchema,
          response: { 201: RatingSchema, ...problems },
        },
      },
      async (request, reply) => reply.code(201).send(await ratings.rate(request.ctx, request.body)),
    );

    app.get(
      '/api/cases/:id/my-rating',
      {
        config: { permission: 'rating:create' },
        schema: {
          tags,
          operationId: 'getOwnCaseRating',
          summary: '我对该办件的评价（未评价时 rating 为 null）',
          params: Id,
          response: { 200: z.object({ rating: RatingSchema.nullable() }), ...problems },
        },
      },
      async (request) => ({ rating: await ratings.ownRatingOfCase(request.ctx, request.params.id) }),
    );

    app.get(
      '/api/ratings/figures',
      {
        config: { permission: 'public:read' },
        schema: {
          tags,
          operationId: 'getRatingFigures',
          summary: '好差评公开数据与月度排名（按部门、大厅、窗口）',
          querystring: RatingFiguresQuerySchema,
          response: { 200: RatingFiguresSchema, ...problems },
        },
      },
      async (request) => ratings.figures(request.ctx, request.query),
    );

    app.get(
      '/api/ratings',
      {
        config: { permission: 'rating:read' },
        schema: {
          tags,
          operationId: 'listRatings',
          summary: '差评与整改、申诉列表（好差评管理：本地区；被评价部门：本部门）',
          querystring: RatingQuerySchema,
          response: { 200: RatingPageSchema, ...problems },
        },
      },
      async (request) => ratings.listRatings(request.ctx, request.query),
    );

    app.get(
      '/api/ratings/:id',
      {
        config: { permission: 'rating:read' },
        schema: {
          tags,
          operationId: 'getRating',
          summary: '一条评价及其整改、申诉',
          params: Id,
          response: { 200: RatingSchema, ...problems },
        },
      },
      async (request) => ratings.getRating(request.ctx, request.params.id),
    );

    const steps = [
      [
        'callback',
        'rating:rectify',
        'recordRatingCallback',
        '差评回访（承办部门）',
        CallbackSchema,
        (ctx, id, body) => ratings.callback(ctx, id, body as never),
      ],
      [
        'evidence',
        'rating:rectify',
        'submitRectificationEvidence',
        '提交整改情况与佐证',
        EvidenceSchema,
        (ctx, id, body) => ratings.submitEvidence(ctx, id, body as never),
      ],
      [
        'verification',
        'rating:desk',
        'verifyRectification',
        '好差评管理核实整改',
        VerificationSchema,
        (ctx, id, body) => ratings.verify(ctx, id, body as never),
      ],
      [
        'confirmation',
        'rating:confirm',
        'confirmRectification',
        '评价人确认整改结果',
        ConfirmationSchema,
        (ctx, id, body) => ratings.confirm(ctx, id, body as never),
      ],
      [
        'appeal',
        'rating:appeal',
        'appealRating',
        '被评价部门申诉（恶意差评）',
        AppealInputSchema,
        (ctx, id, body) => ratings.appeal(ctx, id, body as never),
      ],
      [
        'appeal-review',
        'rating:desk',
        'reviewRatingAppeal',
        '审核申诉（说明理由，评价不删除）',
        AppealReviewSchema,
        (ctx, id, body) => ratings.reviewAppeal(ctx, id, body as never),
      ],
    ] as const satisfies readonly (readonly [
      string,
      'rating:rectify' | 'rating:desk' | 'rating:confirm' | 'rating:appeal',
      string,
      string,
      z.ZodType,
      (ctx: Parameters<RatingsService['confirm']>[0], id: string, body: unknown) => Promise<unknown>,
    ])[];
    for (const [path, permission, operationId, summary, body, run] of steps) {
      app.post(
        `/api/ratings/:id/${path}`,
        {
          config: { permission },
          schema: { tags, operationId, summary, params: Id, body, response: { 200: RatingSchema, ...problems } },
        },
        async (request) => run(request.ctx, request.params.id, request.body),
      );
    }
  };
}
