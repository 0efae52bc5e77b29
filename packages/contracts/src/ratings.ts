import { z } from 'zod';
import { ClockViewSchema } from './cases';
import { CursorQuerySchema, cursorPageOf } from './keyset';

/** GB/T 39046 satisfaction: 1 非常满意 … 5 非常不满意; 4 and 5 are bad ratings (差评). */
export const RatingLevelSchema = z.number().int().min(1).max(5);
export const RatingChannelSchema = z.enum(['online', 'sms', 'hall', 'hotline']);
export type RatingChannel = z.infer<typeof RatingChannelSchema>;

/** Reasons chosen from a list (the national 好差评 reason set, shortened). */
export const RatingReasonSchema = z.enum([
  'fast',
  'attitude_good',
  'guidance_clear',
  'one_visit',
  'slow',
  'attitude_bad',
  'guidance_unclear',
  'repeated_visits',
  'materials_repeated',
  'system_trouble',
]);
export type RatingReason = z.infer<typeof RatingReasonSchema>;

export const RatingInputSchema = z
  .object({
    caseId: z.string().min(1).max(64),
    channel: z.enum(['online', 'sms', 'hall']).default('online'),
    servicePointId: z.string().max(64).optional().meta({ description: 'hall: the hall whose rating screen is used' }),
    window: z.string().trim().max(20).optional().meta({ description: 'hall: the window rated (一次一评)' }),
    level: RatingLevelSchema,
    reasons: z.array(RatingReasonSchema).max(5).default([]),
    comment: z.string().trim().max(1000).default(''),
    followUp: z.boolean().default(false).meta({
      description: 'the rater asks for follow-up: a 12345 ticket (channel "rating") is opened with the rating',
    }),
  })
  .strict();
export type RatingInput = z.input<typeof RatingInputSchema>;

export const RectificationStatusSchema = z.enum([
  'callback_pending', // the department must call the rater back
  'rectifying', // called back; the fix is under way
  'submitted', // evidence submitted, the rating desk verifies
  'verified', // the desk accepted it; waiting for the rater's confirmation
  'confirmed', // the rater confirmed
  'disputed', // the rater did not accept the fix
]);
export type RectificationStatus = z.infer<typeof RectificationStatusSchema>;

export const RectificationSchema = z
  .object({
    id: z.string(),
    status: RectificationStatusSchema,
    callbackNote: z.string().nullable(),
    evidence: z.string().nullable(),
    verificationNote: z.string().nullable(),
    raterConfirmed: z.boolean().nullable(),
    onTime: z.boolean().nullable(),
    clock: ClockViewSchema.nullable(),
  })
  .meta({ id: 'Rectification' });

export const AppealSchema = z.object({
  id: z.string(),
  status: z.enum(['pending', 'upheld', 'rejected']),
  reason: z.string(),
  reviewReason: z.string().nullable(),
});

export const RatingSchema = z
  .object({
    id: z.string(),
    caseId: z.string().nullable(),
    ticketId: z.string().nullable(),
    channel: RatingChannelSchema,
    level: RatingLevelSchema,
    levelName: z.string(),
    reasons: z.array(RatingReasonSchema),
    comment: z.string(),
    departmentId: z.string().nullable(),
    servicePointId: z.string().nullable(),
    window: z.string().nullable(),
    excluded: z.boolean().meta({ description: 'an upheld appeal keeps the rating but leaves it out of the figures' }),
    followUpTicketId: z.string().nullable(),
    createdAt: z.string(),
    rectification: RectificationSchema.nullable(),
    appeals: z.array(AppealSchema),
  })
  .meta({ id: 'Rating' });
export type Rating = z.infer<typeof RatingSchema>;

/**
 * The rating desk's and the rated department's list: bad ratings and where their rectification
 * stands, newest first, a page at a time along its cursor.
 */
export const RatingQuerySchema = CursorQuerySchema.extend({
  status: z.enum(['open', 'all']).default('open').meta({
    description: 'open: rectifications not yet confirmed, and pending appeals; all: every bad rating',
  }),
}).strict();
export type RatingQuery = z.input<typeof RatingQuerySchema>;
export const RatingSummarySchema = z.object({
  id: z.string(),
  level: RatingLevelSchema,
  levelName: z.string(),
  channel: RatingChannelSchema,
  departmentName: z.string().nullable(),
  servicePointName: z.string().nullable(),
  window: z.string().nullable(),
  comment: z.string(),
  createdOn: z.string(),
  rectificationStatus: RectificationStatusSchema.nullable(),
  appealPending: z.boolean(),
});
export type RatingSummary = z.infer<typeof RatingSummarySchema>;
export const RatingPageSchema = cursorPageOf(RatingSummarySchema).meta({ id: 'RatingPage' });
export type RatingPage = z.infer<typeof RatingPageSchema>;

export const CallbackSchema = z.object({ note: z.string().trim().min(1).max(1000) }).strict();
export const EvidenceSchema = z.object({ evidence: z.string().trim().min(1).max(4000) }).strict();
export const VerificationSchema = z.object({ accept: z.boolean(), note: z.string().trim().min(1).max(1000) }).strict();
export const ConfirmationSchema = z.object({ accepted: z.boolean() }).strict();
export const AppealInputSchema = z.object({ reason: z.string().trim().min(5).max(1000) }).strict();
export const AppealReviewSchema = z
  .object({ uphold: z.boolean(), reason: z.string().trim().min(1).max(1000) })
  .strict();

export const RatingFiguresQuerySchema = z
  .object({
    by: z.enum(['department', 'service_point', 'window']).default('department'),
    region: z
      .string()
      .regex(/^37\d{0,10}$/)
      .optional(),
    month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: '月份应形如 2026-11' }),
  })
  .strict();
export const RatingFigureSchema = z.object({
  key: z.string(),
  name: z.string(),
  ratings: z.number().int(),
  satisfiedShare: z.number().nullable(),
  badRatings: z.number().int(),
  rectifiedOnTimeShare: z.number().nullable(),
  rank: z.number().int(),
});
export type RatingFigure = z.infer<typeof RatingFigureSchema>;
export const RatingFiguresSchema = z
  .object({ month: z.string(), by: z.string(), rows: z.array(RatingFigureSchema) })
  .meta({ id: 'RatingFigures' });
export type RatingFigures = z.infer<typeof RatingFiguresSchema>;
