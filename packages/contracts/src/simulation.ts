import { z } from 'zod';
import { IsoDateSchema } from './common';

/**
 * The platform's clock as everyone may read it: real, or simulated (模拟环境) with its current
 * instant, its China date and how fast it runs (null: it moves only when an administrator advances it).
 */
export const ClockModeSchema = z.enum(['real', 'simulated']);
export type ClockMode = z.infer<typeof ClockModeSchema>;

export const PlatformClockSchema = z
  .object({
    mode: ClockModeSchema,
    now: z.iso.datetime().meta({ description: 'the platform’s current instant (simulated in 模拟环境)' }),
    today: IsoDateSchema,
    rate: z.number().positive().nullable().meta({ description: 'simulated seconds per real second; null: manual' }),
  })
  .meta({ id: 'PlatformClock' });
export type PlatformClock = z.infer<typeof PlatformClockSchema>;

/** Moves the simulated clock forward: to an instant, or by working days (same time of day). */
export const ClockAdvanceSchema = z
  .object({
    to: z.iso
      .datetime({ offset: true })
      .optional()
      .meta({ description: 'the instant to move to (not earlier than now)' }),
    workingDays: z.number().int().min(1).max(250).optional().meta({ description: 'working days forward' }),
  })
  .strict()
  .refine((v) => (v.to === undefined) !== (v.workingDays === undefined), {
    message: '应提供 to 或 workingDays 之一',
    path: ['to'],
  })
  .meta({ id: 'ClockAdvanceRequest' });
export type ClockAdvance = z.infer<typeof ClockAdvanceSchema>;
